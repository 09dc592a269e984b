"""The GAN lab as a teacher meets it in the first minutes (issue 14): controls that train when they say so, changed
settings that say they wait, a banner that names the failure on screen, counts that agree, a history strip a
projector can show, no trace of an old run, a layout that stays put, model files that open, and defaults."""

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from genviz.core.gan.config import DRAWN, default_config
from genviz.core.gan.presets import preset_config
from genviz.core.translatable import Sentence
from genviz.qt.gan.duel_plot import EMPTY_LOSS, EMPTY_STEPS
from genviz.qt.gan.settings_panel import WATCH_HINT
from genviz.qt.gan.walkthrough_panel import START_SENTENCE
from tests.qt import test_gan_view
from tests.qt.test_gan_view import TIMEOUT, _drag

lab = test_gan_view.lab  # the same fixture: a window with a tiny GAN on the ring whose first snapshot was drawn


def steps_pass(qtbot, controller, steps: int) -> None:
    """Wait until the run has trained `steps` more steps."""
    start = controller.last_snapshot["step"]
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= start + steps, timeout=TIMEOUT)


def new_run(qtbot, controller, run: int) -> None:
    """Wait for the first snapshot of a run newer than `run`."""
    qtbot.waitUntil(lambda: controller.run_id > run and controller.last_snapshot is not None
                    and controller._run_drawn, timeout=TIMEOUT)


def geometry(widget: QWidget) -> QRect:
    """Where a widget is in its window, once every pending layout has been done."""
    QApplication.processEvents()
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_a_preset_trains_its_new_gan_and_a_second_preset_goes_on_training(qtbot, lab):
    window, view, controller = lab
    assert not controller.training and controller.last_snapshot["step"] == 0
    run = controller.run_id
    view.settings.preset_buttons["healthy"].click()
    new_run(qtbot, controller, run)
    steps_pass(qtbot, controller, 20)  # nobody pressed Train
    assert controller.training and window.transport.train_button.text() == "Pause"
    run = controller.run_id
    view.settings.preset_buttons["mode-collapse"].click()  # during training
    new_run(qtbot, controller, run)
    assert view.settings.noise_dim.value() == 1
    steps_pass(qtbot, controller, 20)
    assert controller.training


def test_train_on_my_drawing_trains(qtbot, lab):
    _, view, controller = lab
    view.draw_mode.setChecked(True)
    centre = view.plane.plot.viewport().rect().center()
    _drag(view.plane.plot.viewport(), [(centre.x() + dx, centre.y() + dx) for dx in range(0, 100, 10)])
    run = controller.run_id
    view.train_drawing.click()
    new_run(qtbot, controller, run)
    assert controller.last_snapshot["data"] == DRAWN
    steps_pass(qtbot, controller, 20)
    assert controller.training


def test_changed_data_says_it_waits_for_a_new_gan(qtbot, lab):
    window, view, controller = lab
    settings = view.settings
    window.transport.train_button.click()
    steps_pass(qtbot, controller, 5)
    assert settings.pending.isHidden()
    view.select_data("digits")  # during the run: the ring keeps training until New GAN
    assert not settings.pending.isHidden() and "press New GAN to apply" in settings.pending.text()
    assert controller.last_snapshot["data"] == "ring"
    run = controller.run_id
    settings.apply.click()
    new_run(qtbot, controller, run)
    assert controller.last_snapshot["data"] == "digits" and settings.pending.isHidden()
    # Your drawing, chosen in the list, waits too; Train on my drawing applies it.
    settings.set_config(default_config("ring"))
    settings.choose_data(DRAWN)
    assert not settings.pending.isHidden()
    view.draw_mode.setChecked(True)
    centre = view.plane.plot.viewport().rect().center()
    _drag(view.plane.plot.viewport(), [(centre.x() + dx, centre.y()) for dx in range(0, 100, 10)])
    run = controller.run_id
    view.train_drawing.click()
    new_run(qtbot, controller, run)
    assert settings.pending.isHidden()
    # set_config changes the data silently (no signal from the list): it is counted all the same.
    settings.set_config(replace(settings.config(), data="moons"))
    assert settings.pending.text() == "1 change: press New GAN to apply"


def test_the_discriminator_wins_preset_names_its_failure_and_not_mode_collapse(qtbot, lab):
    _, view, controller = lab
    view.settings.preset_buttons["d-wins"].click()
    banners = set()
    controller.snapshot_drawn.connect(lambda snapshot: banners.add(view.warning.text()))
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 450, timeout=60_000)
    assert "⚠ The discriminator has won" in view.warning.text()
    assert not any("collapse" in banner for banner in banners)


def test_the_counts_beside_the_step_agree_and_say_one_update(qtbot, lab):
    window, view, controller = lab
    view.train_d.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["d_updates"] == 1, timeout=TIMEOUT)
    assert "step 0: 1 D update, 0 G updates (by hand, outside the steps: 1 D, 0 G)" in view.readout.text()
    view.train_g.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["g_updates"] == 1, timeout=TIMEOUT)
    view.walkthrough.auto.setChecked(False)
    view.walkthrough.start_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1, timeout=TIMEOUT)
    assert window.step_label.text() == "step 1"
    assert "step 1: 2 D updates, 2 G updates (by hand, outside the steps: 1 D, 1 G)" in view.readout.text()


def test_the_history_strip_has_few_tiles_large_enough_for_a_projector(qtbot, lab):
    window, view, controller = lab
    window.resize(1600, 1000)
    view.select_data("digits")
    for box, value in ((view.settings.width, 16), (view.settings.depth, 1), (view.settings.batch_size, 32)):
        box.setValue(value)
    run = controller.run_id
    view.settings.apply.click()
    new_run(qtbot, controller, run)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 100, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(view.images.strip.captions()[0]) == 4, timeout=TIMEOUT)  # step 0, the 3 newest
    QApplication.processEvents()
    strip = view.images.strip.image
    rows = strip.image.shape[0]
    assert rows == 2 * 8 + 1  # two digits of 8 pixels high, with 1-pixel gaps
    digit = strip.sceneBoundingRect().height() * 8 / rows  # on screen
    assert digit >= 40


def test_empty_plots_have_a_runs_first_range_and_a_new_gan_keeps_nothing_of_the_old_run(qtbot, lab):
    window, view, controller = lab
    losses = view.duel.losses.getPlotItem().vb
    x_range, y_range = losses.viewRange()
    assert x_range[1] >= 0.9 * EMPTY_STEPS and y_range[1] >= EMPTY_LOSS[1] * 0.9  # step 0: not a 0..1 axis
    view.settings.preset_buttons["lr-too-high"].click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 400, timeout=60_000)
    view.walkthrough.auto.setChecked(False)
    view.walkthrough.start_button.click()
    qtbot.waitUntil(lambda: view.walkthrough.playing, timeout=TIMEOUT)
    view.walkthrough.done_button.click()
    assert losses.viewRange()[0][1] >= 400 and view.walkthrough.sentence.text() != START_SENTENCE
    assert view.settings.watch.text().startswith("<b>Watch:</b>")
    window.transport.train_button.click()  # pause, so the new run stays at step 0
    qtbot.waitUntil(lambda: not controller.training, timeout=TIMEOUT)
    run = controller.run_id
    view.settings.seed.setValue(5)
    view.settings.apply.click()
    new_run(qtbot, controller, run)
    assert controller.last_snapshot["step"] == 0
    x_range, y_range = losses.viewRange()
    assert x_range[1] < 1.1 * EMPTY_STEPS and y_range[1] < 1.1 * EMPTY_LOSS[1]
    assert all(len(curve.xData or ()) == 0 for curve in view.duel._loss_curves.curves.values())
    assert view.walkthrough.sentence.text() == START_SENTENCE
    assert view.settings.watch.text() == WATCH_HINT  # the preset's note went with the preset's model
    assert view.warning.text() == "" and "step 0:" in view.readout.text()


def test_the_settings_column_fits_and_the_pictures_stay_put(qtbot, lab):
    window, view, controller = lab
    window.resize(1600, 1000)
    QApplication.processEvents()
    viewport = view.settings.parentWidget()  # the scroll area's viewport
    for widget in view.settings.findChildren(QWidget):
        if widget.isVisible() and widget.width() > 0:
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), f"{type(widget).__name__} {widget.objectName()} is clipped"
    for column in range(view.columns.count()):  # no column is wider than its place: none scrolls sideways
        assert not view.columns.widget(column).horizontalScrollBar().isVisible()
    panels = (view.pictures, view.duel.losses, view.walkthrough)
    before = [geometry(panel) for panel in panels]
    collapse = Sentence("Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the "
                        "rest.", {"covered": 1, "modes": 8})
    snapshot = dict(controller.last_snapshot, collapse=collapse)
    list(view.draw(snapshot))
    assert view.warning.text().startswith("⚠ Mode collapse")
    assert [geometry(panel) for panel in panels] == before  # the banner has a place of its own
    view.walkthrough.auto.setChecked(False)
    view.walkthrough.start_button.click()
    qtbot.waitUntil(lambda: view.walkthrough.playing, timeout=TIMEOUT)
    for _ in range(5):
        assert [geometry(panel) for panel in panels] == before
        view.walkthrough.next_button.click()
    assert [geometry(panel) for panel in panels] == before
    assert not view.columns.widget(1).verticalScrollBar().isVisible()  # the slow motion's sentence in sight


def test_an_opened_model_file_goes_on_from_its_weights_step_and_settings(qtbot, lab, tmp_path):
    window, view, controller = lab
    view.settings.preset_buttons["mode-collapse"].click()  # settings that differ from the defaults
    steps_pass(qtbot, controller, 60)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"], timeout=TIMEOUT)
    saved = controller.last_snapshot
    path = tmp_path / "gan.safetensors"
    done = []
    controller.send_request("save", (str(path),), done.append, done.append)
    qtbot.waitUntil(lambda: path.exists() and bool(done), timeout=TIMEOUT)
    view.settings.restore_defaults()
    run = controller.run_id
    view.settings.apply.click()
    new_run(qtbot, controller, run)
    assert controller.last_snapshot["step"] == 0
    run = controller.run_id
    window.open_model(path)
    new_run(qtbot, controller, run)
    snapshot = controller.last_snapshot
    assert snapshot["step"] == saved["step"] and snapshot["g_updates"] == saved["g_updates"]
    assert np.allclose(snapshot["fakes"], saved["fakes"], atol=1e-5)  # the same weights, the same fixed noise
    assert view.settings.noise_dim.value() == 1 and view.settings.pending.isHidden()
    run = controller.run_id
    view.settings.apply.click()  # a later New GAN starts from random weights again
    new_run(qtbot, controller, run)
    assert controller.last_snapshot["step"] == 0


def test_back_to_default_settings_restores_every_setting_and_says_what_waits(qtbot, lab):
    _, view, controller = lab
    settings = view.settings
    settings.preset_buttons["d-wins"].click()
    qtbot.waitUntil(lambda: controller.spec.args[0].loss == "minimax", timeout=TIMEOUT)
    settings.seed.setValue(9)
    settings.defaults.click()
    assert settings.config() == default_config("ring")
    changed = len([name for name, value in vars(preset_config("d-wins", "ring")).items()
                   if value != getattr(default_config("ring"), name)])  # the seed is back at the model's
    assert settings.pending.text() == f"{changed} changes: press New GAN to apply"
