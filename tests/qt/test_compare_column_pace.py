"""A Compare column's loss and step count, throttled while training, keep to their pace whatever pace its
family's snapshots come at."""

import math

import pytest

from genviz.core.session import next_due
from genviz.qt.compare.column import LOSS_EVERY_S


@pytest.mark.parametrize("arrivals_s", [0.05, 0.15, 0.3])
def test_a_throttled_panel_averages_one_redraw_an_interval_when_snapshots_come_faster(arrivals_s):
    due, drawn, seconds = -math.inf, 0, 30.0
    for index in range(int(seconds / arrivals_s)):
        now = index * arrivals_s
        if now >= due:
            due, drawn = next_due(due, now, LOSS_EVERY_S), drawn + 1
    expected = min(1 / LOSS_EVERY_S, 1 / arrivals_s)
    # Waiting an interval after each redraw instead would give 1 / 0.3 = 3.3 a second for snapshots 0.15 s apart.
    assert drawn / seconds == pytest.approx(expected, rel=0.05)


def test_after_a_pause_in_snapshots_a_panel_does_not_catch_up_with_a_burst():
    due = next_due(-math.inf, 0.0, LOSS_EVERY_S)
    due = next_due(due, 10.0, LOSS_EVERY_S)  # ten seconds without a snapshot
    assert due == pytest.approx(10.0)  # the next at most one interval early, not fifty at once
