"""Loss-plot axes: round numbers that change rarely while curves grow and wobble."""

import pytest

from genviz.qt.widgets.loss_plot import STEP_AXIS_STEPS, nice_ceiling, sticky_ceiling


@pytest.mark.parametrize(("value", "expected"), [(0.0, 1.0), (0.7, 0.8), (1.0, 1.0), (3.3, 4.0), (1234.0, 1500.0)])
def test_nice_ceiling_is_the_next_round_number(value, expected):
    assert nice_ceiling(value) == pytest.approx(expected)


def test_the_step_axis_grows_in_one_two_five_jumps():
    assert [nice_ceiling(v, STEP_AXIS_STEPS) for v in (120, 201, 777, 1001)] == [200, 500, 1000, 2000]


def test_sticky_ceiling_keeps_the_range_while_the_data_fills_more_than_half_of_it():
    assert sticky_ceiling(2.0, 1.1) == 2.0  # a wobble below the top: the axis stays
    assert sticky_ceiling(2.0, 0.9) == 1.0  # the data shrank to under half: a closer range
    assert sticky_ceiling(2.0, 2.1) == 2.5  # the data outgrew it
