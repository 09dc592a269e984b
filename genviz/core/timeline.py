"""A session's training history: the weights at chosen steps, so the class can go back to "what did it say at
step 50?" and train again from there.

Which steps are kept: every step at first, then steps ever further apart (a new checkpoint once the steps since the
last reach 1/DENSITY of the step count), so early training, where change is fast, is dense. The number kept is
bounded (MAX_CHECKPOINTS, and what fits MEMORY_BUDGET_BYTES); when a new one would pass the bound, the one whose
neighbours are closest relative to its step goes (never the first or the latest), so the kept steps stay spread
evenly on a logarithmic scale. Weights are kept in half precision: a difference of 1 part in 2,000 does
not change a picture the class can see.

A model file keeps the timeline thinned by the same rule to FILE_BUDGET_BYTES, so that a lesson holding the three
default models (capitals text, GAN ring, diffusion digits) stays under its 60 MB target (issue 13): only the diffusion
model's, whose network and moving average are kept at each step (0.74 MB a checkpoint), is thinned, from 64 steps
to 48.

The weights are those of the session's `modules()`.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

MAX_CHECKPOINTS = 64
MEMORY_BUDGET_BYTES = 100_000_000
FILE_BUDGET_BYTES = 36_000_000  # of the checkpoints a model file keeps (see the module's docstring)
DENSITY = 16  # checkpoints per doubling of the step count, before any are thinned
HISTORY_PREFIX = "timeline."  # of the tensors a model file keeps its history in


@dataclass
class Checkpoint:
    step: int
    loss: float
    weights: dict[str, Any]  # name -> tensor (half precision where it was float32), on the CPU
    counters: dict[str, int] = field(default_factory=dict)  # the session's `counters` then, step_count included
    nbytes: int = field(default=0)


def _tensors(session: Any) -> dict[str, Any]:
    """Every weight and buffer of the session's modules (or a sampler's: anything with `modules()`), the tensors
    themselves, by the names the timeline keeps them under."""
    return {f"{module_name}.{name}": tensor for module_name, module in session.modules().items()
            for name, tensor in module.state_dict().items()}


def weights_of(session: Any) -> dict[str, Any]:
    """A CPU copy of every weight and buffer of the session's modules, floats in half precision."""
    import torch

    with torch.no_grad():
        return {name: _half(tensor.detach().to("cpu", copy=True)) for name, tensor in _tensors(session).items()}


def _half(tensor: Any) -> Any:
    """A float32 tensor in half precision; any other as it is."""
    import torch

    return tensor.half() if tensor.dtype == torch.float32 else tensor


def load_weights(session: Any, weights: dict[str, Any]) -> None:
    """Put kept weights into the modules of a session, in place, so optimizers keep pointing at them. Each scrubbed
    frame does this twice (the past in, the present back), so it is one pass: copy_ converts dtype and device."""
    import torch

    from genviz.core.errors import ModelFileError
    from genviz.core.translatable import translatable

    tensors = _tensors(session)
    if not tensors.keys() <= weights.keys():
        raise ModelFileError(translatable("The training timeline does not match this model: its checkpoints hold "
                                          "other weights."))
    with torch.no_grad():
        for name, tensor in tensors.items():
            tensor.copy_(weights[name])


def live_copy(session: Any) -> dict[str, Any]:
    """The session's weights exactly, on their own devices: to put back after showing the past."""
    import torch

    with torch.no_grad():
        return {name: tensor.detach().clone() for name, tensor in _tensors(session).items()}


def forget_optimizer_state(session: Any) -> None:
    """Training from an old checkpoint starts the optimizers afresh: their running averages belong to the weights
    the run had later, not to the ones it goes back to."""
    import torch

    from genviz.core.session import Session

    for value in vars(session).values():
        if isinstance(value, torch.optim.Optimizer):
            value.state.clear()
        elif isinstance(value, Session):
            forget_optimizer_state(value)


def counters_of(session: Any) -> dict[str, int]:
    return {name: getattr(session, name) for name in session.counters}


def set_counters(session: Any, checkpoint: Checkpoint) -> None:
    """The session's counters as they were at the checkpoint (those a model file did not keep, as they are)."""
    vars(session).update({name: value for name, value in checkpoint.counters.items() if name in session.counters})
    session.step_count = checkpoint.step


@contextmanager
def showing_past(session: Any, step: int | None) -> Iterator[int | None]:
    """While the block runs, the session is as it was at the kept step nearest to `step` (its weights, its step
    count and counters, its loss curves), and yields that step; then exactly as it was. None: the block sees the
    session as it is."""
    if step is None or not session.timeline.checkpoints:
        yield None
        return
    checkpoint = session.timeline.nearest(step)
    live, live_counters = live_copy(session), counters_of(session)
    # The past's pictures are kept apart from the present's, and made afresh the first time a step is shown: a
    # lab's pictures may be keyed by counters of its own, which do not go back with the weights. They are kept
    # for each step shown, so dragging back and forth over the same steps makes each picture once.
    pictures = session.live_pictures()
    past = session.timeline.past_pictures
    shown = past.pop(checkpoint.step, None) or {name: picture.fresh() for name, picture in pictures.items()}
    past[checkpoint.step] = shown  # the newest last: the first to go is the step shown longest ago
    while len(past) > MAX_CHECKPOINTS:
        del past[next(iter(past))]
    history = session.history
    load_weights(session, checkpoint.weights)
    set_counters(session, checkpoint)
    vars(session).update(shown, history=history.until(checkpoint.step))  # the loss curves as they were then
    try:
        yield checkpoint.step
    finally:
        load_weights(session, live)
        vars(session).update(live_counters, history=history)
        vars(session).update(pictures)


def branch(session: Any, step: int) -> int:
    """Train from the kept step nearest to `step`: its weights become the live ones, and what came after (later
    checkpoints, the loss curves' tail) is forgotten. Returns that step."""
    checkpoint = session.timeline.nearest(step)
    load_weights(session, checkpoint.weights)
    forget_optimizer_state(session)
    set_counters(session, checkpoint)
    session.timeline.cut_after(checkpoint.step)
    session.history.cut_after(checkpoint.step)
    return checkpoint.step


class Timeline:
    """The kept checkpoints of one run, oldest first."""

    def __init__(self, max_checkpoints: int = MAX_CHECKPOINTS, budget_bytes: int = MEMORY_BUDGET_BYTES,
                 file_budget_bytes: int = FILE_BUDGET_BYTES) -> None:
        self.max_checkpoints = max_checkpoints
        self.budget_bytes = budget_bytes
        self.file_budget_bytes = file_budget_bytes
        self.checkpoints: list[Checkpoint] = []
        self._summary: np.ndarray | None = None  # made again only when the kept steps change (see summary)
        self.past_pictures: dict[int, dict[str, Any]] = {}  # step -> its pictures, for the past steps shown
        self.last_loss = math.nan  # of the step offered last

    @property
    def steps(self) -> list[int]:
        return [checkpoint.step for checkpoint in self.checkpoints]

    @property
    def nbytes(self) -> int:
        return sum(checkpoint.nbytes for checkpoint in self.checkpoints)

    def due(self, step: int) -> bool:
        """Whether a checkpoint should be kept at `step` (see the module's docstring)."""
        if not self.checkpoints:
            return True
        last = self.checkpoints[-1].step
        return step > last and step - last >= max(1, step // DENSITY)

    def offer(self, session: Any, loss: float) -> None:
        """Keep the session's weights at its current step if that step is due."""
        self.last_loss = loss
        if self.due(session.step_count):
            self.keep(session.step_count, loss, weights_of(session), counters_of(session))

    def keep_latest(self, session: Any) -> None:
        """Keep the session's weights as they are now, unless its step is kept already: a saved timeline ends at
        the saved model."""
        if not self.checkpoints or self.checkpoints[-1].step < session.step_count:
            self.keep(session.step_count, self.last_loss, weights_of(session), counters_of(session))

    def keep(self, step: int, loss: float, weights: dict[str, Any], counters: dict[str, int] | None = None) -> None:
        nbytes = sum(tensor.numel() * tensor.element_size() for tensor in weights.values())
        self.checkpoints.append(Checkpoint(step, float(loss), weights, counters or {}, nbytes))
        self.checkpoints = _thinned(self.checkpoints, min(self.max_checkpoints, _fitting(self.budget_bytes, nbytes)))
        self._summary = None

    def nearest(self, step: int) -> Checkpoint:
        """The kept checkpoint nearest to `step` (the earlier one of two as near)."""
        if not self.checkpoints:
            raise LookupError("no checkpoint is kept yet")
        steps = self.steps
        index = bisect.bisect_left(steps, step)
        if index == len(steps) or (index > 0 and step - steps[index - 1] <= steps[index] - step):
            index -= 1
        return self.checkpoints[index]

    def cut_after(self, step: int) -> None:
        """Forget the checkpoints after `step`: a branch trains a new future from there."""
        self.checkpoints = [checkpoint for checkpoint in self.checkpoints if checkpoint.step <= step]
        self.past_pictures = {}
        self._summary = None

    def restore(self, file: Any) -> None:
        """The timeline a model file keeps (genviz/core/modelfile.py), to scrub through at once."""
        import torch

        self.checkpoints, self._summary = [], None
        for entry, weights in zip(file.timeline, file.checkpoints, strict=True):
            # Half precision, as kept here, also from an older file that kept its timeline in float32.
            self.keep(entry["step"], math.nan if entry["loss"] is None else entry["loss"],
                      {name: _half(torch.tensor(array)) for name, array in weights.items()}, entry["counters"])

    def summary(self) -> np.ndarray:
        """(n, 2) [step, loss] of the kept checkpoints: what a timeline slider draws. The same object while they
        stay the same, so a snapshot sends it only when it changed (genviz/core/host.py)."""
        if self._summary is None:
            self._summary = np.array([[c.step, c.loss] for c in self.checkpoints], dtype=np.float64).reshape(-1, 2)
        return self._summary

    # Model files
    def saved(self) -> list[Checkpoint]:
        """The checkpoints a model file keeps: thinned to file_budget_bytes by the rule that thins them here."""
        nbytes = max((checkpoint.nbytes for checkpoint in self.checkpoints), default=0)
        return _thinned(list(self.checkpoints), _fitting(self.file_budget_bytes, nbytes))

    def tensors(self) -> dict[str, Any]:
        """The saved checkpoints as a model file's tensors: timeline.<index>.<weight name>."""
        return {f"{HISTORY_PREFIX}{index}.{name}": tensor
                for index, checkpoint in enumerate(self.saved()) for name, tensor in checkpoint.weights.items()}

    def metadata(self) -> list[dict[str, Any]]:
        return [{"step": c.step, "loss": c.loss if math.isfinite(c.loss) else None, "counters": c.counters}
                for c in self.saved()]


def _fitting(budget_bytes: int, nbytes: int) -> int:
    """How many checkpoints of `nbytes` fit the budget; never fewer than the first and the latest."""
    return max(2, budget_bytes // max(1, nbytes))


def _thinned(checkpoints: list[Checkpoint], limit: int) -> list[Checkpoint]:
    """At most `limit` of the checkpoints: the interior one whose neighbours are closest, relative to its step,
    goes first (never the first or the latest), so the kept steps stay spread evenly on a logarithmic scale."""
    while len(checkpoints) > limit:
        steps = [checkpoint.step for checkpoint in checkpoints]
        scores = [(steps[i + 1] - steps[i - 1]) / (steps[i] + 1) for i in range(1, len(steps) - 1)]
        del checkpoints[1 + int(np.argmin(scores))]
    return checkpoints
