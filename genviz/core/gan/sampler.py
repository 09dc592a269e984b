"""Draw new samples from a saved GAN: noise through the trained generator, nothing else."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.gan.config import GanConfig
from genviz.core.gan.models import Generator
from genviz.core.modelfile import load_model
from genviz.core.session import config_from_mapping


class GanSampler:
    """A trained generator. `sample` returns what `genviz data` returns: (N, 2) points or images in [0, 1]."""

    def __init__(self, generator: Generator) -> None:
        self.generator = generator

    @torch.no_grad()
    def sample(self, n: int, seed: int = 0, **options) -> np.ndarray:
        if options:
            raise ConfigError(f"A GAN samples in one step from noise, so it takes no {', '.join(sorted(options))} "
                              "option.")  # fmt: skip
        if n < 1:
            raise ConfigError(f"Ask for at least 1 sample, not {n}.")
        z = torch.randn(n, self.generator.noise_dim, generator=torch.Generator().manual_seed(seed))
        device = next(self.generator.parameters()).device
        out = self.generator(z.to(device)).float().cpu().numpy()
        return np.clip(out, 0.0, 1.0) if self.generator.images else out


def load_sampler(path: str | Path) -> GanSampler:
    """The generator saved in a GAN model file, on the CPU."""
    file = load_model(path, expected_lab="gan")
    config = config_from_mapping(GanConfig, file.config)
    try:
        shape = tuple(int(s) for s in file.extras["sample_shape"])
        generator = Generator(config.noise_dim, shape, config.depth, config.width, file.extras["kind"] == "images")
        prefix = "generator."
        generator.load_state_dict({k[len(prefix) :]: v for k, v in file.tensors.items() if k.startswith(prefix)})
    except (KeyError, ValueError, RuntimeError) as error:
        raise ModelFileError(f"{Path(path).name} does not match the GAN its settings describe.") from error
    return GanSampler(generator.eval())
