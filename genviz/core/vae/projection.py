"""Where a latent code lands on the 2-D latent map, and back: the identity for 2-D codes, PCA otherwise.

The principal axes are recomputed as training moves the codes; each new axis keeps the sign of the previous
one, so the map does not flip over between two pictures.
"""

from __future__ import annotations

import numpy as np


class LatentProjection:
    """A plane through the latent space: map = (z - mean) @ axes.T and back z = mean + map @ axes."""

    def __init__(self, mean: np.ndarray, axes: np.ndarray, explained: tuple[float, float] | None) -> None:
        self.mean = mean  # (L,)
        self.axes = axes  # (2, L), orthonormal rows
        self.explained = explained  # share of the codes' variance along each axis; None for the identity

    @classmethod
    def identity(cls, latent_size: int) -> LatentProjection:
        return cls(np.zeros(latent_size, np.float32), np.eye(2, latent_size, dtype=np.float32), None)

    @classmethod
    def fit(cls, codes: np.ndarray, previous: LatentProjection | None = None) -> LatentProjection:
        """The identity for (N, 2) codes; for wider codes the plane of the two largest principal components."""
        latent_size = codes.shape[1]
        if latent_size == 2:
            return cls.identity(2)
        mean = codes.mean(axis=0)
        _, singular, vt = np.linalg.svd(codes - mean, full_matrices=False)
        axes = vt[:2].copy()
        if previous is not None and previous.axes.shape == axes.shape:
            signs = np.sign(np.sum(axes * previous.axes, axis=1))
            axes *= np.where(signs == 0, 1.0, signs)[:, None]
        variance = singular**2
        total = float(variance.sum()) or 1.0
        explained = (float(variance[0] / total), float(variance[1] / total))
        return cls(mean.astype(np.float32), axes.astype(np.float32), explained)

    def to_map(self, codes: np.ndarray) -> np.ndarray:
        """(N, L) -> (N, 2)"""
        return ((codes - self.mean) @ self.axes.T).astype(np.float32)

    def to_latent(self, points: np.ndarray) -> np.ndarray:
        """(N, 2) -> (N, L): the point of the plane under each map point."""
        return (self.mean + points @ self.axes).astype(np.float32)
