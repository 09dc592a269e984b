"""File > Save lesson's dialog: the title, and tick boxes for the controls the class will not see."""

import pytest

from genviz import cli
from genviz.core.lesson import HIDEABLE, read_lesson
from genviz.qt.lesson.saving import HIDE_LABELS, LessonDialog, LessonSaver
from tests.qt.untranslated import untranslated

START_TIMEOUT = 60_000  # a training process imports torch first
STEPS = 20


@pytest.fixture(scope="module")
def text_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("saving") / "text.safetensors"
    assert cli.main(["train", "text", "--steps", str(STEPS), "--out", str(path)]) == 0
    return path


def test_every_control_a_lesson_can_hide_has_a_tick_box():
    assert list(HIDE_LABELS) == list(HIDEABLE)


def test_the_ticks_start_as_the_window_shows_the_controls_and_saving_needs_a_title(qtbot, window):
    window.show_settings_column(False)  # View > Settings column off: the class does not see them now
    dialog = LessonDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.hidden_controls() == ["settings"]
    assert [box.text() for box in dialog.hide_boxes.values()] == [
        "The settings column", "The Train, Step and Reset bar", "The timeline slider", "The lab tabs"]
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.title, "   ")
    assert not dialog.save_button.isEnabled()  # a title of spaces is no title
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, " The capitals ")
    assert dialog.save_button.isEnabled() and dialog.lesson_title() == "The capitals"
    dialog.hide_boxes["timeline"].click()
    dialog.hide_boxes["settings"].click()
    assert dialog.hidden_controls() == ["timeline"]


def test_the_ticked_controls_are_what_every_lab_of_the_saved_lesson_hides(qtbot, window, text_model, tmp_path):
    controller = window.controllers["text"]
    window.open_model(text_model)
    qtbot.waitUntil(lambda: (controller.last_snapshot or {}).get("live_step") == STEPS, timeout=START_TIMEOUT)
    path = tmp_path / "ticked.genviz"
    saver = LessonSaver(window, path, "Ticked", ["transport", "tabs"])
    with qtbot.waitSignal(saver.finished, timeout=20_000):
        saver.start()
    lesson = read_lesson(path, tmp_path / "open")
    assert lesson.title == "Ticked" and [lab.lab for lab in lesson.labs] == ["text"]
    assert lesson.lab("text").hide == ["transport", "tabs"]


def test_the_dialog_shows_no_untranslated_text(qtbot, qapp, window):
    from genviz.qt.translation import ENGLISH, PSEUDO, install_language

    install_language(qapp, PSEUDO)
    try:
        dialog = LessonDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert untranslated(dialog) == []
    finally:
        install_language(qapp, ENGLISH)


def test_file_save_lesson_asks_with_the_dialog_and_keeps_the_enlarged_panel(qtbot, window, text_model, tmp_path,
                                                                           monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QFileDialog

    controller = window.controllers["text"]
    window.open_model(text_model)
    qtbot.waitUntil(lambda: (controller.last_snapshot or {}).get("live_step") == STEPS, timeout=START_TIMEOUT)
    window.panel_zoom.enlarge(controller.view, "probabilities")  # as a double-click on the bars does
    path = tmp_path / "asked.genviz"

    def answered(dialog):
        dialog.title.setText("Asked")
        dialog.hide_boxes["tabs"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LessonDialog, "exec", answered)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    next(a for a in window.findChildren(QAction) if a.text() == "Save l&esson…").trigger()
    qtbot.waitUntil(path.exists, timeout=20_000)
    lesson = read_lesson(path, tmp_path / "open")
    assert lesson.title == "Asked" and "tabs" in lesson.lab("text").hide
    assert lesson.steps[0].panel == "probabilities"
