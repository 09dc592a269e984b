"""A light session for the host's tests: it counts steps instead of training. Its own module, so that a
spawned host can import it."""

import os
import signal
import sys
import time

from genviz.core.errors import DataError
from genviz.core.session import LivePicture, Session
from genviz.core.tracking import Tracking
from genviz.core.translatable import Sentence, translatable


class CountingSession(Session):
    """Counts steps; its loss can be told to become NaN, its step to raise, or its build to fail or take time."""

    lab = "counting"
    requests = frozenset({"save", "add", "fail", "crash", "loaded"})

    def __init__(self, loss=1.0, step_seconds=0.0, fail_with=None, broken=False, build_seconds=0.0):
        if broken:
            raise DataError(translatable("The file {name} is empty."), name="notes.txt")  # a sentence of the core's
        time.sleep(build_seconds)  # stands in for a slow build (imports, data, a reference)
        super().__init__({})
        self.loss, self.step_seconds, self.fail_with = loss, step_seconds, fail_with
        self.big = list(range(100_000))  # a part that never changes: sent once a run

    def step(self):
        if self.fail_with is not None:
            raise self.fail_with
        if self.step_seconds:
            time.sleep(self.step_seconds)  # stands in for a training step's work
        self.step_count += 1
        self.history.add("train", self.step_count, self.loss)
        return self.loss

    def snapshot(self, probe):
        return {"step": self.step_count, "loss": self.loss, "history": self.history.arrays(), "echo": dict(probe),
                "big": self.big}

    def answer(self, probe):
        return {"doubled": 2 * probe.get("ask", 0)}

    @property
    def device_name(self):
        return "test"

    def write_model(self, path):
        with open(path, "w") as file:
            file.write(str(self.step_count))
        return path

    def add(self, amount):
        return self.step_count + amount

    def fail(self):
        raise DataError("That example does not exist.")

    def loaded(self):
        """What the process had loaded before it was asked: torch's compiler, the digit judge fitted."""
        evaluation = sys.modules.get("genviz.core.data.evaluation")
        return {"compiler": "torch._dynamo" in sys.modules,
                "judge": evaluation is not None and evaluation._fit_judge.cache_info().currsize > 0}

    def crash(self):
        os.kill(os.getpid(), signal.SIGKILL)


class WeightedCountingSession(CountingSession):
    """A counting session with weights: one number that each step sets to the step count, so the timeline's past
    can be told apart from the present."""

    def __init__(self, **options):
        import torch

        super().__init__(**options)
        self.net = torch.nn.Linear(1, 1)
        self._optimizer = torch.optim.SGD(self.net.parameters(), lr=0.1, momentum=0.9)
        self._picture = LivePicture(interval=60.0)  # made from the weights, far less often than steps come

    def step(self):
        import torch

        loss = super().step()
        with torch.no_grad():
            self.net.bias.fill_(self.step_count)
        return loss

    def tracking(self, probe):
        """The weight itself, which each step sets to the step count: measured at a kept step, it is that step."""
        return Tracking(("bias", probe.get("track")), Sentence("the weight"), lambda: self.net.bias.item(), 0, 1e4)

    def snapshot(self, probe):
        pictured = self._picture.get(self.step_count, self.training, lambda: self.net.bias.item())
        return {**super().snapshot(probe), "weight_step": self.net.bias.item(), "pictured_step": pictured}
