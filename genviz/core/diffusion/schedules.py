"""Noise schedules: how much of the data is kept and how much noise is added at each timestep t.

Timesteps run from t = 0 (the data itself) to t = T (practically pure noise). Every array here has
T + 1 entries so it can be indexed by t directly; entry 0 is "no noise yet" (beta_0 = 0, alpha_bar_0 = 1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from genviz.core.errors import ConfigError
from genviz.core.translatable import translatable

SCHEDULES = ("linear", "cosine")
MAX_BETA = 0.999  # Nichol & Dhariwal clip beta below 1 so the last step does not divide by zero


@dataclass(frozen=True)
class Schedule:
    name: str
    betas: np.ndarray  # (T + 1,) float64: variance of the noise added by step t (betas[0] = 0)
    alphas: np.ndarray  # (T + 1,) 1 - beta_t
    alpha_bar: np.ndarray  # (T + 1,) product of alphas up to t: the share of the data's variance left at t

    @property
    def T(self) -> int:
        return len(self.betas) - 1

    @property
    def signal(self) -> np.ndarray:
        """sqrt(alpha_bar_t): how much of x_0 survives in x_t. (T + 1,)"""
        return np.sqrt(self.alpha_bar)

    @property
    def noise(self) -> np.ndarray:
        """sqrt(1 - alpha_bar_t): the standard deviation of the noise in x_t. (T + 1,)"""
        return np.sqrt(1.0 - self.alpha_bar)


def _from_betas(name: str, betas: np.ndarray) -> Schedule:
    betas = np.concatenate([[0.0], betas]).astype(np.float64)
    alphas = 1.0 - betas
    return Schedule(name, betas, alphas, np.cumprod(alphas))


def linear_schedule(T: int) -> Schedule:
    """Ho, Jain & Abbeel 2020, "Denoising Diffusion Probabilistic Models": betas rise linearly from 1e-4 to
    0.02 over 1000 steps. For other T both ends scale by 1000 / T (as in Nichol & Dhariwal's code), so the
    total noise added, and hence how close x_T comes to pure noise, stays about the same."""
    scale = 1000 / T
    return _from_betas("linear", np.linspace(scale * 1e-4, min(scale * 0.02, MAX_BETA), T))


def cosine_schedule(T: int, s: float = 0.008) -> Schedule:
    """Nichol & Dhariwal 2021, "Improved Denoising Diffusion Probabilistic Models": alpha_bar follows a
    squared cosine, so the signal fades gently at both ends instead of being mostly gone half-way."""
    t = np.arange(T + 1, dtype=np.float64)
    f = np.cos((t / T + s) / (1 + s) * math.pi / 2) ** 2
    alpha_bar = f / f[0]
    betas = np.clip(1.0 - alpha_bar[1:] / alpha_bar[:-1], 0.0, MAX_BETA)
    return _from_betas("cosine", betas)


def make_schedule(name: str, T: int) -> Schedule:
    if name == "linear":
        return linear_schedule(T)
    if name == "cosine":
        return cosine_schedule(T)
    raise ConfigError(translatable("Unknown noise schedule '{name}': choose linear or cosine."), name=name)
