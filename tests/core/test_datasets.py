"""The shared data sets: shapes, ranges, seeds, mixtures, the user's folders and drawn points."""

import numpy as np
import pytest
from PIL import Image

from genviz.core.data import toy2d
from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS, load_dataset, points_dataset
from genviz.core.data.images import resize_images
from genviz.core.errors import ConfigError, DataError


@pytest.mark.parametrize("name", POINT_SETS)
def test_point_sets_are_seeded_float32_pairs_in_the_common_square(name):
    data = load_dataset(name, n=500, seed=3)
    assert data.kind == "points" and data.x.shape == (500, 2) and data.x.dtype == np.float32
    assert np.abs(data.x).max() < 3.0
    assert np.array_equal(data.x, load_dataset(name, n=500, seed=3).x)
    assert not np.array_equal(data.x, load_dataset(name, n=500, seed=4).x)
    assert data.image_shape is None


@pytest.mark.parametrize(("name", "count"), [("ring", 8), ("grid", 25)])
def test_mixture_points_sit_within_a_few_std_of_their_own_mode(name, count):
    data = load_dataset(name, n=2000, seed=0)
    assert data.modes.shape == (count, 2) and data.mode_std == toy2d.MIXTURE_STD[name]
    offsets = np.linalg.norm(data.x - data.modes[data.labels], axis=1)
    assert np.percentile(offsets, 99) < 4 * data.mode_std
    assert set(np.unique(data.labels)) == set(range(count))


def test_ring_modes_lie_on_a_circle_of_radius_two():
    assert np.allclose(np.linalg.norm(toy2d.ring_modes(), axis=1), 2.0)


def test_line_points_lie_close_to_their_segment():
    x = load_dataset("line", n=1000).x
    distance = np.abs(x[:, 0] - 2 * x[:, 1]) / np.sqrt(5)  # distance to the line y = x / 2
    assert distance.max() < 0.2 and x[:, 0].min() < -1.5 and x[:, 0].max() > 1.5


def test_digits_are_the_scikit_learn_digits_in_unit_range():
    from sklearn.datasets import load_digits

    data = load_dataset("digits")
    reference = load_digits()
    assert np.allclose(data.x * 16, reference.images) and np.array_equal(data.labels, reference.target)
    assert data.x.shape == (1797, 8, 8) and data.image_shape == (8, 8)
    assert data.x.min() == 0.0 and data.x.max() == 1.0
    assert data.class_names == tuple("0123456789") and data.labels.shape == (1797,)


def test_an_image_subset_is_seeded_and_refuses_more_than_there_are():
    a, b = load_dataset("digits", n=100, seed=1), load_dataset("digits", n=100, seed=1)
    assert np.array_equal(a.x, b.x) and np.array_equal(a.labels, b.labels)
    with pytest.raises(DataError, match="at most 1797"):
        load_dataset("digits", n=5000)
    with pytest.raises(ConfigError):
        load_dataset("ring", n=0)


def _write_images(folder, count, size=(40, 30), mode="RGB"):
    rng = np.random.default_rng(0)
    for i in range(count):
        pixels = rng.integers(0, 256, size=(size[1], size[0], 3), dtype=np.uint8)
        Image.fromarray(pixels).convert(mode).save(folder / f"img{i}.{'png' if i % 2 else 'jpg'}")


def test_a_folder_is_resized_to_grayscale_or_colour_and_counts_unreadable_files(tmp_path):
    _write_images(tmp_path, 3)
    (tmp_path / "broken.png").write_bytes(b"not a png at all")
    (tmp_path / "notes.txt").write_text("ignored: not an image")
    gray = load_dataset(str(tmp_path), image_size=12)
    assert gray.x.shape == (3, 12, 12) and gray.x.dtype == np.float32
    assert gray.x.min() >= 0.0 and gray.x.max() <= 1.0
    assert list(map(str, gray.notes)) == ["1 unreadable file was skipped."] and gray.name == tmp_path.name
    colour = load_dataset(str(tmp_path), image_size=8, color=True)
    assert colour.x.shape == (3, 8, 8, 3) and colour.image_shape == (8, 8, 3)


def test_a_transparent_png_is_put_on_white_paper(tmp_path):
    Image.new("RGBA", (16, 16), (0, 0, 0, 0)).save(tmp_path / "clear.png")
    assert load_dataset(str(tmp_path), image_size=8).x.min() == pytest.approx(1.0)


def test_bad_folders_get_one_clear_sentence(tmp_path):
    with pytest.raises(DataError, match="no PNG or JPEG"):
        load_dataset(str(tmp_path))
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8 truncated")
    with pytest.raises(DataError, match="None of the 1 image files"):
        load_dataset(str(tmp_path))
    with pytest.raises(DataError, match="neither a built-in data set"):
        load_dataset(str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="between 8 and 32"):
        load_dataset(str(tmp_path), image_size=64)


def test_mnist_without_its_files_says_where_to_put_them(tmp_path):
    with pytest.raises(DataError, match="--download"):
        load_dataset("mnist", mnist_folder=str(tmp_path))
    assert "fashion" in IMAGE_SETS


def test_drawn_points_become_a_point_data_set_and_bad_drawings_are_refused():
    data = points_dataset(np.array([[0.0, 1.0], [1.5, -0.5], [2.0, 2.0]]))
    assert data.kind == "points" and data.x.dtype == np.float32 and data.name == "drawn"
    with pytest.raises(DataError, match="at least 2 points"):
        points_dataset(np.zeros((1, 2)))
    with pytest.raises(DataError, match="pairs"):
        points_dataset(np.zeros((5, 3)))


def test_area_resize_preserves_mean_brightness_and_block_averages():
    images = np.random.default_rng(0).uniform(size=(4, 16, 16)).astype(np.float32)
    small = resize_images(images, 8)
    assert np.allclose(small[:, 0, 0], images[:, :2, :2].mean(axis=(1, 2)), atol=1e-6)
    assert np.allclose(resize_images(images, 11).mean(axis=(1, 2)), images.mean(axis=(1, 2)), atol=1e-5)
