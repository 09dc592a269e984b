"""The VAE on the built-in digits after 60 s of training, with the app's default settings (2-D latent space).

Targets (issue 5): the latent map separates the classes (k-NN accuracy of the labels from the 2-D latent
means, 5-fold cross-validated, next to the same figure for a 2-D PCA of the raw pixels); samples from the
prior are labelled confidently by the digit judge at a ratio >= 0.6 of its rate on real held-out digits, over
at least 9 classes, and none is a copy of a training image (the copy rule of genviz/core/data/evaluation.py,
reported beside its count for held-out real digits). Training runs as in the app (torch leaves one core to the
GUI). Prints JSON.

    python benchmarks/vae_digits.py [--seconds 60] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

import numpy as np
from report import copy_figures, digit_figures, print_report, training_arguments
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier

from genviz.core.data.evaluation import DigitJudge
from genviz.core.device import configure_threads
from genviz.core.training import train
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.session import VaeSession

CLASS_SHARE = 0.01  # a class counts as generated when at least 1% of all samples are confidently that digit
KNN_NEIGHBOURS = 5


def knn_accuracy(features: np.ndarray, labels: np.ndarray) -> float:
    return float(cross_val_score(KNeighborsClassifier(KNN_NEIGHBOURS), features, labels, cv=5).mean())


def main() -> None:
    args = training_arguments(__doc__, seconds=60.0, samples=1000)
    threads = configure_threads()
    session = VaeSession(VaeConfig(data="digits", seed=args.seed))
    loss = train(session, seconds=args.seconds)

    digits, labels = session.dataset.x, session.dataset.labels
    codes = session.encode(digits)  # (N, 2) latent means
    pixels_2d = PCA(2, random_state=0).fit_transform(digits.reshape(len(digits), -1))
    samples = session.sample_prior(args.samples, seed=args.seed + 1)["samples"]
    prior = {"n": args.samples, **digit_figures(DigitJudge(), samples), **copy_figures(samples, digits)}
    prior["classes"] = sum(count >= CLASS_SHARE * args.samples for count in prior["class_counts"])
    print_report("vae_digits", session, threads, {
        "final_loss": {"total": round(loss, 3), "reconstruction": round(session.history.last("reconstruction"), 3),
                       "kl": round(session.history.last("kl"), 3)},
        "latent_map": {
            "knn_accuracy": round(knn_accuracy(codes, labels), 3),
            "knn_accuracy_pca_of_pixels": round(knn_accuracy(pixels_2d, labels), 3),
            "silhouette": round(float(silhouette_score(codes, labels)), 3),
            "silhouette_pca_of_pixels": round(float(silhouette_score(pixels_2d, labels)), 3),
        },
        "prior_samples": prior,
        "targets": {"ratio_to_real": ">= 0.6", "classes": ">= 9", "copies": "0"},
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
