"""The sampling math the Text lab draws: temperature, top-k, top-p, and where a random draw lands.

Everything works on one vector of V logits or probabilities as float64 numpy arrays, so the GUI can
show exactly the numbers that chose the next token.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from genviz.core.errors import ConfigError
from genviz.core.translatable import translatable

MIN_TEMPERATURE = 0.1
MAX_TEMPERATURE = 3.0
# Cumulative sums of float64 probabilities are off by a few ulps; a mass this close to p counts as p.
_MASS_TOLERANCE = 1e-12


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Probabilities from logits divided by ``temperature``; stable for any size of logits."""
    if temperature <= 0:
        raise ValueError(f"temperature must be positive, not {temperature}")
    z = np.asarray(logits, dtype=np.float64) / temperature
    z = np.exp(z - z.max())
    return z / z.sum()


@dataclass(frozen=True, eq=False)
class Distribution:
    """The next-token distribution before and after the sampling settings; arrays are read-only."""

    raw: np.ndarray  # (V,) the model's probabilities at temperature 1
    filtered: np.ndarray  # (V,) after temperature, top-k and top-p, renormalised; 0 where removed
    kept: np.ndarray  # (V,) bool, the tokens that top-k and top-p left in

    def __post_init__(self) -> None:
        for array in (self.raw, self.filtered, self.kept):
            array.setflags(write=False)


def _descending(probs: np.ndarray) -> np.ndarray:
    """Indices from most to least probable; ties keep index order, so the result is reproducible."""
    return np.argsort(-probs, kind="stable")


def sampling_distribution(
    logits: np.ndarray,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
) -> Distribution:
    """Apply temperature, then top-k, then top-p (the order nanoGPT and Hugging Face use), and renormalise.

    ``top_k`` None or 0 and ``top_p`` None or 1.0 switch that filter off. Top-p keeps the smallest set
    of most probable tokens, among those top-k kept, whose renormalised mass reaches ``top_p``.
    """
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1 or logits.size == 0 or np.isnan(logits).any() or not np.isfinite(logits.max()):
        raise ValueError("logits must be a non-empty vector with a finite maximum and no NaN")
    if not MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE:
        raise ConfigError(translatable("Temperature must be between {low} and {high:g}, not {value:g}."),
                          low=MIN_TEMPERATURE, high=MAX_TEMPERATURE, value=temperature)
    if top_k is not None and top_k < 0:
        raise ConfigError(translatable("Top-k must be 0 (off) or a positive number of tokens, not {value}."),
                          value=top_k)
    if top_p is not None and not 0 < top_p <= 1:
        raise ConfigError(translatable("Top-p must be above 0 and at most 1, not {value:g}."), value=top_p)

    probs = softmax(logits, temperature)
    order = _descending(probs)
    kept = np.ones(probs.size, dtype=bool)
    if top_k:
        kept[order[top_k:]] = False
    if top_p is not None and top_p < 1:
        candidates = order[kept[order]]
        mass = np.cumsum(probs[candidates])
        mass /= mass[-1]
        count = int(np.searchsorted(mass, top_p - _MASS_TOLERANCE)) + 1
        kept[candidates[count:]] = False

    filtered = np.where(kept, probs, 0.0)
    filtered /= filtered.sum()
    return Distribution(raw=softmax(logits), filtered=filtered, kept=kept)


def greedy(dist: Distribution) -> int:
    """The most probable token after filtering (the first of equals)."""
    return int(np.argmax(dist.filtered))


def cumulative_in_display_order(filtered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token indices from most to least probable, and the running total of their probabilities."""
    filtered = np.asarray(filtered, dtype=np.float64)
    order = _descending(filtered)
    return order, np.cumsum(filtered[order])


def draw(filtered: np.ndarray, u: float) -> int:
    """The token whose stretch of the cumulative distribution, in display order, contains ``u``.

    With ``u`` uniform in [0, 1) this samples ``filtered``; drawing it this way lets the GUI show where
    ``u`` fell on the same bars it draws. Tokens of probability 0 are never chosen.
    """
    if not 0 <= u < 1:
        raise ValueError(f"u must be in [0, 1), not {u}")
    order, cum = cumulative_in_display_order(filtered)
    total = cum[-1]
    if not total > 0:
        raise ValueError("the distribution has no probability mass")
    position = int(np.searchsorted(cum, u * total, side="right"))
    # Rounding can put u * total at the very end; the last token with mass then takes it.
    last_with_mass = int(np.searchsorted(cum, total, side="left"))
    return int(order[min(position, last_with_mass)])


def top_tokens(probs: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, float]:
    """The ``n`` most probable tokens, their probabilities, and the mass of all the others."""
    probs = np.asarray(probs, dtype=np.float64)
    order = _descending(probs)
    shown, hidden = order[: max(n, 0)], order[max(n, 0) :]
    return shown, probs[shown], float(probs[hidden].sum())
