"""The denoisers: networks that look at a noisy x_t and its timestep t and guess the noise that was added.

Both take t as an integer tensor and turn it into a sinusoidal embedding (Vaswani et al. 2017, as in
Ho et al. 2020), so one network serves every noise level. Images get a small U-Net; 2-D points an MLP.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F


def sinusoidal_embedding(t: torch.Tensor, dim: int, max_period: float = 10_000.0) -> torch.Tensor:
    """Sines and cosines of t at geometrically spaced frequencies. (B,) -> (B, dim)"""
    half = dim // 2
    frequencies = torch.exp(-math.log(max_period) * torch.arange(half, device=t.device) / half)
    angles = t.float()[:, None] * frequencies[None, :]  # (B, half)
    return torch.cat([angles.sin(), angles.cos()], dim=1)


class TimeEmbedding(nn.Module):
    """Sinusoidal features of t, then a small MLP so the network can learn what each noise level needs."""

    def __init__(self, dim: int, out: int) -> None:
        super().__init__()
        self.dim = dim
        self.mlp = nn.Sequential(nn.Linear(dim, out), nn.SiLU(), nn.Linear(out, out))

    def forward(self, t: torch.Tensor) -> torch.Tensor:
        return self.mlp(sinusoidal_embedding(t, self.dim))  # (B, out)


class PointDenoiser(nn.Module):
    """An MLP for 2-D points: [x_t, embedding(t)] -> predicted noise, with t added to every hidden layer."""

    def __init__(self, width: int, depth: int) -> None:
        super().__init__()
        self.time = TimeEmbedding(width, width)
        self.inp = nn.Linear(2, width)
        self.hidden = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.out = nn.Linear(width, 2)

    def forward(self, x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        emb = self.time(t)  # (B, width)
        h = self.inp(x)  # (B, width)
        for layer in self.hidden:
            h = layer(F.silu(h + emb))
        return self.out(F.silu(h))  # (B, 2)


def _group_norm(channels: int) -> nn.GroupNorm:
    return nn.GroupNorm(min(8, channels), channels)


class ResBlock(nn.Module):
    """Two 3x3 convolutions with the time embedding added in between, plus a skip connection."""

    def __init__(self, c_in: int, c_out: int, emb: int) -> None:
        super().__init__()
        self.norm1 = _group_norm(c_in)
        self.conv1 = nn.Conv2d(c_in, c_out, 3, padding=1)
        self.time = nn.Linear(emb, c_out)
        self.norm2 = _group_norm(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, padding=1)
        nn.init.zeros_(self.conv2.weight)  # each block starts as the identity: deep U-Nets train from step one
        nn.init.zeros_(self.conv2.bias)
        self.skip = nn.Conv2d(c_in, c_out, 1) if c_in != c_out else nn.Identity()

    def forward(self, x: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.silu(self.norm1(x)))  # (B, c_out, H, W)
        h = h + self.time(emb)[:, :, None, None]
        h = self.conv2(F.silu(self.norm2(h)))
        return self.skip(x) + h


class ImageDenoiser(nn.Module):
    """A small U-Net (Ronneberger et al. 2015, as used by Ho et al. 2020): `depth` halvings of the image, one
    residual block per level on the way down and up, skip connections across, time added to every block.
    Channels double at each level, starting from `width`."""

    def __init__(self, channels: int, width: int, depth: int) -> None:
        super().__init__()
        emb = 4 * width
        self.time = TimeEmbedding(width, emb)
        self.inp = nn.Conv2d(channels, width, 3, padding=1)
        widths = [width * 2**level for level in range(depth + 1)]  # e.g. 32, 64, 128
        self.down = nn.ModuleList(ResBlock(widths[i], widths[i], emb) for i in range(depth))
        self.downsample = nn.ModuleList(
            nn.Conv2d(widths[i], widths[i + 1], 3, stride=2, padding=1) for i in range(depth)
        )
        self.middle = ResBlock(widths[-1], widths[-1], emb)
        self.upsample = nn.ModuleList(nn.ConvTranspose2d(widths[i + 1], widths[i], 2, stride=2) for i in range(depth))
        self.up = nn.ModuleList(ResBlock(2 * widths[i], widths[i], emb) for i in range(depth))
        self.norm = _group_norm(width)
        self.out = nn.Conv2d(width, channels, 3, padding=1)

    def forward(self, x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        emb = self.time(t)  # (B, 4 * width)
        h = self.inp(x)  # (B, width, H, W)
        skips = []
        for block, downsample in zip(self.down, self.downsample, strict=True):
            h = block(h, emb)
            skips.append(h)
            h = downsample(h)  # (B, 2C, H/2, W/2)
        h = self.middle(h, emb)
        for level in reversed(range(len(self.up))):
            skip = skips[level]
            h = self.upsample[level](h)[..., : skip.shape[-2], : skip.shape[-1]]  # (B, C, H, W): odd sizes cropped
            h = self.up[level](torch.cat([h, skip], dim=1), emb)
        return self.out(F.silu(self.norm(h)))  # (B, channels, H, W)


def build_denoiser(kind: str, width: int, depth: int, channels: int = 1) -> nn.Module:
    if kind == "points":
        return PointDenoiser(width, depth)
    return ImageDenoiser(channels, width, depth)

