"""Every panel's right-click menu: the panel as a PNG for slides, its curves as CSV, and a failed write told in one
sentence."""

import csv

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QProcess
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu, QVBoxLayout, QWidget

from genviz.qt.lab import LabView
from genviz.qt.panel_export import SLIDE_SCALE, panel_menu, save_as, write_curves_csv, write_picture
from genviz.qt.recording import TimelineRecording
from genviz.qt.widgets.loss_plot import LossPlot
from genviz.qt.widgets.picture import PicturePanel


class _OnePanelLab(LabView):
    title = "Test"
    summary = "A lab with one loss plot."

    def __init__(self) -> None:
        super().__init__()
        self.loss_plot = LossPlot()
        self.pictures = QWidget()
        QVBoxLayout(self.pictures).addWidget(self.loss_plot)
        self.set_columns([QWidget(), self.pictures], [60, 400])


@pytest.fixture
def lab(qtbot):
    lab = _OnePanelLab()
    qtbot.addWidget(lab)
    lab.resize(520, 420)
    lab.show()
    qtbot.waitExposed(lab)
    return lab


TRAIN = np.array([[step, 4.0 * np.exp(-step / 300)] for step in range(0, 1000, 10)])
VALIDATION = np.array([[step, 4.2 * np.exp(-step / 350)] for step in range(0, 1000, 100)])


def test_save_picture_writes_a_png_twice_the_panels_size(lab, tmp_path, qtbot):
    picture = PicturePanel("Samples", "tip")
    lab.pictures.layout().addWidget(picture)
    qtbot.waitUntil(lambda: picture.isVisible() and picture.height() < lab.height())  # laid out
    picture.show_picture(np.linspace(0, 1, 64).reshape(8, 8))
    for panel in (lab.loss_plot, picture):
        path = write_picture(panel, tmp_path / "panel.png")
        image = QImage(str(path))
        assert (image.width(), image.height()) == (SLIDE_SCALE * panel.width(), SLIDE_SCALE * panel.height())
        pixels = np.frombuffer(image.convertToFormat(QImage.Format.Format_Grayscale8).constBits(), np.uint8)
        assert pixels.min() < 100 < 200 < pixels.max()  # drawn: dark text and lines on white, not a blank sheet


def test_csv_of_a_loss_plot_has_every_point_of_each_curve(lab, tmp_path):
    lab.loss_plot.update_curves({"train": TRAIN, "validation": VALIDATION})
    path = write_curves_csv(lab.loss_plot, tmp_path / "loss.csv")
    with open(path, newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header == ["curve", "training step", "loss (cross-entropy, nats)"]
    by_curve: dict[str, list[tuple[float, float]]] = {}
    for label, step, value in rows:
        by_curve.setdefault(label, []).append((float(step), float(value)))
    assert np.allclose(by_curve["training"], TRAIN)
    assert np.allclose(by_curve["validation (held out)"], VALIDATION)
    assert len(by_curve["training (smoothed)"]) == len(TRAIN)
    assert rows[0][1] == "0"  # a step is a whole number


def test_the_menu_offers_curves_only_where_the_panel_has_some(lab):
    def actions(panel):
        return [action.text() for action in panel_menu(panel).actions()]

    assert actions(lab.loss_plot) == ["Save picture…"]  # no curve drawn yet
    lab.loss_plot.update_curves({"train": TRAIN})
    assert actions(lab.loss_plot) == ["Save picture…", "Save curves as CSV…"]
    assert actions(PicturePanel("Samples", "tip")) == ["Save picture…"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform, on raising a popup menu
def test_right_click_on_a_panel_opens_its_menu(lab, qtbot):
    plot = lab.loss_plot
    viewport = plot.viewport()
    centre = viewport.rect().center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                       viewport.mapToGlobal(centre)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [action.text() for action in menu.actions()] == ["Save picture…"]
    menu.close()
    assert plot.getPlotItem().vb.menu is None  # pyqtgraph's own menu is never built: the app never shows it


def test_a_failed_write_is_one_sentence_in_the_labs_banner(lab, tmp_path, qtbot):
    missing = tmp_path / "no such folder" / "loss.png"
    with qtbot.waitSignal(lab.message) as said:
        assert save_as(lab.loss_plot, lambda: write_picture(lab.loss_plot, missing)) is None
    sentence = said.args[0]
    assert "no such folder" in sentence and "\n" not in sentence and "Traceback" not in sentence
    assert not missing.parent.exists()


def test_a_failed_write_leaves_the_old_file_as_it_was(lab, tmp_path, qtbot, monkeypatch):
    old = tmp_path / "loss.png"
    old.write_bytes(b"the old picture")
    monkeypatch.setattr(QImage, "save", lambda *_: False)  # e.g. a full disk
    with qtbot.waitSignal(lab.message) as said:
        save_as(lab.loss_plot, lambda: write_picture(lab.loss_plot, old))
    assert "could not be written" in said.args[0]
    assert old.read_bytes() == b"the old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["loss.png"]  # no temporary file left behind



def trained_gan(qtbot, window, steps=60):
    window.tabs.setCurrentIndex(window.lab_names.index("gan"))
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=60_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= steps, timeout=30_000)
    window.transport.train_button.click()
    return controller


def test_record_the_timeline_writes_an_animation_of_the_panel_through_the_kept_steps(qtbot, window, tmp_path):
    controller = trained_gan(qtbot, window)
    plot = controller.view.duel.losses
    assert "Record the timeline…" in [action.text() for action in panel_menu(plot).actions()]
    told = []
    controller.view.message.connect(told.append)
    out = tmp_path / "pictures.gif"
    controller.view.record_requested.emit("pictures", str(out))  # the GAN's real and fake points
    qtbot.waitUntil(lambda: bool(told), timeout=120_000)
    assert told == [f"Saved the recording to {out}."]
    with Image.open(out) as gif:
        assert gif.n_frames >= 10  # one frame per kept step
    assert not list(tmp_path.glob("genviz-record-*"))


def test_a_cancelled_recording_writes_nothing_and_says_so(qtbot, window, tmp_path):
    controller = trained_gan(qtbot, window)
    told = []
    controller.view.message.connect(told.append)
    out = tmp_path / "losses.gif"
    controller.view.record_requested.emit("losses", str(out))
    recording = controller.view.findChild(TimelineRecording)
    qtbot.waitUntil(lambda: recording.process.state() == QProcess.ProcessState.Running, timeout=30_000)
    recording.dialog.canceled.emit()  # what its Cancel button sends
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told == ["Recording cancelled: nothing was written."] and not out.exists()


def test_the_compare_labs_panels_offer_no_recording(qtbot, window):
    window.tabs.setCurrentIndex(window.lab_names.index("compare"))
    plots = window.current.view.findChildren(PicturePanel)
    assert plots and all("Record the timeline…" not in [a.text() for a in panel_menu(p).actions()] for p in plots)
