"""Arrows of a 2-D vector field as line segments, ready for one curve to draw. Torch-free: fields cross from
the training process to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class DenoisingField:
    """What the network would do to points at one timestep: arrows from x_t towards the data."""

    t: int
    points: np.ndarray  # (G, 2) where the arrows start, in data units
    direction: np.ndarray  # (G, 2) minus the predicted noise: the way denoising moves each point


ARROW_HEAD = 0.35  # head length as a share of the arrow
ARROW_ANGLE = np.deg2rad(25)


def arrow_segments(starts: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """(G, 2) starts and (G, 2) vectors -> (6 G, 2) line ends: a shaft and two head strokes per arrow, to draw
    with connect="pairs" as one item instead of G arrow items."""
    ends = starts + vectors
    back = -vectors * ARROW_HEAD
    cos, sin = np.cos(ARROW_ANGLE), np.sin(ARROW_ANGLE)
    left = np.stack([back[:, 0] * cos - back[:, 1] * sin, back[:, 0] * sin + back[:, 1] * cos], axis=1)
    right = np.stack([back[:, 0] * cos + back[:, 1] * sin, -back[:, 0] * sin + back[:, 1] * cos], axis=1)
    return np.stack([starts, ends, ends, ends + left, ends, ends + right], axis=1).reshape(-1, 2)


def scaled_arrows(directions: np.ndarray, spacing: float) -> np.ndarray:
    """Arrow vectors with lengths in proportion to the directions' sizes, the 90th percentile one grid space
    long and none longer than 1.3 spaces, so a few huge ones do not shrink the rest to dots."""
    size = np.linalg.norm(directions, axis=1, keepdims=True)
    reference = max(float(np.percentile(size, 90)), 1e-12)
    length = np.minimum(size / reference, 1.3) * spacing * 0.9
    return directions / np.maximum(size, 1e-12) * length


def field_arrows(grid: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """(G, 2) points of a square grid and their (G, 2) directions -> (6 G, 2) float32 segments."""
    spacing = float(np.diff(np.unique(grid[:, 0])).min())
    return arrow_segments(grid, scaled_arrows(directions, spacing)).astype(np.float32)
