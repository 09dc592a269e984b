"""The Pixels lab in the main window: it trains, draws its samples, and draws an image one pixel at a time."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from genviz.core.modelfile import load_model
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.session import PixelsSession
from genviz.qt.main_window import MainWindow
from genviz.qt.pixels.view import PixelsLabView

WAIT_MS = 60_000  # a training process imports torch first


@pytest.fixture
def lab(qtbot, settings):
    view = PixelsLabView()
    view.settings.n_layer.setValue(1)
    view.settings.n_embd.setValue(32)
    view.pace.setValue(0)  # no pause between drawing a pixel and adding it
    window = MainWindow({"pixels": view}, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=WAIT_MS)
    yield window, view, controller
    window.close()


def drawn_pixels(view) -> int:
    """Pixels of the canvas shown in a grey (the ones still to come are a pale blue)."""
    picture = view.canvas.image.image.reshape(-1, 3)
    return int(((picture[:, 0] == picture[:, 1]) & (picture[:, 1] == picture[:, 2])).sum())


def step_pixel(qtbot, view) -> None:
    count = len(view.pixels)
    qtbot.waitUntil(view.step_button.isEnabled, timeout=WAIT_MS)
    view.step_button.click()
    qtbot.waitUntil(lambda: len(view.pixels) == count + 1)


def test_training_draws_the_loss_and_the_same_seed_samples(qtbot, lab):
    _, view, controller = lab
    controller.train()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 20, timeout=WAIT_MS)
    controller.pause()
    # Paused between two grids, the view asks for samples of the model as it is now.
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"] and
                    controller.last_snapshot["samples"]["step"] == controller.last_snapshot["step"], timeout=WAIT_MS)
    snapshot = controller.last_snapshot
    assert view.samples.image.image.shape == (4 * 9 - 1, 6 * 9 - 1)  # four rows of six 8x8 samples
    assert np.array_equal(view.loss_plot.curves["train"].xData, snapshot["history"]["train"][:, 0])
    assert view.loss_plot.curves["uniform"].yData.tolist() == [pytest.approx(np.log(17))] * 2
    assert "17 grey levels" in view.settings.parameters.text()


def test_a_new_model_draws_on_from_the_first_half_of_a_real_image(qtbot, lab):
    _, view, controller = lab
    qtbot.waitUntil(lambda: view.canvas.image.image is not None)
    qtbot.waitUntil(lambda: view.bars.title.startswith("Pixel 37 of 64 (row 5, column 5)"), timeout=WAIT_MS)
    twin = PixelsSession(controller.spec.args[0])  # the lab's session, built here for its data
    real = twin.tokenizer.encode(twin.dataset.x)[:, :36].tolist()  # every training image's first 4.5 rows
    first = list(view.pixels)
    assert drawn_pixels(view) == 36 and first in real
    view.half_button.click()
    assert view.pixels != first and view.pixels in real
    qtbot.waitUntil(lambda: view.prediction is not None)  # the model's guess for pixel 37 of the other image


def test_step_one_pixel_fills_exactly_one_more_pixel_and_undo_takes_it_back(qtbot, lab):
    _, view, _ = lab
    qtbot.waitUntil(lambda: len(view.pixels) == 36, timeout=WAIT_MS)
    view.clear_button.click()
    assert view.pixels == [] and drawn_pixels(view) == 0
    for count in (1, 2):
        step_pixel(qtbot, view)
        assert drawn_pixels(view) == count
    # the drawn pixel's bars stay until the model's guess for the next one comes back from the training process
    qtbot.waitUntil(lambda: view.bars.title.startswith("Pixel 3 of 64 (row 1, column 3)"))
    view.undo_button.click()
    assert view.pixels and len(view.pixels) == 1 and drawn_pixels(view) == 1
    view.clear_button.click()
    assert view.pixels == [] and drawn_pixels(view) == 0


def test_undo_then_step_repeats_the_same_draw(qtbot, lab):
    _, view, _ = lab
    step_pixel(qtbot, view)
    step_pixel(qtbot, view)
    first = list(view.pixels)
    view.undo()
    step_pixel(qtbot, view)
    assert view.pixels == first


def test_clicking_a_bar_forces_that_grey(qtbot, lab):
    _, view, _ = lab
    qtbot.waitUntil(lambda: len(view.pixels) == 36, timeout=WAIT_MS)
    view.clear_button.click()
    qtbot.waitUntil(view.step_button.isEnabled, timeout=WAIT_MS)
    bars = view.bars
    x = next(x for x in range(bars.width()) if bars.level_at(x) == 16)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(x + 3, bars.height() // 2))
    qtbot.waitUntil(lambda: len(view.pixels) == 1)
    assert view.pixels == [16]
    assert view.canvas.image.image[-1, 0].tolist() == [1.0, 1.0, 1.0]  # white, top left (the panel flips rows)


def test_generate_the_rest_draws_the_whole_image_then_stops(qtbot, lab):
    _, view, _ = lab
    step_pixel(qtbot, view)
    qtbot.waitUntil(view.generate_button.isEnabled)  # the next pixel's bars come back from the training process
    view.generate_button.click()
    assert view.generate_button.text() == "Stop"
    qtbot.waitUntil(lambda: len(view.pixels) == 64, timeout=WAIT_MS)
    assert view.generate_button.text() == "Generate the rest"
    assert drawn_pixels(view) == 64 and not view.step_button.isEnabled()
    qtbot.waitUntil(lambda: view.bars.distribution is None)
    assert view.bars.empty_text == "The image is complete: press Undo or Clear."


def test_right_arrow_steps_and_a_changed_setting_waits_for_new_model(qtbot, lab):
    window, view, controller = lab
    window.transport.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1, timeout=WAIT_MS)
    view.settings.levels.setValue(5)
    assert view.settings.pending.isVisible()
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["levels"] == 5 and controller.last_snapshot["step"] == 0,
                    timeout=WAIT_MS)
    assert view.settings.pending.isHidden()
    qtbot.waitUntil(lambda: view.bars.distribution is not None and len(view.bars.distribution.raw) == 5)
    view.settings.defaults.click()
    assert view.settings.config() == PixelsConfig()


def test_an_opened_model_file_goes_on_from_its_step_and_weights(qtbot, lab, tmp_path):
    window, view, controller = lab
    for done in range(1, 4):
        window.transport.step_button.click()
        qtbot.waitUntil(lambda done=done: controller.last_snapshot["step"] == done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.prediction is not None)
    guess = view.prediction
    path = tmp_path / "pixels.safetensors"
    window.save_model(path)
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    view.settings.seed.setValue(9)
    view.settings.apply.click()  # another model, from random weights
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 0 and controller.spec.args[0].seed == 9)
    view.open_model(path, load_model(path))
    assert view.settings.seed.value() == 0 and view.settings.n_embd.value() == 32
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.prediction is not None)
    np.testing.assert_allclose(view.prediction, guess, atol=1e-5)
