"""What every benchmark shares: its options, its timings' summary, its copy and digit figures, and the JSON it prints
(its own figures, with how busy the machine was, and for a lab what was trained)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import time
from typing import Any

import numpy as np

THRESHOLD = 0.9  # the digit judge's confidence that counts a sample as recognised


def parser(doc: str) -> argparse.ArgumentParser:
    """An argument parser whose description is the first line of the benchmark's docstring."""
    return argparse.ArgumentParser(description=doc.splitlines()[0])


def training_arguments(doc: str, seconds: float, samples: int) -> argparse.Namespace:
    """--seconds of training, --seed, and how many --samples are judged: the options of every lab benchmark."""
    options = parser(doc)
    options.add_argument("--seconds", type=float, default=seconds)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--samples", type=int, default=samples)
    return options.parse_args()


def timed(function, arguments: list) -> list[float]:
    """Seconds each call `function(argument)` took."""
    times = []
    for argument in arguments:
        start = time.perf_counter()
        function(argument)
        times.append(time.perf_counter() - start)
    return times


def summary_ms(times_s: list[float]) -> dict[str, float]:
    """Median, 95th percentile and largest of timings given in seconds, in milliseconds."""
    ms = 1000 * np.asarray(times_s)
    return {"median_ms": round(float(np.median(ms)), 3), "p95_ms": round(float(np.percentile(ms, 95)), 3),
            "max_ms": round(float(ms.max()), 3), "count": len(ms)}


def copy_figures(samples: np.ndarray, training: np.ndarray) -> dict[str, Any]:
    """The copies among the samples by the one copy rule (genviz/core/data/evaluation.py), beside its baseline: the
    copies it finds among held-out real digits."""
    from genviz.core.data.evaluation import held_out_copies, is_copy, nearest_copy_distance

    distances = nearest_copy_distance(samples, training)
    return {"copies": int(is_copy(samples, training).sum()), "copies_real_held_out": held_out_copies(),
            "nearest_training_distance": {"min": round(float(distances.min()), 3),
                                          "median": round(float(np.median(distances)), 3)}}


def digit_figures(judge, samples: np.ndarray) -> dict[str, Any]:
    """How often the digit judge recognises the samples, against real digits it never saw, and as which digits."""
    share = judge.confident_share(samples, THRESHOLD)
    real_share = judge.confident_share(judge.held_out_real(), THRESHOLD)
    return {"confident_share": round(share, 4), "confident_share_real_held_out": round(real_share, 4),
            "ratio_to_real": round(share / real_share, 3),
            "class_counts": judge.class_counts(samples, THRESHOLD).tolist()}


def print_json(name: str, figures: dict[str, Any]) -> None:
    """The benchmark's figures, with the load of the machine they were measured on."""
    print(json.dumps({"benchmark": name, **figures, "load_average_1min": round(os.getloadavg()[0], 2)}, indent=2))


def print_report(name: str, session: Any, threads: int, figures: dict[str, Any],
                 seconds: float | None = None) -> None:
    """A lab benchmark's figures, with its session's settings and torch threads; `seconds`: how long the session
    trained, when the benchmark trained it (its steps and speed follow)."""
    trained = {} if seconds is None else {
        "seconds": seconds,
        "steps": session.step_count,
        "steps_per_second": round(session.step_count / seconds, 1),
    }
    print_json(name, {**trained, **figures, "torch_threads": threads, "config": dataclasses.asdict(session.config)})
