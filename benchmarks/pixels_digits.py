"""The Pixels model (the Text lab's GPT, one grey level per token) on the built-in digits, after a number of steps.

Targets (issue 11, in the Compare lab's budget: 120 s with four families sharing 2 cores, about half a core each):
samples at temperature 1 are labelled confidently by the digit judge at a ratio >= 0.5 of its rate on real held-out
digits, over at least 9 classes, and at most 5% are copies of a training image (the copy rule of
genviz/core/data/evaluation.py). It trains by steps, not seconds, on one torch thread, so the figure does not depend
on how busy the machine is; steps_per_second says how many steps a second one thread managed here. Prints JSON.

    python benchmarks/pixels_digits.py [--steps 1500] [--seed 0] [--samples 1000]
"""

from __future__ import annotations

import dataclasses
import time

import torch
from report import copy_figures, digit_figures, parser, print_json

from genviz.core.data.evaluation import DigitJudge
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.session import PixelsSession
from genviz.core.training import train

CLASS_SHARE = 0.01  # a class counts as generated when at least 1% of all samples are confidently that digit
DEFAULT_STEPS = 1500


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--steps", type=int, default=DEFAULT_STEPS)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--samples", type=int, default=1000)
    args = options.parse_args()
    torch.set_num_threads(1)
    session = PixelsSession(PixelsConfig(data="digits", seed=args.seed), device=torch.device("cpu"))
    start = time.perf_counter()
    loss = train(session, steps=args.steps)
    seconds = time.perf_counter() - start

    start = time.perf_counter()
    samples = session.sampler().sample(args.samples, seed=args.seed + 1)
    sampling = time.perf_counter() - start
    figures = {**digit_figures(DigitJudge(), samples), **copy_figures(samples, session.dataset.x)}
    quality = figures["ratio_to_real"]
    classes = sum(count >= CLASS_SHARE * args.samples for count in figures["class_counts"])
    copies = figures["copies"] / args.samples
    print_json("pixels_digits", {
        "seed": args.seed,
        "steps": session.step_count,
        "quality": quality,
        "classes": classes,
        "copies": round(copies, 4),
        "final_loss_nats_per_pixel": round(loss, 4),
        "seconds": round(seconds, 1),
        "steps_per_second": round(session.step_count / seconds, 1),
        "ms_per_sample": round(1000 * sampling / args.samples, 2),
        "samples": args.samples,
        **figures,
        "targets": {"quality": ">= 0.5", "classes": ">= 9", "copies": "<= 0.05"},
        "torch_threads": torch.get_num_threads(),
        "config": dataclasses.asdict(session.config),
    })


if __name__ == "__main__":
    main()
