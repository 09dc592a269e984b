"""Diffusion on the 8x8 digits: after 120 s of training, do samples look like digits of every class, without copying?

Target (issue 4): the share of samples a digit classifier labels with confidence >= 0.9 is at least 0.8 of the same
share on real digits it never trained on; all 10 classes come out about equally often (each class's share of the
recognised samples is at least half its share among the recognised real digits); and no sample is a copy of a
training image (the copy rule of genviz/core/data/evaluation.py, reported beside its count for held-out real
digits). Judged on the default sampler (DDPM, all T steps); DDIM with 50 steps is reported beside it. Training runs
as in the app (torch leaves one core to the GUI). Prints JSON.

    python benchmarks/diffusion_digits.py [--seconds 120] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

import numpy as np
from report import THRESHOLD, copy_figures, digit_figures, print_report, training_arguments

from genviz.core.data.evaluation import DigitJudge
from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.training import train

TARGET_RATIO = 0.8
MIN_CLASS_BALANCE = 0.5


def judged(judge: DigitJudge, samples: np.ndarray, real_counts: np.ndarray, training: np.ndarray) -> dict:
    figures = digit_figures(judge, samples)
    counts = np.asarray(figures["class_counts"])
    # Each class's share among the recognised samples, over its share among the recognised real digits.
    balance = (counts / max(counts.sum(), 1)) / (real_counts / real_counts.sum())
    return {**figures, "class_balance_min": round(float(balance.min()), 3), **copy_figures(samples, training)}


def main() -> None:
    args = training_arguments(__doc__, seconds=120.0, samples=1000)
    threads = configure_threads()
    judge = DigitJudge()
    session = DiffusionSession(DiffusionConfig(data="digits", seed=args.seed))
    train(session, seconds=args.seconds)
    training = session.dataset.x
    real_counts = judge.class_counts(judge.held_out_real(), THRESHOLD)
    ddpm = judged(judge, session.sampler().sample(args.samples, seed=12345), real_counts, training)
    ddim = judged(judge, session.sampler().sample(args.samples, seed=12345, sampler="ddim", steps=50), real_counts,
                  training)
    passed = (ddpm["ratio_to_real"] >= TARGET_RATIO and ddpm["class_balance_min"] >= MIN_CLASS_BALANCE
              and ddpm["copies"] == 0)
    print_report("diffusion_digits", session, threads, {
        "real_class_counts": real_counts.tolist(),
        "ddpm": ddpm,
        "ddim_50_steps": ddim,
        "target": {"ratio_to_real": TARGET_RATIO, "class_balance_min": MIN_CLASS_BALANCE, "copies": 0},
        "passed": passed,
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
