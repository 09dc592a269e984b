"""The Text lab in the real main window: training controls, stepping through generation, bad files."""

import time

import pytest
from PySide6.QtCore import QPoint, Qt

from genviz.core.host import HOSTS

START_TIMEOUT = 60_000  # a training process imports torch first


@pytest.fixture
def text_lab(qtbot, window):
    controller = window.controllers["text"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    controller.view.pace.setValue(0)  # no pause between drawing a token and adding it
    return window, controller, controller.view


def step_of(controller):
    return controller.last_snapshot["step"]


def test_train_pause_step_and_reset(qtbot, text_lab):
    window, controller, _ = text_lab
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: step_of(controller) >= 5, timeout=20_000)
    assert window.transport.train_button.text() == "Pause"
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.training)
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"])
    paused_at = step_of(controller)

    window.transport.step_button.click()
    qtbot.waitUntil(lambda: step_of(controller) == paused_at + 1)
    assert window.step_label.text() == f"step {paused_at + 1:,}"

    window.transport.reset_button.click()
    qtbot.waitUntil(lambda: step_of(controller) == 0, timeout=20_000)


def test_space_trains_and_right_arrow_steps(qtbot, text_lab):
    window, controller, _ = text_lab
    window.transport.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: step_of(controller) == 1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.training)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not controller.training)


def test_next_token_appends_a_drawn_token_and_undo_removes_it(qtbot, text_lab):
    _, _, view = text_lab
    qtbot.waitUntil(view.next_button.isEnabled)
    view.next_button.click()
    qtbot.waitUntil(lambda: len(view.generated) == 1)
    assert view.drawn is not None and view.drawn.u is not None
    assert view.drawn.distribution.kept[view.generated[0]]  # drawn from what the filters kept
    assert "background" in view.token_strip.toHtml()
    view.undo_button.click()
    assert view.generated == []


def test_undo_then_next_repeats_the_same_draw(qtbot, text_lab):
    _, _, view = text_lab
    qtbot.waitUntil(view.next_button.isEnabled)
    view.next_button.click()
    qtbot.waitUntil(lambda: len(view.generated) == 1)
    first = view.generated[0]
    view.undo()
    qtbot.waitUntil(view.next_button.isEnabled)
    view.next_button.click()
    qtbot.waitUntil(lambda: len(view.generated) == 1)
    assert view.generated[0] == first


def test_clicking_a_bar_forces_that_token(qtbot, text_lab):
    _, _, view = text_lab
    qtbot.waitUntil(view.next_button.isEnabled)
    bars = view.probabilities.bars
    wanted = int(view.probabilities.shown_tokens()[2])  # the third most probable token
    y = next(y for y in range(bars.height()) if bars.row_at(y) == 2)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(bars.width() // 2, y + 3))
    qtbot.waitUntil(lambda: len(view.generated) == 1)
    assert view.generated == [wanted]
    assert view.drawn.u is None  # a forced token needs no random number


def test_greedy_generation_takes_the_top_token_each_time(qtbot, text_lab):
    _, _, view = text_lab
    view.greedy.setChecked(True)
    view.generate_count.setValue(3)
    qtbot.waitUntil(view.next_button.isEnabled)
    view.generate_button.click()
    qtbot.waitUntil(lambda: len(view.generated) == 3 and not view.demo_running(), timeout=10_000)
    assert not view.generate_button.isChecked()
    assert view.drawn.token == int(view.drawn.distribution.raw.argmax())


def test_top_k_greys_out_all_but_k_bars(qtbot, text_lab):
    _, _, view = text_lab
    qtbot.waitUntil(view.next_button.isEnabled)
    view.top_k.setValue(2)
    rows = view.probabilities.bars.rows
    assert [row.kept for row in rows[:4]] == [True, True, False, False]
    assert sum(row.filtered for row in rows[:2]) == pytest.approx(1.0)


def test_editing_the_prompt_asks_the_model_again(qtbot, text_lab):
    _, controller, view = text_lab
    view.prompt.setText("The capital of Japan")
    view.prompt.textEdited.emit("The capital of Japan")
    qtbot.waitUntil(lambda: controller.last_snapshot["probe"]["prompt"] == "The capital of Japan")
    qtbot.waitUntil(lambda: view.prediction is not None)
    assert len(view.prediction.context) == 4


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    ("caf\xe9".encode("latin-1"), "UTF-8"),
])
def test_a_bad_text_file_gets_one_sentence_and_keeps_the_model(qtbot, text_lab, tmp_path, content, expected):
    window, controller, _ = text_lab
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: step_of(controller) == 1)
    bad = tmp_path / "notes.txt"
    bad.write_bytes(content)
    window.open_file(bad)
    assert window.banner.isVisible()
    assert expected in window.banner.label.text()
    assert "Traceback" not in window.banner.label.text()
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: step_of(controller) == 2)  # the old model is still there and trains


def test_a_good_text_file_becomes_the_corpus(qtbot, text_lab, tmp_path):
    window, _, view = text_lab
    corpus = tmp_path / "story.txt"
    corpus.write_text("Once upon a time a small robot learned to count . " * 60, encoding="utf-8")
    window.open_file(corpus)
    assert view.settings.corpus.currentData() == str(corpus)
    qtbot.waitUntil(lambda: len(view.vocab) and "robot" in view.vocab, timeout=20_000)


def test_a_settings_error_keeps_the_model(qtbot, text_lab):
    window, controller, view = text_lab
    view.settings.n_embd.setValue(48)
    view.settings.n_head.setValue(5)  # 48 does not split into 5 heads
    view.settings.apply.click()
    assert "multiple of the heads" in window.banner.label.text()
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: step_of(controller) == 1)


def test_closing_while_training_ends_the_training_process_within_a_second(qtbot, text_lab):
    window, controller, _ = text_lab
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: step_of(controller) >= 3, timeout=20_000)
    handle = controller.handle
    start = time.perf_counter()
    window.close()
    assert time.perf_counter() - start < 1.0
    assert not handle.thread.isRunning()
    # It released its session when asked: it ended, or waits with torch loaded as the next lab's spare.
    assert handle.host.process.exitcode == 0 or handle.host.process is HOSTS.spare_process
