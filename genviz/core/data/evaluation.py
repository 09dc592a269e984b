"""Measures of generated samples shared by the GAN, VAE and Diffusion benchmarks and views.

- `DigitJudge`: a digit classifier trained on real 8x8 digits; a model's samples "look like digits" when the judge
  labels them confidently about as often as it labels real digits it never saw.
- `nearest_copy_distance`: how far each sample is from its closest training image.
- `is_copy`: the copy rule of the memorisation literature (Gu et al. 2023; Bonnaire et al. 2025): a sample is a copy
  when its nearest training image is closer than COPY_RATIO (1/3) of the distance to the second nearest; every
  benchmark counts copies with it, beside its baseline `held_out_copies`: real digits scored against the others.
- `mode_coverage`: for the Gaussian mixtures, how many modes the samples reach and how many samples land near one.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from genviz.core.data.images import load_digits_images, resize_images
from genviz.core.errors import DataError
from genviz.core.translatable import translatable

JUDGE_SIZE = 8
HELD_OUT = 400  # real digits kept from the judge, to measure how confident it is on digits it never saw
NEAR_MODE_STDS = 3.0  # a sample is "near" a mode within 3 standard deviations (99.7% of that Gaussian in 1-D)
MIN_MODE_SHARE = 0.25  # a mode counts as covered when it gets at least a quarter of its fair share of samples
COPY_RATIO = 1 / 3  # a copy: nearest training image closer than a third of the distance to the second nearest
CHUNK = 256  # samples compared at once: keeps the (chunk, N_train) distance matrix small


@lru_cache(maxsize=4)
def _split(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(training images, their labels, held-out images): all digits but a stratified, seeded held-out set."""
    from sklearn.model_selection import train_test_split

    x, labels = load_digits_images()
    train_x, held_x, train_y, _ = train_test_split(x, labels, test_size=HELD_OUT, stratify=labels, random_state=seed)
    return train_x, train_y, held_x


@lru_cache(maxsize=4)
def _fit_judge(seed: int):
    """Logistic regression on the training part of the split."""
    from sklearn.linear_model import LogisticRegression

    train_x, train_y, _ = _split(seed)
    classifier = LogisticRegression(C=1.0, max_iter=3000)  # lbfgs is deterministic; C=1 stays unsure on noise
    classifier.fit(train_x.reshape(len(train_x), -1), train_y)
    return classifier


def _as_judge_input(images: np.ndarray) -> np.ndarray:
    """(N, 64) grayscale 8x8 pixels in [0, 1] from (N, H, W) or (N, H, W, 3) images of any size."""
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 4 and images.shape[-1] == 3:
        images = images.mean(axis=-1)
    if images.ndim != 3:
        raise DataError(translatable("The digit judge needs images shaped (N, H, W); got {shape}."),
                        shape=images.shape)
    return np.clip(resize_images(images, JUDGE_SIZE), 0.0, 1.0).reshape(len(images), -1)


class DigitJudge:
    """A classifier trained on the real 8x8 digits (deterministic for a seed, fitted once per process)."""

    def __init__(self, seed: int = 0):
        self._classifier = _fit_judge(seed)
        self._held_out = _split(seed)[2]

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """(N, 10) class probabilities of the images (resized to 8x8 first when they are another size)."""
        return self._classifier.predict_proba(_as_judge_input(images))

    def confident_share(self, images: np.ndarray, threshold: float = 0.9) -> float:
        """Share of images the judge labels with probability >= threshold."""
        return float((self.probabilities(images).max(axis=1) >= threshold).mean())

    def class_counts(self, images: np.ndarray, threshold: float = 0.9) -> np.ndarray:
        """(10,) how many images were confidently labelled as each digit."""
        p = self.probabilities(images)
        confident = p.max(axis=1) >= threshold
        return np.bincount(p.argmax(axis=1)[confident], minlength=10)

    def held_out_real(self) -> np.ndarray:
        """Real 8x8 digits the judge did not train on (copy), for the samples' share / real share ratio."""
        return self._held_out.copy()


def _flat_pair(samples: np.ndarray, training: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(samples, dtype=np.float32).reshape(len(samples), -1)
    b = np.asarray(training, dtype=np.float32).reshape(len(training), -1)
    if a.shape[1] != b.shape[1]:
        raise DataError(translatable("Samples of {values} values cannot be compared with training images of "
                                     "{training}."), values=a.shape[1], training=b.shape[1])
    return a, b


def _nearest_distances(samples: np.ndarray, training: np.ndarray, k: int) -> np.ndarray:
    """(N, k) per sample: the L2 distances (over all pixels, values in [0, 1]) to its k nearest training images,
    nearest first."""
    a, b = _flat_pair(samples, training)
    b_sq = (b**2).sum(axis=1)
    out = np.empty((len(a), k), dtype=np.float32)
    for start in range(0, len(a), CHUNK):
        chunk = a[start : start + CHUNK]
        d2 = (chunk**2).sum(axis=1)[:, None] - 2 * chunk @ b.T + b_sq[None, :]  # (chunk, N_train)
        nearest = np.sort(np.partition(d2, k - 1, axis=1)[:, :k], axis=1)
        out[start : start + CHUNK] = np.sqrt(np.clip(nearest, 0.0, None))
    return out


def nearest_copy_distance(samples: np.ndarray, training: np.ndarray) -> np.ndarray:
    """(N,) per sample: the smallest L2 distance (over all pixels, values in [0, 1]) to any training image."""
    return _nearest_distances(samples, training, 1)[:, 0]


def is_copy(samples: np.ndarray, training: np.ndarray) -> np.ndarray:
    """(N,) bool per sample: its nearest training image is closer than COPY_RATIO of the distance to the second
    nearest. Relative, so it means the same for any image size or data set. Identical training images count once:
    a copy of an image that is in the set twice is still a copy."""
    _, b = _flat_pair(samples, training)
    unique = np.unique(b, axis=0)
    if len(unique) < 2:
        raise DataError(translatable("The copy rule needs at least two different training images."))
    nearest = _nearest_distances(samples, unique, 2)
    return nearest[:, 0] < COPY_RATIO * nearest[:, 1]


def held_out_copies(seed: int = 0) -> int:
    """The copy rule's baseline: how many of the judge's held-out real digits it calls copies of the other real
    digits (none of the 400 for seed 0: the nearest is never below half the second nearest)."""
    train_x, _, held_x = _split(seed)
    return int(is_copy(held_x, train_x).sum())


def mode_coverage(samples: np.ndarray, modes: np.ndarray, std: float) -> tuple[int, float]:
    """(modes covered, share of samples near a mode).

    A sample is near a mode within 3 std of its centre; a mode is covered when at least a quarter of its fair share
    (n / K) of the samples are near it, so a handful of stragglers does not hide a collapse.
    """
    samples = np.asarray(samples, dtype=np.float32)
    if len(samples) == 0:
        return 0, 0.0
    distances = np.linalg.norm(samples[:, None, :] - modes[None, :, :], axis=2)  # (N, K)
    nearest = distances.argmin(axis=1)
    near = distances[np.arange(len(samples)), nearest] <= NEAR_MODE_STDS * std
    counts = np.bincount(nearest[near], minlength=len(modes))
    covered = int((counts >= MIN_MODE_SHARE * len(samples) / len(modes)).sum())
    return covered, float(near.mean())
