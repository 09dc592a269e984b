"""GAN on the 8x8 digits: after 120 s, do its samples look like digits of (nearly) every class, without copying?

Target (issue 3): samples a digit classifier recognises (the share it labels with confidence >= 0.9, compared with
the same share on real digits it never trained on) across at least 9 of the 10 classes, and none a copy of a
training image. A sample is a copy when it lies closer to a training image than COPY_DISTANCE: half the smallest
distance between any two different real digits (0.50), so no real digit would count as a copy of another.
Prints JSON.

    python benchmarks/gan_digits.py [--seconds 120] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

import argparse

import numpy as np
from report import print_report

from genviz.core.data.evaluation import DigitJudge, nearest_copy_distance
from genviz.core.device import configure_threads
from genviz.core.gan.config import default_config
from genviz.core.gan.sampler import GanSampler
from genviz.core.gan.session import GanSession
from genviz.core.training import train

THRESHOLD = 0.9
MIN_PER_CLASS = 0.01  # a class counts as produced when at least 1% of the samples are confidently that digit
COPY_DISTANCE = 0.25


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args()
    threads = configure_threads()
    judge = DigitJudge()
    config = default_config("digits", seed=args.seed)
    session = GanSession(config)
    train(session, seconds=args.seconds)
    samples = GanSampler(session.generator).sample(args.samples, seed=12345)
    sample_share = judge.confident_share(samples, THRESHOLD)
    real_share = judge.confident_share(judge.held_out_real(), THRESHOLD)
    counts = judge.class_counts(samples, THRESHOLD)
    classes = int((counts >= MIN_PER_CLASS * args.samples).sum())
    distances = nearest_copy_distance(samples, session.dataset.x)
    copies = int((distances < COPY_DISTANCE).sum())
    print_report("gan_digits", session, threads, {
        "confident_share_samples": round(sample_share, 4),
        "confident_share_real_held_out": round(real_share, 4),
        "ratio": round(sample_share / real_share, 3),
        "classes_recognised": classes,
        "class_counts": counts.tolist(),
        "copies": copies,
        "nearest_training_distance": {"min": round(float(distances.min()), 3),
                                      "median": round(float(np.median(distances)), 3)},
        "target": {"classes_recognised": 9, "copies": 0},
        "passed": classes >= 9 and copies == 0,
    }, seconds=args.seconds)  # fmt: skip


if __name__ == "__main__":
    main()
