"""Window state that survives a restart, font scaling for the projector, and the device shown."""

from genviz.qt import main_window
from genviz.qt.app import create_window
from genviz.qt.main_window import FRAME_MS


def test_window_state_and_font_scale_survive_a_restart(qtbot, settings):
    first = create_window(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1111, 777)
    first.set_font_scale(1.5)
    first.close()

    assert settings.value("window/geometry") is not None
    second = create_window(settings)
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.font_scale == 1.5
    finally:
        second.set_font_scale(1.0)
        second.close()


def test_larger_text_grows_fonts_and_plots(qtbot, window):
    before = window.font().pointSizeF()
    window.set_font_scale(2.0)
    qtbot.waitUntil(lambda: window.font().pointSizeF() > before * 1.5)  # Qt spreads the new font by events
    assert window.transport.train_button.font().pointSizeF() > before * 1.5
    view = window.controllers["text"].view
    assert view.loss_plot.getAxis("left").label.font().pointSizeF() > before * 1.5
    window.set_font_scale(1.0)


def test_status_bar_names_the_device(qtbot, window):
    qtbot.waitUntil(lambda: window.device_label.text().startswith("running on"), timeout=60_000)
    assert "CPU" in window.device_label.text() or "GPU" in window.device_label.text()


def test_a_lab_is_built_and_started_when_its_tab_is_first_shown(qtbot, window):
    assert list(window.controllers) == ["text"]  # the window opens without building the other labs
    assert window.tabs.tabText(1) == "GAN" and "generator" in window.tabs.tabToolTip(1)
    qtbot.waitUntil(lambda: window.controllers["text"].handle is not None)  # started once the window painted
    window.tabs.setCurrentIndex(window.lab_names.index("vae"))
    assert window.current_name == "vae" and window.tabs.currentWidget() is window.controllers["vae"].view
    qtbot.waitUntil(lambda: window.controllers["vae"].last_snapshot is not None, timeout=60_000)
    assert "gan" not in window.controllers


def test_frames_keep_coming_while_training_at_full_speed(qtbot, window):
    """Training runs in its own process: frames are no longer held back to leave it time."""
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=60_000)
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: controller.last_snapshot["training"], timeout=20_000)
    drawn = []
    controller.snapshot_drawn.connect(drawn.append)
    qtbot.wait(1000)
    window.transport.train_button.setChecked(False)
    assert len(drawn) >= 3  # (how many a second is measured in benchmarks/gui_responsiveness.py)


def test_frames_come_less_often_only_when_drawing_would_take_half_the_gui_thread(window):
    window._drawing_s = 0.005  # a 5 ms frame: at the frame rate
    window._pace_frames()
    assert window.frame_timer.interval() == FRAME_MS
    window._drawing_s = 0.1  # a 100 ms frame: one every 200 ms
    window._pace_frames()
    assert window.frame_timer.interval() == 200


def test_on_two_cores_training_at_full_speed_draws_15_frames_a_second(window, monkeypatch):
    monkeypatch.setattr(main_window, "FEW_CORES", True)
    monkeypatch.setattr(window.current, "training", True)
    window._drawing_s = 0.005
    window._pace_frames()
    assert window.frame_timer.interval() == main_window.FEW_CORES_TRAINING_FRAME_MS
    window.current.speed = 10.0  # at a chosen speed training waits anyway: every frame
    window._pace_frames()
    assert window.frame_timer.interval() == FRAME_MS


def test_the_speed_box_holds_for_the_lab_switched_to(qtbot, window):
    window.transport.speed.setCurrentIndex(window.transport.speed.findData(10.0))
    assert window.current.speed == 10.0
    window.tabs.setCurrentIndex(window.lab_names.index("gan"))
    assert window.current_name == "gan" and window.current.speed == 10.0


def test_the_status_bar_speaks_of_the_lab_shown(qtbot, window):
    qtbot.waitUntil(lambda: window.current.last_snapshot is not None, timeout=60_000)
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: window.step_label.text() == "step 1")
    window.tabs.setCurrentIndex(window.lab_names.index("vae"))
    assert window.step_label.text() == "step —"  # until the VAE's own first snapshot, not the Text lab's
