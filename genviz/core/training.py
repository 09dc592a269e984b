"""Headless training loops for the command line and the benchmarks."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from genviz.core.errors import TrainingDiverged, diverged_message
from genviz.core.session import Session

ProgressCallback = Callable[[int, float, float], None]  # step, loss, seconds elapsed


def train(session: Session, steps: int | None = None, seconds: float | None = None,
          on_progress: ProgressCallback | None = None, progress_every_s: float = 0.5) -> float:
    """Train until `steps` more steps or `seconds` have passed, and for at least one step (a budget shorter than a
    step still gives a model that has learnt something); returns the last loss."""
    if (steps is None) == (seconds is None):
        raise ValueError("give exactly one of steps and seconds")
    if (steps is not None and steps < 1) or (seconds is not None and not 0 < seconds < math.inf):
        raise ValueError(f"a budget is at least one step or a finite time above 0, not {steps=}, {seconds=}")
    start = time.perf_counter()
    last_report = start
    loss = math.nan
    done = 0

    def budget_left() -> bool:
        return done < steps if steps is not None else time.perf_counter() - start < seconds

    session.timeline.offer(session, math.nan)  # the weights training starts from: the timeline's first step
    while done == 0 or budget_left():
        loss = session.step()
        done += 1
        if not math.isfinite(loss):
            message = diverged_message(loss, session.step_count, paused=False)
            raise TrainingDiverged(message.template, **message.values)
        session.timeline.offer(session, loss)
        now = time.perf_counter()
        if on_progress is not None and now - last_report >= progress_every_s:
            last_report = now
            on_progress(session.step_count, loss, now - start)
    if on_progress is not None:
        on_progress(session.step_count, loss, time.perf_counter() - start)
    return loss
