"""The VAE on the built-in digits after 60 s of training, with the app's default settings (2-D latent space).

Targets (issue 5): the latent map separates the classes (k-NN accuracy of the labels from the 2-D latent
means, 5-fold cross-validated, next to the same figure for a 2-D PCA of the raw pixels); samples from the
prior are labelled confidently by the digit judge at a ratio >= 0.6 of its rate on real held-out digits, over
at least 9 classes, and none is a copy of a training image. Training runs as in the app (torch leaves one
core to the GUI). Prints JSON.

    python benchmarks/vae_digits.py [--seconds 60] [--samples 1000] [--seed 0]
"""

from __future__ import annotations

import argparse
import json

import numpy as np

CLASS_SHARE = 0.01  # a class counts as generated when at least 1% of all samples are confidently that digit
KNN_NEIGHBOURS = 5


def knn_accuracy(features: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    return float(cross_val_score(KNeighborsClassifier(KNN_NEIGHBOURS), features, labels, cv=5).mean())


def copy_threshold(training: np.ndarray) -> float:
    """The smallest distance between two different real digits: anything closer to a training image than
    the closest pair of distinct real digits are to each other counts as a copy."""
    from genviz.core.data.evaluation import nearest_copy_distance

    flat = training.reshape(len(training), -1)
    distances = [nearest_copy_distance(flat[i:i + 1], np.delete(flat, i, axis=0))[0] for i in range(len(flat))]
    return float(np.min(distances))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from sklearn.decomposition import PCA
    from sklearn.metrics import silhouette_score

    from genviz.core.data.evaluation import DigitJudge, nearest_copy_distance
    from genviz.core.device import configure_threads
    from genviz.core.training import train
    from genviz.core.vae.config import VaeConfig
    from genviz.core.vae.session import VaeSession

    threads = configure_threads()
    config = VaeConfig(data="digits", seed=args.seed)
    session = VaeSession(config)
    loss = train(session, seconds=args.seconds)

    digits, labels = session.dataset.x, session.dataset.labels
    codes = session.encode(digits)  # (N, 2) latent means
    pixels_2d = PCA(2, random_state=0).fit_transform(digits.reshape(len(digits), -1))
    samples = session.sample_prior(args.samples, seed=args.seed + 1)["samples"]

    judge = DigitJudge()
    real_share = judge.confident_share(judge.held_out_real())
    sample_share = judge.confident_share(samples)
    counts = judge.class_counts(samples)
    distances = nearest_copy_distance(samples, digits)
    threshold = copy_threshold(digits)
    print(json.dumps({
        "benchmark": "VAE on digits",
        "config": {"latent_size": config.latent_size, "network": config.network, "width": config.width,
                   "beta": config.beta, "learning_rate": config.learning_rate, "batch_size": config.batch_size},
        "torch_threads": threads,
        "seconds": args.seconds,
        "steps": session.step_count,
        "final_loss": {"total": round(loss, 3), "reconstruction": round(session.history.last("reconstruction"), 3),
                       "kl": round(session.history.last("kl"), 3)},
        "latent_map": {
            "knn_accuracy": round(knn_accuracy(codes, labels), 3),
            "knn_accuracy_pca_of_pixels": round(knn_accuracy(pixels_2d, labels), 3),
            "silhouette": round(float(silhouette_score(codes, labels)), 3),
            "silhouette_pca_of_pixels": round(float(silhouette_score(pixels_2d, labels)), 3),
        },
        "prior_samples": {
            "n": args.samples,
            "confident_share": round(sample_share, 3),
            "real_confident_share": round(real_share, 3),
            "ratio": round(sample_share / real_share, 3),
            "class_counts": counts.tolist(),
            "classes": int((counts >= CLASS_SHARE * args.samples).sum()),
            "nearest_training_distance": {"min": round(float(distances.min()), 3),
                                          "median": round(float(np.median(distances)), 3)},
            "copy_threshold": round(threshold, 3),
            "copies": int((distances < threshold).sum()),
        },
        "targets": {"ratio": ">= 0.6", "classes": ">= 9", "copies": "0"},
    }, indent=2))


if __name__ == "__main__":
    main()
