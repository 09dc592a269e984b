import numpy as np
import pytest

from genviz.core.data.images import load_digits_images
from genviz.core.errors import DataError
from genviz.core.pixels.tokenizer import PixelTokenizer


def test_every_built_in_digit_goes_to_tokens_and_back_exactly():
    digits, _ = load_digits_images()
    tokenizer = PixelTokenizer(17, (8, 8))
    tokens = tokenizer.encode(digits)
    assert tokens.shape == (1797, 64) and tokens.dtype == np.int64
    assert tokens.min() == 0 and tokens.max() == 16  # both ends of the vocabulary are used
    assert np.array_equal(tokenizer.decode(tokens), digits)
    assert np.array_equal(tokens[0], np.rint(digits[0] * 16).ravel())  # raster order: row by row


def test_a_28_by_28_image_is_rounded_to_the_nearest_of_the_levels():
    image = np.random.default_rng(0).random((1, 28, 28)).astype(np.float32)
    tokenizer = PixelTokenizer(5, (28, 28))
    quantised = tokenizer.quantise(image)
    assert quantised.shape == (1, 28, 28)
    assert set(np.unique(quantised)) <= {0.0, 0.25, 0.5, 0.75, 1.0}
    assert np.abs(quantised - image).max() <= 0.125 + 1e-6  # half a level's step at most
    assert np.array_equal(tokenizer.quantise(quantised), quantised)  # a level stays itself


def test_colour_images_are_read_in_grey():
    red = np.zeros((1, 8, 8, 3), dtype=np.float32)
    red[..., 0] = 0.75
    tokenizer = PixelTokenizer(17, (8, 8))
    assert np.all(tokenizer.encode(red) == 4)  # mean of (0.75, 0, 0) = 0.25 = level 4 of 16


def test_images_of_another_size_are_refused_in_one_sentence():
    sentence = r"^The Pixels lab reads images of 8 × 8 pixels; these are shaped \(16, 16\)\.$"
    with pytest.raises(DataError, match=sentence):
        PixelTokenizer(17, (8, 8)).encode(np.zeros((2, 16, 16)))


def test_a_partial_picture_is_unknown_where_nothing_is_drawn():
    tokenizer = PixelTokenizer(17, (2, 3))
    picture = tokenizer.partial([16, 8])
    assert picture[0, :2].tolist() == [1.0, 0.5]
    assert np.isnan(picture[0, 2]) and np.isnan(picture[1]).all()
    assert tokenizer.start == 17 and tokenizer.vocab_size == 18
