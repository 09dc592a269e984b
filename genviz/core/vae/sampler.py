"""A saved VAE as a sampler: codes drawn from the prior N(0, I), decoded into new images or points."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from genviz.core.device import pick_device
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.modelfile import load_model
from genviz.core.session import config_from_mapping
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.models import VAE


def prior_codes(n: int, latent_size: int, seed: int) -> np.ndarray:
    """n codes from N(0, I), (n, L), the same for the same seed on any device."""
    if n < 1:
        raise ConfigError(f"Ask for at least one sample, not {n}.")
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, latent_size, generator=generator).numpy()


class VaeSampler:
    def __init__(self, model: VAE, device: torch.device) -> None:
        self.model = model.eval()
        self.device = device

    @torch.no_grad()
    def sample(self, n: int, seed: int, **options) -> np.ndarray:
        """(n, 2) points or (n, H, W[, 3]) images in [0, 1], like `genviz data`."""
        if options:
            names = ", ".join(sorted(options))
            raise ConfigError(f"A VAE samples in one decoding step, so it takes no {names} option "
                              f"(those are for diffusion models).")
        z = torch.from_numpy(prior_codes(n, self.model.latent_size, seed)).to(self.device)
        return self.model.decode_mean(z).cpu().numpy().astype(np.float32)


def load_sampler(path: str | Path, device: torch.device | None = None) -> VaeSampler:
    file = load_model(path, expected_lab="vae")
    name = Path(path).name
    try:
        config = config_from_mapping(VaeConfig, file.config)
        model = VAE(config, tuple(file.extras["data_shape"]))
        model.load_state_dict(file.tensors)
    except (KeyError, TypeError, ValueError, RuntimeError) as error:
        raise ModelFileError(f"{name} does not match the VAE its settings describe.") from error
    device = device or pick_device()
    return VaeSampler(model.to(device), device)
