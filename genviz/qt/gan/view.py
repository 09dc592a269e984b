"""The GAN lab: a generator and a discriminator play their game live, on 2-D points or on images."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS, points_dataset
from genviz.core.data.idx import training_files
from genviz.core.errors import DataError, GenvizError
from genviz.core.gan.config import DRAWN, GanConfig
from genviz.core.host import SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.session import config_from_mapping
from genviz.core.translatable import Sentence
from genviz.qt.gan.download import MnistDownload
from genviz.qt.gan.duel_plot import DuelPlot
from genviz.qt.gan.images_panel import ImagesPanel
from genviz.qt.gan.lines_label import LinesLabel
from genviz.qt.gan.plane_panel import PlanePanel
from genviz.qt.gan.settings_panel import GanSettingsPanel
from genviz.qt.gan.walkthrough_panel import WalkthroughPanel
from genviz.qt.lab import LabView
from genviz.qt.number_format import local_format, local_number
from genviz.qt.style import VERMILLION
from genviz.qt.translation import core_sentence, core_sentences, translate
from genviz.qt.widgets.flow_layout import FlowLayout
from genviz.qt.widgets.real_or_fake import RealOrFakePanel
from genviz.qt.widgets.settings_form import short_name

LEFT_WIDTH = 400  # the settings column: wide enough for its longest entries at the default font
BANNER_PADDING = 6
WARNING_STYLE = f"background: {VERMILLION}; color: white; font-weight: bold; padding: {BANNER_PADDING}px;"
NO_WARNING_STYLE = f"background: transparent; font-weight: bold; padding: {BANNER_PADDING}px;"  # the same size
START_TEXT = QT_TRANSLATE_NOOP("gan", "Press Train (space) to start the duel.")


def update_counts(snap: dict[str, Any]) -> str:
    """"step 3: 3 D updates, 3 G updates", and the single updates by hand: every count the status bar's step
    number has to agree with."""
    d, g = snap["d_updates"], snap["g_updates"]
    counts = {"step": local_number(snap["step"], ","),
              "d_updates": translate("gan", "1 D update") if d == 1 else
              translate("gan", "{count} D updates").format(count=local_number(d, ",")),
              "g_updates": translate("gan", "1 G update") if g == 1 else
              translate("gan", "{count} G updates").format(count=local_number(g, ","))}
    by_hand_d, by_hand_g = snap["by_hand"]
    if not (by_hand_d or by_hand_g):
        return translate("gan", "step {step}: {d_updates}, {g_updates}").format(**counts)
    return translate("gan", "step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, "
                     "{by_hand_g} G)").format(by_hand_d=local_number(by_hand_d, ","),
                                              by_hand_g=local_number(by_hand_g, ","), **counts)


class GanLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "GAN")
    summary = QT_TRANSLATE_NOOP("lab", "Generative adversarial network: a generator learns to fool a discriminator "
                                "that learns to tell its fakes from real data.")

    def __init__(self) -> None:
        super().__init__()
        self._kind: str | None = None
        self._parameters_text = ""
        self._readout_text = ""
        self._warning_text = ""
        self._walk_pending = False  # a slow-motion update was asked for and has not arrived yet
        self._snapshot: dict[str, Any] | None = None  # the newest one drawn, to return to after the slow motion
        self._model_file: Path | None = None  # File > Open model: the next session starts from its weights

        self.settings = GanSettingsPanel()
        self.settings.apply_clicked.connect(self.reset_requested)
        self.settings.preset_chosen.connect(self._on_settings_preset_chosen)
        self.plane = PlanePanel()
        self.images = ImagesPanel()
        self.pictures = QStackedWidget()
        self.pictures.addWidget(self.plane)
        self.pictures.addWidget(self.images)
        self.quiz = RealOrFakePanel(translate(
            "gan", "Some of these images are real training images; the generator made the others. Click the ones you "
            "think are fake, then press Reveal: the class plays the discriminator."), with_verdicts=True)
        self.duel = DuelPlot()
        self.walkthrough = WalkthroughPanel()
        self._build_controls()
        self._layout()

        self.downloader = MnistDownload()
        self.settings.download.clicked.connect(self.download_data)
        self.downloader.progressed.connect(self._on_downloader_progressed)
        self.downloader.finished.connect(self._on_downloader_finished)
        self.downloader.failed.connect(self._on_downloader_failed)
        self.walkthrough.start_clicked.connect(self.request_walkthrough)
        self.walkthrough.step_shown.connect(self._on_walkthrough_step_shown)
        self.walkthrough.finished.connect(self._on_walkthrough_finished)
        self.plane.drawing_changed.connect(self._on_plane_drawing_changed)
        self.quiz.new_round_requested.connect(self.request_real_or_fake)
        self.quiz.closed.connect(self._on_quiz_closed)

    # Building
    def _build_controls(self) -> None:
        self.arrows = QCheckBox(translate("gan", "Gradient arrows"))
        self.arrows.setToolTip(translate("gan", "For 200 of the fakes: the direction the generator's loss pushes "
                                         "each one, i.e. the way it must move to look more real to D right now."))
        self.grid = QCheckBox(translate("gan", "Warped grid"))
        self.grid.setToolTip(translate("gan", "A square grid of noise vectors (the first two noise numbers) sent "
                                       "through G: how the generator stretches and folds its noise onto the data."))
        self.draw_mode = QCheckBox(translate("gan", "Draw your own points"))
        self.draw_mode.setToolTip(translate("gan", "Click and drag on the plane to spray points; then press 'Train on "
                                            "my drawing'."))
        self.clear_drawing = QPushButton(translate("gan", "Clear drawing"))
        self.clear_drawing.setToolTip(translate("gan", "Remove the points you drew."))
        self.train_drawing = QPushButton(translate("gan", "Train on my drawing"))
        self.train_drawing.setToolTip(translate("gan", "Start a new GAN that learns to imitate the points you drew, "
                                                "and train it."))
        self.arrows.toggled.connect(self.probe_changed)
        self.grid.toggled.connect(self.probe_changed)
        self.draw_mode.toggled.connect(self.plane.set_drawing)
        self.clear_drawing.clicked.connect(self.plane.clear_drawing)
        self.train_drawing.clicked.connect(self.train_on_drawing)

        self.train_d = QPushButton(translate("gan", "Train D once"))
        self.train_d.setToolTip(translate("gan", "One discriminator update and nothing else: watch the heat map "
                                          "sharpen against the current fakes while they stay where they are."))
        self.train_g = QPushButton(translate("gan", "Train G once"))
        self.train_g.setToolTip(translate("gan", "One generator update and nothing else: the fakes move along their "
                                          "arrows, towards where D currently says 'real'."))
        self.train_d.clicked.connect(self.request_train_d)
        self.train_g.clicked.connect(self.request_train_g)
        self.last_action = LinesLabel(2)
        self.real_or_fake = QPushButton(translate("gan", "Real or fake?"))
        self.real_or_fake.clicked.connect(self.request_real_or_fake)
        self._show_quiz_button()
        self.last_action.setToolTip(translate("gan", "What the last single update did."))

        self.readout = LinesLabel(2, translate("gan", START_TEXT))
        self.readout.setToolTip(translate(
            "gan", "D(real), D(fake): the discriminator's average verdict on real and fake samples. For the Gaussian "
            "mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a "
            "mode centre."))
        # Always there, empty while nothing is wrong: a banner that appears never moves the picture.
        self.warning = LinesLabel(2, padding=BANNER_PADDING)
        self.warning.setStyleSheet(NO_WARNING_STYLE)
        self.warning.setToolTip(translate(
            "gan", "What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about "
            "(learning rates too high). The discriminator has won: it tells real from fake so surely that G's loss "
            "stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those."))
        self.note = LinesLabel(2)  # a data set's note ("3 unreadable files were skipped."), shown under its pictures
        self.note.hide()

    def _layout(self) -> None:
        self.plane_toggles = QWidget()
        toggles = FlowLayout(self.plane_toggles, (self.arrows, self.grid, self.draw_mode, self.clear_drawing,
                                                  self.train_drawing))
        toggles.setContentsMargins(0, 0, 0, 0)

        stepping = QGroupBox(translate("gan", "One player at a time"))
        stepping_layout = QVBoxLayout(stepping)
        stepping_layout.addLayout(FlowLayout(widgets=(self.train_d, self.train_g)))
        stepping_layout.addWidget(self.last_action)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.plane_toggles)
        middle_layout.addWidget(self.pictures, 1)
        middle_layout.addWidget(self.warning)
        middle_layout.addWidget(self.readout)
        middle_layout.addWidget(self.note)
        players = QHBoxLayout()  # the quiz's button beside the group: no height taken from the pictures
        players.addWidget(stepping, 1)
        players.addWidget(self.real_or_fake)
        middle_layout.addLayout(players)
        middle_layout.addWidget(self.walkthrough)

        self.middle = QStackedWidget()  # the quiz takes the whole column: its tiles need the height
        self.middle.addWidget(middle)
        self.middle.addWidget(self.quiz)
        self.set_columns([self.settings, self.middle, self.duel], [LEFT_WIDTH, 760, 480])

    # LabView
    def session_spec(self) -> SessionSpec:
        config = self.settings.config()
        config.validate()
        dataset = points_dataset(self.plane.drawn_points()) if config.data == DRAWN else None
        self.settings.model_built(config)
        path, self._model_file = self._model_file, None  # a later Reset starts from random weights again
        return SessionSpec("genviz.core.gan.session:GanSession", (config, dataset, None, path and str(path)))

    def probe(self) -> dict[str, Any]:
        return {"arrows": self.arrows.isChecked(), "grid": self.grid.isChecked()}

    def training_panels(self) -> dict[str, QWidget]:
        pictures = self.plane if self._kind != "images" else self.images
        return {"pictures": pictures, "losses": self.duel.losses, "verdicts": self.duel.verdicts}

    def run_started(self) -> None:
        """Nothing of the old run stays on screen: its curves and axes, its slow motion, its banner, its counts."""
        self._snapshot = None
        self.walkthrough.clear()
        self.last_action.clear()
        self._on_quiz_closed()  # its images and verdicts were the old model's
        self.duel.clear_curves()
        self._kind = None
        self._set_readout(translate("gan", START_TEXT))
        self._show_warning("")

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        self._show_kind(snapshot["kind"])
        self._snapshot = snapshot
        if not self.walkthrough.playing:  # the picture belongs to the slow motion until it ends
            self._show_pictures(snapshot)
            yield
        yield from self.duel.update_curves(snapshot["history"])
        self._show_texts(snapshot)

    def _show_pictures(self, snapshot: dict[str, Any]) -> None:
        if snapshot["kind"] == "points":
            self.plane.show_snapshot(snapshot)
        else:
            self.images.show_snapshot(snapshot)

    def request_finished(self, name: str, result: Any) -> None:
        if name == "walkthrough":
            self.walkthrough.play(result)
        elif name == "real_or_fake" and self._kind == "images":  # else the data changed to points meanwhile
            self.middle.setCurrentWidget(self.quiz)
            self.quiz.start_round(result["images"], result["fake"], result["d_real"], result["step"])
        elif name == "train_discriminator_once":
            self.last_action.setText(local_format(translate(
                "gan", "D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}."),
                loss=result["discriminator"], real=result["d_real"], fake=result["d_fake"]))
        elif name == "train_generator_once":
            self.last_action.setText(local_format(translate("gan", "G trained once: its loss {loss:.3f}."),
                                                  loss=result))

    def open_model(self, path: Path, file: ModelFile) -> None:
        """The file's settings in the panel, then a session that goes on from its weights and step."""
        config = config_from_mapping(GanConfig, file.config)
        try:
            if config.data == DRAWN:  # the drawn points travel in the file
                self.plane.show_drawing(file.tensors["drawn_points"])
            else:
                self.select_data(config.data)
        except GenvizError as error:
            self.message.emit(translate("gan", "{file} was trained on data this lab cannot find: {error}").format(
                file=path.name, error=core_sentence(error.sentence)))
            return
        except KeyError:
            self.message.emit(translate("gan", "{file} was trained on points drawn by hand, but the file does not "
                                        "hold them.").format(file=path.name))
            return
        self.settings.set_config(config)  # the panel has every value a file may hold
        self._model_file = path
        self.reset_requested.emit()

    def open_file(self, path: Path) -> None:
        folder = path if path.is_dir() else path.parent
        if training_files(folder) is not None:  # MNIST-style IDX files: Fashion-MNIST when the path says so
            self.settings.mnist_folder = str(folder)
            self.settings.choose_data("fashion" if "fashion" in str(folder).lower() else "mnist")
            self.reset_requested.emit()
            return
        try:
            self.select_data(str(folder))
        except GenvizError as error:
            self.message.emit(core_sentence(error.sentence))
            return
        self.reset_requested.emit()

    def select_data(self, data: str) -> None:
        if data in POINT_SETS or data in IMAGE_SETS:
            self.settings.choose_data(data)
            return
        from genviz.core.data.images import load_image_folder

        found = load_image_folder(data, self.settings.image_size.value())  # one clear sentence if unusable
        self.settings.choose_data(data, translate("gan", "Folder: {name} ({count} images)").format(
            name=short_name(Path(data).name), count=local_number(len(found.images), ",")))

    def start_demo(self) -> None:
        self.walkthrough.auto.setChecked(True)
        self.walkthrough.pace.setValue(0.4)
        self.request_walkthrough()

    def demo_running(self) -> bool:
        return self.walkthrough.playing or self._walk_pending

    def set_font_scale(self, scale: float) -> None:
        self.plane.set_font_scale(scale)
        self.images.set_font_scale(scale)
        self.duel.set_font_scale(scale)
        self.quiz.set_font_scale(scale)

    def request_failed(self, name: str, message: str) -> None:
        if name == "walkthrough":
            self._walk_pending = False
        super().request_failed(name, message)

    # Requests to the session
    def request_walkthrough(self) -> None:
        self._walk_pending = True
        self.request("walkthrough")

    def request_real_or_fake(self) -> None:
        self.request("real_or_fake", random.randrange(2**31))  # a new mix each round

    def request_train_d(self) -> None:
        self.request("train_discriminator_once")

    def request_train_g(self) -> None:
        self.request("train_generator_once")

    def train_on_drawing(self) -> None:
        try:
            points_dataset(self.plane.drawn_points())
        except DataError as error:
            self.message.emit(core_sentence(error.sentence))
            return
        self.draw_mode.setChecked(False)
        self.settings.choose_data(DRAWN)
        self.reset_requested.emit()
        self.train_requested.emit()  # the button says "Train"

    def download_data(self) -> None:
        self.settings.download.setEnabled(False)
        self.downloader.start(self.settings.data.currentData())

    # Drawing
    def _show_kind(self, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            self.pictures.setCurrentWidget(self.plane if kind == "points" else self.images)
            self.plane_toggles.setVisible(kind == "points")
            self._show_quiz_button()

    def _show_quiz_button(self) -> None:
        images = self._kind == "images"
        self.real_or_fake.setEnabled(images)
        self.real_or_fake.setToolTip(translate(
            "gan", "A quiz for the class: 16 images, some real, some made by the generator. The class picks the "
            "fakes; Reveal shows the truth, the score, and what the discriminator said about each one.") if images
            else translate("gan", "Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and "
                           "start a new model with it."))

    def _show_texts(self, snap: dict[str, Any]) -> None:
        g, d = snap["parameters"]
        parameters = translate("gan", "G {g} + D {d} weights").format(g=local_number(g, ","), d=local_number(d, ","))
        if parameters != self._parameters_text:  # a new label text re-lays out the panel: only on change
            self._parameters_text = parameters
            self.settings.parameters.setText(parameters)
        last = snap["last"]
        parts = []
        if "d_real" in last:
            parts.append(local_format(translate("gan", "D(real) {real:.2f} · D(fake) {fake:.2f}"),
                                      real=last["d_real"], fake=last["d_fake"]))
        if "coverage" in snap:
            covered, modes, near = snap["coverage"]
            parts.append(local_format(translate("gan", "modes covered: {covered} of {modes} · {near:.0%} of fakes "
                                                "near a mode"), covered=covered, modes=modes, near=near))
        # Always two lines: the readout's height is fixed (a label that grew would move the plane).
        self._set_readout(" · ".join(parts) + "\n" + update_counts(snap))
        self._show_warning(snap["collapse"])
        note = core_sentences(snap["notes"])
        if note != self.note.text():
            self.note.setText(note)
            self.note.setVisible(bool(note))

    def _show_warning(self, failure: Sentence | None) -> None:
        """The failure the session names, in the banner's slot (which stays when there is none)."""
        text = core_sentence(failure) if failure else ""
        if text != self._warning_text:
            self._warning_text = text
            self.warning.setText(f"⚠ {text}" if text else "")
            self.warning.setStyleSheet(WARNING_STYLE if text else NO_WARNING_STYLE)

    def _set_readout(self, text: str) -> None:
        if text != self._readout_text:
            self._readout_text = text
            self.readout.setText(text)

    # Handlers
    def _on_settings_preset_chosen(self) -> None:
        self.reset_requested.emit()
        self.train_requested.emit()  # "sets the options… then trains it"

    def _on_walkthrough_step_shown(self, step) -> None:
        self._walk_pending = False
        if self._kind == "points":
            self.plane.show_walk_step(step.arrays)
        else:
            self.images.show_walk_step(step.arrays)

    def _on_quiz_closed(self) -> None:
        self.middle.setCurrentIndex(0)

    def _on_walkthrough_finished(self) -> None:
        if self._snapshot is not None:
            self._show_pictures(self._snapshot)

    def _on_downloader_progressed(self, done: int, total: int) -> None:
        self.settings.download_progress.setValue(round(100 * done / max(total, 1)))

    def _on_downloader_finished(self, kind: str, _folder: str) -> None:
        self.settings.download.setEnabled(True)
        self.settings.show_download_row()
        if self.settings.data.currentData() == kind:
            self.reset_requested.emit()

    def _on_downloader_failed(self, message: str) -> None:
        self.settings.download.setEnabled(True)
        self.message.emit(message)

    def _on_plane_drawing_changed(self, count: int) -> None:
        self.train_drawing.setText(translate("gan", "Train on my drawing ({count} points)").format(count=f"{count:,}")
                                   if count else translate("gan", "Train on my drawing"))
