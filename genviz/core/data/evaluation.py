"""Measures of generated samples shared by the GAN, VAE and Diffusion benchmarks and views.

- `DigitJudge`: a digit classifier trained on real 8x8 digits; a model's samples "look like digits" when the judge
  labels them confidently about as often as it labels real digits it never saw.
- `nearest_copy_distance`: how far each sample is from its closest training image (near zero = a copy).
- `mode_coverage`: for the Gaussian mixtures, how many modes the samples reach and how many samples land near one.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from genviz.core.data.images import load_digits_images, resize_images
from genviz.core.errors import DataError

JUDGE_SIZE = 8
HELD_OUT = 400  # real digits kept from the judge, to measure how confident it is on digits it never saw
NEAR_MODE_STDS = 3.0  # a sample is "near" a mode within 3 standard deviations (99.7% of that Gaussian in 1-D)
MIN_MODE_SHARE = 0.25  # a mode counts as covered when it gets at least a quarter of its fair share of samples


@lru_cache(maxsize=4)
def _fit_judge(seed: int):
    """(classifier, held-out images): logistic regression on all digits but a stratified, seeded held-out set."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split

    x, labels = load_digits_images()
    train_x, held_x, train_y, _ = train_test_split(x, labels, test_size=HELD_OUT, stratify=labels, random_state=seed)
    classifier = LogisticRegression(C=1.0, max_iter=3000)  # lbfgs is deterministic; C=1 stays unsure on noise
    classifier.fit(train_x.reshape(len(train_x), -1), train_y)
    return classifier, held_x


def _as_judge_input(images: np.ndarray) -> np.ndarray:
    """(N, 64) grayscale 8x8 pixels in [0, 1] from (N, H, W) or (N, H, W, 3) images of any size."""
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 4 and images.shape[-1] == 3:
        images = images.mean(axis=-1)
    if images.ndim != 3:
        raise DataError(f"The digit judge needs images shaped (N, H, W); got {images.shape}.")
    return np.clip(resize_images(images, JUDGE_SIZE), 0.0, 1.0).reshape(len(images), -1)


class DigitJudge:
    """A classifier trained on the real 8x8 digits (deterministic for a seed, fitted once per process)."""

    def __init__(self, seed: int = 0):
        self._classifier, self._held_out = _fit_judge(seed)

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


def nearest_copy_distance(samples: np.ndarray, training: np.ndarray) -> np.ndarray:
    """(N,) per sample: the smallest L2 distance (over all pixels, values in [0, 1]) to any training image."""
    a = np.asarray(samples, dtype=np.float32).reshape(len(samples), -1)
    b = np.asarray(training, dtype=np.float32).reshape(len(training), -1)
    if a.shape[1] != b.shape[1]:
        raise DataError(f"Samples of {a.shape[1]} values cannot be compared with training images of {b.shape[1]}.")
    b_sq = (b**2).sum(axis=1)
    out = np.empty(len(a), dtype=np.float32)
    for start in range(0, len(a), 256):  # chunks keep the (chunk, N_train) distance matrix small
        chunk = a[start : start + 256]
        d2 = (chunk**2).sum(axis=1)[:, None] - 2 * chunk @ b.T + b_sq[None, :]
        out[start : start + 256] = np.sqrt(np.clip(d2.min(axis=1), 0.0, None))
    return out


def mode_coverage(samples: np.ndarray, modes: np.ndarray, std: float) -> tuple[int, float]:
    """(modes covered, share of samples near a mode).

    A sample is near a mode within 3 std of its centre; a mode is covered when at least a quarter of its fair share
    (n / K) of the samples are near it, so a handful of stragglers does not hide a collapse.
    """  # fmt: skip
    samples = np.asarray(samples, dtype=np.float32)
    if len(samples) == 0:
        return 0, 0.0
    distances = np.linalg.norm(samples[:, None, :] - modes[None, :, :], axis=2)  # (N, K)
    nearest = distances.argmin(axis=1)
    near = distances[np.arange(len(samples)), nearest] <= NEAR_MODE_STDS * std
    counts = np.bincount(nearest[near], minlength=len(modes))
    covered = int((counts >= MIN_MODE_SHARE * len(samples) / len(modes)).sum())
    return covered, float(near.mean())
