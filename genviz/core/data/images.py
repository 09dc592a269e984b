"""Image data: the digits that ship with scikit-learn, and a folder of the user's own PNG/JPEG files.

Every loader returns float32 arrays in [0, 1], shaped (N, H, W) for grayscale or (N, H, W, 3) for colour.
"""

from __future__ import annotations

import importlib.util
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from genviz.core.errors import ConfigError, DataError
from genviz.core.safe_files import in_kernel_folder
from genviz.core.translatable import translatable

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MIN_IMAGE_SIZE = 8
MAX_IMAGE_SIZE = 32
MAX_FOLDER_FILES = 20_000  # beyond this a folder takes minutes to read and no small model needs more
MAX_IMAGE_PIXELS = 50_000_000  # a 48-megapixel phone photo passes; decoding more would take over 150 MB per image


@lru_cache(maxsize=1)
def _digits() -> tuple[np.ndarray, np.ndarray]:
    """Read scikit-learn's digits file directly: importing scikit-learn (and SciPy) takes seconds and holds
    the interpreter while it does, which the GUI would feel."""
    spec = importlib.util.find_spec("sklearn")  # finds the package without importing it
    csv = Path(spec.submodule_search_locations[0], "datasets", "data", "digits.csv.gz") if spec else None
    if csv is not None and csv.is_file():
        table = np.loadtxt(csv, delimiter=",")  # (1797, 65): 64 pixels of 0..16, then the label
        pixels, labels = table[:, :-1], table[:, -1]
    else:  # a scikit-learn that keeps its data elsewhere
        from sklearn.datasets import load_digits

        bunch = load_digits()
        pixels, labels = bunch.data, bunch.target
    return (pixels.reshape(-1, 8, 8) / 16.0).astype(np.float32), labels.astype(np.int64)


def load_digits_images() -> tuple[np.ndarray, np.ndarray]:
    """The 1,797 8x8 handwritten digits shipped inside scikit-learn, as (images (N, 8, 8), labels (N,)) copies."""
    images, labels = _digits()
    return images.copy(), labels.copy()


def _area_matrix(source: int, target: int) -> np.ndarray:
    """(target, source) weights: each output cell averages the input cells it overlaps, by overlap length."""
    edges = np.linspace(0.0, source, target + 1)
    starts, ends = edges[:-1, None], edges[1:, None]
    cells = np.arange(source)[None, :]
    overlap = np.clip(np.minimum(ends, cells + 1) - np.maximum(starts, cells), 0.0, None)
    return (overlap / overlap.sum(axis=1, keepdims=True)).astype(np.float32)


def resize_images(images: np.ndarray, size: int) -> np.ndarray:
    """Area-average (N, H, W[, 3]) images to (N, size, size[, 3]); exact for shrinking, smooth for enlarging."""
    height, width = images.shape[1], images.shape[2]
    if (height, width) == (size, size):
        return images.astype(np.float32, copy=True)
    rows, cols = _area_matrix(height, size), _area_matrix(width, size)
    if images.ndim == 3:
        return np.einsum("ih,nhw,jw->nij", rows, images.astype(np.float32), cols)
    return np.einsum("ih,nhwc,jw->nijc", rows, images.astype(np.float32), cols)


def check_image_size(size: int) -> None:
    """Raise ConfigError unless size is a side length the image labs can train on."""
    if not MIN_IMAGE_SIZE <= size <= MAX_IMAGE_SIZE:
        raise ConfigError(translatable("Image size must be between {low} and {high} pixels, not {size}."),
                          low=MIN_IMAGE_SIZE, high=MAX_IMAGE_SIZE, size=size)


@dataclass(frozen=True)
class FolderImages:
    """Images read from a folder: the pictures, their file names, and how many files could not be read."""

    images: np.ndarray  # (N, S, S) or (N, S, S, 3), float32 in [0, 1]
    files: tuple[str, ...]
    skipped: int  # files that could not be decoded
    too_large: int = 0  # images over MAX_IMAGE_PIXELS, skipped before they were decoded


class _TooLarge(Exception):
    pass


def _read_image(path: Path, size: int, color: bool) -> np.ndarray:
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():  # PIL's own bomb warning gives way to the lower limit below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(path)  # reads the header only: the size is known before any pixel is decoded
    except Image.DecompressionBombError:  # over twice PIL's limit, refused by PIL itself
        raise _TooLarge from None
    with opened:
        if opened.width * opened.height > MAX_IMAGE_PIXELS:
            raise _TooLarge
        image = ImageOps.exif_transpose(opened)  # phone photos store their rotation separately
        if "A" in image.getbands() or "transparency" in image.info:
            rgba = image.convert("RGBA")  # transparent pixels become white paper, not black
            image = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
        image = image.convert("RGB" if color else "L")
        image = ImageOps.fit(image, (size, size), method=Image.Resampling.LANCZOS)  # centre crop to a square
        return np.asarray(image, dtype=np.float32) / 255.0


def load_image_folder(folder: str | Path, size: int = 16, color: bool = False) -> FolderImages:
    """Every PNG/JPEG under folder (subfolders included), centre-cropped and resized to size x size.

    Files that cannot be decoded are skipped and counted; a folder without any readable image is a DataError.
    """
    check_image_size(size)
    if importlib.util.find_spec("PIL") is None:
        raise DataError(translatable("Reading your own images needs the Pillow package: pip install pillow."))
    root = Path(folder)
    if in_kernel_folder(root):
        raise DataError(translatable("{folder} is one of the system's folders under /proc or /sys, not a folder of "
                                     "images."), folder=root)
    if not root.is_dir():
        raise DataError(translatable("{folder} is not a folder."), folder=root)
    paths = sorted(p for p in root.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
    if not paths:
        raise DataError(translatable("The folder {folder} holds no PNG or JPEG images."), folder=root)
    if len(paths) > MAX_FOLDER_FILES:
        raise DataError(translatable("The folder {folder} holds {count} images; use at most {most}."), folder=root,
                        count=len(paths), most=MAX_FOLDER_FILES)
    images, files, too_large = [], [], 0
    for path in paths:
        try:
            images.append(_read_image(path, size, color))
        except _TooLarge:
            too_large += 1
            continue
        except (OSError, ValueError, SyntaxError):  # what broken files raise
            continue
        files.append(str(path.relative_to(root)))
    if not images:
        if too_large:
            raise DataError(translatable("None of the {count} image files in {folder} could be read ({large} of them "
                                         "over {megapixels:g} megapixels)."), count=len(paths), folder=root,
                            large=too_large, megapixels=MAX_IMAGE_PIXELS / 1e6)
        raise DataError(translatable("None of the {count} image files in {folder} could be read."),
                        count=len(paths), folder=root)
    return FolderImages(np.stack(images).astype(np.float32), tuple(files), len(paths) - len(images) - too_large,
                        too_large)

