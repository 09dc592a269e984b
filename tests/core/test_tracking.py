"""One quantity followed over the whole timeline: measured at each kept step with that step's weights, a few at a
time, again when what is tracked changes, and forgotten for steps no longer kept."""

import math
import time

import numpy as np
import pytest

from genviz.core.tracking import Tracker
from tests.core.counting_session import WeightedCountingSession


def trained(session, steps, probe=None):
    session.timeline.offer(session, math.nan)
    for _ in range(steps):
        session.timeline.offer(session, session.step())
    return following(session, probe)


def following(session, probe=None):
    """A tracker following what the session tracks for `probe`, nothing measured yet."""
    tracker = Tracker()
    tracker.follow(session.tracking(probe or {}))
    return tracker


def filled(session, tracker):
    while tracker.fill(session):
        pass
    return tracker.curve(session.timeline.steps)


def test_each_kept_step_is_measured_with_its_own_weights_and_the_present_comes_back():
    session = WeightedCountingSession()
    tracker = trained(session, 300)
    curve = filled(session, tracker)
    assert curve["values"][1:].tolist() == session.timeline.steps[1:]  # the weight is the step it was kept at
    # (exactly: half precision holds whole numbers up to 2,048)
    assert session.net.bias.item() == 300 and curve["low"] == 0 and curve["high"] == 1e4


def test_measuring_stops_after_its_budget_newest_first_and_goes_on_later():
    session = WeightedCountingSession()
    tracker = trained(session, 100)
    assert tracker.fill(session, budget_s=0.0)
    values = tracker.curve(session.timeline.steps)["values"]
    assert np.isnan(values[:-1]).all() and values[-1] == session.timeline.steps[-1]  # one measured: the newest
    assert np.isfinite(filled(session, tracker)["values"]).all()
    assert not tracker.fill(session)  # nothing left: the host's loop may sleep again


def test_the_same_quantity_keeps_its_values_and_another_is_measured_again():
    session = WeightedCountingSession()
    tracker = trained(session, 50)
    first = filled(session, tracker)
    tracker.follow(session.tracking({}))
    assert tracker.curve(session.timeline.steps) is first  # unchanged: a snapshot sends it once
    tracker.follow(session.tracking({"track": 3}))
    assert np.isnan(tracker.curve(session.timeline.steps)["values"]).all()
    tracker.follow(None)
    assert tracker.curve(session.timeline.steps) is None


def test_steps_thinned_from_the_timeline_leave_the_curve():
    session = WeightedCountingSession()
    tracker = trained(session, 200)
    filled(session, tracker)
    for _ in range(3000):
        session.timeline.offer(session, session.step())
    curve = tracker.curve(session.timeline.steps)
    assert len(curve["values"]) == len(session.timeline.steps) <= 64
    assert set(tracker.values) <= set(session.timeline.steps)
    assert np.isnan(curve["values"][-1])  # the new latest step, not measured yet


@pytest.fixture(scope="module")
def text_session():
    """The Text lab's default model after 600 steps with its timeline: each test follows its own quantity over it
    (measuring restores the present weights)."""
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession

    session = TextSession(TextConfig())
    trained(session, 600)
    return session


@pytest.mark.parametrize("token", [None, "Lima"])
def test_the_text_lab_follows_a_tokens_probability_from_near_zero(text_session, token):
    session = text_session
    probe = {"prompt": "The capital of France is"}
    if token:
        probe["track"] = session.predictor.tokenizer.encode(" " + token)[0]
    curve = filled(session, following(session, probe))
    expected = "Paris" if token is None else token  # the favourite after training, or the token asked for
    assert str(curve["name"]) == f'P("{expected}" | the text)'
    assert curve["values"][0] < 0.05
    if token is None:
        assert curve["values"][-1] > 0.5 and curve["values"][-1] > 10 * curve["values"][0]


def test_the_gan_follows_the_modes_it_covers_on_the_ring():
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.session import GanSession

    session = GanSession(GanConfig())
    curve = filled(session, trained(session, 1500))
    assert str(curve["name"]) == "Modes covered (of 8)" and curve["high"] == 8
    assert curve["values"][0] <= 2 and curve["values"][-1] >= 6


def test_the_gan_on_digits_follows_the_share_of_fakes_that_look_like_digits_once_the_judge_is_ready():
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.session import GanSession

    session = GanSession(GanConfig(data="digits"))
    deadline = time.perf_counter() + 60
    while session.tracking({}) is None:  # the judge is fitted on a thread: training never waits for it
        assert time.perf_counter() < deadline
        time.sleep(0.05)
    curve = filled(session, trained(session, 50))
    assert str(curve["name"]) == "Samples that look like digits"
    assert ((curve["values"] >= 0) & (curve["values"] <= 1)).all()


def test_the_gan_on_data_without_modes_follows_how_far_d_tells_real_from_fake():
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.session import GanSession

    session = GanSession(GanConfig(data="moons"))
    curve = filled(session, trained(session, 100))
    assert str(curve["name"]) == "D(real) - D(fake)" and (curve["low"], curve["high"]) == (-1, 1)
    assert np.abs(curve["values"]).max() <= 1 and len(set(curve["values"].round(6))) > 1


@pytest.mark.parametrize("lab", ["vae", "diffusion", "pixels"])
def test_the_image_labs_on_the_digits_follow_the_share_of_samples_that_look_like_digits(lab):
    from importlib import import_module

    module = import_module(f"genviz.core.{lab}.session")
    session_class = next(value for name, value in vars(module).items()
                         if name.endswith("Session") and name != "Session" and isinstance(value, type))
    config_module = import_module(f"genviz.core.{lab}.config")
    config_class = next(value for name, value in vars(config_module).items() if name.endswith("Config"))
    session = session_class(config_class())
    deadline = time.perf_counter() + 60
    while session.tracking({}) is None:  # the judge is fitted on a thread
        assert time.perf_counter() < deadline
        time.sleep(0.05)
    curve = filled(session, trained(session, 30))
    assert str(curve["name"]) == "Samples that look like digits" and (curve["low"], curve["high"]) == (0, 1)
    assert ((curve["values"] >= 0) & (curve["values"] <= 1)).all()
    assert session.tracking({}).measure() == session.tracking({}).measure()  # the same noise: a steady curve


def test_while_training_measuring_takes_at_most_its_share_of_the_time():
    session = WeightedCountingSession()
    tracker = trained(session, 100)
    slow = session.tracking({})
    tracker.follow(type(slow)(slow.key, slow.name, lambda: time.sleep(0.02) or 1.0, 0, 1))
    start = time.perf_counter()
    assert tracker.fill(session, budget_s=0.0, share=0.1)
    spent = time.perf_counter() - start  # 20 ms or more (a busy machine's sleep lasts longer)
    assert not tracker.fill(session, budget_s=0.0, share=0.1)  # none until 10 times that has passed since
    time.sleep(max(0.0, start + spent / 0.1 - time.perf_counter()))  # the fill's own measure is within these
    assert tracker.fill(session, budget_s=0.0, share=0.1)
