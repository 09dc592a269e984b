"""The variational autoencoder: an encoder to a Gaussian over latent codes, a decoder back to data.

Shapes: B examples; D = the data shape, (2,) for points, (H, W) or (H, W, 3) for images; L = latent size.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from genviz.core.vae.config import VaeConfig


def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, generator: torch.Generator | None = None) -> torch.Tensor:
    """Draw z ~ N(mu, sigma^2) so that gradients reach mu and sigma: the reparameterisation trick.

    Sampling z directly would be a dead end for backpropagation (a random draw has no derivative). Instead
    the randomness is drawn on its own, eps ~ N(0, I), and z = mu + sigma * eps is an ordinary, differentiable
    function of mu and sigma. The encoder predicts log(sigma^2), which may be any real number.
    """
    sigma = torch.exp(0.5 * logvar)  # (B, L)
    eps = torch.randn(mu.shape, generator=generator, device=mu.device, dtype=mu.dtype)  # (B, L)
    return mu + sigma * eps


class VAE(nn.Module):
    """Encoder and decoder, MLP or convolutional. Images decode to logits (Bernoulli), points to coordinates."""

    def __init__(self, config: VaeConfig, data_shape: tuple[int, ...]) -> None:
        super().__init__()
        self.data_shape = tuple(data_shape)
        self.is_image = len(self.data_shape) > 1
        self.latent_size = config.latent_size
        if config.network == "conv":
            if not self.is_image:
                raise ValueError("the conv network needs images")
            self.encoder: nn.Module = ConvEncoder(self.data_shape, config.width, config.latent_size)
            self.decoder: nn.Module = ConvDecoder(self.data_shape, config.width, config.latent_size)
        else:
            self.encoder = MlpEncoder(self.data_shape, config.width, config.latent_size)
            self.decoder = MlpDecoder(self.data_shape, config.width, config.latent_size)

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(B, *D) -> mu (B, L), logvar (B, L): the Gaussian q(z | x)."""
        h = self.encoder(x)  # (B, 2L)
        mu, logvar = h.chunk(2, dim=1)
        return mu, logvar

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """(B, L) -> (B, *D): logits of every pixel for images, coordinates for points."""
        return self.decoder(z)

    def decode_mean(self, z: torch.Tensor) -> torch.Tensor:
        """(B, L) -> (B, *D) the decoder's expected data: pixel brightness in [0, 1], or points."""
        out = self.decode(z)
        return torch.sigmoid(out) if self.is_image else out

    def forward(self, x: torch.Tensor, generator: torch.Generator | None = None):
        mu, logvar = self.encode(x)
        z = reparameterize(mu, logvar, generator)
        return self.decode(z), mu, logvar


class MlpEncoder(nn.Module):
    def __init__(self, data_shape: tuple[int, ...], width: int, latent_size: int) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(),  # (B, prod(D))
            nn.Linear(math.prod(data_shape), width), nn.SiLU(),
            nn.Linear(width, width), nn.SiLU(),
            nn.Linear(width, 2 * latent_size),  # (B, 2L): mu and log sigma^2
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


class MlpDecoder(nn.Module):
    def __init__(self, data_shape: tuple[int, ...], width: int, latent_size: int) -> None:
        super().__init__()
        self.data_shape = data_shape
        self.net = nn.Sequential(
            nn.Linear(latent_size, width), nn.SiLU(),
            nn.Linear(width, width), nn.SiLU(),
            nn.Linear(width, math.prod(data_shape)),
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(z).view(-1, *self.data_shape)  # (B, *D)


def _channels(data_shape: tuple[int, ...]) -> int:
    return data_shape[2] if len(data_shape) == 3 else 1


class ConvEncoder(nn.Module):
    """Two stride-2 convolutions halve the image twice, then a linear layer gives mu and log sigma^2."""

    def __init__(self, data_shape: tuple[int, ...], width: int, latent_size: int) -> None:
        super().__init__()
        H, W = data_shape[:2]
        self.channels = _channels(data_shape)
        self.net = nn.Sequential(
            nn.Conv2d(self.channels, width, 4, stride=2, padding=1), nn.SiLU(),  # (B, w, H/2, W/2)
            nn.Conv2d(width, 2 * width, 4, stride=2, padding=1), nn.SiLU(),  # (B, 2w, H/4, W/4)
            nn.Flatten(),
            nn.Linear(2 * width * (H // 4) * (W // 4), 2 * latent_size),  # (B, 2L)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(1) if self.channels == 1 else x.permute(0, 3, 1, 2)  # (B, C, H, W)
        return self.net(x)


class ConvDecoder(nn.Module):
    """The encoder mirrored: a linear layer to a small feature map, two transposed convolutions double it."""

    def __init__(self, data_shape: tuple[int, ...], width: int, latent_size: int) -> None:
        super().__init__()
        H, W = data_shape[:2]
        self.channels = _channels(data_shape)
        self.start = (2 * width, H // 4, W // 4)
        self.project = nn.Sequential(nn.Linear(latent_size, math.prod(self.start)), nn.SiLU())
        self.net = nn.Sequential(
            nn.ConvTranspose2d(2 * width, width, 4, stride=2, padding=1), nn.SiLU(),  # (B, w, H/2, W/2)
            nn.ConvTranspose2d(width, self.channels, 4, stride=2, padding=1),  # (B, C, H, W)
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        x = self.net(self.project(z).view(-1, *self.start))  # (B, C, H, W)
        return x.squeeze(1) if self.channels == 1 else x.permute(0, 2, 3, 1)  # (B, *D)
