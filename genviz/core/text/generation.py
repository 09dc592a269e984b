"""Choosing the next token, reproducibly. Torch-free: the GUI and the command line share it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from genviz.core.sampling import Distribution, draw, greedy, sampling_distribution
from genviz.core.settings import setting
from genviz.core.translatable import translatable


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = setting(
        1.0, translatable("Temperature"), translatable(
            "Divides the model's scores before they become probabilities: below 1 the favourite gets even more "
            "likely; above 1 unlikely tokens get a chance."), low=0.1, high=3.0, step=0.1, decimals=2,
        flag="temperature")
    top_k: int | None = setting(
        None, translatable("Top-k"), translatable("Keep only the k most probable tokens and share their probability "
                                                 "out again."), low=1, high=1000, none=translatable("off"), kind=int,
        flag="top-k")
    top_p: float | None = setting(
        None, translatable("Top-p"), translatable("Nucleus sampling: keep the fewest top tokens whose probabilities "
                                                 "add up to p."), low=0.0, high=1.0, low_open=True, step=0.05,
        decimals=2, none=translatable("off"), kind=float, flag="top-p")
    greedy: bool = setting(False, translatable("Greedy: always take the top token"),
                           translatable("No randomness: the most probable token every time."), flag="greedy")


@dataclass(frozen=True)
class Prediction:
    """What the model says after a context. Torch-free, so it crosses from the training process to the GUI."""

    context: list[int]  # the token ids the model saw (the last block_size of them)
    logits: np.ndarray  # (vocab,) for the token after the context
    attention: np.ndarray  # (n_layer, n_head, T, T)


@dataclass(frozen=True)
class Choice:
    token: int
    distribution: Distribution
    u: float | None  # where the random number fell on the cumulative distribution; None when greedy


def random_number(seed: int, position: int) -> float:
    """The uniform number used for the draw at `position`: the same seed and position give the same
    number, so undoing a token and drawing again repeats the draw."""
    return float(np.random.default_rng([seed, position]).random())


def distribution_for(logits: np.ndarray, settings: SamplingSettings) -> Distribution:
    """The distribution a token is drawn from; greedy puts all of it on the most probable token."""
    distribution = sampling_distribution(logits, settings.temperature, settings.top_k, settings.top_p)
    if not settings.greedy:
        return distribution
    kept = np.zeros_like(distribution.kept)
    kept[greedy(distribution)] = True
    return Distribution(raw=distribution.raw, filtered=kept.astype(np.float64), kept=kept)


def choose_next(logits: np.ndarray, settings: SamplingSettings, seed: int, position: int) -> Choice:
    distribution = distribution_for(logits, settings)
    if settings.greedy:
        return Choice(greedy(distribution), distribution, None)
    u = random_number(seed, position)
    return Choice(draw(distribution.filtered, u), distribution, u)
