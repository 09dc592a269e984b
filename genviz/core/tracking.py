"""One quantity followed over a session's whole training timeline and drawn as a curve along it, so the moment the
model "gets it" is a visible jump: P("Paris" | "The capital of France is") in the Text lab, the modes the GAN
covers, the share of samples that look like digits in an image lab.

A session says what it tracks with `tracking(probe)`, or None. The training process measures it at every kept
step with that step's weights swapped in, a few steps at a time between training steps (see `Tracker.fill`), and
again from the start when what is tracked changes (a new prompt, another token).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import numpy as np

from genviz.core.timeline import live_copy, load_weights
from genviz.core.translatable import Sentence, translatable

FILL_BUDGET_S = 0.004  # measuring between two training steps stops after this (after one, if one takes longer)
TRAINING_SHARE = 0.05  # while training, measuring takes at most this share of the time: training barely notices
DIGITS_NAME = Sentence(translatable("Samples that look like digits"))  # what the image labs track, on the digits


@dataclass(frozen=True)
class Tracking:
    key: Hashable  # what is measured: a new key measures the whole timeline again
    name: Sentence  # what the curve shows, for its label, e.g. P("Paris" | the prompt)
    measure: Callable[[], float]  # the quantity with whatever weights the session holds now
    low: float = 0.0  # the curve's fixed scale, so a jump looks as big as it is
    high: float = 1.0


class Tracker:
    """The tracked quantity at each kept step of one session's timeline."""

    def __init__(self) -> None:
        self.tracking: Tracking | None = None
        self.values: dict[int, float] = {}  # kept step -> the quantity with that step's weights
        self._curve: tuple[tuple[int, ...] | None, dict[str, Any] | None] = (None, None)  # the last made, for its steps
        self._next_fill = -math.inf  # when measuring may go on (see fill's `share`)

    def follow(self, tracking: Tracking | None) -> None:
        """Track this from now on; what was measured stays only if it is the same quantity."""
        if tracking is None or self.tracking is None or tracking.key != self.tracking.key:
            self.forget()
        self.tracking = tracking

    def forget(self) -> None:
        """A branch or a new model: the kept steps hold other weights than those measured."""
        self.values, self._curve = {}, (None, None)

    def fill(self, session: Any, budget_s: float = FILL_BUDGET_S, share: float = 1.0) -> bool:
        """Measure kept steps not measured yet, newest first, until `budget_s` has passed; True if any was. Then
        none until the time spent is at most `share` of the time since (an image lab's sampling takes tens of
        milliseconds)."""
        start = time.perf_counter()
        if self.tracking is None or start < self._next_fill:
            return False
        missing = [c for c in reversed(session.timeline.checkpoints) if c.step not in self.values]
        if not missing:
            return False
        live = live_copy(session)
        try:
            for checkpoint in missing:
                load_weights(session, checkpoint.weights)
                self.values[checkpoint.step] = _finite(self.tracking.measure())
                if time.perf_counter() - start > budget_s:
                    break
        finally:
            load_weights(session, live)
        self._curve = (None, None)
        self._next_fill = start + (time.perf_counter() - start) / share
        return True

    def measured(self) -> dict[str, Any] | None:
        """What a model file keeps: the name, the scale and the values by kept step."""
        if self.tracking is None:
            return None
        return {"name": self.tracking.name, "low": self.tracking.low, "high": self.tracking.high,
                "values": dict(self.values)}

    def curve(self, steps: list[int]) -> dict[str, Any] | None:
        """What a timeline draws: the name, the scale and (n,) values at `steps` (NaN where not measured yet). The
        same object until something changes, so a snapshot sends it only then (genviz/core/host.py)."""
        if self.tracking is None:
            return None
        if self._curve[0] != tuple(steps):
            self.values = {step: self.values[step] for step in steps if step in self.values}  # thinned steps go
            self._curve = tuple(steps), {
                "name": self.tracking.name, "low": self.tracking.low, "high": self.tracking.high,
                "values": np.array([self.values.get(step, math.nan) for step in steps], dtype=np.float64)}
        return self._curve[1]


def _finite(value: float) -> float:
    value = float(value)
    return value if math.isfinite(value) else math.nan


_judge: list[Any] = []  # the digit judge once fitted, for every session of this process
_judge_lock = threading.Lock()
_fitting: list[threading.Thread] = []  # the thread that fits it


def digit_judge_soon() -> Any | None:
    """The digit judge (genviz/core/data/evaluation.py), or None while a thread of its own fits it: importing
    scikit-learn and fitting take about 2 s, which training must not wait for."""
    with _judge_lock:
        if not _judge:
            _judge.append(None)
            _fitting.append(threading.Thread(target=_fit_judge, name="digit judge", daemon=True))
            _fitting[0].start()
        return _judge[0]


def wait_for_judge() -> bool:
    """Wait until the digit judge is fitted, if fitting it began (at once if it is done); True if it did."""
    for thread in _fitting:
        thread.join()
    return bool(_fitting)


def _fit_judge() -> None:
    from genviz.core.data.evaluation import DigitJudge

    judge = DigitJudge()
    with _judge_lock:
        _judge[0] = judge


DIGIT_SETS = ("digits", "mnist")  # the built-in image sets of handwritten digits, which the judge knows
TRACKED_SAMPLES = 32  # an image lab's samples judged at each kept step: a few milliseconds to make
TRACKED_SEED = 7  # the same noise at every step: the curve shows the weights change, not the noise


def looks_like_digits(samples: Callable[[], np.ndarray]) -> Tracking | None:
    """The image labs' tracking on the digits (DIGIT_SETS): the share of `samples()` ((N, H, W) in [0, 1]) that
    the digit judge labels confidently. None until the judge is ready."""
    judge = digit_judge_soon()
    if judge is None:
        return None
    return Tracking(("digits",), DIGITS_NAME, lambda: judge.confident_share(samples()))
