"""Diffusion on the 8x8 digits: after 120 s of training, do samples look like digits of every class, without copying?

Target (issue 4): the share of samples a digit classifier labels with confidence >= 0.9 is at least 0.8 of the same
share on real digits it never trained on; all 10 classes come out about equally often (each class's share of the
recognised samples is at least half its share among the recognised real digits); and no sample is a copy of a
training image (closer to one than half the smallest distance between two different real digits). Judged on the
default sampler (DDPM, all T steps); DDIM with 50 steps is reported beside it. Training runs as in the app (torch
leaves one core to the GUI). Prints JSON.

    python benchmarks/diffusion_digits.py [--seconds 120] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

import argparse

import numpy as np
from report import print_report

from genviz.core.data.evaluation import DigitJudge, nearest_copy_distance
from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.training import train

THRESHOLD = 0.9
TARGET_RATIO = 0.8
MIN_CLASS_BALANCE = 0.5


def smallest_distinct_distance(images: np.ndarray) -> float:
    """The smallest L2 distance between two real digits that are not identical."""
    flat = images.reshape(len(images), -1).astype(np.float64)
    squared = (flat**2).sum(axis=1)
    d2 = squared[:, None] - 2 * flat @ flat.T + squared[None, :]
    d = np.sqrt(np.clip(d2, 0.0, None))
    return float(d[d > 1e-6].min())


def judged(judge: DigitJudge, samples: np.ndarray, real_counts: np.ndarray, training: np.ndarray,
           copy_distance: float) -> dict:
    real_share = judge.confident_share(judge.held_out_real(), THRESHOLD)
    share = judge.confident_share(samples, THRESHOLD)
    counts = judge.class_counts(samples, THRESHOLD)
    # Each class's share among the recognised samples, over its share among the recognised real digits.
    balance = (counts / max(counts.sum(), 1)) / (real_counts / real_counts.sum())
    distances = nearest_copy_distance(samples, training)
    return {
        "confident_share": round(share, 4),
        "ratio_to_real": round(share / real_share, 3),
        "class_counts": counts.tolist(),
        "class_balance_min": round(float(balance.min()), 3),
        "copies": int((distances < copy_distance).sum()),
        "nearest_training_distance": {"min": round(float(distances.min()), 3),
                                      "median": round(float(np.median(distances)), 3)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args()
    threads = configure_threads()
    judge = DigitJudge()
    session = DiffusionSession(DiffusionConfig(data="digits", seed=args.seed))
    train(session, seconds=args.seconds)
    training = session.dataset.x
    copy_distance = smallest_distinct_distance(training) / 2
    real_counts = judge.class_counts(judge.held_out_real(), THRESHOLD)
    ddpm = judged(judge, session.sampler.sample(args.samples, seed=12345), real_counts, training, copy_distance)
    ddim = judged(judge, session.sampler.sample(args.samples, seed=12345, sampler="ddim", steps=50), real_counts,
                  training, copy_distance)
    passed = (ddpm["ratio_to_real"] >= TARGET_RATIO and ddpm["class_balance_min"] >= MIN_CLASS_BALANCE
              and ddpm["copies"] == 0)
    print_report("diffusion_digits", session, threads, {
        "confident_share_real_held_out": round(judge.confident_share(judge.held_out_real(), THRESHOLD), 4),
        "real_class_counts": real_counts.tolist(),
        "copy_distance": round(copy_distance, 3),
        "ddpm": ddpm,
        "ddim_50_steps": ddim,
        "target": {"ratio_to_real": TARGET_RATIO, "class_balance_min": MIN_CLASS_BALANCE, "copies": 0},
        "passed": passed,
    }, seconds=args.seconds)  # fmt: skip


if __name__ == "__main__":
    main()
