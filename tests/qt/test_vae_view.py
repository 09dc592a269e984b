import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from genviz.core.errors import DataError
from genviz.qt.main_window import MainWindow
from genviz.qt.vae.controls_panel import BETAS
from genviz.qt.vae.view import VaeLabView

WAIT_MS = 20_000


@pytest.fixture
def lab(qtbot, settings):
    view = VaeLabView()
    view.settings.width.setValue(32)
    view.settings.batch_size.setValue(32)
    window = MainWindow({"vae": view}, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=WAIT_MS)
    yield window, view, controller
    window.close()


def train(qtbot, controller, steps: int) -> None:
    start = controller.last_snapshot["step"]
    controller.train()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= start + steps, timeout=WAIT_MS)
    controller.pause()
    # Paused between two picture updates, the view asks for pictures of the model as it is now.
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"] and
                    controller.last_snapshot["map"]["step"] == controller.last_snapshot["step"] and
                    controller.last_snapshot["gallery"]["step"] == controller.last_snapshot["step"], timeout=WAIT_MS)


def click_map(qtbot, view, x: float, y: float) -> None:
    """A real left click on the latent map at the map point (x, y)."""
    plot = view.latent_map
    scene_point = plot.plot_item.getViewBox().mapViewToScene(QPointF(x, y))
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene_point))


def lonely(view, rows: np.ndarray) -> int:
    """The first of these rows of the map whose example has no other within 3 pixels: easy to hit."""
    points = view.latent_map.points
    pixels = np.array(view.latent_map.plot_item.getViewBox().viewPixelSize())
    for row in rows:
        distances = np.hypot(*((points - points[row]) / pixels).T)
        if np.sort(distances)[1] > 3:
            return int(row)
    raise AssertionError("no example stands alone on the map")


def test_training_draws_the_map_reconstructions_and_losses(qtbot, lab):
    _, view, controller = lab
    train(qtbot, controller, 15)
    snapshot = controller.last_snapshot
    counts = [view.latent_map.markers.count(digit) for digit in range(10)]
    assert sum(counts) == 1797 and min(counts) > 150  # every digit on the map, each in its own style
    assert [label.text for _, label in view.latent_map.legend.items] == [*"0123456789", "prior samples"]
    assert view.reconstructions.image.image.shape == (2 * 8 + 1, 10 * 8 + 9)  # two rows of ten 8x8 digits
    assert view.manifold.image.image.shape == (8 * 9 - 1, 8 * 9 - 1)
    assert np.array_equal(view.loss_plot.curves["kl"].xData, snapshot["history"]["kl"][:, 0])  # every point drawn
    assert "weights" in view.settings.parameters.text()


def test_dragging_the_marker_redraws_the_decoded_image(qtbot, lab):
    _, view, controller = lab
    train(qtbot, controller, 10)
    pictures = []
    for point in ((-1.5, 1.0), (1.5, -1.0)):
        view.latent_map.move_marker(*point)  # what a drag does, one mouse move at a time
        qtbot.waitUntil(lambda p=point: controller.last_snapshot["probe"]["latent"] == p, timeout=WAIT_MS)
        drawn = view.decoded.image.image[::-1]  # the panel flips rows: the plot's y axis points up
        assert np.allclose(drawn, controller.last_snapshot["decoded_at_probe"], atol=1 / 255)
        pictures.append(drawn.copy())
    assert not np.allclose(*pictures)
    (x0, x1), (y0, y1) = view.latent_map.plot_item.getViewBox().viewRange()
    target = (x0 + 0.03 * (x1 - x0), y0 + 0.03 * (y1 - y0))  # the bottom-left corner, where no example is
    assert view.latent_map.nearest_example(*target) is None
    picked = list(view.picked)
    click_map(qtbot, view, *target)  # a click away from every example moves the marker there
    assert np.allclose(view.latent_map.marker_position(), target, atol=0.05)
    assert view.picked == picked  # and picks nothing
    qtbot.waitUntil(lambda: np.allclose(controller.last_snapshot["probe"]["latent"], target, atol=0.05),
                    timeout=WAIT_MS)


def test_clicking_two_examples_walks_between_them_step_by_step(qtbot, lab):
    _, view, controller = lab
    train(qtbot, controller, 300)  # the codes spread out from 0
    view.controls.pace.setValue(300)
    points, indices = view.latent_map.points, view.latent_map.indices
    first, second = lonely(view, np.argsort(points[:, 0])), lonely(view, np.argsort(-points[:, 0]))  # far apart
    click_map(qtbot, view, *points[first])
    assert view.picked == [int(indices[first])]
    assert "second" in view.controls.walk_status.text()
    pair = (int(indices[first]), int(indices[second]))
    click_map(qtbot, view, *points[second])
    assert view.picked == list(pair) and view.walk_pair == pair
    qtbot.waitUntil(lambda: view.walk is not None and view.walk["indices"] == pair, timeout=WAIT_MS)
    assert view.walk_shown < len(view.walk["frames"])  # revealed one step at a time...
    view.controls.pace.setValue(20)
    qtbot.waitUntil(lambda: view.walk_shown == len(view.walk["frames"]), timeout=WAIT_MS)  # ...to the end
    path = view.latent_map.path.getData()
    assert np.allclose([path[0][0], path[1][0]], points[first], atol=1e-5)
    assert np.allclose([path[0][-1], path[1][-1]], points[second], atol=1e-5)
    assert view.walk_strip.image.image.shape[1] == 8 * 9 - 1  # A, six decoded steps, B


def test_sampling_from_the_prior_shows_new_images_and_their_codes(qtbot, lab):
    _, view, controller = lab
    train(qtbot, controller, 5)
    view.controls.sample_button.click()
    qtbot.waitUntil(lambda: view.samples is not None and view.samples["seed"] == 1, timeout=WAIT_MS)
    first = view.samples
    assert first["samples"].shape == (20, 8, 8)
    assert view.sample_panel.image.image.shape == (4 * 9 - 1, 5 * 9 - 1)
    assert len(view.latent_map.prior.data) == 20
    view.controls.sample_button.click()
    qtbot.waitUntil(lambda: view.samples["seed"] == 2, timeout=WAIT_MS)
    assert not np.allclose(view.samples["samples"], first["samples"])  # a new seed each time


def test_the_beta_slider_changes_the_loss_while_training(qtbot, lab):
    _, view, controller = lab
    view.controls.beta.setValue(BETAS.index(0.0))
    assert view.controls.beta_label.text() == "β = 0"
    train(qtbot, controller, 3)
    qtbot.waitUntil(lambda: controller.last_snapshot["beta"] == 0.0, timeout=WAIT_MS)
    history = controller.last_snapshot["history"]
    assert history["total"][-1, 1] == pytest.approx(history["reconstruction"][-1, 1])
    assert history["kl"][-1, 1] > 0  # still measured, no longer weighed


def test_a_point_set_is_drawn_in_data_space(qtbot, lab):
    window, view, controller = lab
    view.select_data("moons")
    assert view.settings.network.currentData() == "mlp"
    window.reset()
    qtbot.waitUntil(lambda: controller.last_snapshot is not None and controller.last_snapshot["kind"] == "points",
                    timeout=WAIT_MS)
    assert view.manifold_stack.currentWidget() is view.data_space
    assert not view.sample_panel.isVisible()
    grid_x, _ = view.data_space.grid.getData()
    assert np.isfinite(grid_x).sum() == 2 * 17 * 17  # every row and column of the decoded latent grid


def test_unknown_data_and_single_files_get_one_sentence(qtbot, tmp_path):
    view = VaeLabView()
    qtbot.addWidget(view)
    with pytest.raises(DataError, match="no data set called"):
        view.select_data("no-such-set")
    picture = tmp_path / "one.png"
    picture.write_bytes(b"")
    with qtbot.waitSignal(view.message) as blocker:
        view.open_file(picture)
    assert "folder" in blocker.args[0]
