"""The contract every lab's training session fulfils, so one worker thread can drive any lab.

A session owns its model, optimizer, data and seed. The worker calls `step()` between checks of its
stop flag, and `snapshot()` at most ~30 times a second; a snapshot holds only copied numpy arrays and
plain numbers, never a live tensor, because `optimizer.step()` changes weights in place.
"""

from __future__ import annotations

import dataclasses
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

import numpy as np


class LossHistory:
    """Named loss curves (e.g. "train", "validation"), each a list of (step, value) points."""

    def __init__(self) -> None:
        self._steps: dict[str, list[int]] = {}
        self._values: dict[str, list[float]] = {}

    def add(self, name: str, step: int, value: float) -> None:
        self._steps.setdefault(name, []).append(step)
        self._values.setdefault(name, []).append(value)

    def last(self, name: str) -> float:
        values = self._values.get(name)
        return values[-1] if values else math.nan

    def arrays(self) -> dict[str, np.ndarray]:
        """Copies as (n, 2) float arrays of [step, value], ready to draw."""
        return {
            name: np.column_stack([self._steps[name], self._values[name]]).astype(np.float64)
            for name in self._steps
        }


class Session(ABC):
    """One lab's training run. Subclasses set `lab` and `config_class`."""

    lab: ClassVar[str]
    config_class: ClassVar[type]

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

    @property
    @abstractmethod
    def device_name(self) -> str:
        """Where the model runs, in words ("CPU", "CUDA: NVIDIA ...", "Apple MPS")."""

    @abstractmethod
    def save(self, path: str | Path) -> None:
        """Write the trained model to one file that loads without running code."""


def config_to_json(config: Any) -> str:
    return json.dumps(dataclasses.asdict(config), sort_keys=True)


def config_from_mapping(config_class: type, values: Mapping[str, Any]) -> Any:
    """Build a config dataclass, ignoring keys an older or newer genviz wrote."""
    names = {f.name for f in dataclasses.fields(config_class)}
    return config_class(**{k: v for k, v in values.items() if k in names})
