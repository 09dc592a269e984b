"""The Compare lab's results table: one row per family, each figure by the one rule that genviz/core/data/evaluation.py
holds for it, so the table, the command line and the benchmarks cannot disagree.

- quality: the share of samples the digit judge labels with confidence >= CONFIDENCE, over the same share for real
  digits it never trained on (1 means "as recognisable as real digits"). Digits only: the judge knows no other set.
- classes: how many digits make up at least CLASS_SHARE of the samples, confidently labelled; evenness: the
  normalised entropy of that class histogram, H(p) / log(10): 1 when every digit comes out equally often, 0 when
  only one does.
- copies: the share of samples that are copies of a training image by the copy rule (`is_copy`), against the
  training images the family really trained on; copies_real_baseline: the same share for held-out real examples
  against the training images without them. A model that learned patterns stays near that baseline.
- For 2-D mixtures (ring, grid): modes covered and the share of samples near a mode (`mode_coverage`) instead of the
  judge's figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.data.evaluation import DigitJudge, is_copy, mode_coverage, nearest_copy_distance

CONFIDENCE = 0.9  # the judge's confidence that counts a sample as recognised
CLASS_SHARE = 0.01  # a digit counts as covered when at least 1% of the samples are confidently that digit
REAL_EXAMPLES = 400  # held-out real examples for the baselines (the judge's held-out digits are 400)
NEIGHBOURS = 3  # training images shown beside a sample in "Is it a copy?"


@dataclass(frozen=True)
class Reference:
    """What every sample of one family is measured against: its training data and held-out real examples, with the
    real examples' own figures (computed once: they never change during a run)."""

    training: Dataset  # the data the family trains on (a seeded subset when train_images is set)
    real: np.ndarray  # held-out real examples, shaped like the samples
    judge: DigitJudge | None  # for the built-in digits only
    real_confident: float | None  # the judge's confident share of the real examples
    real_copies: np.ndarray | None  # (R,) bool: each real example a copy of the training data without the real ones
    real_distances: np.ndarray | None  # (R,) each real example's distance to its nearest one of those

    @property
    def copies_baseline(self) -> float | None:
        return None if self.real_copies is None else float(self.real_copies.mean())


def reference(training: Dataset, seed: int) -> Reference:
    """The baselines for a family trained on `training` (seed: the run's, for the held-out 2-D points).

    Real examples: for the digits, the judge's held-out digits; for a 2-D set, fresh points of the same set; for
    other images, a seeded half of the training images (at most REAL_EXAMPLES). They are compared with the training
    data without them, so that none is its own copy: with all 1,797 digits, the 400 held-out ones against the other
    1,397 (`held_out_copies`)."""
    judge = real_confident = None
    if training.name == "digits":
        judge = DigitJudge()
        real = judge.held_out_real()
        real_confident = judge.confident_share(real, CONFIDENCE)
    elif training.kind == "points":
        real = load_dataset(training.name, n=REAL_EXAMPLES, seed=seed + 1).x
    else:
        keep = np.random.default_rng(seed).permutation(len(training.x))[: min(REAL_EXAMPLES, len(training.x) // 2)]
        real = training.x[np.sort(keep)]
    others = without(training.x, real)
    if len(np.unique(_flat(others), axis=0)) < 2:  # too few training images left to judge the real ones against
        return Reference(training, real, judge, real_confident, None, None)
    return Reference(training, real, judge, real_confident, is_copy(real, others), nearest_copy_distance(real, others))


def _flat(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(x, dtype=np.float32).reshape(len(x), -1))


def without(training: np.ndarray, real: np.ndarray) -> np.ndarray:
    """The training examples that are not (pixel for pixel) one of the real ones."""
    excluded = {row.tobytes() for row in _flat(real)}
    keep = np.array([row.tobytes() not in excluded for row in _flat(training)], dtype=bool)
    return training[keep]


def evenness(counts: np.ndarray) -> float:
    """Normalised entropy of a histogram: H(p) / log(K), 1 for a flat one, 0 when everything is in one bin (or
    nothing was counted)."""
    counts = np.asarray(counts, dtype=np.float64)
    total = counts.sum()
    if total == 0 or len(counts) < 2:
        return 0.0
    p = counts[counts > 0] / total
    # One bin holds everything: -(1 * log 1) is -0.0, which a table would show as "-0.00".
    return max(0.0, float(-(p * np.log(p)).sum() / math.log(len(counts))))


def measure(samples: np.ndarray, ref: Reference) -> dict[str, Any]:
    """The row's figures for these samples (the cost columns are the caller's): None where a figure does not apply
    (the judge's on anything but digits, the modes' on anything but a 2-D mixture)."""
    training = ref.training
    row: dict[str, Any] = {"samples": len(samples), "quality": None, "confident_share": None,
                           "confident_share_real": ref.real_confident, "classes": None, "evenness": None,
                           "class_counts": None, "modes": None, "modes_total": None, "near_mode": None}
    if ref.judge is not None:
        share = ref.judge.confident_share(samples, CONFIDENCE)
        counts = ref.judge.class_counts(samples, CONFIDENCE)
        row.update(quality=share / ref.real_confident, confident_share=share,
                   classes=int((counts >= CLASS_SHARE * len(samples)).sum()), evenness=evenness(counts),
                   class_counts=counts.tolist())
    if training.modes is not None:
        covered, near = mode_coverage(samples, training.modes, training.mode_std)
        row.update(modes=covered, modes_total=len(training.modes), near_mode=near)
    copies = is_copy(samples, training.x) if len(np.unique(_flat(training.x), axis=0)) >= 2 else None
    row["copies"] = None if copies is None else float(copies.mean())
    row["copies_real_baseline"] = ref.copies_baseline
    return row


def nearest_distances(samples: np.ndarray, ref: Reference) -> np.ndarray:
    """(N,) each sample's distance to its nearest training example: the histogram beside the real examples'."""
    return nearest_copy_distance(samples, ref.training.x)


def neighbours(sample: np.ndarray, training: np.ndarray, k: int = NEIGHBOURS) -> dict[str, Any]:
    """"Is it a copy?" for one sample: its k nearest training examples (identical ones once), their distances, and
    the copy rule's verdict with the ratio it rests on (nearest / second nearest, a copy below 1/3)."""
    flat = _flat(training)
    unique, first = np.unique(flat, axis=0, return_index=True)
    x = _flat(sample[None])[0]
    distances = np.sqrt(((unique - x) ** 2).sum(axis=1))
    order = np.argsort(distances, kind="stable")[:k]
    nearest = distances[order]
    indices = first[order]
    ratio = float(nearest[0] / nearest[1]) if len(nearest) > 1 and nearest[1] > 0 else math.nan
    return {
        "sample": np.asarray(sample, dtype=np.float32).copy(),
        "images": np.asarray(training)[indices].astype(np.float32),  # (k, *shape) nearest first
        "indices": indices.astype(np.int64),  # rows of the training data
        "distances": nearest.astype(np.float32),
        "ratio": ratio,
        "copy": bool(is_copy(sample[None], training)[0]) if len(unique) >= 2 else False,
    }
