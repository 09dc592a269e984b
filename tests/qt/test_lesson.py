"""Lessons in the window: opened without training, stepped with a clicker's keys, presented, refused, saved."""

import json
import zipfile

import pytest
from PySide6.QtCore import Qt

from genviz import cli
from genviz.core.lesson import Lesson, LessonLab, LessonStep, read_lesson, write_lesson

START_TIMEOUT = 60_000  # a training process imports torch first
TEXT_STEPS, GAN_STEPS = 40, 200


@pytest.fixture(scope="module")
def lesson_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lesson")
    text, gan = folder / "text.safetensors", folder / "gan.safetensors"
    assert cli.main(["train", "text", "--steps", str(TEXT_STEPS), "--out", str(text)]) == 0
    assert cli.main(["train", "gan", "--data", "ring", "--steps", str(GAN_STEPS), "--out", str(gan)]) == 0
    lesson = Lesson("Two labs", labs=[
        LessonLab("text", "text.safetensors", prompt="The capital of Spain is", hide=["settings", "transport"]),
        LessonLab("gan", "gan.safetensors")], steps=[
        LessonStep("## Untrained\n\nWhat will it say?", "text", 0),
        LessonStep("## Trained", "text"),
        LessonStep("## The ring, half way", "gan", 100)])
    path = folder / "two.genviz"
    write_lesson(path, lesson, {"text": text, "gan": gan})
    return path


def opened(qtbot, window, path):
    window.open_lesson(path)
    player = window.lesson_player
    qtbot.waitUntil(lambda: player.shown, timeout=START_TIMEOUT)
    return player


def shown(qtbot, player, index):
    qtbot.waitUntil(lambda: player.shown and player.index == index, timeout=START_TIMEOUT)


def gan_model_asked(window) -> bool:
    controller = window.controllers.get("gan")
    return controller is not None and controller.spec is not None and "gan.safetensors" in str(controller.spec.args)


def test_a_lesson_opens_at_its_first_step_with_its_models_and_nothing_trains(qtbot, window, lesson_file):
    window.open_lesson(lesson_file)
    player = window.lesson_player
    at_first_step = []  # the GAN lab's model is asked for only once the first step is on screen
    player.step_shown.connect(lambda index: at_first_step.append(gan_model_asked(window)))
    qtbot.waitUntil(lambda: player.shown, timeout=START_TIMEOUT)
    assert at_first_step == [False] and gan_model_asked(window)
    text = window.controllers["text"]
    assert window.current_name == "text"
    snapshot = text.last_snapshot
    assert snapshot["viewing"] == 0 and snapshot["live_step"] == TEXT_STEPS and not text.training
    assert window.caption.isVisible() and "What will it say?" in window.caption.caption.text()
    assert window.caption.counter.text() == "Step 1 of 3"
    assert text.view.prompt.text() == "The capital of Spain is"
    assert text.last_snapshot["probe"]["prompt"] == "The capital of Spain is"
    assert text.view.settings_area.isHidden() and not window.transport.isVisible()  # what the lesson hides
    assert window.timeline.slider.value() == 0 and window.timeline.notice.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a clicker's next
    shown(qtbot, player, 1)
    assert text.last_snapshot["viewing"] is None and not window.timeline.notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    shown(qtbot, player, 2)
    gan = window.controllers["gan"]
    assert window.current_name == "gan" and not gan.training
    kept = gan.last_snapshot["viewing"]
    assert kept is not None and abs(kept - 100) <= 20 and gan.last_snapshot["live_step"] == GAN_STEPS
    assert window.timeline.steps[window.timeline.slider.value()] == kept
    assert window.transport.isVisible() and not gan.view.settings_area.isHidden()  # the GAN lab hides nothing
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    shown(qtbot, player, 1)
    assert window.current_name == "text" and not window.transport.isVisible()


def test_a_lesson_opened_at_launch_builds_its_model_and_no_default_one_first(qtbot, settings, lesson_file):
    from genviz.qt.app import create_window

    window = create_window(settings)  # as `genviz open LESSON` does: the lesson opens before the event loop runs
    qtbot.addWidget(window)
    window.show()
    built = []
    window.controllers["text"].session_started.connect(built.append)
    window.open_lesson(lesson_file)
    player = window.lesson_player
    try:
        qtbot.waitUntil(lambda: player.shown, timeout=START_TIMEOUT)
        assert len(built) == 1 and "text.safetensors" in str(window.controllers["text"].spec.args)
    finally:
        window.close()


def test_presenter_mode_hides_the_settings_grows_the_text_and_esc_brings_them_back(qtbot, window, lesson_file):
    player = opened(qtbot, window, lesson_file)
    scale = window.font_scale
    gan_settings = window.lab_view("gan").settings_area
    window.presenter_action.trigger()  # F5
    assert window.presenting and window.font_scale == pytest.approx(scale * 1.15**2)
    assert gan_settings.isHidden() and window.caption.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # in presenter mode Right is the clicker's next too
    shown(qtbot, player, 1)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.blank_screen.isVisible()
    qtbot.keyClick(window.blank_screen, Qt.Key.Key_PageDown)  # any key brings the lesson back, and only that
    assert not window.blank_screen.isVisible() and player.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Left)
    shown(qtbot, player, 0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and window.font_scale == pytest.approx(scale)
    assert not gan_settings.isHidden()
    assert window.controllers["text"].view.settings_area.isHidden()  # the lesson still hides them
    window.close_lesson()
    assert not window.controllers["text"].view.settings_area.isHidden() and window.transport.isVisible()
    assert not window.caption.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # no lesson: nothing happens, nothing breaks


def test_a_bad_lesson_is_one_sentence_and_the_open_lesson_stays(qtbot, window, lesson_file, tmp_path):
    player = opened(qtbot, window, lesson_file)
    cut = tmp_path / "cut.genviz"
    cut.write_bytes(lesson_file.read_bytes()[:5000])
    window.open_file(cut)  # as File > Open or a drop does
    assert window.banner.isVisible()
    assert window.banner.label.text() == "cut.genviz is not a genviz lesson, or it is damaged or cut short."
    assert window.lesson_player is player and window.caption.isVisible()
    assert window.controllers["text"].last_snapshot["live_step"] == TEXT_STEPS


def test_save_lesson_writes_the_labs_models_and_what_they_show(qtbot, window, lesson_file, tmp_path):
    opened(qtbot, window, lesson_file)
    window.next_lesson_step()
    window.next_lesson_step()
    shown(qtbot, window.lesson_player, 2)
    path = tmp_path / "saved.genviz"
    window.save_lesson(path, "Saved again")
    qtbot.waitUntil(path.exists, timeout=20_000)
    lesson = read_lesson(path, tmp_path / "open")
    assert lesson.title == "Saved again" and [lab.lab for lab in lesson.labs] == ["text", "gan"]
    assert lesson.lab("text").prompt == "The capital of Spain is" and lesson.lab("text").hide == ["settings",
                                                                                                   "transport"]
    assert [step.lab for step in lesson.steps] == ["text", "gan"]
    assert len(lesson.model_files["gan"].timeline) > 10


@pytest.fixture(scope="module")
def panel_lesson(lesson_file):
    """The two labs again, with steps that enlarge a panel."""
    folder = lesson_file.parent
    lesson = Lesson("Panels", labs=[
        LessonLab("text", "text.safetensors", hide=["settings", "transport"]),
        LessonLab("gan", "gan.safetensors")], steps=[
        LessonStep("## Where it looks", "text", panel="attention"),
        LessonStep("## Everything", "text"),
        LessonStep("## The duel", "gan", panel="losses")])
    path = folder / "panels.genviz"
    write_lesson(path, lesson, {"text": folder / "text.safetensors", "gan": folder / "gan.safetensors"})
    return path


def test_a_step_enlarges_its_panel_and_what_the_lesson_hides_stays_hidden_when_it_comes_back(
        qtbot, window, panel_lesson):
    text = window.controllers["text"].view
    qtbot.mouseDClick(text.loss_plot.viewport(), Qt.MouseButton.LeftButton)  # enlarged before the lesson opens
    qtbot.waitUntil(lambda: window.panel_zoom.enlarged == "loss")
    player = opened(qtbot, window, panel_lesson)
    assert window.panel_zoom.enlarged_panel is text.attention and text.attention.isVisible()
    assert not text.page.isVisible() and window.caption.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # every panel back, as the lesson shows them
    assert window.panel_zoom.enlarged is None and text.loss_plot.isVisible() and text.attention.isVisible()
    assert text.settings_area.isHidden() and not window.transport.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    shown(qtbot, player, 1)
    assert window.panel_zoom.enlarged is None
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    shown(qtbot, player, 0)
    assert window.panel_zoom.enlarged == "attention"
    window.next_lesson_step()
    window.next_lesson_step()
    shown(qtbot, player, 2)
    gan = window.controllers["gan"].view
    assert window.current_name == "gan" and window.panel_zoom.enlarged_panel is gan.duel.losses
    assert not text.page.isHidden() and text.page.isAncestorOf(text.attention)  # the lab left has every panel again
    window.close_lesson()
    assert window.panel_zoom.enlarged is None and gan.page.isVisible() and gan.duel.losses.isVisible()


def test_a_lesson_that_enlarges_an_unknown_panel_is_refused_naming_the_panels(qtbot, window, panel_lesson, tmp_path):
    folder = tmp_path / "open"
    lesson = read_lesson(panel_lesson, folder)
    lesson.steps[0].panel = "histogram"
    wrong = tmp_path / "wrong.genviz"
    with zipfile.ZipFile(panel_lesson) as source, zipfile.ZipFile(wrong, "w") as target:
        for name in source.namelist():
            data = json.dumps(lesson.to_json()) if name == "lesson.json" else source.read(name)
            target.writestr(name, data)
    window.open_file(wrong)
    assert window.banner.label.text() == ("Step 1 of wrong.genviz enlarges the panel 'histogram', which the text lab "
                                          "does not have: its panels are probabilities, loss, attention.")
    assert window.lesson_player is None
