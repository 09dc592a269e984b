"""Moving data between its own units and the model's: centred, unit-sized, channels first.

Diffusion adds unit-variance noise, so the data must be on that scale too: images go from [0, 1] to [-1, 1];
2-D points are centred and divided by their spread (one number for both axes, so shapes are not squashed).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import torch

CLIP_MARGIN = 1.2  # predicted points may reach this much beyond the farthest training point


@dataclass(frozen=True)
class DataScale:
    kind: str  # "points" or "images"
    shape: tuple[int, ...]  # one example in data units: (2,), (H, W) or (H, W, 3)
    center: tuple[float, ...]  # subtracted before scaling (images: 0.5 per pixel, as one number)
    spread: float  # divided by after centring
    bound: float  # no encoded training example goes beyond +-bound: the clip for predicted x_0

    @classmethod
    def fit(cls, kind: str, x: np.ndarray) -> DataScale:
        if kind == "images":
            return cls(kind, tuple(x.shape[1:]), (0.5,), 0.5, 1.0)
        center = x.mean(axis=0)
        spread = float(np.sqrt(((x - center) ** 2).mean())) or 1.0
        bound = float(np.abs((x - center) / spread).max()) * CLIP_MARGIN
        return cls(kind, tuple(x.shape[1:]), tuple(float(c) for c in center), spread, bound)

    @property
    def model_shape(self) -> tuple[int, ...]:
        """One example as the network sees it: (2,) or (C, H, W)."""
        if self.kind == "points":
            return self.shape
        channels = self.shape[2] if len(self.shape) == 3 else 1
        return (channels, *self.shape[:2])

    @property
    def channels(self) -> int:
        return self.model_shape[0]

    def encode(self, x: np.ndarray) -> torch.Tensor:
        """(N, *shape) data -> (N, *model_shape) float32 tensor."""
        z = (np.asarray(x, dtype=np.float32) - np.asarray(self.center, dtype=np.float32)) / self.spread
        z = torch.from_numpy(np.ascontiguousarray(z))
        if self.kind == "images":
            z = z.unsqueeze(1) if z.ndim == 3 else z.permute(0, 3, 1, 2)  # channels first
        return z.contiguous()

    def decode(self, z: torch.Tensor) -> np.ndarray:
        """(..., *model_shape) -> (..., *shape) float32 numpy in data units; images clipped to [0, 1]."""
        z = z.detach().float().cpu()
        if self.kind == "images":
            z = z.squeeze(-3) if self.channels == 1 else z.movedim(-3, -1)  # channels last, or none
        x = z.numpy() * self.spread + np.asarray(self.center, dtype=np.float32)
        if self.kind == "images":
            x = np.clip(x, 0.0, 1.0)
        return np.ascontiguousarray(x, dtype=np.float32)

    def noise_picture(self, eps: torch.Tensor) -> np.ndarray:
        """Predicted noise laid out like the data but left in noise units (about -3..3), for drawing."""
        eps = eps.detach().float().cpu()
        if self.kind == "images":
            eps = eps.squeeze(-3) if self.channels == 1 else eps.movedim(-3, -1)
        return np.ascontiguousarray(eps.numpy(), dtype=np.float32)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> DataScale:
        return cls(values["kind"], tuple(values["shape"]), tuple(values["center"]), float(values["spread"]),
                   float(values["bound"]))
