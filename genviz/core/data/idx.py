"""MNIST and Fashion-MNIST: read their IDX files (gzipped or not) and download them on request.

IDX is the format both sets are distributed in: two zero bytes, a type code, the number of dimensions, each
dimension as a big-endian uint32, then the values. Downloads are verified against SHA-256 checksums and kept in a
cache folder, so they happen once; nothing here downloads unless `download_mnist` is called.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from genviz.core.errors import DataError
from genviz.core.safe_files import read_limited
from genviz.core.translatable import translatable

KINDS = ("mnist", "fashion")
FASHION_CLASSES = (translatable("T-shirt/top"), translatable("Trouser"), translatable("Pullover"),
                   translatable("Dress"), translatable("Coat"), translatable("Sandal"), translatable("Shirt"),
                   translatable("Sneaker"), translatable("Bag"), translatable("Ankle boot"))
_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_GZIP_MAGIC = b"\x1f\x8b"
MAX_IDX_BYTES = 100_000_000  # MNIST's 60,000 training images are 47 MB
_CHUNK = 1 << 16

Progress = Callable[[int, int], None]  # (bytes done, bytes in total)


@dataclass(frozen=True)
class RemoteFile:
    """One file to download: its name in the cache, where to get it (mirrors in order), and its fingerprint."""

    name: str
    urls: tuple[str, ...]
    sha256: str
    size: int


def _mirrored(name: str, sha256: str, size: int, *bases: str) -> RemoteFile:
    return RemoteFile(name, tuple(base + name for base in bases), sha256, size)


_MNIST_MIRRORS = ("https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/")
_FASHION_MIRROR = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"  # plain http: the checksum guards it
SOURCES: dict[str, tuple[RemoteFile, ...]] = {
    "mnist": (
        _mirrored("train-images-idx3-ubyte.gz", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                  9_912_422, *_MNIST_MIRRORS),
        _mirrored("train-labels-idx1-ubyte.gz", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                  28_881, *_MNIST_MIRRORS),
    ),
    "fashion": (
        _mirrored("train-images-idx3-ubyte.gz", "08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc",
                  26_421_880, _FASHION_MIRROR),
        _mirrored("train-labels-idx1-ubyte.gz", "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc",
                  29_515, _FASHION_MIRROR),
    ),
}


def default_cache_dir(kind: str) -> Path:
    """Where downloads of `kind` are kept: $GENVIZ_CACHE/<kind>, else the user's cache folder/genviz/<kind>."""
    base = os.environ.get("GENVIZ_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "genviz"
    return Path(base) / kind


def parse_idx(data: bytes, name: str = "the file") -> np.ndarray:
    """The array stored in IDX bytes (gzip-compressed or not); DataError for anything that is not a whole IDX file."""
    if data[:2] == _GZIP_MAGIC:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                data = unzipped.read(MAX_IDX_BYTES + 1)  # a small file can unzip to gigabytes: never past the limit
        except (OSError, EOFError, zlib.error):
            raise DataError(translatable("{name} is a damaged or truncated gzip file."), name=name) from None
        if len(data) > MAX_IDX_BYTES:
            raise DataError(translatable("{name} unzips to more than {megabytes} MB: it is not an MNIST-style file."),
                            name=name, megabytes=MAX_IDX_BYTES // 10**6)
    if len(data) < 4 or data[:2] != b"\x00\x00" or data[2] not in _TYPES or data[3] == 0:
        raise DataError(translatable("{name} is not an IDX file: it does not start with an IDX header."), name=name)
    ndim, header = data[3], 4 + 4 * data[3]
    if len(data) < header:
        raise DataError(translatable("{name} is truncated: it ends inside its IDX header."), name=name)
    shape = tuple(int(d) for d in np.frombuffer(data, dtype=">u4", count=ndim, offset=4))
    dtype = np.dtype(_TYPES[data[2]])
    expected = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    if len(data) - header != expected:
        if len(data) - header < expected:
            raise DataError(translatable("{name} is truncated: its header promises {expected} bytes of values, it "
                                         "holds {held}."), name=name, expected=expected, held=len(data) - header)
        raise DataError(translatable("{name} is longer than its header says: its header promises {expected} bytes "
                                     "of values, it holds {held}."), name=name, expected=expected,
                        held=len(data) - header)
    return np.frombuffer(data, dtype=dtype, offset=header).reshape(shape).astype(dtype.newbyteorder("="))


def read_idx(path: str | Path) -> np.ndarray:
    """The array in one IDX file on disk (gzip-compressed or not)."""
    path = Path(path)
    return parse_idx(read_limited(path, MAX_IDX_BYTES), path.name)


def _find(folder: Path, stem: str) -> Path | None:
    """The file for e.g. 'train-images-idx3-ubyte', also under the names unzip tools give it."""
    for name in (f"{stem}.gz", stem, stem.replace("-idx", ".idx"), f"{stem.replace('-idx', '.idx')}.gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def training_files(folder: str | Path) -> tuple[Path, Path] | None:
    """(images, labels) IDX files of an MNIST-style training set in folder, or None when either is missing."""
    folder = Path(folder)
    images_path, labels_path = _find(folder, "train-images-idx3-ubyte"), _find(folder, "train-labels-idx1-ubyte")
    return None if images_path is None or labels_path is None else (images_path, labels_path)


def load_mnist(folder: str | Path, kind: str = "mnist") -> tuple[np.ndarray, np.ndarray]:
    """The 60,000 training images (N, 28, 28) uint8 and labels (N,) int64 of MNIST or Fashion-MNIST in folder."""
    folder = Path(folder)
    title = "Fashion-MNIST" if kind == "fashion" else "MNIST"
    found = training_files(folder)
    if found is None:
        raise DataError(translatable("{title} is not in {folder}: choose the folder holding "
                                     "train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it "
                                     "with: genviz data {kind} --download."), title=title, folder=folder, kind=kind)
    images_path, labels_path = found
    images, labels = read_idx(images_path), read_idx(labels_path)
    if images.ndim != 3 or images.dtype != np.uint8:
        raise DataError(translatable("{name} does not hold 8-bit images (its shape is {shape})."),
                        name=images_path.name, shape=images.shape)
    if labels.shape != (len(images),):
        raise DataError(translatable("{name} holds {labels} labels for {images} images."), name=labels_path.name,
                        labels=labels.size, images=len(images))
    return images, labels.astype(np.int64)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fetch(remote: RemoteFile, target: Path, opener: Callable, report: Callable[[int], None]) -> None:
    """Download remote into target through the first mirror that answers; report(bytes) after each chunk."""
    partial = target.with_name(target.name + ".part")
    failures = []
    for url in remote.urls:
        try:
            with opener(url) as response, partial.open("wb") as out:
                for chunk in iter(lambda response=response: response.read(_CHUNK), b""):
                    out.write(chunk)
                    report(len(chunk))
            break
        except (OSError, ValueError) as error:  # urllib's URLError is an OSError
            failures.append(f"{url} ({getattr(error, 'reason', error)})")
    else:
        partial.unlink(missing_ok=True)
        raise DataError(translatable("Could not download {name}: {failures}."), name=remote.name,
                        failures="; ".join(failures))
    if _sha256(partial) != remote.sha256:
        partial.unlink()
        raise DataError(translatable("The download of {name} does not match its SHA-256 checksum, so it was "
                                     "deleted; try again later."), name=remote.name)
    partial.replace(target)


def download_mnist(kind: str, cache_dir: str | Path | None = None, progress: Progress | None = None, *,
                   opener: Callable | None = None, files: Sequence[RemoteFile] | None = None) -> Path:
    """Download MNIST or Fashion-MNIST (training set) into cache_dir unless already there and intact; return it.

    progress(done, total) is called with bytes as the download advances. `opener` (default urllib's urlopen) and
    `files` exist so tests can serve small local files instead of the real ones.
    """
    if opener is None:
        import urllib.request  # here, not at the top: it costs every command line 40 ms to import

        opener = urllib.request.urlopen
    if kind not in KINDS:
        raise DataError(translatable("There is no download for '{kind}'; choose one of: {choices}."), kind=kind,
                        choices=", ".join(KINDS))
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir(kind)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataError(translatable("Cannot create the cache folder {folder}: {reason}."), folder=folder,
                        reason=error.strerror or str(error)) from None
    remotes = tuple(files) if files is not None else SOURCES[kind]
    missing = [r for r in remotes if not ((folder / r.name).is_file() and _sha256(folder / r.name) == r.sha256)]
    total, done = sum(r.size for r in missing), 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, max(total, done))

    for remote in missing:
        _fetch(remote, folder / remote.name, opener, report)
    if progress is not None:
        progress(max(total, done), max(total, done))
    return folder
