"""The sample measures the benchmarks rely on: the digit judge, copy distances, the copy rule, mode coverage."""

import numpy as np
import pytest

from genviz.core.data import toy2d
from genviz.core.data.datasets import load_dataset
from genviz.core.data.evaluation import (
    COPY_RATIO,
    DigitJudge,
    held_out_copies,
    is_copy,
    mode_coverage,
    nearest_copy_distance,
)
from genviz.core.errors import DataError


def test_the_judge_is_confident_on_real_digits_and_not_on_noise():
    judge = DigitJudge()
    real = judge.held_out_real()
    noise = np.random.default_rng(0).uniform(size=(200, 8, 8)).astype(np.float32)
    assert judge.confident_share(real) > 0.6
    assert judge.confident_share(noise) < 0.15
    assert (judge.class_counts(real) > 0).all()


def test_the_judge_reads_larger_and_colour_images_by_resizing_them():
    judge = DigitJudge()
    real = judge.held_out_real()[:50]
    large = np.repeat(np.repeat(real, 2, axis=1), 2, axis=2)  # 16x16, same picture
    colour = np.repeat(large[..., None], 3, axis=3)
    assert np.allclose(judge.probabilities(large), judge.probabilities(real), atol=1e-5)
    assert np.allclose(judge.probabilities(colour), judge.probabilities(real), atol=1e-5)


def test_held_out_digits_are_not_copies_of_each_other_but_training_images_are():
    digits = load_dataset("digits").x
    assert np.allclose(nearest_copy_distance(digits[:20], digits), 0.0, atol=1e-3)
    shifted = np.roll(digits[:20], 1, axis=2)
    assert (nearest_copy_distance(shifted, digits[20:40]) > 0.5).all()


def test_a_planted_copy_counts_and_a_fresh_digit_does_not():
    digits = load_dataset("digits").x
    training, fresh = digits[:1000], digits[1000:1100]
    planted = np.clip(training[:5] + np.random.default_rng(0).normal(0, 0.01, training[:5].shape), 0, 1)
    assert is_copy(planted, training).all()
    assert not is_copy(fresh, training).any()
    assert not is_copy(np.roll(training[:20], 1, axis=2), training).any()  # shifted by a pixel: a new picture


def test_the_copy_rule_draws_its_line_at_a_third_of_the_second_nearest_distance():
    training = np.zeros((2, 4, 4), np.float32)
    training[1, 0, 0] = 1.0  # two images 1 apart; a sample t along the line between them is t and 1 - t away
    line = COPY_RATIO / (1 + COPY_RATIO)  # t = (1 - t) / 3
    samples = np.zeros((2, 4, 4), np.float32)
    samples[:, 0, 0] = line - 0.01, line + 0.01
    assert is_copy(samples, training).tolist() == [True, False]
    assert is_copy(np.ones((1, 4, 4)), training).tolist() == [False]  # far from both: nothing in particular


def test_an_image_in_the_training_set_twice_still_has_its_copies_counted():
    training = np.stack([np.zeros((4, 4)), np.zeros((4, 4)), np.ones((4, 4))]).astype(np.float32)
    assert is_copy(training[:1], training).tolist() == [True]
    with pytest.raises(DataError, match="two different"):
        is_copy(training[:1], training[:2])


def test_no_held_out_real_digit_counts_as_a_copy_of_the_others():
    assert held_out_copies() == 0


def test_mode_coverage_counts_collapsed_and_full_generators():
    data = load_dataset("ring", n=2000)
    covered, share = mode_coverage(data.x, data.modes, data.mode_std)
    assert covered == 8 and 0.97 < share <= 1.0  # a 3-sigma disc holds 98.9% of a 2-D Gaussian
    collapsed = np.repeat(data.modes[:2], 50, axis=0)
    assert mode_coverage(collapsed, data.modes, data.mode_std) == (2, 1.0)
    stragglers = np.concatenate([collapsed, np.repeat(data.modes[5:6], 3, axis=0)])
    assert mode_coverage(stragglers, data.modes, data.mode_std)[0] == 2
    far = np.zeros((100, 2), np.float32)  # the centre of the ring: near no mode
    assert mode_coverage(far, toy2d.ring_modes(), toy2d.RING_STD) == (0, 0.0)
