"""The training timeline of the Diffusion lab on the digits: after 60 s of training with the defaults, are samples at
the earliest kept step unrecognisable and those at the last kept step digits? Sampled from the saved model file with
`genviz sample MODEL --step N`, as a teacher would, and judged by the digit classifier of the other benchmarks.

Target (issue 12), by the digit classifier of the GAN lab's benchmark (benchmarks/gan_digits.py): samples are
recognisable as digits when at least 9 of the 10 classes are produced (a class counts when at least 1% of the
samples are confidently that digit). At the earliest kept step they are not; at the last they are, and the share the
judge labels with confidence >= 0.9 is at least 0.8 of the same share on held-out real digits (the Diffusion lab's
digits target). Also reports the share and the classes at a few kept steps between, and pure noise's share (the
judge labels some noise confidently too). Prints JSON.

    python benchmarks/timeline_diffusion.py [--seconds 60] [--seed 0] [--samples 500]
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import numpy as np
from gan_digits import MIN_CLASSES, MIN_PER_CLASS
from report import digit_figures, print_report, training_arguments

from genviz.core.data.evaluation import DigitJudge
from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.training import train

RECOGNISABLE = 0.8  # the share's ratio to real at the last kept step, at least


def sampled_at(path: Path, step: int, samples: int, out: Path) -> np.ndarray:
    """What `genviz sample MODEL --step N` writes."""
    from genviz import cli

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["sample", str(path), "-n", str(samples), "--seed", "12345", "--step", str(step),
                         "--out", str(out)]) == 0
    return np.load(out)


def main() -> None:
    args = training_arguments(__doc__, seconds=60.0, samples=500)
    threads = configure_threads()
    judge = DigitJudge()
    session = DiffusionSession(DiffusionConfig(data="digits", seed=args.seed))
    train(session, seconds=args.seconds)
    steps = session.timeline.steps
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diffusion.safetensors"
        session.save(path)
        picked = sorted({steps[0], *steps[len(steps) // 4 :: max(1, len(steps) // 4)], steps[-1]})
        judged = {step: judged_at(judge, sampled_at(path, step, args.samples, Path(folder) / "s.npy"))
                  for step in picked}
    noise = judged_at(judge, np.random.default_rng(args.seed).random((args.samples, 8, 8), dtype=np.float32))
    first, last = judged[steps[0]], judged[steps[-1]]
    print_report("timeline_diffusion", session, threads, {
        "kept_steps": len(steps),
        "by_step": {str(step): figures for step, figures in judged.items()},
        "pure_noise": noise,
        "earliest": {"step": steps[0], **first},
        "last": {"step": steps[-1], **last},
        "target": {"earliest_classes_below": MIN_CLASSES, "last_classes_at_least": MIN_CLASSES,
                   "last_ratio_to_real_at_least": RECOGNISABLE},
        "passed": first["classes_recognised"] < MIN_CLASSES and last["classes_recognised"] >= MIN_CLASSES
        and last["ratio_to_real"] >= RECOGNISABLE,
    }, seconds=args.seconds)


def judged_at(judge: DigitJudge, samples: np.ndarray) -> dict:
    figures = digit_figures(judge, samples)
    classes = sum(count >= MIN_PER_CLASS * len(samples) for count in figures["class_counts"])
    return {"ratio_to_real": figures["ratio_to_real"], "classes_recognised": classes,
            "class_counts": figures["class_counts"]}


if __name__ == "__main__":
    main()
