"""The Compare lab's table: the copy rule on hand-made cases, the figures on real digits, and "Is it a copy?"."""

import numpy as np
import pytest

from genviz.core.compare.metrics import evenness, measure, neighbours, reference, without
from genviz.core.data.datasets import load_dataset
from genviz.core.data.evaluation import is_copy


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture(scope="module")
def all_digits_reference(digits):
    return reference(digits, seed=0)


def test_the_copy_rule_calls_an_exact_copy_a_copy_but_not_a_blend_or_a_new_digit(digits):
    training = digits.x[:1000]
    exact = training[17]
    zero, one = training[digits.labels[:1000] == 0][0], training[digits.labels[:1000] == 1][0]
    blend = (zero + one) / 2  # close to two training digits at once: nearer neither by a factor of three
    new = digits.x[1500]  # a real digit the rule has never seen
    assert is_copy(np.stack([exact, blend, new]), training).tolist() == [True, False, False]
    answer = neighbours(exact, training)
    assert answer["copy"] and answer["indices"][0] == 17 and answer["distances"][0] == 0
    assert not neighbours(blend, training)["copy"] and not neighbours(new, training)["copy"]


def test_neighbours_are_the_three_nearest_training_images_nearest_first(digits):
    training = digits.x[:300]
    sample = np.clip(training[5] + 0.02, 0, 1)  # a slightly brightened copy
    answer = neighbours(sample, training)
    brute = np.sqrt(((training.reshape(300, -1) - sample.reshape(-1)) ** 2).sum(axis=1))
    assert answer["indices"].tolist() == np.argsort(brute)[:3].tolist()
    np.testing.assert_allclose(answer["distances"], np.sort(brute)[:3], rtol=1e-5)
    np.testing.assert_array_equal(answer["images"], training[answer["indices"]])
    assert answer["copy"] and answer["ratio"] < 1 / 3
    assert answer["images"].shape == (3, 8, 8)


def test_held_out_real_digits_score_like_real_digits(all_digits_reference):
    ref = all_digits_reference
    row = measure(ref.real, ref)
    assert row["quality"] == pytest.approx(1.0)
    assert row["classes"] == 10 and row["evenness"] > 0.97
    assert row["copies_real_baseline"] <= 0.01  # the held-out digits are new to the other 1,397
    assert row["copies"] == 1.0  # ... but every one of them is in the 1,797 training digits: a copy
    assert row["modes"] is None


def test_noise_scores_nothing_and_one_repeated_digit_is_not_even(digits, all_digits_reference):
    noise = np.random.default_rng(0).random((200, 8, 8), dtype=np.float32)
    row = measure(noise, all_digits_reference)
    assert row["quality"] < 0.1 and row["copies"] == 0
    repeated = np.repeat(digits.x[:1], 200, axis=0)
    row = measure(repeated, all_digits_reference)
    assert row["classes"] == 1 and row["evenness"] == 0.0 and row["copies"] == 1.0


def test_evenness_is_the_normalised_entropy():
    assert evenness(np.full(10, 7)) == pytest.approx(1.0)
    assert evenness(np.array([5, 5, 0, 0])) == pytest.approx(0.5)
    assert evenness(np.zeros(10)) == 0.0


def test_a_small_training_set_is_the_baseline_s_reference_without_the_held_out_digits():
    subset = load_dataset("digits", n=100, seed=3)
    ref = reference(subset, seed=3)
    assert len(ref.real) == 400 and len(ref.real_distances) == 400
    others = without(subset.x, ref.real)
    assert 0 < len(others) <= 100
    assert not is_copy(ref.real, others).mean() > 0.05


def test_a_ring_is_judged_by_its_modes():
    ring = load_dataset("ring")
    ref = reference(ring, seed=0)
    row = measure(ref.real, ref)
    assert row["modes"] == 8 and row["modes_total"] == 8 and row["near_mode"] > 0.95
    assert row["quality"] is None and row["classes"] is None
    collapsed = np.repeat(ring.modes[:1], 300, axis=0)
    assert measure(collapsed, ref)["modes"] == 1
