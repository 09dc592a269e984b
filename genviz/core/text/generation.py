"""Choosing the next token, reproducibly. Torch-free: the GUI and the command line share it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from genviz.core.sampling import Distribution, draw, greedy, sampling_distribution


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = 1.0  # below 1 sharpens the distribution, above 1 flattens it
    top_k: int | None = None  # keep only the k most probable tokens; None keeps all
    top_p: float | None = None  # keep the fewest tokens whose probability adds up to p; None keeps all
    greedy: bool = False  # always take the most probable token


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
