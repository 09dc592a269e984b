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


def test_an_empty_loss_plot_shows_the_first_hundred_steps_also_after_a_reset(qtbot):
    import numpy as np

    from genviz.qt.widgets.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)

    def x_range():
        return plot.plot_item.viewRange()[0]

    assert x_range()[1] == pytest.approx(102, abs=1)  # 0..100 steps with 2% padding, not pyqtgraph's 0..1
    plot.update_curves({"train": np.array([[i, 5.0 - i / 1000] for i in range(0, 4000, 10)], dtype=float)})
    assert x_range()[1] > 4000
    plot.clear_curves()
    assert x_range()[1] == pytest.approx(102, abs=1)
