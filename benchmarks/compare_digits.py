"""The Compare lab on the 8x8 digits: every family trains at once for 120 s on the machine's cores, shared fairly; are
their samples recognisable, varied and new?

Targets (issue 11), per family, on the lab's own table (genviz/core/compare/metrics.py) from 1,000 final samples:
quality (the digit judge's confident share of the samples over its share on held-out real digits) diffusion >= 0.8,
VAE >= 0.6, pixels >= 0.5, GAN >= 0.5; at least 9 classes; copies <= 5%. Also: the app's copy share agrees within
0.05 with an independent computation of the same rule (scikit-learn's NearestNeighbors on the distinct training
images). Runs through genviz/core/compare/runner.py, as `genviz compare` does. Prints JSON.

    python benchmarks/compare_digits.py [--seconds 120] [--seed 0] [--samples 1000] [--families gan,vae,...]
"""

from __future__ import annotations

import os

import numpy as np
from report import parser, print_json

from genviz.core.compare.families import default_families, parse_families
from genviz.core.compare.runner import run_compare, threads_per_family
from genviz.core.data.datasets import load_dataset
from genviz.core.data.evaluation import COPY_RATIO

QUALITY = {"diffusion": 0.8, "vae": 0.6, "pixels": 0.5, "gan": 0.5}
MIN_CLASSES = 9
MAX_COPIES = 0.05
AGREEMENT = 0.05


def independent_copy_share(samples: np.ndarray, training: np.ndarray) -> float:
    """The copy rule (nearest training image closer than a third of the second nearest, distinct images once)
    computed with scikit-learn instead of genviz's own distances."""
    from sklearn.neighbors import NearestNeighbors

    distinct = np.unique(training.reshape(len(training), -1).astype(np.float64), axis=0)
    distances, _ = NearestNeighbors(n_neighbors=2, algorithm="brute").fit(distinct).kneighbors(
        samples.reshape(len(samples), -1).astype(np.float64))
    return float((distances[:, 0] < COPY_RATIO * distances[:, 1]).mean())


def judged(results, training: np.ndarray) -> dict:
    """Each family's row, its targets, and the independent copy check."""
    figures = {}
    for name, result in results.items():
        if result.error is not None:
            figures[name] = {"error": result.error, "steps": result.steps, "passed": False}
            continue
        row = {key: (round(value, 4) if isinstance(value, float) else value) for key, value in result.metrics.items()}
        independent = independent_copy_share(result.samples, training)
        row["copies_independent"] = round(independent, 4)
        row["copies_agree"] = abs(independent - result.metrics["copies"]) <= AGREEMENT
        row["passed"] = bool(result.metrics["quality"] >= QUALITY[name] and result.metrics["classes"] >= MIN_CLASSES
                             and result.metrics["copies"] <= MAX_COPIES and row["copies_agree"])
        figures[name] = row
    return figures


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--seconds", type=float, default=120.0)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--samples", type=int, default=1000)
    options.add_argument("--families", default=",".join(default_families("digits")))
    options.add_argument("--train-images", type=int, default=None)
    args = options.parse_args()
    families = parse_families(args.families)
    results = run_compare(families, "digits", args.train_images, args.seconds, args.seed, samples=args.samples)
    training = load_dataset("digits", n=args.train_images, seed=args.seed).x
    figures = judged(results, training)
    print_json("compare_digits", {
        "seconds": args.seconds, "seed": args.seed, "samples": args.samples, "train_images": args.train_images,
        "cores": os.cpu_count(), "torch_threads_per_family": threads_per_family(len(families)),
        "families": figures,
        "target": {"quality": {name: QUALITY[name] for name in families}, "classes": MIN_CLASSES,
                   "copies": MAX_COPIES, "copies_agreement": AGREEMENT},
        "passed": all(row["passed"] for row in figures.values()),
    })


if __name__ == "__main__":
    main()
