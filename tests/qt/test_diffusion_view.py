"""The Diffusion lab in the real main window: training, drawing samples, scrubbing and stepping back."""

import numpy as np
import pytest

from genviz.core.session import CURVE_POINTS
from genviz.qt.diffusion.view import DiffusionLabView
from genviz.qt.main_window import MainWindow

START_TIMEOUT = 60_000  # a training process imports torch first
SAMPLE_TIMEOUT = 30_000


def tiny(view: DiffusionLabView, data: str) -> None:
    """Small and quick: the behaviour under test does not need a good model."""
    view.select_data(data)
    view.settings.timesteps.setValue(20)
    view.settings.width.setValue(16)
    view.settings.depth.setValue(1)
    view.settings.batch_size.setValue(32)


def open_lab(qtbot, settings, data: str):
    view = DiffusionLabView()
    tiny(view, data)
    window = MainWindow({"diffusion": view}, settings)
    qtbot.addWidget(window)
    window.show()
    controller = window.controllers["diffusion"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    # A new run draws its first samples by itself, from the untrained model.
    qtbot.waitUntil(lambda: view.reverse.run is not None, timeout=SAMPLE_TIMEOUT)
    return window, controller, view


@pytest.fixture
def ring_lab(qtbot, settings):
    window, controller, view = open_lab(qtbot, settings, "ring")
    yield window, controller, view
    window.close()


@pytest.fixture
def digits_lab(qtbot, settings):
    window, controller, view = open_lab(qtbot, settings, "digits")
    yield window, controller, view
    window.close()


def samples_with(qtbot, view, sampler: str, steps: int | None = None, seed: int | None = None):
    """Choose the sampler, its steps and the seed, and wait for the samples they draw (they come by themselves)."""
    reverse = view.reverse
    reverse.sampler.setCurrentIndex(reverse.sampler.findData(sampler))
    if steps is not None:
        reverse.steps.setValue(steps)
    if seed is not None:
        reverse.seed.setValue(seed)
    choice = reverse.choice()
    qtbot.waitUntil(lambda: not reverse.busy and reverse._shown == choice, timeout=SAMPLE_TIMEOUT)
    return reverse.run


def count(item) -> int:
    x, _ = item.getData()
    return 0 if x is None else len(x)


def shown_points(plot) -> np.ndarray:
    return plot.points.positions()


def test_a_new_model_shows_its_first_samples_at_once_drawn_as_the_sampler_box_says(qtbot, ring_lab):
    _, _, view = ring_lab
    reverse = view.reverse
    run = reverse.run
    assert run.trained_steps == 0  # what the untrained model makes of noise
    assert reverse.sampler.currentData() == "ddim" and run.sampler == "ddim" and run.steps == reverse.steps.value()
    assert "DDIM 20 steps" in reverse.frame_label.text()  # the box's 25 steps, capped at T = 20
    assert reverse.frame == run.frames - 1  # the finished samples


def test_training_draws_the_losses_and_the_forward_process(qtbot, ring_lab):
    window, controller, view = ring_lab
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 15, timeout=20_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"])  # paused: plots are drawn in full
    shown = len(view.losses.loss_plot.curves["train"].getData()[0])
    assert shown == min(controller.last_snapshot["step"], CURVE_POINTS)  # every step, thinned past CURVE_POINTS
    assert len(view.losses.bars.opts["x"]) > 0  # some timesteps have a running loss already
    strip = view.forward.strip_points.points.positions()
    assert len(strip) == 5 * 1000  # five frames of the 1,000 forward-process points
    assert view.forward.kind == "points"
    assert "weights" in view.settings.parameters.text()


def test_the_forward_slider_moves_x_t_and_asks_for_the_arrows_at_that_t(qtbot, ring_lab):
    _, controller, view = ring_lab
    view.forward.slider.setValue(12)
    frames = controller.last_snapshot["forward"]["frames"]
    np.testing.assert_allclose(shown_points(view.forward.now_points), frames[12])
    assert view.forward.t_label.text().startswith("t = 12 of 20")
    qtbot.waitUntil(lambda: controller.last_snapshot["field"].t == 12)
    qtbot.waitUntil(lambda: count(view.forward.now_points.arrows) == 6 * 15 * 15)  # shaft and head of each arrow


def test_samples_can_be_scrubbed_stepped_back_and_played(qtbot, ring_lab):
    _, _, view = ring_lab
    run = samples_with(qtbot, view, "ddpm", seed=7)
    reverse = view.reverse
    assert run.frames == 21 and run.timesteps[0] == 20 and run.timesteps[-1] == 0  # DDPM: all T = 20 steps
    assert "seed 7" in reverse.frame_label.text()
    reverse.first_button.click()
    assert reverse.frame == 0
    np.testing.assert_allclose(shown_points(reverse.clouds["x"]), run.x[0])  # starts from pure noise

    reverse.scrubber.setValue(10)
    assert reverse.frame == 10 and "t = 10" in reverse.frame_label.text()
    np.testing.assert_allclose(shown_points(reverse.clouds["x0"]), run.x0[10])
    reverse.back_button.click()
    assert reverse.frame == 9 and reverse.scrubber.value() == 9
    np.testing.assert_allclose(shown_points(reverse.clouds["x"]), run.x[9])
    np.testing.assert_allclose(shown_points(reverse.clouds["eps"]), run.eps[9])
    reverse.forward_button.click()
    assert reverse.frame == 10

    reverse.pace.setValue(1)
    reverse.play_button.click()
    assert reverse.playing
    qtbot.waitUntil(lambda: reverse.frame == run.frames - 1, timeout=10_000)
    qtbot.waitUntil(lambda: not reverse.playing)
    assert not reverse.forward_button.isEnabled() and reverse.back_button.isEnabled()
    np.testing.assert_allclose(shown_points(reverse.clouds["x"]), run.x[-1])


def test_ddim_draws_fewer_frames_and_the_same_seed_draws_the_same_samples(qtbot, ring_lab):
    _, _, view = ring_lab
    first = samples_with(qtbot, view, "ddim", steps=5, seed=3)
    assert first.frames == 6 and first.sampler == "ddim"
    samples_with(qtbot, view, "ddim", seed=4)
    again = samples_with(qtbot, view, "ddim", seed=3)
    np.testing.assert_array_equal(again.x, first.x)  # DDIM: the seed's noise fixes everything
    view.reverse.next_seed_button.click()
    qtbot.waitUntil(lambda: view.reverse.run is not again and not view.reverse.busy, timeout=SAMPLE_TIMEOUT)
    assert view.reverse.run.seed == 4 and view.reverse.seed.value() == 4
    assert not np.array_equal(view.reverse.run.x[0], first.x[0])


def test_image_samples_show_the_batch_its_clean_guess_and_its_noise(qtbot, digits_lab):
    window, controller, view = digits_lab
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1)
    qtbot.waitUntil(lambda: view.reverse.run.trained_steps == 1, timeout=SAMPLE_TIMEOUT)  # a step by hand: new ones
    run = samples_with(qtbot, view, "ddim", steps=4, seed=1)
    assert run.kind == "images" and run.frames == 5
    assert run.x.shape[1:] == (4 * 9 - 1, 4 * 9 - 1)  # 16 digits of 8x8 in a 4 x 4 mosaic, 1-pixel gaps
    reverse = view.reverse
    reverse.last_button.click()
    reverse.back_button.click()
    assert reverse.frame == 3
    np.testing.assert_array_equal(reverse.pictures["x"].image.image, run.x[3][::-1])  # drawn with row 0 on top
    np.testing.assert_array_equal(reverse.pictures["eps"].image.image, run.eps[3][::-1])
    strip = view.forward.strip_images.image.image
    assert strip.shape == (8, 5 * 9 - 1)  # five frames x_0 ... x_T of one digit


def test_the_form_cannot_hold_a_setting_the_model_refuses(ring_lab):
    _, _, view = ring_lab
    view.settings.width.setValue(4)  # below the declared 8: the box stops at "auto", one step under the range
    assert view.settings.width.text() == "auto"
    view.settings.config().validate()


def test_a_file_that_is_not_an_image_is_refused_with_a_message(qtbot, ring_lab, tmp_path):
    window, _, view = ring_lab
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with qtbot.waitSignal(view.message) as signal:
        view.open_file(path)
    assert "folder of images" in signal.args[0]
    assert window.banner.isVisible()


def test_arrows_are_a_shaft_and_two_symmetric_head_strokes_no_longer_than_the_grid_allows():
    from genviz.core.diffusion.arrows import field_arrows

    grid = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    directions = np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [50.0, 0.0]])
    segments = field_arrows(grid, directions).reshape(4, 6, 2)
    shafts = segments[:, 1] - segments[:, 0]
    np.testing.assert_array_equal(segments[:, 0], grid)  # every arrow starts on its grid point
    assert np.linalg.norm(shafts, axis=1).max() <= 1.3 * 0.9 + 1e-6  # a huge direction is capped near one space
    np.testing.assert_allclose(shafts[2], 0.0)  # no direction, no arrow
    heads = segments[0, [3, 5]] - segments[0, 1]  # the two head strokes of the arrow pointing right
    np.testing.assert_allclose(heads[0] * [1, -1], heads[1], atol=1e-6)  # mirror images about the shaft
    assert (heads[:, 0] < 0).all()  # both point back along the shaft
