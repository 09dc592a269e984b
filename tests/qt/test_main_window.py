"""Window state that survives a restart, font scaling for the projector, the device shown, and View > Language
and Projector colours."""

import os
import sys
import time

from genviz.qt import main_window
from genviz.qt.app import create_window
from genviz.qt.main_window import FRAME_MS
from genviz.qt.translation import LANGUAGE_KEY, LANGUAGES


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
    # The first step waits for the training process to finish importing torch's compiler (host._warm_up)
    qtbot.waitUntil(lambda: controller.last_snapshot["training"] and controller.last_snapshot["step"] > 0,
                    timeout=20_000)
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


def test_a_step_while_paused_is_drawn_when_it_comes_not_at_the_next_frame(qtbot, window, monkeypatch):
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=60_000)
    controller.step()  # the first builds the optimizer, which waits for torch's compiler (host._warm_up)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1 and not controller.drawing, timeout=20_000)
    monkeypatch.setattr(window, "_pace_frames", lambda: None)
    window.frame_timer.start(2000)  # as if frames had to come seldom: the next tick is 2 s away
    window._frame_done_at = time.perf_counter()
    start = time.perf_counter()
    controller.step()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 2, timeout=20_000)
    assert time.perf_counter() - start < 1.5


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


def test_view_language_lists_each_language_in_its_own_name_and_ticks_the_one_in_use(qtbot, settings):
    settings.setValue(LANGUAGE_KEY, "de")
    window = create_window(settings)
    qtbot.addWidget(window)
    actions = window.language_actions.actions()
    assert [action.text() for action in actions] == list(LANGUAGES.values())
    assert [action.text() for action in actions if action.isChecked()] == ["Deutsch"]
    window.close()


def test_choosing_a_language_remembers_it_and_later_keeps_the_window(qtbot, window, settings):
    arabic = next(action for action in window.language_actions.actions() if action.data() == "ar")
    arabic.trigger()
    assert settings.value(LANGUAGE_KEY) == "ar" and arabic.isChecked()
    box = window.language_box
    qtbot.waitUntil(box.isVisible)
    later = next(button for button in box.buttons() if button.text() == "Later")
    later.click()
    assert window.isVisible()


def test_restart_now_starts_genviz_as_it_was_started_and_closes_the_window(qtbot, window, monkeypatch):
    started = []

    class Process:
        @staticmethod
        def startDetached(program, arguments, folder):
            started.append((program, arguments, folder))
            return True, 1

    monkeypatch.setattr(main_window, "QProcess", Process)
    window.choose_language("fr")
    restart = next(button for button in window.language_box.buttons() if button.text() == "Restart now")
    restart.click()
    assert started == [(sys.executable, sys.orig_argv[1:], os.getcwd())]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_restart_that_cannot_start_says_so_and_keeps_the_window(qtbot, window, monkeypatch):
    monkeypatch.setattr(main_window.QProcess, "startDetached", lambda *_: (False, -1))
    window.restart()
    assert window.isVisible() and not window.banner.isHidden()
    assert "could not start again" in window.banner.label.text()


def test_projector_colours_are_remembered_and_applied_at_the_next_start(qtbot, qapp, settings, monkeypatch):
    applied = []
    monkeypatch.setattr(main_window, "apply_projector_theme", lambda app, window, on: applied.append(on))
    first = create_window(settings)
    qtbot.addWidget(first)
    assert applied == [] and not first.projector_action.isChecked()  # off unless chosen: the system's colours
    first.projector_action.trigger()
    assert applied == [True] and settings.value("projector", type=bool)
    first.close()
    second = create_window(settings)
    qtbot.addWidget(second)
    assert applied == [True, True] and second.projector_action.isChecked()
    second.projector_action.trigger()
    assert applied == [True, True, False] and not settings.value("projector", type=bool)
    second.close()
