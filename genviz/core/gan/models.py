"""The generator and discriminator: small multilayer perceptrons, for 2-D points and for flattened images.

An MLP is what the original GAN paper used for digits, and on a laptop CPU it trains several times faster
than a convolutional pair of the same quality at these sizes (8x8 to 32x32).
"""

from __future__ import annotations

import math

import torch
from torch import nn


def _mlp(inputs: int, outputs: int, depth: int, width: int, dropout: float = 0.0) -> nn.Sequential:
    layers: list[nn.Module] = []
    size = inputs
    for _ in range(depth):
        layers += [nn.Linear(size, width), nn.LeakyReLU(0.2)]  # leaky: no unit of D or G ever stops learning
        if dropout:
            layers.append(nn.Dropout(dropout))
        size = width
    layers.append(nn.Linear(size, outputs))
    return nn.Sequential(*layers)


class Generator(nn.Module):
    """G(z): noise (B, noise_dim) -> a sample shaped like the data, (B, *sample_shape)."""

    def __init__(self, noise_dim: int, sample_shape: tuple[int, ...], depth: int, width: int, images: bool) -> None:
        super().__init__()
        self.noise_dim = noise_dim
        self.sample_shape = tuple(sample_shape)
        self.images = images
        self.net = _mlp(noise_dim, math.prod(sample_shape), depth, width)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        out = self.net(z)  # (B, prod(sample_shape))
        if self.images:
            out = torch.sigmoid(out)  # pixels in [0, 1], like the data
        return out.view(len(z), *self.sample_shape)


class Discriminator(nn.Module):
    """D(x): a sample (B, *sample_shape) -> one score per sample (B,), a logit (a raw score for least squares)."""

    def __init__(self, sample_shape: tuple[int, ...], depth: int, width: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.net = _mlp(math.prod(sample_shape), 1, depth, width, dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x.reshape(len(x), -1)).squeeze(1)  # (B,)

