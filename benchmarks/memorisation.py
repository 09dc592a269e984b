"""Memorisation on purpose: diffusion on the digits for 90 s, trained on 16 of them and then on all 1,797. Does the
copy share show the switch from memorising to learning patterns?

Targets (issue 11; Kadkhodaie et al., ICLR 2024; Gu et al. 2023): trained on 16 digits, at least 50% of the samples
are copies of a training image by the copy rule (genviz/core/data/evaluation.py); trained on all, at most 5%. The
app's copy share agrees within 0.05 with an independent computation (scikit-learn's NearestNeighbors). Each run is
the Compare lab's diffusion column, alone on the machine's cores (genviz/core/compare/runner.py). Prints JSON.

    python benchmarks/memorisation.py [--seconds 90] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

from compare_digits import AGREEMENT, independent_copy_share
from report import print_json, training_arguments

from genviz.core.compare.runner import run_compare
from genviz.core.data.datasets import load_dataset

FEW = 16
MIN_COPIES_FEW = 0.5
MAX_COPIES_ALL = 0.05


def main() -> None:
    args = training_arguments(__doc__, seconds=90.0, samples=1000)
    runs = {}
    for name, train_images in (("16_digits", FEW), ("all_digits", None)):
        result = run_compare(("diffusion",), "digits", train_images, args.seconds, args.seed,
                             samples=args.samples)["diffusion"]
        if result.error is not None:
            runs[name] = {"error": result.error}
            continue
        training = load_dataset("digits", n=train_images, seed=args.seed).x
        independent = independent_copy_share(result.samples, training)
        row = result.metrics
        runs[name] = {"train_images": len(training), "steps": row["steps"], "copies": round(row["copies"], 4),
                      "copies_independent": round(independent, 4),
                      "copies_agree": abs(independent - row["copies"]) <= AGREEMENT,
                      "copies_real_baseline": row["copies_real_baseline"], "quality": round(row["quality"], 4),
                      "classes": row["classes"]}
    few, every = runs["16_digits"], runs["all_digits"]
    passed = ("error" not in few and "error" not in every and few["copies"] >= MIN_COPIES_FEW
              and every["copies"] <= MAX_COPIES_ALL and few["copies_agree"] and every["copies_agree"])
    print_json("memorisation", {
        "seconds": args.seconds, "seed": args.seed, "samples": args.samples, **runs,
        "target": {"copies_16_digits": f">= {MIN_COPIES_FEW}", "copies_all_digits": f"<= {MAX_COPIES_ALL}",
                   "copies_agreement": AGREEMENT},
        "passed": passed,
    })


if __name__ == "__main__":
    main()
