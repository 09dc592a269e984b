import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from genviz.core.errors import ConfigError
from genviz.core.sampling import (
    Distribution,
    cumulative_in_display_order,
    draw,
    greedy,
    sampling_distribution,
    softmax,
    top_tokens,
)

# Logits on a grid of quarters: ties are exact and distinct values stay distinct after scaling.
logit_vectors = arrays(
    np.float64,
    st.integers(1, 40),
    elements=st.integers(-40, 40).map(lambda i: i / 4),
)
temperatures = st.floats(0.1, 3.0)
top_ks = st.one_of(st.none(), st.integers(0, 50))
top_ps = st.one_of(st.none(), st.floats(0.01, 1.0))
SETTINGS = settings(max_examples=60, deadline=None)


def test_softmax_is_stable_for_huge_logits():
    probs = softmax(np.array([1000.0, 1001.0, -1000.0]))
    assert np.all(np.isfinite(probs))
    assert probs.sum() == pytest.approx(1.0)
    assert probs[1] > probs[0] > probs[2]


def test_softmax_at_high_temperature_flattens():
    logits = np.array([0.0, 1.0, 2.0])
    assert softmax(logits, 3.0).max() < softmax(logits, 1.0).max()


@SETTINGS
@given(logit_vectors, temperatures, top_ks, top_ps)
def test_filtered_is_a_distribution_over_kept_tokens(logits, temperature, top_k, top_p):
    dist = sampling_distribution(logits, temperature, top_k, top_p)
    assert dist.filtered.dtype == np.float64
    assert np.all(dist.filtered >= 0)
    assert dist.filtered.sum() == pytest.approx(1.0)
    assert np.all(dist.filtered[~dist.kept] == 0)
    assert dist.kept.any()
    assert dist.raw == pytest.approx(softmax(logits))


@SETTINGS
@given(logit_vectors, temperatures, st.integers(1, 50))
def test_top_k_keeps_the_k_most_probable_tokens(logits, temperature, k):
    dist = sampling_distribution(logits, temperature, top_k=k)
    assert dist.kept.sum() == min(k, logits.size)
    if dist.kept.sum() < logits.size:
        assert dist.raw[dist.kept].min() >= dist.raw[~dist.kept].max()


@SETTINGS
@given(logit_vectors, temperatures, st.floats(0.01, 0.999))
def test_top_p_keeps_the_smallest_set_that_reaches_p(logits, temperature, p):
    dist = sampling_distribution(logits, temperature, top_p=p)
    probs = softmax(logits, temperature)
    kept_mass = probs[dist.kept].sum()
    least_kept = probs[dist.kept].min()
    assert kept_mass >= p - 1e-9
    assert kept_mass - least_kept < p + 1e-9
    if not dist.kept.all():
        assert least_kept >= probs[~dist.kept].max()


@SETTINGS
@given(logit_vectors, temperatures, st.integers(1, 50), st.floats(0.01, 0.999))
def test_top_p_applies_to_what_top_k_left(logits, temperature, k, p):
    dist = sampling_distribution(logits, temperature, top_k=k, top_p=p)
    top_k_only = sampling_distribution(logits, temperature, top_k=k)
    assert not np.any(dist.kept & ~top_k_only.kept)
    kept_mass = top_k_only.filtered[dist.kept].sum()
    assert kept_mass >= p - 1e-9
    assert kept_mass - top_k_only.filtered[dist.kept].min() < p + 1e-9


def test_filters_switched_off_keep_everything():
    logits = np.array([3.0, 1.0, 0.0, -2.0])
    for top_k, top_p in ((None, None), (0, 1.0)):
        dist = sampling_distribution(logits, 1.0, top_k, top_p)
        assert dist.kept.all()
        assert dist.filtered == pytest.approx(dist.raw)


def test_top_k_ties_keep_the_lower_index():
    dist = sampling_distribution(np.array([1.0, 2.0, 2.0, 2.0]), top_k=2)
    assert dist.kept.tolist() == [False, True, True, False]


@SETTINGS
@given(logit_vectors, temperatures, top_ks, top_ps)
def test_greedy_picks_the_models_most_probable_token(logits, temperature, top_k, top_p):
    dist = sampling_distribution(logits, temperature, top_k, top_p)
    assert greedy(dist) == int(np.argmax(dist.raw))


@SETTINGS
@given(logit_vectors)
def test_low_temperature_concentrates_on_the_argmax(logits):
    best = int(np.argmax(logits))
    logits = logits.copy()
    logits[best] = logits.max() + 5.0
    dist = sampling_distribution(logits, temperature=0.1)
    assert dist.filtered[best] > 0.999


@pytest.mark.parametrize("temperature", [0.0, 0.09, 3.01, -1.0])
def test_temperature_outside_its_range_is_refused(temperature):
    with pytest.raises(ConfigError, match="Temperature"):
        sampling_distribution(np.zeros(3), temperature)


@pytest.mark.parametrize(("top_k", "top_p"), [(-1, None), (None, 0.0), (None, 1.5)])
def test_bad_top_k_or_top_p_is_refused(top_k, top_p):
    with pytest.raises(ConfigError):
        sampling_distribution(np.zeros(3), 1.0, top_k, top_p)


def test_distribution_arrays_are_read_only():
    dist = sampling_distribution(np.array([1.0, 2.0]))
    assert isinstance(dist, Distribution)
    with pytest.raises(ValueError, match="read-only"):
        dist.filtered[0] = 1.0


@SETTINGS
@given(logit_vectors, temperatures, top_ks, top_ps, st.floats(0.0, 1.0, exclude_max=True))
def test_draw_returns_a_kept_token(logits, temperature, top_k, top_p, u):
    dist = sampling_distribution(logits, temperature, top_k, top_p)
    token = draw(dist.filtered, u)
    assert dist.kept[token]
    assert dist.filtered[token] > 0


@settings(max_examples=20, deadline=None)
@given(logit_vectors, temperatures, top_ks, top_ps)
def test_draw_with_uniform_u_reproduces_the_probabilities(logits, temperature, top_k, top_p):
    dist = sampling_distribution(logits, temperature, top_k, top_p)
    n = 1000
    grid = (np.arange(n) + 0.5) / n
    counts = np.bincount([draw(dist.filtered, u) for u in grid], minlength=logits.size)
    assert np.all(np.abs(counts / n - dist.filtered) <= 1.0 / n + 1e-9)


def test_draw_walks_the_bars_in_display_order():
    filtered = np.array([0.2, 0.5, 0.0, 0.3])
    order, cum = cumulative_in_display_order(filtered)
    assert order.tolist() == [1, 3, 0, 2]
    assert cum == pytest.approx([0.5, 0.8, 1.0, 1.0])
    assert [draw(filtered, u) for u in (0.0, 0.49, 0.5, 0.79, 0.8, 0.999999)] == [1, 1, 3, 3, 0, 0]


def test_draw_refuses_u_outside_the_unit_interval():
    with pytest.raises(ValueError, match="u must be"):
        draw(np.array([1.0]), 1.0)


@SETTINGS
@given(logit_vectors, st.integers(0, 50))
def test_top_tokens_shows_the_most_probable_and_the_rest(logits, n):
    probs = softmax(logits)
    indices, shown, rest = top_tokens(probs, n)
    assert len(indices) == min(n, probs.size)
    assert shown.tolist() == probs[indices].tolist()
    assert np.all(np.diff(shown) <= 0)
    assert shown.sum() + rest == pytest.approx(1.0)
    if 0 < len(indices) < probs.size:
        assert shown.min() >= np.delete(probs, indices).max()
