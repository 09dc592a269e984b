"""The JSON report every lab benchmark prints: its own figures between what was trained and on what machine."""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any


def print_report(name: str, session: Any, threads: int, figures: dict[str, Any],
                 seconds: float | None = None) -> None:
    """`seconds`: how long the session trained, when the benchmark trained it (its steps and speed follow)."""
    trained = {} if seconds is None else {
        "seconds": seconds,
        "steps": session.step_count,
        "steps_per_second": round(session.step_count / seconds, 1),
    }
    print(json.dumps({
        "benchmark": name,
        **trained,
        **figures,
        "torch_threads": threads,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "config": dataclasses.asdict(session.config),
    }, indent=2))
