"""Draw new samples from a saved GAN: noise through the trained generator, nothing else."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.gan.config import GanConfig
from genviz.core.gan.models import Generator
from genviz.core.modelfile import ModelFile, build_model, load_model
from genviz.core.session import config_from_mapping
from genviz.core.translatable import translatable


class GanSampler:
    """A trained generator. `sample` returns what `genviz data` returns: (N, 2) points or images in [0, 1]."""

    def __init__(self, generator: Generator) -> None:
        self.generator = generator

    def modules(self) -> dict[str, torch.nn.Module]:
        """Its network, named as the session names it: a checkpoint of the training timeline loads into it."""
        return {"generator": self.generator}

    @torch.no_grad()
    def sample(self, n: int, seed: int = 0, on_progress=None, **options) -> np.ndarray:
        """on_progress is not called: one quick pass through G has no steps to report."""
        if options:
            raise ConfigError(translatable("A GAN samples in one step from noise, so it takes no {options} option."),
                              options=", ".join(sorted(options)))
        if n < 1:
            raise ConfigError(translatable("Ask for at least 1 sample, not {n}."), n=n)
        z = torch.randn(n, self.generator.noise_dim, generator=torch.Generator().manual_seed(seed))
        device = next(self.generator.parameters()).device
        out = self.generator(z.to(device)).float().cpu().numpy()
        return np.clip(out, 0.0, 1.0) if self.generator.images else out


def load_sampler(path: str | Path) -> GanSampler:
    """The generator saved in a GAN model file, on the CPU."""
    return sampler_from_file(load_model(path, expected_lab="gan"))


def sampler_from_file(file: ModelFile) -> GanSampler:
    """The generator in a checked GAN model file (see load_model)."""
    config = config_from_mapping(GanConfig, file.config)
    try:
        shape = tuple(int(s) for s in file.extras["sample_shape"])
        images = file.extras["kind"] == "images"
        generator = build_model(file, lambda: Generator(config.noise_dim, shape, config.depth, config.width, images),
                                prefix="generator.")
    except (KeyError, TypeError, ValueError, OverflowError, RuntimeError) as error:
        raise ModelFileError(translatable("{name} does not match the GAN its settings describe."),
                             name=file.name) from error
    return GanSampler(generator.eval())
