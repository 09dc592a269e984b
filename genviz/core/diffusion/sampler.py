"""A trained denoiser with its schedule and data scale: new samples, whole reverse processes, and the
denoising direction over a grid of 2-D points. `load_sampler(path)` is what `genviz sample` calls."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from genviz.core.device import pick_device
from genviz.core.diffusion.arrows import DenoisingField
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.data_scale import DataScale
from genviz.core.diffusion.models import build_denoiser
from genviz.core.diffusion.sampling import (
    ETA,
    Denoiser,
    Trajectory,
    predicted_noise,
    reverse_process,
    sampler_timesteps,
)
from genviz.core.diffusion.schedules import Schedule, make_schedule
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.modelfile import ModelFile, build_model, load_model, save_model
from genviz.core.session import config_from_mapping
from genviz.core.translatable import translatable

LAB = "diffusion"
MAX_FRAME_VALUES = 25_000_000  # kept frames, predictions and noise are three times this many floats: 300 MB
Progress = Callable[[int, int], None]  # (denoising steps done, of how many)


class DiffusionSampler:
    def __init__(self, model: nn.Module, schedule: Schedule, scale: DataScale, config: DiffusionConfig,
                 device: torch.device) -> None:
        self.model = model
        self.schedule = schedule
        self.scale = scale
        self.config = config
        self.device = device

    def modules(self) -> dict[str, torch.nn.Module]:
        """Its network, named as the session names it: a checkpoint of the training timeline loads into it."""
        return {"ema": self.model}

    @property
    def T(self) -> int:
        return self.schedule.T

    def _run(self, n: int, seed: int, sampler: str, steps: int | None, keep_frames: bool,
             on_progress: Progress | None = None):
        if n < 1:
            raise ConfigError(translatable("Ask for at least 1 sample, not {n}."), n=n)
        timesteps = sampler_timesteps(self.T, sampler, steps)
        values = n * len(timesteps) * math.prod(self.scale.model_shape)
        if keep_frames and values > MAX_FRAME_VALUES:
            raise ConfigError(translatable("Keeping every frame of {n:,} samples over {steps} steps would hold "
                                           "{millions:,.0f} million numbers, over the limit of {limit:g} million: ask "
                                           "for fewer samples or steps."), n=n, steps=len(timesteps) - 1,
                              millions=values / 1e6, limit=MAX_FRAME_VALUES / 1e6)
        denoiser = self.model if on_progress is None else _reporting(self.model, len(timesteps) - 1, on_progress)
        generator = torch.Generator().manual_seed(seed)
        x_T = torch.randn((n, *self.scale.model_shape), generator=generator).to(self.device)
        was_training = self.model.training
        self.model.eval()
        try:
            result = reverse_process(denoiser, self.schedule.alpha_bar, x_T, timesteps, ETA[sampler], generator,
                                     clip=self.scale.bound, keep_frames=keep_frames)
        finally:
            self.model.train(was_training)
        return timesteps, result

    def sample(self, n: int, seed: int, sampler: str = "ddpm", steps: int | None = None,
               frames: bool = False, on_progress: Progress | None = None) -> np.ndarray:
        """(N, ...) samples shaped like the training data; with frames, (S + 1, N, ...) from noise to sample.
        on_progress(done, total) after each denoising step."""
        _, result = self._run(n, seed, sampler, steps, keep_frames=frames, on_progress=on_progress)
        return self.scale.decode(result[0] if frames else result)

    def trajectory(self, n: int, seed: int, sampler: str = "ddpm", steps: int | None = None) -> Trajectory:
        """Every frame of one reverse process with the network's predictions at each, in data units."""
        timesteps, (x, x0, eps) = self._run(n, seed, sampler, steps, keep_frames=True)
        return Trajectory(timesteps, self.scale.decode(x), self.scale.decode(x0), self.scale.noise_picture(eps))

    def denoising_field(self, t: int, points: np.ndarray) -> DenoisingField:
        """The network's view of 2-D `points` (data units) as if they were x_t."""
        z = self.scale.encode(points).to(self.device)
        was_training = self.model.training
        self.model.eval()
        try:
            eps = predicted_noise(self.model, z, t)
        finally:
            self.model.train(was_training)
        return DenoisingField(t, np.asarray(points, dtype=np.float32), self.scale.noise_picture(-eps))

    def save(self, path: str | Path, extras: dict | None = None) -> None:
        save_model(path, LAB, dataclasses.asdict(self.config), self.model.state_dict(),
                   {"scale": self.scale.to_dict(), **(extras or {})})

    @classmethod
    def load(cls, path: str | Path, device: torch.device | None = None) -> DiffusionSampler:
        return cls.from_file(load_model(path, expected_lab=LAB), device)

    @classmethod
    def from_file(cls, file: ModelFile, device: torch.device | None = None) -> DiffusionSampler:
        """The sampler in a checked model file (see load_model), on `device` (default: the best one here)."""
        config = config_from_mapping(DiffusionConfig, file.config)
        try:
            scale = DataScale.from_dict(file.extras["scale"])
            model = build_model(file, lambda: build_denoiser(scale.kind, config.width, config.depth, scale.channels))
        except (KeyError, TypeError, ValueError, OverflowError, RuntimeError) as error:
            raise ModelFileError(translatable("{name} does not match the model its settings describe."),
                                 name=file.name) from error
        device = device or pick_device()
        return cls(model.to(device).eval(), make_schedule(config.schedule, config.timesteps), scale, config, device)


def _reporting(model: nn.Module, total: int, on_progress: Progress) -> Denoiser:
    """The denoiser, calling on_progress after each of the reverse process's `total` passes."""
    done = 0

    def denoise(x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        nonlocal done
        eps = model(x, t)
        done += 1
        on_progress(done, total)
        return eps

    return denoise


def load_sampler(path: str | Path) -> DiffusionSampler:
    return DiffusionSampler.load(path)


def sampler_from_file(file: ModelFile) -> DiffusionSampler:
    return DiffusionSampler.from_file(file)
