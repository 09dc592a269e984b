"""IDX parsing and the MNIST download, with small IDX files written here (the network is never used)."""

import gzip
import hashlib
import struct

import numpy as np
import pytest

from genviz.core.data import idx
from genviz.core.data.datasets import load_dataset
from genviz.core.errors import DataError


def idx_bytes(array: np.ndarray) -> bytes:
    codes = {np.dtype(np.uint8): 0x08, np.dtype(np.int32): 0x0C, np.dtype(np.float32): 0x0D}
    header = bytes([0, 0, codes[array.dtype], array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.astype(array.dtype.newbyteorder(">")).tobytes()


def write_mnist(folder, count=5, gzipped=True):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(count, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, size=count, dtype=np.uint8)
    for name, array in (("train-images-idx3-ubyte", images), ("train-labels-idx1-ubyte", labels)):
        data = idx_bytes(array)
        (folder / (name + ".gz" if gzipped else name)).write_bytes(gzip.compress(data) if gzipped else data)
    return images, labels


@pytest.mark.parametrize("array", [np.arange(24, dtype=np.uint8).reshape(2, 3, 4),
                                   np.array([-5, 7, 1 << 20], dtype=np.int32),
                                   np.array([[0.5, -2.25]], dtype=np.float32)])
def test_idx_round_trips_every_type_gzipped_or_not(array):
    for data in (idx_bytes(array), gzip.compress(idx_bytes(array))):
        parsed = idx.parse_idx(data)
        assert parsed.shape == array.shape and np.array_equal(parsed, array)


def test_bad_magic_truncation_and_extra_bytes_are_clear_errors():
    good = idx_bytes(np.zeros((3, 4), dtype=np.uint8))
    with pytest.raises(DataError, match="not an IDX file"):
        idx.parse_idx(b"\x89PNG\r\n\x1a\n", "x.png")
    with pytest.raises(DataError, match="truncated: its header promises 12 bytes"):
        idx.parse_idx(good[:-1], "short")
    with pytest.raises(DataError, match="longer than its header"):
        idx.parse_idx(good + b"\x00", "long")
    with pytest.raises(DataError, match="ends inside its IDX header"):
        idx.parse_idx(good[:6], "tiny")
    with pytest.raises(DataError, match="damaged or truncated gzip"):
        idx.parse_idx(gzip.compress(good)[:-10], "cut.gz")


def test_a_small_gzip_that_unzips_past_the_limit_is_refused_without_unzipping_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(idx, "MAX_IDX_BYTES", 1_000_000)
    bomb = tmp_path / "train-images-idx3-ubyte.gz"
    bomb.write_bytes(gzip.compress(b"\0" * 50_000_000, compresslevel=1))  # 50 KB on disk
    with pytest.raises(DataError, match="unzips to more than 1 MB"):
        idx.read_idx(bomb)


@pytest.mark.parametrize("gzipped", [True, False])
def test_mnist_folder_loads_as_unit_range_images_with_labels(tmp_path, gzipped):
    images, labels = write_mnist(tmp_path, gzipped=gzipped)
    data = load_dataset("mnist", mnist_folder=str(tmp_path))
    assert data.x.shape == (5, 28, 28) and data.x.dtype == np.float32
    assert np.allclose(data.x * 255, images) and np.array_equal(data.labels, labels)
    fashion = load_dataset("fashion", mnist_folder=str(tmp_path), n=2, seed=0)
    assert fashion.class_names[9] == "Ankle boot" and len(fashion.x) == 2


def test_labels_that_do_not_match_the_images_are_refused(tmp_path):
    write_mnist(tmp_path, count=4)
    (tmp_path / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_bytes(np.zeros(3, np.uint8))))
    with pytest.raises(DataError, match="3 labels for 4 images"):
        idx.load_mnist(tmp_path)


def remote_file(source, name):
    data = source.read_bytes()
    return idx.RemoteFile(name, (source.as_uri(),), hashlib.sha256(data).hexdigest(), len(data))


def test_download_verifies_checksums_reports_progress_and_uses_the_cache(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    write_mnist(served)
    files = [remote_file(served / name, name) for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")]
    seen = []
    cache = idx.download_mnist("mnist", tmp_path / "cache", lambda done, total: seen.append((done, total)),
                               files=files)
    assert load_dataset("mnist", mnist_folder=str(cache)).x.shape == (5, 28, 28)
    total = sum(f.size for f in files)
    assert seen[-1] == (total, total) and all(d <= t for d, t in seen)

    def refuse(url):
        raise AssertionError("the cache should have been used")

    assert idx.download_mnist("mnist", cache, files=files, opener=refuse) == cache


def test_a_download_with_the_wrong_checksum_is_deleted_and_reported(tmp_path):
    source = tmp_path / "file.gz"
    source.write_bytes(b"tampered")
    wrong = idx.RemoteFile("file.gz", (source.as_uri(),), "0" * 64, 8)
    with pytest.raises(DataError, match="SHA-256"):
        idx.download_mnist("mnist", tmp_path / "cache", files=[wrong])
    assert list((tmp_path / "cache").iterdir()) == []


def test_an_unreachable_mirror_is_one_sentence(tmp_path):
    def offline(url):
        raise OSError("network is unreachable")

    with pytest.raises(DataError, match="Could not download train-images"):
        idx.download_mnist("mnist", tmp_path, opener=offline)


def test_the_real_sources_pin_sha256_checksums():
    for kind in idx.KINDS:
        assert [f.name for f in idx.SOURCES[kind]] == ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"]
        assert all(len(f.sha256) == 64 and f.urls for f in idx.SOURCES[kind])
