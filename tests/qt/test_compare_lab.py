"""The Compare lab in the main window: a column per family, trained together by the window's transport bar; Is it a
copy?; a new comparison with fewer training images; a family that dies while the others go on; no process left."""

import csv
import os
import signal

import pytest
from PySide6.QtCore import QPointF, Qt

from genviz.core.host import HOSTS
from genviz.qt.compare.view import CompareLabView
from genviz.qt.main_window import MainWindow

WAIT_MS = 90_000  # each family's training process imports torch and fits the digit judge first
FAMILIES = ("gan", "vae")  # two quick ones


@pytest.fixture
def lab(qtbot, settings):
    view = CompareLabView()
    for name, box in view.settings.family_boxes.items():
        box.setChecked(name in FAMILIES)
    window = MainWindow({"compare": view}, settings)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    controller = window.current
    qtbot.waitUntil(lambda: list(view.family_columns) == list(FAMILIES)
                    and all(c.snapshot is not None for c in view.family_columns.values()), timeout=WAIT_MS)
    yield window, view, controller
    window.close()


def steps(view) -> dict[str, int]:
    return {name: column.snapshot["steps"] if column.snapshot else 0 for name, column in view.family_columns.items()}


def click_sample(qtbot, grid, index: int) -> None:
    """A left click on the middle of sample `index` of the grid, as the user makes it."""
    height, width = grid.tile
    rows = -(-grid.count // 4)
    row, column = divmod(index, 4)
    centre = QPointF(column * (width + 1) + width / 2, rows * (height + 1) - 1 - row * (height + 1) - height / 2)
    assert grid.index_at(centre.x(), centre.y()) == index
    scene = grid.plot_item.vb.mapViewToScene(centre)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.mapFromScene(scene))


def test_train_drives_every_column_and_the_table_fills_in(qtbot, lab, tmp_path):
    window, view, controller = lab
    for column in view.family_columns.values():
        assert column.grid.image.image.shape == (4 * 9 - 1, 4 * 9 - 1)  # 16 digits of 8 x 8, one pixel apart
        assert column.process_caption.text() == "step 1 of 1: done"  # a GAN and a VAE make a sample in one pass
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: min(steps(view).values()) >= 20 and None not in view.table.rows.values(), timeout=WAIT_MS)
    assert controller.training
    window.transport.train_button.setChecked(False)
    qtbot.waitUntil(lambda: not controller.training and not controller.last_snapshot["training"], timeout=WAIT_MS)
    paused = steps(view)
    assert controller.last_snapshot["step"] == sum(paused.values())
    for name, column in view.family_columns.items():
        assert len(column.loss.curves[next(iter(column.loss.curves))].xData) > 0
        row = view.table.rows[name]
        assert view.table.text(name, "quality") == f"{row['quality']:.2f}"
        assert view.table.text(name, "classes") == f"{row['classes']} of 10"
    # Step steps every family once.
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: all(steps(view)[name] == paused[name] + 1 for name in FAMILIES), timeout=WAIT_MS)

    out = tmp_path / "table.csv"
    view.export_table(out)
    with out.open() as file:
        rows = list(csv.DictReader(file))
    assert [row["family"] for row in rows] == list(FAMILIES)
    assert float(rows[0]["quality"]) == pytest.approx(view.table.rows["gan"]["quality"])
    messages = []
    view.message.connect(messages.append)
    view.export_table(tmp_path / "missing" / "table.csv")
    assert len(messages) == 1 and messages[0].startswith("Could not write") and messages[0].endswith(".")


def test_while_a_frame_waits_each_family_already_makes_its_next_snapshot(qtbot, lab):
    """A family's step takes tens of milliseconds on its share of the cores: a snapshot asked for only once the last
    was drawn would miss the next frame, and its column would change at half the frame rate."""
    window, _, controller = lab
    window.frame_timer.stop()  # nothing is drawn from now on
    arrived = {name: 0 for name in FAMILIES}
    for name, host in controller.hosts.items():
        host.handle.listener.snapshot_ready.connect(lambda run_id, snapshot, name=name: arrived.__setitem__(
            name, arrived[name] + 1))
    controller.train()
    qtbot.waitUntil(lambda: min(arrived.values()) >= 3, timeout=20_000)  # the processes are up: seconds at most
    controller.pause()
    window.frame_timer.start()


def test_clicking_a_sample_shows_its_three_nearest_training_images_and_the_verdict(qtbot, lab):
    _, view, controller = lab
    controller.step()  # the table's first row, and the histogram with it, comes after a step
    qtbot.waitUntil(lambda: view.family_columns["vae"].snapshot["metrics"] is not None, timeout=WAIT_MS)
    grid = view.family_columns["vae"].grid
    click_sample(qtbot, grid, 5)
    assert view.picked == ("vae", 5) and grid.frame.isVisible()
    qtbot.waitUntil(lambda: view.copy_panel.verdict.text().startswith("VAE, sample 6."), timeout=WAIT_MS)
    text = view.copy_panel.verdict.text()
    assert "copy" in text and "1/3" in text
    assert view.copy_panel.pictures.image.image.shape == (8, 4 * 9 - 1)  # the sample and its three neighbours
    under, _ = view.copy_panel.pictures.captions()
    distances = [float(caption) for caption in under]  # under the three neighbours, nearest first
    assert len(distances) == 3 and distances == sorted(distances)
    assert view.copy_panel.family == "vae"
    assert len(view.copy_panel.samples_curve.yData) == len(view.copy_panel.real_curve.yData) > 0
    assert view.copy_panel.samples_curve.yData.sum() == pytest.approx(1.0)  # shares of the samples


def test_new_comparison_with_sixteen_training_images(qtbot, lab):
    _, view, controller = lab
    first = {name: host.handle.host.pid for name, host in controller.hosts.items()}
    view.settings.train_images.setCurrentIndex(view.settings.train_images.findData(16))
    assert view.settings.pending.isVisible()
    view.settings.apply.click()
    qtbot.waitUntil(lambda: all(c.snapshot is not None and c.snapshot["train_images"] == 16
                                and "16 training images" in c.status.text()  # drawn, not only received
                                for c in view.family_columns.values()), timeout=WAIT_MS)
    assert not view.settings.pending.isVisible()
    assert {name: host.handle.host.pid for name, host in controller.hosts.items()} == first  # the same processes
    controller.step()  # each new session makes its own reference after its first pictures: the table fills in again
    qtbot.waitUntil(lambda: all(c.snapshot["metrics"] is not None and c.snapshot["train_images"] == 16
                                for c in view.family_columns.values()), timeout=WAIT_MS)

    view.settings.preset_buttons["Learns patterns (all digits)"].click()  # applies and trains
    qtbot.waitUntil(lambda: controller.training and all(c.snapshot is not None and c.snapshot["train_images"] == 1797
                                                        and c.snapshot["steps"] > 0
                                                        for c in view.family_columns.values()), timeout=WAIT_MS)


def test_a_family_that_dies_is_one_sentence_and_the_others_go_on(qtbot, lab):
    window, view, controller = lab
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: min(steps(view).values()) > 0, timeout=WAIT_MS)
    os.kill(controller.hosts["gan"].handle.host.pid, signal.SIGKILL)
    qtbot.waitUntil(window.banner.isVisible, timeout=20_000)
    assert window.banner.label.text() == ("GAN: The training process stopped unexpectedly (killed by signal 9). "
                                          "Press Reset to start again.")
    assert view.family_columns["gan"].status.text().startswith("stopped:")
    going = steps(view)["vae"]
    qtbot.waitUntil(lambda: steps(view)["vae"] > going + 10, timeout=WAIT_MS)
    assert controller.training

    window.transport.reset_button.click()  # a new comparison starts the dead family again
    qtbot.waitUntil(lambda: all(c.snapshot is not None for c in view.family_columns.values())
                    and controller.hosts["gan"].handle is not None, timeout=WAIT_MS)


def test_closing_the_window_leaves_no_training_process(qtbot, lab):
    window, _, controller = lab
    processes = [host.handle.host.process for host in controller.hosts.values()]
    assert len(processes) == len(FAMILIES)
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: controller.training, timeout=WAIT_MS)
    window.close()
    assert all(not process.is_alive() or process in HOSTS.spare_processes for process in processes)
