"""The Text lab in the real main window: training controls, stepping through generation, bad files."""

import dataclasses
import itertools
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics

from genviz.core.host import HOSTS
from genviz.core.modelfile import load_model
from genviz.core.sampling import sampling_distribution
from genviz.core.text.config import OVERFITTING, TextConfig
from genviz.qt.text.probability_panel import MIN_CHOSEN_WIDTH, ProbabilityPanel, value_text

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
    assert view.generate_button.text() == "Generate"
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
    qtbot.waitUntil(lambda: controller.last_snapshot["probe"].get("prompt") == "The capital of Japan")
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
    assert handle.host.process.exitcode == 0 or handle.host.process in HOSTS.spare_processes


def test_a_diverging_run_gets_a_banner_and_back_to_default_settings_undoes_it(qtbot, text_lab):
    window, controller, view = text_lab
    assert view.trouble.isHidden()
    view.settings.learning_rate.setValue(1.0)
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.spec.args[0].learning_rate == 1.0)
    window.transport.train_button.click()
    qtbot.waitUntil(view.trouble.isVisible, timeout=30_000)
    assert "Training diverged" in view.trouble.text() or "collapsed onto one token" in view.trouble.text()
    assert "Lower the learning rate (now 1)" in view.trouble.text()
    assert "Back to default settings" in view.trouble.text()

    view.settings.defaults.click()
    assert view.settings.config() == TextConfig()
    assert view.settings.pending.text() == "1 change: press New model to apply"
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.spec.args[0] == TextConfig())
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 30 and controller.last_snapshot["trouble"] is None,
                    timeout=30_000)
    assert view.trouble.isHidden()


def test_back_to_default_settings_puts_every_setting_back(qtbot, text_lab):
    _, _, view = text_lab
    settings = view.settings
    settings.corpus.setCurrentIndex(settings.corpus.findData("python"))
    for box, value in ((settings.n_layer, 3), (settings.n_head, 2), (settings.n_embd, 32), (settings.block_size, 32),
                       (settings.batch_size, 8), (settings.learning_rate, 0.5), (settings.dropout, 0.5),
                       (settings.weight_decay, 0.5), (settings.seed, 9)):
        box.setValue(value)
    changed = dataclasses.fields(TextConfig)
    assert settings.pending.text() == f"{len(changed)} changes: press New model to apply"
    settings.defaults.click()
    assert settings.config() == TextConfig()
    assert settings.pending.isHidden()


def test_generate_becomes_stop_and_a_second_click_stops_it(qtbot, text_lab):
    _, controller, view = text_lab
    view.pace.setValue(100)
    view.generate_count.setValue(20)
    qtbot.waitUntil(view.next_button.isEnabled)
    view.generate_button.click()
    assert view.generate_button.text() == "Stop"
    qtbot.waitUntil(lambda: len(view.generated) >= 2, timeout=10_000)
    view.generate_button.click()
    assert view.generate_button.text() == "Generate"
    qtbot.waitUntil(lambda: view._pending_choice is None and not view.reveal_timer.isActive())
    stopped_at = len(view.generated)
    for _ in range(3):  # the answers and snapshots that used to start the next token
        with qtbot.waitSignal(controller.snapshot_drawn, timeout=10_000):
            controller.step()
    assert len(view.generated) == stopped_at
    assert not view.demo_running()


def test_a_clicked_improbable_token_is_the_one_the_strip_shows(qtbot, text_lab):
    _, _, view = text_lab
    qtbot.waitUntil(view.next_button.isEnabled)
    view.pace.setValue(5000)  # keep the choice on show
    bars = view.probabilities.bars
    last = len(bars.rows) - 2  # the least probable of the bars (the last row is all the others)
    token = bars.rows[last].token
    y = next(y for y in range(bars.height()) if bars.row_at(y) == last)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(bars.width() // 2, y + 2))
    strip = view.probabilities.strip
    assert strip.drawn.token == token and strip.drawn.forced
    rect = next(rect for shown, rect, _ in strip.segments() if shown == token)
    assert rect.width() >= MIN_CHOSEN_WIDTH
    box, text = strip.chosen_label()  # too narrow to hold its name: the name stands beside it
    assert text.startswith(view.vocab[token])
    assert box.intersects(strip.rect())


def make_distribution(top_k=None):
    """Ten tokens hold all but a billionth of the probability; a thousand share the rest."""
    logits = np.full(1010, -30.0)
    logits[:10] = np.linspace(2.0, 0.0, 10)
    return sampling_distribution(logits, 1.0, top_k, None)


def test_the_all_others_row_says_removed_only_when_a_filter_removed_them(qtbot):
    panel = ProbabilityPanel()
    qtbot.addWidget(panel)
    vocab = [f"t{i}" for i in range(1010)]
    panel.show_distribution(make_distribution(), vocab, 10)
    others = panel.bars.rows[-1]
    assert others.label == "(all others)" and others.kept
    assert value_text(others) == "<0.1%"
    panel.show_distribution(make_distribution(top_k=2), vocab, 10)
    assert value_text(panel.bars.rows[-1]) == "removed"


def test_the_panel_itself_says_a_bar_can_be_clicked(qtbot, text_lab):
    _, _, view = text_lab
    assert view.probabilities.hint.isVisible()
    assert "Click a bar to force that token" in view.probabilities.hint.text()


def test_attention_labels_stay_apart_at_large_fonts(qtbot, text_lab):
    window, _, view = text_lab
    prompt = "The capital of France is Paris . The capital of Japan is Tokyo . In Spain , the capital is"
    view.prompt.setText(prompt)
    view.prompt.textEdited.emit(prompt)
    qtbot.waitUntil(lambda: view.prediction is not None and len(view.prediction.context) == 16)
    window.set_font_scale(1.15 ** 3)
    qtbot.waitUntil(lambda: view.attention.plot.getPlotItem().vb.height() > 0)
    view.attention.show_attention(view.prediction.attention, [view.vocab[i] for i in view.prediction.context])
    plot = view.attention.plot
    box = plot.getPlotItem().vb
    rows, columns = view.attention.ticks
    for name, ticks in (("bottom", columns), ("left", rows)):
        metrics = QFontMetrics(plot.getAxis(name).style["tickFont"])
        assert len(ticks) >= 2
        for (a, label), (b, _) in itertools.pairwise(ticks):
            start, end = box.mapViewToScene(QPointF(a, a)), box.mapViewToScene(QPointF(b, b))
            if name == "bottom":
                assert end.x() - start.x() >= metrics.horizontalAdvance(label), label
            else:
                assert end.y() - start.y() >= metrics.height(), label


def test_the_best_held_out_step_is_marked_on_the_loss_plot(qtbot, text_lab):
    window, controller, view = text_lab
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 60, timeout=30_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"], timeout=10_000)
    step, loss = controller.last_snapshot["best_validation"]
    xs, ys = view.best_marker.getData()
    assert (list(xs), list(ys)) == ([step], [loss])
    assert view.best_label.toPlainText() == f"best held-out: step {step:,}"


def test_the_overfitting_preset_builds_its_model_and_trains_it(qtbot, text_lab):
    window, controller, view = text_lab
    view.settings.overfitting.click()
    assert view.settings.config() == OVERFITTING
    qtbot.waitUntil(lambda: controller.spec.args[0] == OVERFITTING)
    qtbot.waitUntil(lambda: controller.training, timeout=10_000)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 5, timeout=30_000)
    assert window.transport.train_button.text() == "Pause"


def test_an_opened_model_file_goes_on_from_its_step_and_weights(qtbot, text_lab, tmp_path):
    window, controller, view = text_lab
    view.settings.seed.setValue(5)
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.spec.args[0].seed == 5)
    for done in range(1, 4):
        window.transport.step_button.click()
        qtbot.waitUntil(lambda done=done: controller.last_snapshot["step"] == done, timeout=10_000)
    logits = controller.last_snapshot["prediction"].logits
    path = tmp_path / "model.safetensors"
    window.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)

    view.settings.defaults.click()
    view.settings.apply.click()  # another model, trained from scratch
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 0 and controller.spec.args[0].seed == 0)
    view.open_model(path, load_model(path))
    assert view.settings.seed.value() == 5
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 3, timeout=20_000)
    assert controller.spec.args[1] == path
    qtbot.waitUntil(lambda: view.prediction is not None)
    np.testing.assert_allclose(view.prediction.logits, logits, atol=1e-5)
    assert view.settings.pending.isHidden()
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 4, timeout=10_000)
