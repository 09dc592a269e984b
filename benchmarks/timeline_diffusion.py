"""The training timeline of the Diffusion lab on the digits: after 60 s of training with the defaults, are samples at
the earliest kept step unrecognisable and those at the last kept step digits? Sampled from the saved model file with
`genviz sample MODEL --step N`, as a teacher would, and judged by the digit classifier of the other benchmarks.

Target (issue 12): at the earliest kept step the share of samples the judge labels with confidence >= 0.9 is under
0.2 of the same share on held-out real digits (not recognisable); at the last it is at least 0.8 of it (the
Diffusion lab's digits target). Also reports the share at a few kept steps between. Prints JSON.

    python benchmarks/timeline_diffusion.py [--seconds 60] [--seed 0] [--samples 500]
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import numpy as np
from report import THRESHOLD, print_report, training_arguments

from genviz.core.data.evaluation import DigitJudge
from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.training import train

UNRECOGNISABLE = 0.2  # at most this ratio to real at the earliest kept step
RECOGNISABLE = 0.8  # at least this at the last


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
    real_share = judge.confident_share(judge.held_out_real(), THRESHOLD)
    session = DiffusionSession(DiffusionConfig(data="digits", seed=args.seed))
    train(session, seconds=args.seconds)
    steps = session.timeline.steps
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diffusion.safetensors"
        session.save(path)
        picked = sorted({steps[0], *steps[len(steps) // 4 :: max(1, len(steps) // 4)], steps[-1]})
        ratios = {step: judge.confident_share(sampled_at(path, step, args.samples, Path(folder) / "s.npy"),
                                              THRESHOLD) / real_share for step in picked}
    first, last = ratios[steps[0]], ratios[steps[-1]]
    print_report("timeline_diffusion", session, threads, {
        "kept_steps": len(steps),
        "ratio_to_real_by_step": {str(step): round(ratio, 3) for step, ratio in ratios.items()},
        "earliest": {"step": steps[0], "ratio_to_real": round(first, 3)},
        "last": {"step": steps[-1], "ratio_to_real": round(last, 3)},
        "target": {"earliest_below": UNRECOGNISABLE, "last_at_least": RECOGNISABLE},
        "passed": first < UNRECOGNISABLE and last >= RECOGNISABLE,
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
