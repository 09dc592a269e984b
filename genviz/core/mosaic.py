"""Lay small images out as one picture (per frame), so a panel shows a whole batch with one image item
and an animation only swaps precomputed arrays. Pure numpy: the training processes and every lab use it."""

from __future__ import annotations

import math

import numpy as np

# A gap's value (and an empty tile's): no picture there. A panel draws it see-through, so its background, which
# the window's theme chooses (white paper, or the projector's dark), lies between the tiles; a picture written to
# a file makes it white (animation.to_rgb8).
GAP = float("nan")


def mosaic_frames(images: np.ndarray, columns: int, gap_value: float, colour: bool, gap: int = 1) -> np.ndarray:
    """(..., N, H, W[, 3]) -> (..., rows * (H + gap) - gap, columns * (W + gap) - gap[, 3]) float32, C-contiguous.

    Leading dimensions (frames) are kept; tiles fill row by row; gaps and empty tiles hold gap_value.
    """
    images = np.asarray(images, dtype=np.float32)
    if not colour:
        images = images[..., None]  # one channel, so both cases share the code below
    *lead, n, H, W, C = images.shape
    rows = max(1, math.ceil(n / columns))
    padded = np.full((*lead, rows * columns, H + gap, W + gap, C), gap_value, dtype=np.float32)
    padded[..., :n, :H, :W, :] = images
    k = len(lead)
    grid = padded.reshape(*lead, rows, columns, H + gap, W + gap, C)
    grid = grid.transpose(*range(k), k, k + 2, k + 1, k + 3, k + 4)  # (..., rows, H + gap, columns, W + gap, C)
    picture = grid.reshape(*lead, rows * (H + gap), columns * (W + gap), C)
    picture = picture[..., : rows * (H + gap) - gap, : columns * (W + gap) - gap, :]
    return np.ascontiguousarray(picture if colour else picture[..., 0])


def tile_centres(count: int, size: int, gap: int = 1) -> list[float]:
    """Centre coordinate of each tile along one side of a mosaic, for axis labels."""
    return [i * (size + gap) + size / 2 for i in range(count)]


def mosaic(images: np.ndarray, columns: int, fill: float = GAP, gap: int = 1) -> np.ndarray:
    """(N, H, W) or (N, H, W, 3) images -> one picture, `columns` a row; gaps hold `fill` (GAP by default: the
    panel's background shows between the tiles, so dark digits stay apart in either theme)."""
    images = np.asarray(images)
    return mosaic_frames(images, columns, fill, colour=images.ndim == 4 and images.shape[-1] == 3, gap=gap)
