"""What a teacher meets in the Diffusion lab's first minutes (issue 14): samples that follow the sampler box and
the training, the digits at first, a play at a pace to talk over, legible panels, nothing left of an old run."""

import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.modelfile import load_model
from genviz.qt.diffusion import reverse_panel
from genviz.qt.diffusion.forward_panel import NO_T
from genviz.qt.diffusion.reverse_panel import EPS_AT_ZERO, LIVE_SHARE, TITLES, WAITING
from genviz.qt.diffusion.view import DiffusionLabView
from tests.qt import test_diffusion_view
from tests.qt.test_diffusion_view import SAMPLE_TIMEOUT, count, samples_with, tiny

TRAIN_TIMEOUT = 30_000
ring_lab = test_diffusion_view.ring_lab  # the same fixtures: a window whose small model drew its first samples
digits_lab = test_diffusion_view.digits_lab


def projector_size(qtbot, window) -> None:
    """The tester's window: 1600 x 1000."""
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600 and window.height() == 1000)
    qtbot.wait(50)  # the layouts settle in the next events: no signal says so


def title(plot) -> str:
    return plot.getPlotItem().titleLabel.text


def step_by_hand(qtbot, window, controller, steps: int) -> None:
    for _ in range(steps):
        step = controller.last_snapshot["step"]
        window.transport.step_button.click()
        qtbot.waitUntil(lambda step=step: controller.last_snapshot["step"] == step + 1)


def test_a_sampler_change_draws_new_samples_at_once_and_the_line_says_what_the_box_says(qtbot, ring_lab):
    _, _, view = ring_lab
    reverse = view.reverse
    reverse.sampler.setCurrentIndex(reverse.sampler.findData("ddpm"))
    assert reverse.busy and reverse.status.text() == "DDPM, all T steps: denoising…"  # says what it will do
    qtbot.waitUntil(lambda: reverse.run.sampler == "ddpm", timeout=SAMPLE_TIMEOUT)
    assert "DDPM 20 steps" in reverse.frame_label.text() and reverse.status.text() == ""
    reverse.sampler.setCurrentIndex(reverse.sampler.findData("ddim"))
    reverse.steps.setValue(4)  # asked while the DDIM samples of 20 steps are being made: asked next
    qtbot.waitUntil(lambda: reverse.run.steps == 4 and not reverse.busy, timeout=SAMPLE_TIMEOUT)
    assert "DDIM 4 steps" in reverse.frame_label.text()


def test_while_training_the_same_noise_is_denoised_again_with_newer_weights_without_a_click(
        qtbot, ring_lab, monkeypatch):
    window, controller, view = ring_lab
    monkeypatch.setattr(reverse_panel, "LIVE_EVERY_S", 0.5)
    reverse = view.reverse
    first = reverse.run
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: reverse.run.trained_steps > 0, timeout=TRAIN_TIMEOUT)
    second = reverse.run
    qtbot.waitUntil(lambda: reverse.run.trained_steps > second.trained_steps, timeout=TRAIN_TIMEOUT)
    run = reverse.run
    assert (run.sampler, run.steps, run.seed) == (first.sampler, first.steps, first.seed)
    np.testing.assert_array_equal(run.x[0], first.x[0])  # the same starting noise, denoised by newer weights
    assert not np.array_equal(run.x[-1], first.x[-1])
    # Denoising holds training up: it is asked for so seldom that it takes at most LIVE_SHARE of the time.
    assert reverse.interval == pytest.approx(max(0.5, reverse.run_seconds / LIVE_SHARE))
    assert reverse.status.text() == f"new samples every {reverse.interval:.0f} s while training"
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"])
    # Paused: the samples of the final weights, at once.
    qtbot.waitUntil(lambda: reverse.run.trained_steps == controller.last_snapshot["step"], timeout=SAMPLE_TIMEOUT)
    assert reverse.status.text() == ""


def test_the_lab_opens_on_the_digits(qtbot):
    view = DiffusionLabView()
    qtbot.addWidget(view)
    assert view.settings.data.currentData() == "digits"
    assert view.session_spec().args[0].data == "digits"  # what `genviz demo --report` reports


def test_play_takes_the_pace_chosen_eight_seconds_at_first(qtbot, ring_lab):
    _, _, view = ring_lab
    reverse = view.reverse
    run = samples_with(qtbot, view, "ddpm")

    def play_ms() -> int:
        return reverse.timer.interval() * math.ceil((run.frames - 1) / reverse._stride)

    assert reverse.pace.value() == 8 and play_ms() == pytest.approx(8000, abs=100)
    reverse.pace.setValue(2)
    assert play_ms() == pytest.approx(2000, abs=100)
    reverse.first_button.click()
    start = time.perf_counter()
    reverse.play_button.click()
    qtbot.waitUntil(lambda: not reverse.playing, timeout=10_000)
    assert time.perf_counter() - start >= 1.8
    assert reverse.frame == run.frames - 1


def test_the_playback_buttons_show_drawn_icons_and_no_glyph_their_font_lacks(qtbot, ring_lab):
    _, _, view = ring_lab
    reverse = view.reverse
    buttons = (reverse.first_button, reverse.back_button, reverse.play_button, reverse.forward_button,
               reverse.last_button)

    def check() -> None:
        for button in buttons:
            assert not button.icon().isNull()
            metrics = QFontMetrics(button.font())
            assert all(metrics.inFontUcs4(ord(character)) for character in button.text()), button.text()

    check()
    play_icon = reverse.play_button.icon().cacheKey()
    reverse.play_button.click()
    assert reverse.play_button.text() == "Pause" and reverse.play_button.icon().cacheKey() != play_icon
    check()


def test_at_t_0_the_noise_panel_says_there_is_no_noise_left_to_predict(qtbot, digits_lab):
    _, _, view = digits_lab
    reverse = view.reverse
    reverse.last_button.click()
    assert reverse.run.timesteps[reverse.frame] == 0
    assert title(reverse.pictures["eps"]) == EPS_AT_ZERO
    reverse.first_button.click()
    assert title(reverse.pictures["eps"]) == TITLES["eps"][0]


def test_the_ring_x_t_plot_shows_about_the_datas_range_not_a_wide_empty_axis(qtbot, ring_lab):
    window, _, view = ring_lab
    projector_size(qtbot, window)
    (x0, x1), (y0, y1) = view.forward.now_points.viewRange()
    low, high = view.forward.box
    side = float((high - low)[0])
    assert x1 - x0 <= 1.6 * side and y1 - y0 <= 1.6 * side  # was -15..15 around data in -3..3


def test_the_forward_strip_shows_a_few_thumbnails_large_enough_for_a_projector(qtbot, digits_lab):
    window, _, view = digits_lab
    projector_size(qtbot, window)
    strip = view.forward.strip_images
    assert strip.image.image.shape == (8, 5 * 9 - 1)  # five frames of one 8 x 8 digit
    box = strip.getPlotItem().getViewBox()
    tile = box.mapViewToDevice(QPointF(8, 0)).x() - box.mapViewToDevice(QPointF(0, 0)).x()
    assert tile >= 90  # pixels a side at 1600 x 1000; nine tiles in a strip across the panel had 81


def test_empty_plots_have_sensible_ranges_and_a_new_model_keeps_nothing_of_the_old_run(qtbot, ring_lab):
    window, controller, view = ring_lab
    step_by_hand(qtbot, window, controller, 2)
    seen = {}

    def look(_device: str) -> None:  # the moment the new model started, before its first snapshot
        (_, bx1), (_, by1) = view.losses.by_t.viewRange()
        seen.update(
            t=view.forward.t_label.text(), x_t=title(view.forward.now_points),
            schedule=count(view.forward.signal_curve),
            strip_labels=[label.toPlainText() for label in view.forward.strip_points.labels if label.toPlainText()],
            strip_points=len(view.forward.strip_points.points.positions()),
            bars=len(view.losses.bars.opts["x"]), by_t=bx1 <= 1.1 and by1 <= 1.1,
            frame=view.reverse.frame_label.text(), eps=title(view.reverse.clouds["eps"]),
            samples=view.reverse.run, size=view.settings.parameters.text(), built=view.settings.chosen.text(),
        )

    controller.session_started.connect(look)
    tiny(view, "digits")
    view.settings.apply.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=SAMPLE_TIMEOUT)
    assert seen == {"t": NO_T, "x_t": "x_t", "schedule": 0, "strip_labels": [], "strip_points": 0, "bars": 0,
                    "by_t": True, "frame": WAITING, "eps": TITLES["eps"][0], "samples": None, "size": "—",
                    "built": "—"}


def test_a_saved_model_opens_with_its_settings_its_step_and_its_weights(qtbot, ring_lab, tmp_path):
    window, controller, view = ring_lab
    step_by_hand(qtbot, window, controller, 3)
    qtbot.waitUntil(lambda: view.reverse.run.trained_steps == 3 and not view.reverse.busy, timeout=SAMPLE_TIMEOUT)
    saved = view.reverse.run
    path = tmp_path / "ring.safetensors"
    done = []
    controller.send_request("save", (str(path),), done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done))

    view.settings.width.setValue(32)  # the file's settings replace what the panel showed
    old_run = controller.run_id
    view.open_model(path, load_model(path, expected_lab="diffusion"))
    assert controller.spec.target.endswith(":session_from_file")
    qtbot.waitUntil(lambda: controller.run_id > old_run and view.reverse.run is not None and not view.reverse.busy,
                    timeout=SAMPLE_TIMEOUT)
    assert controller.last_snapshot["step"] == 3 and view.reverse.run.trained_steps == 3
    assert "weights of step 3" in view.reverse.frame_label.text()
    np.testing.assert_allclose(view.reverse.run.x, saved.x, atol=1e-5)  # the same weights draw the same samples
    settings = view.settings
    assert (settings.width.value(), settings.depth.value(), settings.timesteps.value()) == (16, 1, 20)
    assert settings.data.currentData() == "ring" and settings.pending.isHidden()

    settings.apply.click()  # a new model after that starts from random weights
    assert controller.spec.target.endswith(":DiffusionSession")


def test_back_to_default_settings_puts_every_setting_back_and_counts_the_changes(qtbot, ring_lab):
    _, _, view = ring_lab
    settings = view.settings
    settings.seed.setValue(5)
    settings.color.setChecked(True)
    settings.ema_decay.setValue(0.9)
    settings.defaults.click()
    assert settings.config() == DiffusionConfig()
    # The model running is the small ring of open_lab: data, T, width, depth and batch differ from the defaults.
    assert settings.pending.text() == "5 changes: press New model to apply" and not settings.pending.isHidden()
