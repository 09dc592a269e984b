""""Real or fake?": the quiz's mix of real images and a model's fakes, and the GAN's discriminator verdicts."""

import math

import numpy as np
import pytest
import torch

from genviz.core.errors import DataError
from genviz.core.gan.config import default_config
from genviz.core.gan.session import GanSession
from genviz.core.real_or_fake import FAKES, TILES, quiz_round
from genviz.core.timeline import showing_past

SMALL = {"depth": 1, "width": 16, "batch_size": 32}


def gan(data="digits") -> GanSession:
    return GanSession(default_config(data, **SMALL), None, torch.device("cpu"))


def test_a_round_mixes_real_rows_and_fakes_in_a_shuffled_grid_that_the_seed_repeats():
    real = np.arange(40 * 4, dtype=np.float32).reshape(40, 2, 2)
    quiz = quiz_round(real, lambda count: np.full((count, 2, 2), -1.0), seed=3)
    assert quiz["images"].shape == (TILES, 2, 2) and quiz["images"].dtype == np.float32
    assert FAKES[0] <= quiz["fake"].sum() <= FAKES[1]
    assert (quiz["images"][quiz["fake"]] == -1).all() and (quiz["rows"][quiz["fake"]] == -1).all()
    rows = quiz["rows"][~quiz["fake"]]
    assert len(set(rows)) == len(rows) and np.array_equal(quiz["images"][~quiz["fake"]], real[rows])
    again = quiz_round(real, lambda count: np.full((count, 2, 2), -1.0), seed=3)
    assert all(np.array_equal(quiz[key], again[key]) for key in quiz)
    counts = {int(quiz_round(real, lambda count: np.zeros((count, 2, 2)), seed)["fake"].sum()) for seed in range(40)}
    assert len(counts) > 3 and min(counts) >= FAKES[0] and max(counts) <= FAKES[1]  # the class cannot count


def test_the_gan_quiz_holds_16_digits_real_rows_fakes_and_ds_verdicts_in_0_to_1():
    session = gan()
    quiz = session.real_or_fake(7)
    assert quiz["images"].shape == (TILES, *session.dataset.x.shape[1:])
    real = ~quiz["fake"]
    assert np.array_equal(quiz["images"][real], session.dataset.x[quiz["rows"][real]])
    assert quiz["d_real"].shape == (TILES,) and ((quiz["d_real"] >= 0) & (quiz["d_real"] <= 1)).all()
    assert quiz["step"] == 0


def test_the_quiz_leaves_training_as_it_was():
    fakes = []
    for asked in (True, False):  # one session after the other: a session seeds torch's global generator too
        session = gan()
        if asked:
            session.real_or_fake(1)
        session.step()
        fakes.append(session.snapshot({})["fakes"])
    assert np.array_equal(*fakes)


def test_a_past_step_shown_on_the_timeline_answers_with_that_steps_weights():
    session = gan()
    session.timeline.offer(session, math.nan)
    untrained = session.real_or_fake(2)
    for _ in range(5):
        session.timeline.offer(session, session.step())
    with showing_past(session, 0):
        past = session.real_or_fake(2)
    # the timeline keeps weights in half precision
    assert past["step"] == 0 and np.allclose(past["d_real"], untrained["d_real"], atol=1e-3)
    assert not np.allclose(session.real_or_fake(2)["d_real"], untrained["d_real"])


def test_point_data_has_no_quiz():
    with pytest.raises(DataError, match="needs a data set of images"):
        gan("ring").real_or_fake(0)
