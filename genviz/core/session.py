"""The contract every lab's training session fulfils, so one host process (genviz/core/host.py) can drive any lab.

A session owns its model, optimizer, data and seed. The host calls `step()` between checks of its
commands, and `snapshot()` at most ~30 times a second; a snapshot holds only copied numpy arrays and
plain numbers, never a live tensor, because `optimizer.step()` changes weights in place.
"""

from __future__ import annotations

import dataclasses
import math
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

CURVE_POINTS = 300  # a curve as sent to be drawn: about one point per pixel of a loss plot
LIVE_PICTURE_EVERY_S = 0.08  # while training, pictures made from the weights refresh 12 times a second at most


class LossHistory:
    """Named loss curves (e.g. "train", "validation"), each a growing array of (step, value) points."""

    def __init__(self) -> None:
        self._points: dict[str, np.ndarray] = {}  # (capacity, 2), filled up to _sizes[name]
        self._sizes: dict[str, int] = {}

    def add(self, name: str, step: int, value: float) -> None:
        size = self._sizes.get(name, 0)
        points = self._points.get(name)
        if points is None or size == len(points):  # grow by doubling: adding stays O(1) however long the run
            grown = np.empty((max(256, 2 * size), 2))
            if points is not None:
                grown[:size] = points
            points = self._points[name] = grown
        points[size] = step, value
        self._sizes[name] = size + 1

    def last(self, name: str) -> float:
        size = self._sizes.get(name, 0)
        return float(self._points[name][size - 1, 1]) if size else math.nan

    def arrays(self, max_points: int | None = CURVE_POINTS) -> dict[str, np.ndarray]:
        """Copies as (n, 2) float arrays of [step, value], at most `max_points` evenly spaced ones (always the
        first and the last): what a plot can show, at a cost that does not grow with the run."""
        curves = {}
        for name, points in self._points.items():
            size = self._sizes[name]
            if max_points is not None and size > max_points:
                curves[name] = points[np.linspace(0, size - 1, max_points).astype(int)]
            else:
                curves[name] = points[:size].copy()
        return curves


class LivePicture:
    """A picture made from the weights (a heat map, a latent map, ...): made again when its key changes, but
    while training (many updates) at most every `interval` seconds, so that it costs training a few percent.
    A step by hand (a few updates since the last picture) refreshes it at once: stepping never shows a stale
    picture. The same object comes back while nothing changed, so it travels to the GUI only once."""

    def __init__(self, interval: float = LIVE_PICTURE_EVERY_S) -> None:
        self.interval = interval
        self.key: Any = None
        self.value: Any = None
        self.updates = 0
        self.due = -math.inf  # when the next picture may be made while training

    def get(self, key: Any, updates: int, compute: Callable[[], Any]) -> Any:
        now = time.perf_counter()
        if self.value is None or (key != self.key and (now >= self.due or updates - self.updates <= 2)):
            self.key, self.value, self.updates = key, compute(), updates
            # Due again `interval` after the last due time, not after now: asked for at whatever pace the
            # snapshots come, the pictures still average one per interval.
            self.due = max(self.due, now - self.interval) + self.interval
        return self.value

    def refresh(self) -> None:
        """Make the picture again at the next `get` whose key changed, however soon."""
        self.due = -math.inf


class Session(ABC):
    """One lab's training run. Subclasses set `lab`, and list in `requests` the methods a view may ask for by
    name (with plain arguments) from another process."""

    lab: ClassVar[str]
    requests: ClassVar[frozenset[str]] = frozenset({"save"})

    def __init__(self, config: Any) -> None:
        self.config = config
        self.step_count = 0
        self.history = LossHistory()

    @abstractmethod
    def step(self) -> float:
        """Do exactly one optimizer step and return its training loss."""

    @abstractmethod
    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        """Copied arrays and numbers for the view to draw.

        `probe` carries what the view currently asks about (a prompt, a latent point, ...); keys a
        session does not know are ignored.
        """

    def answer(self, probe: Mapping[str, Any]) -> dict[str, Any] | None:
        """The parts of a snapshot that depend on `probe` and are quick to make (a new prompt's next-token
        bars, the image under the dragged marker): sent the moment the view asks, not with the next snapshot.
        None when there are none."""
        return None

    @property
    @abstractmethod
    def device_name(self) -> str:
        """Where the model runs, in words ("CPU", "CUDA: NVIDIA ...", "Apple MPS")."""

    @abstractmethod
    def save(self, path: str | Path) -> None:
        """Write the trained model to one file that loads without running code."""


def config_from_mapping(config_class: type, values: Mapping[str, Any]) -> Any:
    """Build a config dataclass, ignoring keys an older or newer genviz wrote."""
    names = {f.name for f in dataclasses.fields(config_class)}
    return config_class(**{k: v for k, v in values.items() if k in names})
