"""Two-dimensional toy distributions, generated from a seed so every run and every class sees the same data.

All sets live roughly inside the square [-2.5, 2.5]^2, so one plot range shows any of them. The two Gaussian
mixtures (ring, grid) also expose their mode centres and standard deviation: a generator "covers" a mode when
some of its samples land within a few standard deviations of that centre.
"""

from __future__ import annotations

import numpy as np

RING_MODES = 8
RING_RADIUS = 2.0
RING_STD = 0.1  # well separated: neighbouring centres are 1.53 apart, 15 standard deviations
GRID_SIDE = 5
GRID_SPACING = 1.0
GRID_STD = 0.08  # centres 1.0 apart, so 3-sigma discs never touch
LINE_NOISE = 0.03

MIXTURE_STD = {"ring": RING_STD, "grid": GRID_STD}


def ring_modes() -> np.ndarray:
    """Centres of the 8 Gaussians on a circle of radius 2, the first on the positive x axis. (8, 2)"""
    angles = 2 * np.pi * np.arange(RING_MODES) / RING_MODES
    return np.stack([np.cos(angles), np.sin(angles)], axis=1).astype(np.float32) * RING_RADIUS


def grid_modes() -> np.ndarray:
    """Centres of the 5x5 grid of Gaussians, spacing 1, centred on the origin, row by row. (25, 2)"""
    ticks = (np.arange(GRID_SIDE) - (GRID_SIDE - 1) / 2) * GRID_SPACING
    xs, ys = np.meshgrid(ticks, ticks)
    return np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32)


def _mixture(modes: np.ndarray, std: float, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    labels = rng.integers(0, len(modes), size=n)
    points = modes[labels] + rng.normal(0.0, std, size=(n, 2))
    return points.astype(np.float32), labels.astype(np.int64)


def ring(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n points from the ring of 8 Gaussians and the index of the Gaussian each came from."""
    return _mixture(ring_modes(), RING_STD, n, np.random.default_rng(seed))


def grid(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n points from the 5x5 grid of Gaussians and the index of the Gaussian each came from."""
    return _mixture(grid_modes(), GRID_STD, n, np.random.default_rng(seed))


def moons(n: int, seed: int = 0, noise: float = 0.08) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (label 0: upper, 1: lower), scaled and centred to fit the common square."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, size=n)
    t = rng.uniform(0.0, np.pi, size=n)
    upper = np.stack([np.cos(t), np.sin(t)], axis=1)
    lower = np.stack([1.0 - np.cos(t), 0.5 - np.sin(t)], axis=1)
    points = np.where(labels[:, None] == 0, upper, lower)
    points = (points - [0.5, 0.25]) * 1.6 + rng.normal(0.0, noise, size=(n, 2))
    return points.astype(np.float32), labels.astype(np.int64)


def spiral(n: int, seed: int = 0, turns: float = 1.75, noise: float = 0.05) -> np.ndarray:
    """One arm of an Archimedean spiral (radius grows with angle), denser nowhere in particular. (n, 2)"""
    rng = np.random.default_rng(seed)
    u = np.sqrt(rng.uniform(0.05, 1.0, size=n))  # sqrt: equal density per unit of arc length, roughly
    angle = u * turns * 2 * np.pi
    radius = 2.2 * u
    points = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return (points + rng.normal(0.0, noise, size=(n, 2))).astype(np.float32)


def line(n: int, seed: int = 0) -> np.ndarray:
    """A thin diagonal segment from (-2, -1) to (2, 1): a 1-D manifold the generator must squeeze its noise onto."""
    rng = np.random.default_rng(seed)
    t = rng.uniform(-1.0, 1.0, size=(n, 1))
    points = t * np.array([[2.0, 1.0]]) + rng.normal(0.0, LINE_NOISE, size=(n, 2))
    return points.astype(np.float32)
