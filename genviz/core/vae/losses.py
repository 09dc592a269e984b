"""The VAE's loss, the negative evidence lower bound: reconstruction error plus beta times the KL divergence.

Each term is summed over an example's pixels (or coordinates, or latent dimensions) and averaged over the
batch, so the numbers read as nats per example and beta = 1 weighs them as the ELBO does.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch.nn import functional as F

POINT_NOISE_STD = 0.1  # the decoder's assumed Gaussian noise on a 2-D point: smaller trusts reconstruction more


@dataclass(frozen=True)
class VaeLoss:
    reconstruction: torch.Tensor  # scalar
    kl: torch.Tensor  # scalar
    total: torch.Tensor  # reconstruction + beta * kl


def bernoulli_reconstruction(logits: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """-log p(x | z) for pixels in [0, 1] read as Bernoulli probabilities: binary cross-entropy."""
    per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return per_pixel.flatten(1).sum(dim=1).mean()


def gaussian_reconstruction(mean: torch.Tensor, x: torch.Tensor, std: float = POINT_NOISE_STD) -> torch.Tensor:
    """-log p(x | z) for points under N(mean, std^2 I), without the constant: squared error / (2 std^2)."""
    return ((x - mean) ** 2).flatten(1).sum(dim=1).mean() / (2 * std**2)


def kl_to_standard_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """KL(N(mu, sigma^2) || N(0, I)) in closed form: 0.5 * sum(mu^2 + sigma^2 - log sigma^2 - 1)."""
    return (0.5 * (mu**2 + logvar.exp() - logvar - 1)).sum(dim=1).mean()


def vae_loss(out: torch.Tensor, x: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float,
             is_image: bool) -> VaeLoss:
    reconstruction = bernoulli_reconstruction(out, x) if is_image else gaussian_reconstruction(out, x)
    kl = kl_to_standard_normal(mu, logvar)
    return VaeLoss(reconstruction, kl, reconstruction + beta * kl)
