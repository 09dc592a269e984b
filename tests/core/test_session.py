"""What every lab's session shares: the bounded loss history and the live pictures' rule."""

import math

import numpy as np

from genviz.core import session as session_module
from genviz.core.session import CURVE_POINTS, HISTORY_POINTS, LivePicture, LossHistory


def test_a_short_run_keeps_every_step_and_the_last_value_as_it_was():
    history = LossHistory()
    assert math.isnan(history.last("train")) and history.arrays() == {}
    for step in range(1, 11):
        history.add("train", step, float(step))
    curve = history.arrays()["train"]
    assert curve.tolist() == [[s, s] for s in range(1, 11)]
    assert history.last("train") == 10.0
    curve[:] = 0  # a copy: the history is unchanged
    assert history.arrays()["train"][0, 1] == 1.0


def test_values_of_one_step_make_one_point_shown_at_once():
    history = LossHistory()
    history.add("discriminator", 1, 1.0)
    history.add("discriminator", 1, 3.0)
    assert history.arrays()["discriminator"].tolist() == [[1, 2.0]]  # the point being filled is shown too
    assert history.last("discriminator") == 3.0


def test_a_long_run_keeps_a_bounded_evenly_spread_curve_of_means():
    history = LossHistory()
    steps = 10 * HISTORY_POINTS
    for step in range(1, steps + 1):
        history.add("train", step, float(step % 2))  # noise that averages to 0.5
    full = history.arrays(max_points=None)["train"]
    assert HISTORY_POINTS // 2 <= len(full) <= HISTORY_POINTS + 1
    assert full[0, 0] < 20 and full[-1, 0] == steps  # the whole run, up to the last step
    gaps = np.diff(full[:-1, 0])
    assert gaps.max() == gaps.min()  # evenly spread over the steps
    assert np.allclose(full[:-1, 1], 0.5)  # each point the mean of its steps
    assert len(history.arrays()["train"]) == CURVE_POINTS  # what is sent to be drawn


def test_merged_points_weigh_every_value_alike(monkeypatch):
    monkeypatch.setattr(session_module, "HISTORY_POINTS", 4)
    history = LossHistory()
    for step, value in ((1, 0.0), (1, 0.0), (1, 0.0), (2, 4.0), (3, 1.0), (4, 3.0), (5, 5.0)):
        history.add("d", step, value)
    # Steps 1 and 2 merge into (3 x 0 + 4) / 4, steps 3 and 4 into 2; step 5 is being filled.
    assert history.arrays()["d"].tolist() == [[2, 1.0], [4, 2.0], [5, 5.0]]


def test_a_live_picture_is_made_again_when_its_key_changes_but_while_training_at_most_once_an_interval():
    made = []

    def get(updates: int) -> int:
        return picture.get(updates, updates, lambda: made.append(updates) or updates)

    picture = LivePicture(interval=3600)
    assert get(1) == 1 and get(50) == 50  # the first two: the interval starts with the first
    assert get(100) == 50  # many updates since: training, so it waits for the interval
    assert get(52) == 52  # a step by hand (two updates since the last picture): at once
    picture.refresh()
    assert get(500) == 500
    assert made == [1, 50, 52, 500]
