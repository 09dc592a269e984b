"""The VAE lab as a teacher meets it in the first minutes (issue 14): every panel filled from the start and alive
while training, pictures large enough for a projector, a marker that shows, axes that fit, no trace of an old
run, model files that open and settings that go back to their defaults."""

from dataclasses import asdict

import numpy as np
from PySide6.QtCore import QPointF

from genviz.core.modelfile import ModelFile
from genviz.core.mosaic import mosaic
from genviz.core.vae.config import VaeConfig
from genviz.qt.style import VERMILLION, color
from genviz.qt.vae.controls_panel import BETAS
from genviz.qt.vae.latent_map_panel import MARKER_SIZE, LatentMapPanel
from genviz.qt.vae.view import VaeLabView
from genviz.qt.widgets.picture import PicturePanel
from tests.qt import test_vae_view
from tests.qt.test_vae_view import WAIT_MS, train

lab = test_vae_view.lab  # the same fixture: a window with a small VAE whose first snapshot was drawn


def spread(samples: np.ndarray) -> float:
    """How much the samples differ from one another: near 0 once the decoder ignores its code."""
    return float(samples.std(axis=0).mean())


def tile_pixels(panel: PicturePanel, columns: int) -> float:
    """On-screen width of one tile of a mosaic `columns` tiles wide."""
    return panel.image.sceneBoundingRect().width() / columns


def test_the_walk_and_the_prior_samples_are_shown_from_the_first_snapshot(lab):
    _, view, _ = lab
    assert view.walk_strip.image.image.shape == (8, 8 * 9 - 1)  # A, six decoded steps, B
    assert view.sample_panel.image.image.shape == (4 * 9 - 1, 5 * 9 - 1)
    assert len(view.latent_map.picked.data) == 2 and len(view.latent_map.prior.data) == 20
    assert view.walk_pair is not None and view.controls.walk_button.isEnabled()
    status = view.controls.walk_status.text()
    assert "A: example #" in status and "B: example #" in status


def test_the_walk_and_the_samples_follow_the_weights_and_blur_when_beta_collapses_the_model(qtbot, lab):
    _, view, controller = lab
    gallery_steps = set()
    controller.snapshot_drawn.connect(lambda snapshot: gallery_steps.add(snapshot["gallery"]["step"]))
    train(qtbot, controller, 600)
    assert len(gallery_steps - {0}) >= 2  # refreshed while training, not only when paused
    gallery = controller.last_snapshot["gallery"]
    assert gallery["step"] == controller.last_snapshot["step"]
    assert view.samples is gallery["samples"] and view.walk is gallery["walk"]
    assert np.allclose(view.sample_panel.image.image[::-1], mosaic(gallery["samples"]["samples"], 5), atol=1 / 255,
                       equal_nan=True)  # the gaps: NaN, see-through
    assert spread(view.samples["samples"]) > 0.05  # digits of several kinds
    view.controls.beta.setValue(BETAS.index(10.0))
    train(qtbot, controller, 400)
    assert spread(view.samples["samples"]) < 0.02  # one blur: the screen says what β did
    assert spread(view.walk["frames"]) < 0.02


def test_the_manifold_the_walk_and_the_samples_are_large_enough_for_a_projector(qtbot, lab):
    window, view, controller = lab
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    train(qtbot, controller, 5)
    view.controls.walk_button.click()
    qtbot.waitUntil(lambda: not view.demo_running(), timeout=WAIT_MS)
    assert tile_pixels(view.manifold, 8) >= 40  # 12 tiles a side were about 30 pixels here
    assert tile_pixels(view.walk_strip, 8) >= 40
    assert tile_pixels(view.sample_panel, 5) >= 40
    assert tile_pixels(view.reconstructions, 10) >= 28


def test_the_marker_is_drawn_over_the_examples_ringed_in_white(qtbot, lab):
    _, view, controller = lab
    train(qtbot, controller, 200)
    plot = view.latent_map
    data_items = (plot.markers, plot.prior, plot.path, plot.path_now, plot.picked)
    assert plot.marker.zValue() > max(item.zValue() for item in data_items)
    points = plot.points
    crowded = points[np.argmax([(np.hypot(*(points - p).T) < 0.3).sum() for p in points[::10]]) * 10]
    plot.move_marker(*crowded)
    picture = plot.grab().toImage()
    centre = plot.mapFromScene(plot.plot_item.getViewBox().mapViewToScene(QPointF(*crowded)))
    ratio = picture.width() / plot.width()

    def circle(radius: float, count: int) -> list:
        """The picture's colours on a circle around the marker (off the crosshair's arms)."""
        angles = np.linspace(0, 2 * np.pi, count, endpoint=False) + 0.2
        return [picture.pixelColor(int((centre.x() + radius * np.cos(a)) * ratio),
                                   int((centre.y() + radius * np.sin(a)) * ratio)) for a in angles]

    white = sum(min(c.red(), c.green(), c.blue()) > 235 for c in circle(MARKER_SIZE / 2 + 2.5, 48))
    vermillion = color(VERMILLION)
    red = sum(abs(c.red() - vermillion.red()) + abs(c.green() - vermillion.green()) +
              abs(c.blue() - vermillion.blue()) < 60 for c in circle(MARKER_SIZE / 2, 12))
    assert white >= 36 and red >= 9  # a white rim around a vermillion ring, over a crowd of examples


def shows_the_priors_area(plot) -> bool:
    """The axes span the prior's -3..3 (nearly every code), and not many times more."""
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    return x0 <= -3 and x1 >= 3 and y0 <= -3 and y1 >= 3 and max(-x0, x1, -y0, y1) < 6


def test_empty_plots_show_the_priors_area_and_the_latent_axes_fit_the_codes(qtbot, lab):
    _, view, _ = lab
    empty_map, empty_view = LatentMapPanel(), VaeLabView()
    for widget in (empty_map, empty_view):
        qtbot.addWidget(widget)
    assert shows_the_priors_area(empty_map) and shows_the_priors_area(empty_view.manifold)
    assert shows_the_priors_area(view.latent_map)  # an untrained model's codes huddle near 0
    for axis in ("bottom", "left"):
        assert "x0.001" not in view.latent_map.plot_item.getAxis(axis).labelString()


def test_a_new_model_keeps_nothing_of_the_old_runs_axes_legend_pictures_or_texts(qtbot, lab):
    window, view, controller = lab
    view.settings.latent_size.setValue(4)
    window.reset()
    qtbot.waitUntil(lambda: controller.last_snapshot["latent_size"] == 4, timeout=WAIT_MS)
    train(qtbot, controller, 20)
    view.controls.pace.setValue(0)
    view.controls.walk_button.click()
    qtbot.waitUntil(lambda: not view.demo_running(), timeout=WAIT_MS)
    assert view.latent_map.axis_names[0].startswith("PCA axis 1")
    seen = {}

    def look() -> None:  # the moment the new run starts, before its first picture
        seen.update(axis=view.latent_map.plot_item.getAxis("bottom").labelString(),
                    manifold_axis=view.manifold.getPlotItem().getAxis("bottom").labelString(),
                    legend=[label.text for _, label in view.latent_map.legend.items],
                    walk=view.walk_strip.image.image, samples=view.sample_panel.image.image,
                    walk_ticks=view.walk_strip.getPlotItem().getAxis("bottom").isVisible(),
                    size=view.settings.parameters.text(), points=len(view.latent_map.points))

    controller.session_started.connect(look)
    view.select_data("moons")
    view.settings.latent_size.setValue(2)
    window.reset()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "PCA" not in seen["axis"] and "PCA" not in seen["manifold_axis"]
    assert "0" not in seen["legend"]  # no digit classes over a map of moons
    assert seen["walk"] is None and seen["samples"] is None and not seen["walk_ticks"]
    assert seen["size"] == "—" and seen["points"] == 0
    qtbot.waitUntil(lambda: controller.last_snapshot["kind"] == "points", timeout=WAIT_MS)
    assert [label.text for _, label in view.latent_map.legend.items] == ["upper moon", "lower moon", "prior samples"]
    assert "upper moon" in view.latent_map.toolTip()
    assert max(len(line) for line in view.latent_map.toolTip().split("\n")) <= 70  # wrapped like every tooltip


def test_an_opened_model_file_goes_on_from_its_weights_and_step(qtbot, lab, tmp_path):
    window, view, controller = lab
    train(qtbot, controller, 50)
    saved = controller.last_snapshot
    path = tmp_path / "digits.safetensors"
    window.save_model(path)  # File > Save model
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    view.settings.seed.setValue(9)
    view.settings.width.setValue(64)
    window.open_model(path)  # File > Open model
    assert view.settings.width.value() == 32 and view.settings.seed.value() == 0  # the file's settings
    assert controller.spec.args[3] == str(path)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == saved["step"] and
                    controller.last_snapshot["map"] is not saved["map"], timeout=WAIT_MS)
    assert np.allclose(controller.last_snapshot["map"]["points"], saved["map"]["points"], atol=1e-5)
    assert view.settings.pending.isHidden()
    window.reset()  # Reset starts again from random weights
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 0, timeout=WAIT_MS)
    assert len(controller.spec.args) == 1


def test_a_model_file_from_the_command_line_shows_every_setting_in_the_panel(qtbot, lab, tmp_path):
    _, view, _ = lab
    wide = ModelFile(lab="vae", config={**asdict(VaeConfig()), "latent_size": 32, "batch_size": 2000},
                     tensors={}, extras={})  # trained with genviz train vae --latent 32 --batch-size 2000
    view.open_model(tmp_path / "wide.safetensors", wide)
    assert view.settings.latent_size.value() == 32 and view.settings.batch_size.value() == 2000


def test_back_to_default_settings_restores_every_setting_and_beta_at_once(qtbot, lab):
    _, view, controller = lab
    settings = view.settings
    settings.latent_size.setValue(5)
    settings.learning_rate.setValue(0.01)
    settings.seed.setValue(3)
    view.controls.beta.setValue(BETAS.index(4.0))
    qtbot.waitUntil(lambda: controller.last_snapshot["beta"] == 4.0, timeout=WAIT_MS)
    settings.defaults.click()
    assert settings.config(view.controls.beta_value()) == VaeConfig()
    qtbot.waitUntil(lambda: controller.last_snapshot["beta"] == 1.0, timeout=WAIT_MS)  # β applies live
    # The fixture's model was built with width 32 and batch 32: the defaults differ from it in those two.
    assert settings.pending.text() == "2 changes: press New model to apply"


def test_a_new_model_of_the_same_data_keeps_its_legend_instead_of_building_it_again(qtbot, lab):
    window, view, controller = lab
    samples = list(view.latent_map._legend_samples)
    assert samples  # the digits' classes
    seen = []
    controller.session_started.connect(lambda _: seen.append(list(view.latent_map._legend_samples)))
    run = controller.run_id
    window.reset()
    qtbot.waitUntil(lambda: controller.run_id > run and controller.last_snapshot["step"] == 0, timeout=WAIT_MS)
    assert seen and seen[0] == samples  # the same legend items: nothing rebuilt at the start of the run
    assert view.latent_map._legend_samples == samples  # nor when its first map arrived
