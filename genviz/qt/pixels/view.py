"""The Pixels lab: the Text lab's next-token view applied to an image. The GPT learns images as sentences of grey
levels; students draw one pixel at a time from its guesses, force a grey, undo, and watch fixed-seed samples improve.

The picture being drawn lives here, in the view: its levels so far are the probe, and the training process answers
each new probe with the model's scores for the next pixel (as the Text lab's prompt is answered with the next
token's). A new model's picture starts from the first half of a real image, as image GPTs are shown completing one:
the next pixel, mid-picture, then depends on the pixels before it, and its guess changes as the model learns.
Drawing a level uses the Text lab's sampling rule: the same seed and position give the same random number, so Undo
then Step repeats a draw.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genviz.core.errors import DataError
from genviz.core.host import SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.mosaic import mosaic
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.tokenizer import PixelTokenizer
from genviz.core.session import config_from_mapping
from genviz.core.text.generation import SamplingSettings, choose_next, distribution_for
from genviz.qt.lab import LabView, splitter
from genviz.qt.number_format import local_number
from genviz.qt.pixels.canvas import CanvasPanel
from genviz.qt.pixels.level_bars import LevelBars
from genviz.qt.pixels.settings_panel import PixelsSettingsPanel
from genviz.qt.plots import scale_plot_fonts
from genviz.qt.style import BLUE, GREY, set_hint_font
from genviz.qt.text.probability_panel import DrawnToken
from genviz.qt.translation import core_sentences, translate
from genviz.qt.widgets.loss_plot import LossPlot
from genviz.qt.widgets.picture import PicturePanel
from genviz.qt.widgets.real_or_fake import RealOrFakePanel
from genviz.qt.widgets.settings_form import SettingsForm

SESSION = "genviz.core.pixels.session:PixelsSession"
SAMPLE_COLUMNS = 6


class PixelsLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "Pixels")
    summary = QT_TRANSLATE_NOOP("lab", "Autoregressive images: the Text lab's GPT draws an image one pixel at a time, "
                                "as if writing a sentence.")

    def __init__(self) -> None:
        super().__init__()
        self.tokenizer: PixelTokenizer | None = None
        self.pixels: list[int] = []  # the levels of the picture drawn so far, raster order
        self.prediction: np.ndarray | None = None  # the model's scores for the next pixel of that picture
        self._version = 0  # bumps whenever the picture changes; snapshots and answers say which they answer
        self._pending: DrawnToken | None = None  # drawn and shown, not yet added
        self._halves: np.ndarray | None = None  # the session's real images' first halves, as levels
        self._half = -1  # the one the picture started from last
        self._to_draw = 0  # pixels Generate still adds
        self._model_file: Path | None = None  # File > Open model: the next session starts from its weights
        self._drawn_samples: dict | None = None
        self._refresh_asked_at: int | None = None
        self._note_shown = False

        self.settings = PixelsSettingsPanel()
        self.settings.apply_clicked.connect(self.reset_requested)
        self.canvas = CanvasPanel()
        self.bars = LevelBars()
        self.samples = PicturePanel(translate("pixels", "Samples (seed 0)"), translate(
            "pixels", "Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): "
            "while it trains, watch the same samples turn from noise into digits."))
        self.samples.setAccessibleName(translate("pixels", "Samples (seed 0)"))
        self.samples.setAccessibleDescription(translate(
            "pixels", "A grid of images the model draws from the same random numbers every time."))
        self.loss_plot = LossPlot({"train": (translate("pixels", "training"), BLUE),
                                   "uniform": (translate("pixels", "guessing every grey equally"), GREY)},
                                  title=translate("pixels", "Loss (nats per pixel)"),
                                  y_label=translate("pixels", "nats per pixel"))
        # The guessing line runs along the top, where a legend would hide it; below the falling curve there is room.
        self.loss_plot.plot_item.legend.setOffset((-10, -10))
        self.loss_plot.setToolTip(translate(
            "pixels", "Cross-entropy: how surprised the model is by each true pixel of the training images, given "
            "the pixels before it, as the Text lab's loss is for the next token. The grey line is a model that "
            "gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels."))
        self.loss_plot.setAccessibleName(translate("pixels", "Loss (nats per pixel)"))
        self.loss_plot.setAccessibleDescription(translate(
            "pixels", "A line chart of the training loss against the training step, beside the flat loss of "
            "guessing every grey level equally."))
        self.quiz = RealOrFakePanel(translate(
            "pixels", "Some of these images are real training images, in the model's grey levels; the model drew the "
            "others pixel by pixel. Click the ones you think are fake, then press Reveal."), with_verdicts=False)
        self._build_drawing_controls()
        self._layout()
        self.quiz.new_round_requested.connect(self.request_real_or_fake)
        self.quiz.closed.connect(self._on_quiz_closed)

        self.bars.level_clicked.connect(self.force_value)
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.timeout.connect(self._on_reveal_timer_timeout)
        self._update_buttons()
        self._show_quiz_button()

    # Building
    def _build_drawing_controls(self) -> None:
        box = QGroupBox(translate("pixels", "Drawing pixel by pixel"))
        form = QFormLayout(box)
        self.sampling = SettingsForm(SamplingSettings, ["temperature"])
        self.temperature = self.sampling.widgets["temperature"]
        # The Text lab's tip speaks of tokens; here a token is a grey level.
        self.temperature.setToolTip(translate(
            "pixels", "Divides the model's scores before they become probabilities: below 1 the favourite gets even "
            "more likely; above 1 unlikely grey levels get a chance."))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate(
            "pixels", "The seed of the random numbers that pick each pixel's grey. The same seed, model and "
            "temperature draw the same image again; Undo then Step one pixel repeats a draw."))
        self.pace = QSpinBox()
        self.pace.setRange(0, 5000)
        self.pace.setSingleStep(50)
        self.pace.setValue(150)
        self.pace.setSuffix(translate("pixels", " ms"))
        self.pace.setToolTip(translate(
            "pixels", "How long each drawn pixel stays framed, its bar highlighted, before it is added."))
        self.sampling.add_rows(form)
        form.addRow(translate("pixels", "Sampling seed"), self.seed)
        form.addRow(translate("pixels", "Pace"), self.pace)
        self.temperature.valueChanged.connect(self._redraw_bars)
        self.drawing_box = box

        self.step_button = QPushButton(translate("pixels", "Step one pixel"))
        self.step_button.setToolTip(translate(
            "pixels", "Draw the framed pixel's grey from the solid bars and add it to the image."))
        self.undo_button = QPushButton(translate("pixels", "Undo"))
        self.undo_button.setToolTip(translate("pixels", "Remove the last pixel drawn."))
        self.generate_button = QPushButton(translate("pixels", "Generate the rest"))
        self.generate_button.setToolTip(translate(
            "pixels", "Draw every pixel still missing, one at a time. While it draws, the button reads Stop."))
        self.clear_button = QPushButton(translate("pixels", "Clear"))
        self.clear_button.setToolTip(translate("pixels", "Remove every pixel and start a new image."))
        self.half_button = QPushButton(translate("pixels", "Half a real image"))
        self.half_button.setToolTip(translate(
            "pixels", "Start again from the first half of a real training image, row by row, another one each time: "
            "the model draws the rest. Does it finish the picture the way the real one goes on?"))
        self.step_button.clicked.connect(self.step_pixel)
        self.undo_button.clicked.connect(self.undo)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.clear_button.clicked.connect(self.clear_image)
        self.half_button.clicked.connect(self.start_from_half)
        self.real_or_fake = QPushButton(translate("pixels", "Real or fake?"))
        self.real_or_fake.clicked.connect(self.request_real_or_fake)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.settings)
        left_layout.addWidget(self.drawing_box)
        left_layout.addStretch(1)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.undo_button, self.generate_button, self.clear_button,
                       self.half_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.real_or_fake)  # in the row of buttons: no height taken from the canvas
        self.hint = QLabel(translate("pixels", "Click a bar to force that grey for the framed pixel."))
        set_hint_font(self.hint)
        self.hint.setToolTip(self.bars.toolTip())
        middle_layout.addWidget(self.canvas, 3)
        middle_layout.addLayout(buttons)
        middle_layout.addWidget(self.hint)
        middle_layout.addWidget(self.bars, 2)

        self.middle = QStackedWidget()  # the quiz takes the whole column: its tiles need the height
        self.middle.addWidget(middle)
        self.middle.addWidget(self.quiz)
        right = splitter(Qt.Orientation.Vertical, [self.samples, self.loss_plot], [480, 360])
        self.set_columns([left, self.middle, right], [300, 620, 520])

    # LabView
    def session_spec(self) -> SessionSpec:
        config = self.settings.config()
        config.validate()
        self.settings.pending.mark_applied(config)
        path, self._model_file = self._model_file, None  # a later Reset starts from random weights again
        if path is None:
            return SessionSpec(SESSION, (config,))
        return SessionSpec(SESSION, (config, None, None, str(path)))  # the session's own data and device

    def probe(self) -> dict[str, Any]:
        return {"pixels": tuple(self.pixels), "version": self._version}

    def training_panels(self) -> dict[str, QWidget]:
        return {"samples": self.samples, "loss": self.loss_plot, "next_pixel": self.bars}

    def run_started(self) -> None:
        """A new model: its vocabulary or image size may differ, so the picture starts again."""
        self.stop_generating()
        self.reveal_timer.stop()
        self._on_quiz_closed()  # its fakes were the old model's
        self._pending = None
        self.prediction = None
        self.tokenizer = None
        self._halves, self._half = None, -1
        self._show_quiz_button()
        self._drawn_samples = None
        self._refresh_asked_at = None
        self._note_shown = False
        self.loss_plot.clear_curves()
        self.samples.clear_picture()
        self.canvas.clear_canvas()
        self.settings.parameters.setText("—")
        if self.pixels:
            self.pixels.clear()
            self._picture_changed()
        self._redraw_bars()

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        shape, levels = tuple(snapshot["image_shape"]), snapshot["levels"]
        if self.tokenizer is None or self.tokenizer != PixelTokenizer(levels, shape):
            self.tokenizer = PixelTokenizer(levels, shape)
            self._halves = snapshot["halves"]
            self._show_quiz_button()
            self.start_from_half()
        if snapshot["notes"] and not self._note_shown:  # e.g. unreadable files in a folder were skipped
            self._note_shown = True
            self.message.emit(core_sentences(snapshot["notes"]))
        size = translate("pixels", "{weights} weights · {levels} grey levels + 1 start token").format(
            weights=local_number(snapshot["parameters"], ","), levels=levels)
        if self.settings.parameters.text() != size:  # a new label text re-lays out the panel
            self.settings.parameters.setText(size)
        if snapshot["probe"].get("version") == self._version:
            self.prediction = snapshot["prediction"]
        self._redraw_bars()
        self._update_buttons()
        yield
        uniform = snapshot["uniform_loss"]
        self.loss_plot.update_curves({**snapshot["history"],
                                      "uniform": np.array([[0.0, uniform], [max(snapshot["step"], 1), uniform]])})
        yield
        if snapshot["samples"] is not self._drawn_samples:
            self._drawn_samples = snapshot["samples"]
            self.samples.show_picture(mosaic(snapshot["samples"]["images"], SAMPLE_COLUMNS))
            yield
        self._refresh_if_paused(snapshot)
        if self._pending is None:
            self._continue_generating()

    def request_finished(self, name: str, result: Any) -> None:
        if name == "real_or_fake" and self.tokenizer is not None:  # else a new model is starting
            self.middle.setCurrentWidget(self.quiz)
            self.quiz.start_round(result["images"], result["fake"], step=result["step"])

    def show_answer(self, answer: dict[str, Any]) -> None:
        """The next pixel's guess for a new picture, as soon as the training process made it."""
        if answer["probe"].get("version") != self._version:
            return
        self.prediction = answer["prediction"]
        self._redraw_bars()
        self._update_buttons()
        if self._pending is None:
            self._continue_generating()

    def open_file(self, path: Path) -> None:
        if not path.is_dir():
            self.message.emit(translate("pixels", "The Pixels lab learns from a folder of images: drop the folder "
                                        "that holds {name}, not the file.").format(name=path.name))
            return
        self.settings.data.add_folder(path)
        self.reset_requested.emit()

    def open_model(self, path: Path, file: ModelFile) -> None:
        """The file's settings in the panel, then a session that goes on from its weights and step."""
        self.settings.show_config(config_from_mapping(PixelsConfig, file.config))
        self._model_file = path
        self.reset_requested.emit()

    def select_data(self, data: str) -> None:
        if self.settings.data.select(data):
            return
        if not Path(data).expanduser().is_dir():
            raise DataError(f"The Pixels lab has no data set called {data}: choose digits, mnist, fashion or a "
                            "folder of images.")
        self.settings.data.add_folder(Path(data).expanduser())

    def start_demo(self) -> None:
        """Draw a row on from a real image's first half, quickly, and stop mid-picture with the next pixel framed
        and its bars shown."""
        self.pace.setValue(40)
        self.start_from_half()
        if self.tokenizer is not None:
            self._to_draw = min(self.tokenizer.shape[1], self.tokenizer.length - len(self.pixels))
            self.generate_button.setText(translate("pixels", "Stop"))
            self._continue_generating()

    def demo_running(self) -> bool:
        return self.generating or self._pending is not None

    def set_font_scale(self, scale: float) -> None:
        for panel in (self.canvas, self.samples, self.quiz):
            panel.set_font_scale(scale)
        scale_plot_fonts(self.loss_plot, scale)

    # Drawing pixels
    @property
    def complete(self) -> bool:
        return self.tokenizer is not None and len(self.pixels) >= self.tokenizer.length

    @property
    def generating(self) -> bool:
        return self._to_draw > 0

    def sampling_settings(self) -> SamplingSettings:
        return SamplingSettings(**self.sampling.values())

    def request_real_or_fake(self) -> None:
        """A new mix each round, drawn at the temperature the drawing uses."""
        self.request("real_or_fake", random.randrange(2**31), self.sampling_settings().temperature)

    def step_pixel(self) -> None:
        """Draw the next pixel's level, frame it and highlight its bar, then add it after the pace delay."""
        if self.prediction is None or self._pending is not None:
            return
        choice = choose_next(self.prediction, self.sampling_settings(), self.seed.value(), len(self.pixels))
        self._show_choice(DrawnToken(choice.token, choice.distribution, choice.u))

    def force_value(self, level: int) -> None:
        """The student picks the next pixel's grey by clicking its bar."""
        if self.prediction is None or self._pending is not None:
            return
        distribution = distribution_for(self.prediction, self.sampling_settings())
        self._show_choice(DrawnToken(level, distribution, None, forced=True))

    def undo(self) -> None:
        self.stop_generating()
        if self.pixels and self._pending is None:
            self.pixels.pop()
            self._picture_changed()

    def clear_image(self) -> None:
        self.stop_generating()
        if self.pixels and self._pending is None:
            self.pixels.clear()
            self._picture_changed()

    def start_from_half(self) -> None:
        """The picture becomes the first half of the next of the session's real images."""
        self.stop_generating()
        if self._halves is None or self._pending is not None:
            return
        self._half = (self._half + 1) % len(self._halves)
        self.pixels = [int(level) for level in self._halves[self._half]]
        self._picture_changed()

    def start_generating(self) -> None:
        if self.tokenizer is None or self.complete:
            return
        self._to_draw = self.tokenizer.length - len(self.pixels)
        self.generate_button.setText(translate("pixels", "Stop"))
        self._continue_generating()

    def stop_generating(self) -> None:
        self._to_draw = 0
        self.generate_button.setText(translate("pixels", "Generate the rest"))

    def _continue_generating(self) -> None:
        """The next pixel of a Generate run, once the last was added and the model has answered."""
        if self.generating and not self.reveal_timer.isActive():
            self.step_pixel()

    def _show_choice(self, drawn: DrawnToken) -> None:
        self._pending = drawn
        self._show_canvas()
        self._redraw_bars()
        self.reveal_timer.start(self.pace.value())
        self._update_buttons()

    def _on_reveal_timer_timeout(self) -> None:
        drawn, self._pending = self._pending, None
        if drawn is None:
            return
        self.pixels.append(drawn.token)
        if self.generating:
            self._to_draw -= 1
            if not self.generating:
                self.stop_generating()
        self._picture_changed()

    def _picture_changed(self) -> None:
        self._version += 1
        self.prediction = None
        self._show_canvas()
        self._update_buttons()
        self.probe_changed.emit()

    # Showing
    def _show_canvas(self) -> None:
        if self.tokenizer is None:
            return
        shown = self.pixels + ([self._pending.token] if self._pending is not None else [])
        values = np.array([self.tokenizer.grey(level) for level in shown])
        self.canvas.show_canvas(values, self.tokenizer.shape, pending=self._pending is not None)

    def _redraw_bars(self) -> None:
        if self._pending is not None:
            drawn = self._pending
            self.bars.show_distribution(drawn.distribution, self._bars_title(len(self.pixels), drawn), drawn.token)
            return
        if self.prediction is None:
            text = (translate("pixels", "The image is complete: press Undo or Clear.") if self.complete else
                    translate("pixels", "Waiting for the model's guess…") if self.tokenizer is not None else
                    translate("pixels", "Train the model to see its guess for the next pixel."))
            self.bars.show_distribution(None, "", empty_text=text)
            return
        distribution = distribution_for(self.prediction, self.sampling_settings())
        self.bars.show_distribution(distribution, self._bars_title(len(self.pixels), None))

    def _bars_title(self, index: int, drawn: DrawnToken | None) -> str:
        row, column = divmod(index, self.tokenizer.shape[1])
        where = {"pixel": index + 1, "total": self.tokenizer.length, "row": row + 1, "column": column + 1}
        if drawn is None:
            return translate("pixels", "Pixel {pixel} of {total} (row {row}, column {column}): the model's guess"
                             ).format(**where)
        if drawn.forced:
            return translate("pixels", "Pixel {pixel} of {total} (row {row}, column {column}): you chose grey "
                             "{grey}").format(grey=drawn.token, **where)
        return translate("pixels", "Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}"
                         ).format(u=local_number(drawn.u, ".3f"), grey=drawn.token, **where)

    def _refresh_if_paused(self, snapshot: dict[str, Any]) -> None:
        """The samples are drawn again about once a second while training; when training stops between two, ask
        once for samples of the model as it is now."""
        step = snapshot["step"]
        if snapshot["samples"]["step"] != step and not snapshot["training"] and self._refresh_asked_at != step:
            self._refresh_asked_at = step
            self.request("refresh_samples")

    def _update_buttons(self) -> None:
        ready = self.prediction is not None and self._pending is None
        self.step_button.setEnabled(ready)
        self.undo_button.setEnabled(bool(self.pixels) and self._pending is None)
        self.clear_button.setEnabled(bool(self.pixels) and self._pending is None)
        self.half_button.setEnabled(self._halves is not None and self._pending is None)
        self.generate_button.setEnabled(self.generating or ready)

    def _show_quiz_button(self) -> None:
        started = self.tokenizer is not None
        self.real_or_fake.setEnabled(started)
        self.real_or_fake.setToolTip(translate(
            "pixels", "A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the "
            "temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.")
            if started else translate("pixels", "Real or fake? needs a model: press Reset to start one."))

    # Handlers
    def _on_quiz_closed(self) -> None:
        self.middle.setCurrentIndex(0)

    def _on_generate_button_clicked(self) -> None:
        if self.generating:
            self.stop_generating()
        else:
            self.start_generating()
