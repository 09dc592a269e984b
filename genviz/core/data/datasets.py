"""One entry point to every data set the image and 2-D labs train on: `load_dataset(name or folder)`.

A `Dataset` is plain numpy (float32 in [0, 1] for images), so the GAN, VAE and Diffusion labs share it and
`genviz data` can write any of them to a .npy file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from genviz.core.data import idx, images, toy2d
from genviz.core.errors import ConfigError, DataError
from genviz.core.translatable import Sentence, translatable

POINT_SETS = ("ring", "grid", "moons", "spiral", "line")
IMAGE_SETS = ("digits", "mnist", "fashion")
# A title and one sentence per built-in set, for every lab's menu and its tooltips.
DATA_SET_TITLES: dict[str, tuple[str, str]] = {
    "ring": (translatable("2-D: ring of 8 Gaussians"), translatable(
        "Eight blobs on a circle: the classic test of whether a model finds every mode.")),
    "grid": (translatable("2-D: 5 × 5 grid of Gaussians"), translatable("25 blobs: harder to cover than the ring.")),
    "moons": (translatable("2-D: two moons"), translatable("Two interleaved half circles.")),
    "spiral": (translatable("2-D: spiral"), translatable("One long curved arm: the model must bend its noise a lot.")),
    "line": (translatable("2-D: line"), translatable("A thin diagonal segment: one dimension inside two.")),
    "digits": (translatable("Digits (8 × 8, built in)"), translatable(
        "The 1,797 small handwritten digits that ship with scikit-learn.")),
    "mnist": (translatable("MNIST digits (28 × 28)"), translatable(
        "70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.")),
    "fashion": (translatable("Fashion-MNIST (28 × 28)"), translatable(
        "Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.")),
}
# A Gaussian mixture's classes: "mode 1", ... (model files keep them in English; the window translates the template)
MODE_NAME = translatable("mode {number}")
MOON_NAMES = (translatable("upper moon"), translatable("lower moon"))
DEFAULT_POINTS = 4096  # enough that a batch of 256 rarely repeats a point, small enough to regenerate instantly
MIN_DRAWN_POINTS = 2


@dataclass(frozen=True)
class Dataset:
    """Training data with what the views need to explain it (class names, mixture centres, notes for the user)."""

    name: str  # "ring", "digits", "my-photos", ...
    kind: str  # "points" or "images"
    x: np.ndarray  # float32; points: (N, 2); images: (N, H, W) grayscale or (N, H, W, 3), values in [0, 1]
    labels: np.ndarray | None  # int64 (N,) class index, or None
    class_names: tuple[str, ...]  # e.g. ("0", ..., "9"); () when unlabelled
    modes: np.ndarray | None  # (K, 2) centres for the Gaussian mixtures (ring, grid), else None
    notes: tuple[Sentence, ...] = ()  # e.g. "3 unreadable files were skipped."

    @property
    def image_shape(self) -> tuple[int, ...] | None:
        """(H, W) or (H, W, 3) for images, None for points."""
        return tuple(self.x.shape[1:]) if self.kind == "images" else None

    @property
    def mode_std(self) -> float | None:
        """Standard deviation of each Gaussian of a mixture (ring, grid), else None."""
        return toy2d.MIXTURE_STD.get(self.name) if self.modes is not None else None


def mode_names(count: int) -> tuple[str, ...]:
    return tuple(MODE_NAME.format(number=i + 1) for i in range(count))


def class_name_template(name: str) -> tuple[str, dict[str, int]]:
    """A class name as (the string to translate, the placeholders to fill after): ("mode {number}", {"number": 3})
    for "mode 3", (name, {}) for any other."""
    prefix = MODE_NAME.removesuffix("{number}")
    number = name.removeprefix(prefix)
    if name.startswith(prefix) and number.isdigit():
        return MODE_NAME, {"number": int(number)}
    return name, {}


def _points(name: str, n: int, seed: int) -> Dataset:
    if name == "ring":
        x, labels = toy2d.ring(n, seed)
        return Dataset(name, "points", x, labels, mode_names(8), toy2d.ring_modes())
    if name == "grid":
        x, labels = toy2d.grid(n, seed)
        return Dataset(name, "points", x, labels, mode_names(25), toy2d.grid_modes())
    if name == "moons":
        x, labels = toy2d.moons(n, seed)
        return Dataset(name, "points", x, labels, MOON_NAMES, None)
    generate = toy2d.spiral if name == "spiral" else toy2d.line
    return Dataset(name, "points", generate(n, seed), None, (), None)


def _subset(x: np.ndarray, labels: np.ndarray | None, n: int | None, seed: int, name: str):
    if n is None:
        return x, labels
    if n > len(x):
        raise DataError(translatable("{name} has {count} images; ask for at most {count}."), name=name, count=len(x))
    keep = np.sort(np.random.default_rng(seed).choice(len(x), size=n, replace=False))
    return x[keep], None if labels is None else labels[keep]


def _builtin_images(name: str, n: int | None, seed: int, mnist_folder: str | None) -> Dataset:
    if name == "digits":
        x, labels = images.load_digits_images()
        x, labels = _subset(x, labels, n, seed, name)
        return Dataset(name, "images", x, labels, tuple(str(d) for d in range(10)), None)
    folder = mnist_folder if mnist_folder is not None else idx.default_cache_dir(name)
    raw, labels = _subset(*idx.load_mnist(folder, name), n, seed, name)  # subset first: 60,000 floats are 188 MB
    class_names = idx.FASHION_CLASSES if name == "fashion" else tuple(str(d) for d in range(10))
    return Dataset(name, "images", raw.astype(np.float32) / 255.0, labels, class_names, None)


def _folder(path: Path, n: int | None, seed: int, image_size: int, color: bool) -> Dataset:
    found = images.load_image_folder(path, image_size, color)
    x, _ = _subset(found.images, None, n, seed, path.name)
    notes = []
    if found.skipped == 1:
        notes.append(Sentence(translatable("1 unreadable file was skipped.")))
    elif found.skipped:
        notes.append(Sentence(translatable("{count} unreadable files were skipped."), {"count": found.skipped}))
    megapixels = images.MAX_IMAGE_PIXELS / 1e6
    if found.too_large == 1:
        notes.append(Sentence(translatable("1 image over {megapixels:g} megapixels was skipped."),
                              {"megapixels": megapixels}))
    elif found.too_large:
        notes.append(Sentence(translatable("{count} images over {megapixels:g} megapixels were skipped."),
                              {"count": found.too_large, "megapixels": megapixels}))
    return Dataset(path.name or str(path), "images", x, None, (), None, tuple(notes))


def load_dataset(name_or_folder: str, n: int | None = None, seed: int = 0, image_size: int = 16,
                 color: bool = False, mnist_folder: str | None = None) -> Dataset:
    """A built-in set by name, or the images in a folder.

    n: how many samples (points: default 4096, freshly generated from seed; images: a seeded subset, default all).
    image_size and color apply to a folder of images (8 to 32 px); built-in images keep their size (digits 8x8,
    MNIST and Fashion-MNIST 28x28, grayscale). mnist_folder: where the IDX files are (default: the download cache).
    """
    if n is not None and n < 1:
        raise ConfigError(translatable("Ask for at least 1 sample, not {n}."), n=n)
    if name_or_folder in POINT_SETS:
        return _points(name_or_folder, DEFAULT_POINTS if n is None else n, seed)
    if name_or_folder in IMAGE_SETS:
        return _builtin_images(name_or_folder, n, seed, mnist_folder)
    path = Path(name_or_folder).expanduser()
    if path.is_dir():
        return _folder(path, n, seed, image_size, color)
    raise DataError(translatable("'{name}' is neither a built-in data set ({choices}) nor a folder of images."),
                    name=name_or_folder, choices=", ".join(POINT_SETS + IMAGE_SETS))


def points_dataset(points: np.ndarray, name: str = "drawn") -> Dataset:
    """A 2-D data set from points the user drew on the canvas."""
    x = np.asarray(points, dtype=np.float32)
    if x.ndim != 2 or x.shape[1] != 2:
        raise DataError(translatable("Drawn points must be pairs (x, y); got an array of shape {shape}."),
                        shape=x.shape)
    if len(x) < MIN_DRAWN_POINTS:
        raise DataError(translatable("Draw at least {count} points first."), count=MIN_DRAWN_POINTS)
    if not np.isfinite(x).all():
        raise DataError(translatable("Some drawn points are not finite numbers."))
    return Dataset(name, "points", np.ascontiguousarray(x), None, (), None)
