"""The training timeline: which steps are kept, the past shown and put back, training again from a kept step."""

import itertools
import math

import pytest

from genviz.core.timeline import Timeline, branch, showing_past
from tests.core.counting_session import WeightedCountingSession


def kept_steps(total, **limits):
    timeline = Timeline(**limits)
    for step in range(total + 1):
        if timeline.due(step):
            timeline.keep(step, 1.0, {})
    return timeline.steps


def test_every_step_is_kept_at_first_and_later_ones_ever_further_apart():
    steps = kept_steps(100)
    assert steps[:17] == list(range(17))
    gaps = [b - a for a, b in itertools.pairwise(steps)]
    assert gaps == sorted(gaps) and gaps[-1] > 1


def test_the_number_kept_is_bounded_and_the_first_and_latest_stay():
    steps = kept_steps(20_000, max_checkpoints=64)
    assert len(steps) == 64
    assert steps[0] == 0 and steps[-1] >= 20_000 - 20_000 // 16
    early = sum(1 for step in steps if step < 2_000)  # a tenth of the run ...
    assert early > 64 // 4  # ... keeps far more than a tenth of the checkpoints: early change is fast


def test_a_memory_budget_bounds_the_count_too():
    import torch

    timeline = Timeline(max_checkpoints=64, budget_bytes=10 * 4000)  # ten checkpoints of 2,000 half floats
    for step in range(200):
        if timeline.due(step):
            timeline.keep(step, 1.0, {"w": torch.zeros(2000, dtype=torch.float16)})
    assert len(timeline.steps) == 10 and timeline.nbytes <= 40_000
    assert timeline.steps[0] == 0


def test_the_nearest_kept_step_is_found():
    timeline = Timeline()
    for step in (0, 10, 20):
        timeline.keep(step, 1.0, {})
    assert [timeline.nearest(s).step for s in (-5, 4, 6, 15, 16, 99)] == [0, 0, 10, 10, 20, 20]


def trained(steps):
    session = WeightedCountingSession()
    session.timeline.offer(session, math.nan)
    for _ in range(steps):
        session.timeline.offer(session, session.step())
    return session


def test_the_past_is_shown_and_the_present_comes_back_exactly():
    session = trained(40)
    with showing_past(session, 12) as shown:
        assert shown == 12 and session.step_count == 12
        assert session.net.bias.item() == 12.0
        assert session.snapshot({})["weight_step"] == 12.0
    assert session.step_count == 40 and session.net.bias.item() == 40.0
    with showing_past(session, None) as shown:
        assert shown is None and session.net.bias.item() == 40.0


def test_training_from_a_kept_step_forgets_what_came_after():
    session = trained(40)
    session.step()  # momentum builds up in the optimizer's state
    assert branch(session, 10) == 10
    assert session.step_count == 10 and session.net.bias.item() == 10.0
    assert session.timeline.steps[-1] == 10
    assert session.history.arrays()["train"][-1, 0] <= 10
    assert not session._optimizer.state  # the optimizer starts afresh from the old weights
    session.step()
    assert session.step_count == 11


def test_nothing_kept_means_the_present():
    session = WeightedCountingSession()
    with showing_past(session, 5) as shown:
        assert shown is None
    with pytest.raises(LookupError):
        session.timeline.nearest(5)


def test_a_past_steps_pictures_are_made_once_however_often_the_slider_comes_back_to_it():
    session = trained(40)
    with showing_past(session, 12):
        first = session._picture
        assert session.snapshot({})["pictured_step"] == 12
    with showing_past(session, 20):
        assert session._picture is not first and session.snapshot({})["pictured_step"] == 20
    with showing_past(session, 12):
        assert session._picture is first and first.value == 12  # kept, not made again
    assert session.snapshot({})["pictured_step"] == 40  # the present's own picture


def test_a_model_file_keeps_the_timeline_thinned_to_its_byte_budget_by_the_same_rule():
    import torch

    timeline = Timeline(max_checkpoints=64, file_budget_bytes=10 * 4000)  # ten checkpoints of 2,000 half floats
    for step in range(2000):
        if timeline.due(step):
            timeline.keep(step, 1.0, {"w": torch.full((2000,), float(step), dtype=torch.float16)})
    saved = [entry["step"] for entry in timeline.metadata()]
    assert len(timeline.steps) == 64 and len(saved) == 10  # the run keeps all its steps; only the file is thinned
    assert saved[0] == 0 and saved[-1] == timeline.steps[-1] and set(saved) <= set(timeline.steps)
    assert {name.split(".")[1] for name in timeline.tensors()} == {str(index) for index in range(10)}
    ratios = [b / a for a, b in itertools.pairwise(saved[1:])]
    assert max(ratios) < 4 * min(ratios)  # still spread on a logarithmic scale


def test_the_past_shows_the_loss_curves_as_they_were_then():
    session = trained(40)
    with showing_past(session, 12):
        assert session.snapshot({})["history"]["train"][:, 0].max() == 12
    assert session.snapshot({})["history"]["train"][:, 0].max() == 40
