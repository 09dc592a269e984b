"""The contract every lab's training session fulfils, so one host process (genviz/core/host.py) can drive any lab.

A session owns its model, optimizer, data and seed. The host calls `step()` between checks of its
commands, and `snapshot()` at most ~30 times a second; a snapshot holds only copied numpy arrays and
plain numbers, never a live tensor, because `optimizer.step()` changes weights in place.
"""

from __future__ import annotations

import copy as _copy
import dataclasses
import math
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from genviz.core.timeline import Timeline
from genviz.core.tracking import Tracker, Tracking, wait_for_judge

CURVE_POINTS = 300  # a curve as sent to be drawn: about one point per pixel of a loss plot
HISTORY_POINTS = 2 * CURVE_POINTS  # a curve as kept: never fewer points than are drawn once it has that many
LIVE_PICTURE_EVERY_S = 0.08  # while training, pictures made from the weights refresh 12 times a second at most ...
LIVE_PICTURE_SHARE = 0.1  # ... and each takes at most this share of the time, however slow it is to make (at 5%
#                            the VAE's map, ~5 ms with the window drawing on the other core, came 8-10 times a second)
COST_SMOOTHING = 0.3  # how far each new cost of a picture moves the average its interval follows


class _Curve:
    """One curve's points as rows of [last step, mean value, values averaged], with the point being filled."""

    def __init__(self) -> None:
        self.points = np.empty((HISTORY_POINTS, 3))
        self.size = 0
        self.width = 1  # steps a point spans; doubles whenever the points are merged two by two
        self.first_step = 0  # of the point being filled, with the sum and the number of its values so far
        self.step, self.total, self.count = 0, 0.0, 0
        self.last = math.nan

    def add(self, step: int, value: float) -> None:
        if self.count and step >= self.first_step + self.width:
            self._close()
        if not self.count:
            self.first_step = step
        self.step, self.total, self.count, self.last = step, self.total + value, self.count + 1, value

    def _close(self) -> None:
        self.points[self.size] = self.step, self.total / self.count, self.count
        self.size += 1
        self.total, self.count = 0.0, 0
        if self.size == HISTORY_POINTS:  # merge neighbours: each new point is the mean of the values of both
            pairs = self.points.reshape(-1, 2, 3)
            counts = pairs[:, :, 2].sum(axis=1)
            means = (pairs[:, :, 1] * pairs[:, :, 2]).sum(axis=1) / counts
            self.points[: len(pairs)] = np.stack([pairs[:, 1, 0], means, counts], axis=1)
            self.size, self.width = len(pairs), 2 * self.width

    def cut_after(self, step: int) -> None:
        """Forget the points after `step`."""
        keep = int(np.searchsorted(self.points[: self.size, 0], step, side="right"))
        self.size, self.total, self.count = keep, 0.0, 0
        self.last = self.points[keep - 1, 1] if keep else math.nan

    def array(self) -> np.ndarray:
        """(n, 2) [step, value]: the points, then the one being filled (so a curve always reaches the latest step)."""
        points = self.points[: self.size, :2]
        if self.count:
            points = np.concatenate([points, [[self.step, self.total / self.count]]])
        return points.copy()


class LossHistory:
    """Named loss curves (e.g. "train", "validation") of (step, value) points, each of bounded size: the one
    thinning policy of every lab. A point averages the values added in its span of steps: at first one step (several
    values of the same step, e.g. a GAN's discriminator updates, make one point); when a curve holds HISTORY_POINTS,
    neighbours merge two by two and the span doubles. A curve thus stays evenly spread over the whole run, its
    means smooth the batches' noise, and keeping, copying and drawing it costs the same however long the run."""

    def __init__(self) -> None:
        self._curves: dict[str, _Curve] = {}

    def add(self, name: str, step: int, value: float) -> None:
        curve = self._curves.get(name)
        if curve is None:
            curve = self._curves[name] = _Curve()
        curve.add(step, value)

    def cut_after(self, step: int) -> None:
        """Forget every point after `step`: a branch trains a new future from there."""
        for curve in self._curves.values():
            curve.cut_after(step)

    @classmethod
    def from_arrays(cls, curves: Mapping[str, np.ndarray]) -> LossHistory:
        """The curves `arrays()` gave (a model file keeps them), to add to again: each point as one value."""
        history = cls()
        for name, points in curves.items():
            for step, value in points:
                history.add(name, int(step), float(value))
        return history

    def until(self, step: int) -> LossHistory:
        """A copy without the points after `step`: the curves as they were then, for the timeline's past."""
        copy = _copy.deepcopy(self)
        copy.cut_after(step)
        return copy

    def last(self, name: str) -> float:
        """The value added last (not a mean), NaN before any."""
        curve = self._curves.get(name)
        return curve.last if curve is not None else math.nan

    def arrays(self, max_points: int | None = CURVE_POINTS) -> dict[str, np.ndarray]:
        """Copies as (n, 2) float arrays of [step, value], at most `max_points` evenly spaced ones (always the
        first and the last): what a plot can show."""
        curves = {}
        for name, curve in self._curves.items():
            points = curve.array()
            if max_points is not None and len(points) > max_points:
                points = points[np.linspace(0, len(points) - 1, max_points).astype(int)]
            curves[name] = points
        return curves


def next_due(due: float, now: float, interval: float) -> float:
    """When a throttled picture made now is due again: `interval` after it was last due, not after now, so that
    asked for at whatever pace the snapshots come, the pictures still average one per interval; after a long
    pause, at most one comes early instead of a burst."""
    return max(due, now - interval) + interval


class LivePicture:
    """A picture made from the weights (a heat map, a latent map, a grid of samples, ...): made again when its key
    changes, but while training at most every `interval` seconds and at most `share` of the time however slow it is
    to make, so that it costs training a few percent. Paused, a step by hand refreshes it at once: stepping never
    shows a stale picture. The same object comes back while nothing changed, so it travels to the GUI only once."""

    def __init__(self, interval: float = LIVE_PICTURE_EVERY_S, share: float = LIVE_PICTURE_SHARE) -> None:
        self.interval = interval  # the least: a costly picture waits longer
        self.share = share
        self.key: Any = None
        self.value: Any = None
        self.due = -math.inf  # when the next picture may be made while training
        self.cost = 0.0  # seconds one takes to make: a moving average

    def get(self, key: Any, training: bool, compute: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        if self.value is not None and (key == self.key or (training and start < self.due)):
            return self.value
        self.key, self.value = key, compute()
        cost = time.perf_counter() - start
        # The interval follows the usual cost, not one slow time (another process took the core for a while).
        self.cost = cost if self.cost == 0 else self.cost + COST_SMOOTHING * (cost - self.cost)
        interval = max(self.interval, self.cost / self.share)
        # Asked for at whatever pace snapshots come (the window's frames, a slow step), they still average one an
        # interval. The first, an interval from now.
        self.due = start + interval if self.due == -math.inf else next_due(self.due, start, interval)
        return self.value

    def refresh(self) -> None:
        """Make the picture again at the next `get` whose key changed, however soon."""
        self.due = -math.inf

    def fresh(self) -> LivePicture:
        """A copy that has made no picture yet (for the same kind of picture of other weights)."""
        copy = _copy.copy(self)
        copy.key, copy.value, copy.due = None, None, -math.inf
        return copy


class Session(ABC):
    """One lab's training run. Subclasses set `lab`, and list in `requests` the methods a view may ask for by
    name (with plain arguments) from another process."""

    lab: ClassVar[str]
    requests: ClassVar[frozenset[str]] = frozenset({"save"})
    counters: ClassVar[tuple[str, ...]] = ("step_count",)  # what goes back with the weights on the timeline

    def __init__(self, config: Any) -> None:
        self.config = config
        self.step_count = 0
        self.history = LossHistory()
        self.timeline = Timeline()  # the weights at kept steps, to show the past and train from it again
        self.tracker = Tracker()  # the quantity the timeline follows, at each kept step
        self.training = False  # set by the host while training runs: live pictures then wait for their interval

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

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """The one quantity the timeline follows over the whole history (genviz/core/tracking.py), or None."""
        return None

    def warm_up(self) -> None:
        """Work the first pictures need not wait for (the Compare lab's reference, with its digit judge), which the
        host does on a thread of its own once they are out. Whatever needs it before then does it at once. It never
        raises: what fails there fails again, in one sentence, where it is needed."""
        return None

    def live_pictures(self) -> dict[str, LivePicture]:
        """name -> LivePicture: the pictures the session makes from its weights."""
        return {name: value for name, value in vars(self).items() if isinstance(value, LivePicture)}

    def modules(self) -> dict[str, Any]:
        """name -> torch module: the weights the pictures are made from, which the timeline keeps
        (genviz/core/timeline.py). By default every module the session holds as an attribute; a session that keeps
        one elsewhere (inside a sampler, say) names its own. A lab's sampler names the modules it shares with the
        session alike, so a saved checkpoint loads into either."""
        import torch

        return {name: value for name, value in vars(self).items() if isinstance(value, torch.nn.Module)}

    @property
    @abstractmethod
    def device_name(self) -> str:
        """Where the model runs, in words ("CPU", "CUDA: NVIDIA ...", "Apple MPS")."""

    def save(self, path: str | Path, history: bool = True) -> None:
        """Write the trained model to one file that loads without running code, with its timeline (the kept
        checkpoints) unless `history` is False."""
        self.write_model(path)
        if history and self.timeline.checkpoints:
            from genviz.core.modelfile import add_timeline

            self.timeline.keep_latest(self)
            self.follow_unasked()
            while self.tracker.fill(self):
                pass
            add_timeline(path, self.timeline, self.history.arrays(max_points=None), self.tracker.measured())

    def follow_unasked(self) -> None:
        """Trained without a window, nothing asked what to track: follow what the lab tracks unasked, once the
        digit judge it may need is fitted, so that a saved model keeps its curve."""
        if self.tracker.tracking is None:
            tracking = self.tracking({})
            if tracking is None and wait_for_judge():
                tracking = self.tracking({})
            self.tracker.follow(tracking)

    def restore(self, file: Any) -> None:
        """The training history a model file keeps: its timeline and its loss curves, to scrub through at once."""
        self.timeline.restore(file)
        self.history = LossHistory.from_arrays(file.history)

    @abstractmethod
    def write_model(self, path: str | Path) -> None:
        """Write the trained model (its weights, settings and extras) to one model file."""


def config_from_mapping(config_class: type, values: Mapping[str, Any]) -> Any:
    """Build a config dataclass, ignoring keys an older or newer genviz wrote."""
    names = {f.name for f in dataclasses.fields(config_class)}
    return config_class(**{k: v for k, v in values.items() if k in names})
