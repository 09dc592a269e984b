"""The GAN lab's window: start, one player at a time, presets, slow motion, drawing your own data, images."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from genviz.qt.gan.view import GanLabView
from genviz.qt.main_window import MainWindow

TIMEOUT = 30_000  # ms: a shared two-core machine may be slow to import torch


@pytest.fixture
def lab(qtbot, settings):
    view = GanLabView()
    for box, value in ((view.settings.width, 16), (view.settings.depth, 1), (view.settings.batch_size, 32)):
        box.setValue(value)  # a tiny GAN: the tests check behaviour, not quality
    window = MainWindow({"gan": view}, settings)
    qtbot.addWidget(window)
    window.show()
    controller = window.controllers["gan"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=TIMEOUT)
    yield window, view, controller
    window.close()


def test_training_draws_fakes_over_the_discriminators_heat_map(qtbot, lab):
    window, view, controller = lab
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 30, timeout=TIMEOUT)
    window.transport.train_button.setChecked(False)
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"], timeout=TIMEOUT)  # paused, drawn in full
    assert view.pictures.currentWidget() is view.plane
    assert view.plane.fakes.count() == len(controller.last_snapshot["fakes"])
    assert view.plane.heatmap.image.shape == controller.last_snapshot["heatmap"].shape
    assert "D(real)" in view.readout.text() and "modes covered" in view.readout.text()
    assert len(view.duel._loss_curves.curves["generator"].xData) > 0


def test_train_d_once_and_train_g_once_update_one_player_each(qtbot, lab):
    _, view, controller = lab
    view.train_d.click()
    qtbot.waitUntil(lambda: view.last_action.text().startswith("D trained once"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.last_snapshot["d_updates"] == 1, timeout=TIMEOUT)
    assert controller.last_snapshot["g_updates"] == 0
    fakes_before = controller.last_snapshot["fakes"]
    view.train_g.click()
    qtbot.waitUntil(lambda: view.last_action.text().startswith("G trained once"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.last_snapshot["g_updates"] == 1, timeout=TIMEOUT)
    assert controller.last_snapshot["d_updates"] == 1
    assert not np.allclose(controller.last_snapshot["fakes"], fakes_before)


def test_a_preset_changes_the_settings_and_trains_a_new_run(qtbot, lab):
    _, view, controller = lab
    run = controller.run_id
    view.settings.preset_buttons["d-wins"].click()
    qtbot.waitUntil(lambda: controller.run_id > run, timeout=TIMEOUT)
    assert view.settings.loss.currentData() == "minimax" and view.settings.d_steps.value() == 5
    assert view.settings.watch.text().startswith("<b>Watch:</b>")
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 1, timeout=TIMEOUT)  # it trains by itself
    snapshot = controller.last_snapshot
    assert snapshot["d_updates"] == 5 * snapshot["step"] and snapshot["g_updates"] == snapshot["step"]


def test_the_slow_motion_walks_through_six_sub_steps_and_returns_to_live(qtbot, lab):
    _, view, controller = lab
    view.walkthrough.auto.setChecked(False)
    view.walkthrough.start_button.click()
    qtbot.waitUntil(lambda: view.walkthrough.playing, timeout=TIMEOUT)
    assert "noise" in view.walkthrough.sentence.text()
    assert "background" in view.walkthrough.labels[0].styleSheet()
    seen = [view.walkthrough.sentence.text()]
    for _ in range(5):
        view.walkthrough.next_button.click()
        seen.append(view.walkthrough.sentence.text())
    assert len(set(seen)) == 6 and "background" in view.walkthrough.labels[5].styleSheet()
    assert view.plane.fakes.count() == 32  # the update's batch, not the fixed-noise fakes
    with qtbot.waitSignal(view.walkthrough.finished, timeout=TIMEOUT):
        view.walkthrough.next_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1, timeout=TIMEOUT)
    assert view.plane.fakes.count() == len(controller.last_snapshot["fakes"])  # back to the live picture
    assert view.plane.real.count() == len(controller.last_snapshot["real"])


def _drag(widget, points):
    """Press, move through points with the left button held, release: what a hand drawing does."""
    first = QPoint(*points[0])
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(first), QPointF(first),
                                               Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                               Qt.KeyboardModifier.NoModifier))
    for x, y in points[1:]:
        QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseMove, QPointF(x, y), QPointF(x, y),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                   Qt.KeyboardModifier.NoModifier))
    last = QPointF(*points[-1])
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseButtonRelease, last, last, Qt.MouseButton.LeftButton,
                                               Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_drawing_your_own_points_trains_a_gan_on_them(qtbot, lab):
    _, view, controller = lab
    messages = []
    view.message.connect(messages.append)
    view.train_drawing.click()
    assert messages and "Draw at least" in messages[0]
    view.draw_mode.setChecked(True)
    viewport = view.plane.plot.viewport()
    centre = viewport.rect().center()
    _drag(viewport, [(centre.x() + dx, centre.y() - dx // 2) for dx in range(0, 100, 10)])
    drawn = view.plane.drawn_points()
    assert len(drawn) == 40 and "40 points" in view.train_drawing.text()
    assert drawn[-1, 0] > drawn[0, 0] and drawn[-1, 1] > drawn[0, 1]  # screen y grows downwards, plane y upwards
    run = controller.run_id
    view.train_drawing.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["data"] == "drawn", timeout=TIMEOUT)
    snapshot = controller.last_snapshot
    assert controller.run_id > run and len(snapshot["real"]) == 40
    assert set(map(tuple, snapshot["real"])) <= set(map(tuple, drawn))
    assert not view.draw_mode.isChecked()


def test_digits_show_a_grid_of_fixed_noise_fakes_and_the_earlier_steps_strip(qtbot, lab):
    window, view, controller = lab
    run = controller.run_id
    view.select_data("digits")
    for box, value in ((view.settings.width, 16), (view.settings.depth, 1), (view.settings.batch_size, 32)):
        box.setValue(value)
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["data"] == "digits", timeout=TIMEOUT)
    assert controller.run_id > run
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 25, timeout=TIMEOUT)
    window.transport.train_button.setChecked(False)
    qtbot.waitUntil(lambda: not controller.training, timeout=TIMEOUT)
    assert view.pictures.currentWidget() is view.images and not view.plane_toggles.isVisible()
    assert view.images.fakes.image.image.shape == (53, 53)  # 6x6 tiles of 8 pixels, 1-pixel gaps between them
    assert view.images.strip.captions()[0][:2] == ["step 0", "step 25"]


def test_mnist_downloads_with_a_progress_bar_and_then_trains(qtbot, lab, tmp_path, monkeypatch):
    from genviz.core.data import idx
    from tests.core.test_idx import remote_file, write_mnist

    served = tmp_path / "served"
    served.mkdir()
    write_mnist(served, count=6)
    names = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")
    files = tuple(remote_file(served / name, name) for name in names)
    monkeypatch.setitem(idx.SOURCES, "mnist", files)  # local files: tests never touch the network
    monkeypatch.setenv("GENVIZ_CACHE", str(tmp_path / "cache"))
    _, view, controller = lab
    view.select_data("mnist")
    assert view.settings._form.isRowVisible(view.settings.download_row)
    run = controller.run_id
    shown = []
    view.settings.download_progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(view.downloader.finished, timeout=TIMEOUT):
        view.settings.download.click()
    assert 100 in shown
    assert not view.settings._form.isRowVisible(view.settings.download_row)
    qtbot.waitUntil(lambda: controller.last_snapshot["data"] == "mnist", timeout=TIMEOUT)
    assert controller.run_id > run and controller.last_snapshot["fakes"].shape[1:] == (28, 28)
