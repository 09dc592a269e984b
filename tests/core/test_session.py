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

    def get(updates: int, training: bool) -> int:
        return picture.get(updates, training, lambda: made.append(updates) or updates)

    picture = LivePicture(interval=3600)
    assert get(1, True) == 1  # the first: the interval starts with it
    assert get(2, True) == 1  # training, however few steps came since: it waits for the interval
    assert get(3, False) == 3  # paused, a step by hand: at once
    assert get(3, False) == 3 and get(4, True) == 3
    picture.refresh()
    assert get(500, True) == 500
    assert made == [1, 3, 500]


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_throttled_picture_keeps_its_rate_however_the_snapshots_fall_and_slows_down_when_it_is_costly(monkeypatch):
    from genviz.core import session as module

    clock = Clock()
    monkeypatch.setattr(module.time, "perf_counter", clock)
    made = []

    def compute(cost):
        def make():
            made.append(clock.now)
            clock.now += cost
            return object()
        return make

    cheap = LivePicture(0.2, share=0.5)
    for step in range(100):  # a snapshot every 0.13 s for 13 s: never exactly when a picture is due
        cheap.get(step, True, compute(0.0))
        clock.now += 0.13
    assert 4.8 <= len(made) / 13 <= 5.2  # 5 a second on average, not one every 2 snapshots (3.8 a second)
    made.clear()
    costly = LivePicture(0.2, share=0.25)
    for step in range(200):  # each costs 0.1 s: at most a quarter of the time
        costly.get(step, True, compute(0.1))
        clock.now += 0.05
    spent = 0.1 * len(made) / (clock.now - made[0])
    assert 0.2 <= spent <= 0.27
    value = costly.get(1000, False, compute(0.1))  # a step by hand: at once
    assert made[-1] == clock.now - 0.1 and costly.get(1000, False, compute(0.1)) is value
