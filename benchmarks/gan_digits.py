"""GAN on the 8x8 digits: after 120 s, do its samples look like digits of (nearly) every class, without copying?

Target (issue 3): samples a digit classifier recognises (the share it labels with confidence >= 0.9, compared with
the same share on real digits it never trained on) across at least 9 of the 10 classes, and none a copy of a
training image (the copy rule of genviz/core/data/evaluation.py, reported beside its count for held-out real
digits). Prints JSON.

    python benchmarks/gan_digits.py [--seconds 120] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

from report import copy_figures, digit_figures, print_report, training_arguments

from genviz.core.data.evaluation import DigitJudge
from genviz.core.device import configure_threads
from genviz.core.gan.config import default_config
from genviz.core.gan.sampler import GanSampler
from genviz.core.gan.session import GanSession
from genviz.core.training import train

MIN_PER_CLASS = 0.01  # a class counts as produced when at least 1% of the samples are confidently that digit
MIN_CLASSES = 9


def main() -> None:
    args = training_arguments(__doc__, seconds=120.0, samples=1000)
    threads = configure_threads()
    judge = DigitJudge()
    session = GanSession(default_config("digits", seed=args.seed))
    train(session, seconds=args.seconds)
    samples = GanSampler(session.generator).sample(args.samples, seed=12345)
    figures = {**digit_figures(judge, samples), **copy_figures(samples, session.dataset.x)}
    classes = sum(count >= MIN_PER_CLASS * args.samples for count in figures["class_counts"])
    print_report("gan_digits", session, threads, {
        **figures,
        "classes_recognised": classes,
        "target": {"classes_recognised": MIN_CLASSES, "copies": 0},
        "passed": classes >= MIN_CLASSES and figures["copies"] == 0,
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
