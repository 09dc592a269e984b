"""The Diffusion lab: a denoiser learns, live, to undo noise; students watch data drown in noise step by step
and new samples rise out of pure noise, with what the network predicts at every step."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QStackedWidget, QWidget

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.errors import DataError
from genviz.core.host import SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.session import config_from_mapping
from genviz.qt.diffusion.forward_panel import ForwardPanel
from genviz.qt.diffusion.loss_panel import LossPanel
from genviz.qt.diffusion.reverse_panel import ReversePanel
from genviz.qt.diffusion.settings_panel import DiffusionSettingsPanel
from genviz.qt.lab import LabView, splitter
from genviz.qt.translation import translate
from genviz.qt.widgets.real_or_fake import RealOrFakePanel

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
SAMPLES = {"images": 16, "points": 300}  # how many samples one reverse process denoises together


class DiffusionLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "Diffusion")
    summary = QT_TRANSLATE_NOOP("lab", "Diffusion: a network learns to remove noise a little at a time, then makes "
                                       "new data by denoising pure noise step by step.")

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self._forward_source: dict | None = None
        self._model_file: Path | None = None  # File > Open model: the next session starts from its weights
        self._demo = False

        self.settings = DiffusionSettingsPanel()
        self.forward = ForwardPanel()
        self.reverse = ReversePanel()
        self.losses = LossPanel()
        self.quiz = RealOrFakePanel(translate(
            "diffusion", "Some of these images are real training images; the diffusion model made the others, each by "
            "denoising pure noise step by step. Click the ones you think are fake, then press Reveal."),
            with_verdicts=False)
        self.real_or_fake = QPushButton(translate("diffusion", "Real or fake?"))
        self._show_quiz_button()
        self._layout()

        self.settings.apply_clicked.connect(self.reset_requested)
        self.forward.t_changed.connect(self._on_forward_t_changed)
        self.reverse.samples_requested.connect(self._on_reverse_samples_requested)
        self.real_or_fake.clicked.connect(self.request_real_or_fake)
        self.quiz.new_round_requested.connect(self.request_real_or_fake)
        self.quiz.closed.connect(self._on_quiz_closed)

    def _layout(self) -> None:
        settings = QScrollArea()  # large projector fonts make the form taller than the window
        settings.setWidget(self.settings)
        settings.setWidgetResizable(True)
        settings.setFrameShape(QFrame.Shape.NoFrame)
        settings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form narrows instead
        left = splitter(Qt.Orientation.Vertical, [settings, self.losses], [540, 360])
        # Beside the sampler the quiz's fakes are denoised with, in a row with room to spare: no height is taken
        # from the pictures.
        self.reverse.sampling_row.addWidget(self.real_or_fake)
        self.centre = QStackedWidget()  # the quiz takes the whole column: its tiles need the height
        self.centre.addWidget(splitter(Qt.Orientation.Vertical, [self.forward, self.reverse], [430, 470]))
        self.centre.addWidget(self.quiz)
        self.set_columns([left, self.centre], [400, 1200])
        self.reverse.installEventFilter(self)

    # LabView
    def session_spec(self) -> SessionSpec:
        config = self.settings.config()
        config.validate()
        self.settings.pending.mark_applied(config)
        if self._model_file is not None:  # once: a later New model starts from random weights
            path, self._model_file = self._model_file, None
            return SessionSpec("genviz.core.diffusion.session:session_from_file", (config, str(path)))
        return SessionSpec("genviz.core.diffusion.session:DiffusionSession", (config,))

    def probe(self) -> dict[str, Any]:
        return {"field_t": max(1, self.forward.t)}

    def training_panels(self) -> dict[str, QWidget]:
        panels = {"loss": self.losses.loss_plot, "loss_by_t": self.losses.by_t}
        if self.kind == "points":  # the denoising arrows over the forward process follow the weights
            panels["forward"] = self.forward
        return panels

    def run_started(self) -> None:
        self.kind = None
        self._forward_source = None
        self._on_quiz_closed()  # its fakes were the old model's
        self._show_quiz_button()
        self.forward.clear()
        self.reverse.clear()
        self.losses.clear()
        self.settings.show_size(None, None)

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        if snapshot["forward"] is not self._forward_source:  # the first snapshot of a run
            self._show_new_run(snapshot)
            yield
        if self.kind == "points":
            self.forward.show_field(snapshot.get("field"))
            yield
        self.losses.loss_plot.update_curves(snapshot["history"])
        yield
        self.losses.show_by_t(snapshot["loss_by_t"], snapshot["T"])
        self.reverse.refresh(snapshot["step"], snapshot["training"])  # new samples when out of date or due

    def request_finished(self, name: str, result: Any) -> None:
        if name == "real_or_fake" and self.kind == "images":  # else a new model on points came meanwhile
            self.centre.setCurrentWidget(self.quiz)
            self.quiz.start_round(result["images"], result["fake"], step=result["step"])
        if name != "reverse_run":
            return
        data = self._forward_source["frames"][0] if result.kind == "points" else None
        self.reverse.show_run(result, data, self.forward.box)
        if self._demo and not self.reverse.playing:
            self.reverse.play()

    def request_failed(self, name: str, message: str) -> None:
        if name == "reverse_run":
            self.reverse.request_failed()
        super().request_failed(name, message)

    def open_file(self, path: Path) -> None:
        folder = path if path.is_dir() else path.parent if path.suffix.lower() in IMAGE_SUFFIXES else None
        if folder is None:
            self.message.emit(translate(
                "diffusion", "The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or "
                             "drop the folder. {file} is neither.").format(file=path.name))
            return
        self.settings.data.add_folder(folder)
        self.reset_requested.emit()

    def open_model(self, path: Path, file: ModelFile) -> None:
        self.settings.show_config(config_from_mapping(DiffusionConfig, file.config))
        self._model_file = path
        self.reset_requested.emit()

    def select_data(self, data: str) -> None:
        if self.settings.data.select(data):
            return
        if not Path(data).is_dir():
            raise DataError(f"'{data}' is neither a built-in data set ({', '.join(POINT_SETS + IMAGE_SETS)}) "
                            "nor a folder of images.")
        self.settings.data.add_folder(Path(data))

    def start_demo(self) -> None:
        """Play the newest samples from noise; samples still being made play when they come."""
        self._demo = True
        if not self.reverse.busy:
            self.reverse.play()

    def demo_running(self) -> bool:
        running = self._demo and (self.reverse.busy or self.reverse.playing)
        if self._demo and not running:
            self._demo = False
        return running

    def set_font_scale(self, scale: float) -> None:
        for panel in (self.forward, self.reverse, self.losses, self.quiz):
            panel.set_font_scale(scale)

    def request_real_or_fake(self) -> None:
        """A new mix each round; the fakes denoised with the sampler and steps the reverse process shows."""
        sampler, steps, _seed = self.reverse.choice()
        self.request("real_or_fake", random.randrange(2**31), sampler, steps)

    # Drawing
    def _show_new_run(self, snapshot: dict[str, Any]) -> None:
        self._forward_source = snapshot["forward"]
        self.kind = snapshot["kind"]
        self._show_quiz_button()
        T = snapshot["T"]
        self.forward.show_forward(snapshot["forward"], self.kind, T)
        self.reverse.set_timesteps(T)
        self.settings.show_size(snapshot["parameters"], snapshot["settings"])
        self.probe_changed.emit()  # the slider moved to this run's T / 4 without telling anyone

    def _show_quiz_button(self) -> None:
        images = self.kind == "images"
        self.real_or_fake.setEnabled(images)
        self.real_or_fake.setToolTip(translate(
            "diffusion", "A quiz for the class: 16 images, some real, some made by the model with the reverse "
                         "process's sampler and steps. The class picks the fakes; Reveal shows the truth and the "
                         "score.")
            if images else translate(
            "diffusion", "Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new "
                         "model with it."))

    # Handlers
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reverse and event.type() == QEvent.Type.ParentChange:
            # Enlarged to the whole lab (panel_zoom.py), the panel is out of the column the quiz would take.
            self.real_or_fake.setVisible(self.centre.isAncestorOf(self.reverse))
        return super().eventFilter(watched, event)

    def _on_quiz_closed(self) -> None:
        self.centre.setCurrentIndex(0)

    def _on_forward_t_changed(self, _t: int) -> None:
        self.probe_changed.emit()

    def _on_reverse_samples_requested(self, sampler: str, steps: int | None, seed: int) -> None:
        n = SAMPLES.get(self.kind or "images", 16)
        self.request("reverse_run", n, seed, sampler, steps)
