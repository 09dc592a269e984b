"""A saved VAE as a sampler: codes drawn from the prior N(0, I), decoded into new images or points."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from genviz.core.device import pick_device
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.modelfile import ModelFile, build_model, load_model
from genviz.core.session import config_from_mapping
from genviz.core.translatable import translatable
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.models import VAE


def prior_codes(n: int, latent_size: int, seed: int) -> np.ndarray:
    """n codes from N(0, I), (n, L), the same for the same seed on any device."""
    if n < 1:
        raise ConfigError(translatable("Ask for at least one sample, not {n}."), n=n)
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, latent_size, generator=generator).numpy()


class VaeSampler:
    def __init__(self, model: VAE, device: torch.device) -> None:
        self.model = model  # has no dropout or batch norm: decoding is the same in training mode
        self.device = device

    def modules(self) -> dict[str, torch.nn.Module]:
        """Its network, named as the session names it: a checkpoint of the training timeline loads into it."""
        return {"model": self.model}

    @torch.no_grad()
    def sample(self, n: int, seed: int, on_progress=None, **options) -> np.ndarray:
        """(n, 2) points or (n, H, W[, 3]) images in [0, 1], like `genviz data`. on_progress is not called: one
        quick pass through the decoder has no steps to report."""
        if options:
            raise ConfigError(translatable("A VAE samples in one decoding step, so it takes no {options} option "
                                           "(those are for diffusion models)."), options=", ".join(sorted(options)))
        z = torch.from_numpy(prior_codes(n, self.model.latent_size, seed)).to(self.device)
        return self.model.decode_mean(z).cpu().numpy().astype(np.float32)


def load_sampler(path: str | Path, device: torch.device | None = None) -> VaeSampler:
    return sampler_from_file(load_model(path, expected_lab="vae"), device)


def sampler_from_file(file: ModelFile, device: torch.device | None = None) -> VaeSampler:
    """The VAE in a checked model file (see load_model), on `device` (default: the best one here)."""
    config = config_from_mapping(VaeConfig, file.config)
    try:
        data_shape = tuple(file.extras["data_shape"])
        model = build_model(file, lambda: VAE(config, data_shape))
    except (KeyError, TypeError, ValueError, OverflowError, RuntimeError) as error:
        raise ModelFileError(translatable("{name} does not match the VAE its settings describe."),
                             name=file.name) from error
    device = device or pick_device()
    return VaeSampler(model.to(device).eval(), device)
