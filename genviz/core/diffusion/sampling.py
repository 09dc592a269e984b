"""The two directions of diffusion: noising data (forward, closed form) and denoising noise (reverse, learned).

Forward (Ho et al. 2020, eq. 4): x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps, eps ~ N(0, I).
Reverse: the generalised step of Song, Meng & Ermon 2021 ("Denoising Diffusion Implicit Models", eq. 12) from
t down to an earlier s. With eta = 1 and every timestep it is exactly the DDPM sampler (stochastic, T steps);
with eta = 0 it is DDIM (deterministic), which may skip timesteps and still land on the data.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from genviz.core.errors import ConfigError
from genviz.core.translatable import translatable

SAMPLERS = ("ddpm", "ddim")
DEFAULT_DDIM_STEPS = 50
ETA = {"ddpm": 1.0, "ddim": 0.0}

Denoiser = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]  # (x_t, t) -> predicted noise


def _per_example(values: torch.Tensor, t: torch.Tensor, ndim: int) -> torch.Tensor:
    """values[t] shaped (B, 1, ...) to broadcast against a batch with `ndim` dimensions."""
    return values[t].reshape(-1, *([1] * (ndim - 1)))


def q_sample(alpha_bar: torch.Tensor, x0: torch.Tensor, t: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
    """x_t from x_0 in one jump: no need to add noise t times. alpha_bar: (T + 1,); t: (B,) ints."""
    ab = _per_example(alpha_bar, t, x0.ndim)
    return ab.sqrt() * x0 + (1 - ab).sqrt() * noise


def sampler_timesteps(T: int, sampler: str, steps: int | None) -> np.ndarray:
    """The timesteps a sampler visits, from T down to 0 (the sample): (steps + 1,) ints.

    DDPM defaults to all T steps; DDIM to DEFAULT_DDIM_STEPS. Fewer steps are spread evenly over 0..T.
    """
    if sampler not in SAMPLERS:
        raise ConfigError(translatable("Unknown sampler '{sampler}': choose ddpm or ddim."), sampler=sampler)
    if steps is None:
        steps = T if sampler == "ddpm" else min(T, DEFAULT_DDIM_STEPS)
    if not 1 <= steps <= T:
        raise ConfigError(translatable("The number of sampling steps must be between 1 and T = {timesteps}, not "
                                       "{steps}."), timesteps=T, steps=steps)
    return np.round(np.linspace(T, 0, steps + 1)).astype(np.int64)


@dataclass(frozen=True)
class Trajectory:
    """One run of the reverse process. Frame k is x at timesteps[k]; frame 0 is pure noise, the last the sample.

    x0[k] and eps[k] are what the network predicted from frame k: the clean data it sees in x_t, and the noise it
    would remove. There is one prediction fewer than frames: the final sample is not looked at again.
    """

    timesteps: np.ndarray  # (S + 1,) from T down to 0
    x: np.ndarray  # (S + 1, N, ...) every frame
    x0: np.ndarray  # (S, N, ...) predicted clean data
    eps: np.ndarray  # (S, N, ...) predicted noise


@torch.no_grad()
def reverse_process(model: Denoiser, alpha_bar: np.ndarray, x_T: torch.Tensor, timesteps: np.ndarray, eta: float,
                    generator: torch.Generator, clip: float | None = None, keep_frames: bool = True):
    """Denoise x_T along `timesteps`; returns the final x, or every frame as (x, x0, eps) stacked tensors.

    clip bounds the predicted x_0 to [-clip, clip] (where the data lives), the usual guard against a wild
    guess at high noise throwing the next step far off. alpha_bar: (T + 1,) float64.
    """
    x = x_T
    frames, x0s, epss = [x], [], []
    for t, s in itertools.pairwise(timesteps):
        ab_t, ab_s = float(alpha_bar[t]), float(alpha_bar[s])
        eps = model(x, torch.full((x.shape[0],), int(t), device=x.device, dtype=torch.long))
        x0 = (x - (1 - ab_t) ** 0.5 * eps) / ab_t**0.5
        if clip is not None:
            x0 = x0.clamp(-clip, clip)
            eps = (x - ab_t**0.5 * x0) / (1 - ab_t) ** 0.5  # the noise consistent with the clipped x_0
        sigma = eta * ((1 - ab_s) / (1 - ab_t) * (1 - ab_t / ab_s)) ** 0.5
        x = ab_s**0.5 * x0 + max(0.0, 1 - ab_s - sigma**2) ** 0.5 * eps
        if sigma > 0:
            x = x + sigma * torch.randn(x.shape, generator=generator).to(x.device)
        if keep_frames:
            frames.append(x)
            x0s.append(x0)
            epss.append(eps)
    if not keep_frames:
        return x
    return torch.stack(frames), torch.stack(x0s), torch.stack(epss)


@torch.no_grad()
def predicted_noise(model: Denoiser, x: torch.Tensor, t: int) -> torch.Tensor:
    """The network's noise estimate for every row of x at one timestep t."""
    return model(x, torch.full((x.shape[0],), t, device=x.device, dtype=torch.long))
