"""Lay small images out as one picture, so a panel draws many of them with a single image item."""

from __future__ import annotations

import math

import numpy as np

GAP_VALUE = 1.0  # white lines between tiles: dark digits stay apart, and it matches the plots' white paper


def mosaic(images: np.ndarray, columns: int, gap: int = 1) -> np.ndarray:
    """(N, H, W) or (N, H, W, 3) in [0, 1] -> one float32, C-contiguous picture, `columns` images a row."""
    n, H, W = images.shape[:3]
    rows = max(1, math.ceil(n / columns))
    out = np.full((rows * (H + gap) - gap, columns * (W + gap) - gap, *images.shape[3:]), GAP_VALUE, np.float32)
    for i in range(n):
        r, c = divmod(i, columns)
        out[r * (H + gap): r * (H + gap) + H, c * (W + gap): c * (W + gap) + W] = images[i]
    return out


def tile_centres(count: int, size: int, gap: int = 1) -> list[float]:
    """Centre coordinate of each tile along one side of a mosaic, for axis labels."""
    return [i * (size + gap) + size / 2 for i in range(count)]
