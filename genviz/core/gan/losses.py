"""The three GAN losses, written on D's raw output (a logit, or a raw score for least squares).

- minimax (Goodfellow et al. 2014): G minimises log(1 - D(G(z))); its gradient vanishes when D is sure.
- non-saturating (same paper): G maximises log D(G(z)) instead, strong gradients when D is winning.
- least-squares (Mao et al. 2017, LSGAN): D regresses real -> 1, fake -> 0; G pushes fakes towards 1.
"""

from __future__ import annotations

import torch
from torch.nn import functional as F


def discriminator_loss(real: torch.Tensor, fake: torch.Tensor, kind: str) -> torch.Tensor:
    """How badly D tells real (B,) from fake (B,) outputs apart; D minimises it."""
    if kind == "least-squares":
        return 0.5 * ((real - 1) ** 2).mean() + 0.5 * (fake**2).mean()
    return F.softplus(-real).mean() + F.softplus(fake).mean()  # -log D(x) - log(1 - D(G(z)))


def generator_loss(fake: torch.Tensor, kind: str) -> torch.Tensor:
    """How well D sees through the fakes (B,); G minimises it."""
    if kind == "least-squares":
        return 0.5 * ((fake - 1) ** 2).mean()
    if kind == "minimax":
        return -F.softplus(fake).mean()  # log(1 - D(G(z))), negative: it falls towards -inf as G wins
    return F.softplus(-fake).mean()  # -log D(G(z))


def realness(output: torch.Tensor, kind: str) -> torch.Tensor:
    """D's output as "how real": a probability for the log losses, the raw score (target 1 real, 0 fake) for LS."""
    return output if kind == "least-squares" else torch.sigmoid(output)
