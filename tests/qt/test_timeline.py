"""The training timeline in the window: drag back while training goes on, go live again, train from a kept step."""

import csv

import numpy as np
from PySide6.QtWidgets import QMessageBox

START_TIMEOUT = 60_000  # a training process imports torch first


def trained(qtbot, window, steps):
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= steps, timeout=30_000)
    return controller


def test_dragging_the_timeline_shows_the_past_while_training_goes_on_and_end_comes_back(qtbot, window):
    controller = trained(qtbot, window, 150)
    bar = window.timeline
    assert bar.isVisible() and bar.steps[0] == 0 and len(bar.steps) > 20
    bar.slider.setValue(1)  # the first step the model took
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] == bar.steps[1], timeout=5_000)
    past = controller.last_snapshot
    assert past["step"] == bar.steps[1] < past["live_step"]
    assert bar.notice.isVisible() and "the past" in bar.notice.text()
    assert window.step_label.text() == f"step {past['step']:,}"
    qtbot.waitUntil(lambda: controller.last_snapshot["live_step"] > past["live_step"] + 20, timeout=20_000)
    assert controller.training and controller.last_snapshot["viewing"] == past["viewing"]  # it kept training
    assert bar.branch_button.isEnabled()
    bar.go_live()
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] is None, timeout=5_000)
    assert controller.last_snapshot["step"] == controller.last_snapshot["live_step"]
    assert not bar.notice.isVisible() and not bar.branch_button.isEnabled()


def test_train_from_here_asks_then_trains_again_from_the_kept_step(qtbot, window, monkeypatch):
    controller = trained(qtbot, window, 150)
    bar = window.timeline
    window.transport.train_button.click()  # pause, so the step it goes back to is plain to see
    qtbot.waitUntil(lambda: not controller.training, timeout=5_000)
    bar.slider.setValue(10)
    step = bar.steps[10]
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] == step, timeout=5_000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    bar.branch_button.click()
    assert "forgets" in asked[0]
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] is None
                    and controller.last_snapshot["timeline"][-1, 0] < 150, timeout=10_000)
    assert controller.last_snapshot["step"] >= step
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] > step + 5, timeout=20_000)  # it trains on from there
    assert controller.training and not bar.notice.isVisible()


def test_the_timeline_follows_a_probed_words_probability_step_by_step(qtbot, window):
    controller = trained(qtbot, window, 100)
    bar, view = window.timeline, controller.view
    view.probabilities.probe.word.setText("Lima")
    view.probabilities.probe.word.returnPressed.emit()
    qtbot.waitUntil(lambda: bar.tracked.isVisible() and '"Lima"' in bar.tracked.text(), timeout=10_000)
    tracked = controller.last_snapshot["tracked"]
    assert bar.slider.tracked is tracked["values"] and tracked["high"] == 1.0
    qtbot.waitUntil(lambda: np.isfinite(controller.last_snapshot["tracked"]["values"]).all(), timeout=10_000)
    bar.slider.setValue(0)  # the untrained model: the label says what it gave "Lima" then
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] == 0, timeout=5_000)
    value = controller.last_snapshot["tracked"]["values"][0]
    assert bar.tracked.text() == f'P("Lima" | the text): {value:.2f}'


def test_the_timeline_saves_its_steps_losses_and_tracked_quantity_as_a_table(qtbot, window, tmp_path):
    controller = trained(qtbot, window, 100)
    bar = window.timeline
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.training, timeout=5_000)
    # Paused, the training process measures every kept step at once (while training, at 5% of the time).
    qtbot.waitUntil(lambda: bar.tracked.isVisible()
                    and np.isfinite(controller.last_snapshot["tracked"]["values"]).all(), timeout=20_000)
    rows = list(csv.reader(bar.write_csv(str(tmp_path / "timeline.csv")).read_text(encoding="utf-8").splitlines()))
    assert rows[0][:2] == ["step", "training loss"] and rows[0][2].startswith("P(")
    assert [int(row[0]) for row in rows[1:]] == bar.steps
    assert rows[1][1] == "" and float(rows[-1][1]) > 0  # the untrained start has no loss yet
    assert 0 <= float(rows[-1][2]) <= 1
