"""The Text lab: a tiny GPT learns a corpus; students watch its next-token guesses and generate with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from genviz.core.data.corpora import BUILTIN_CORPORA, load_text_file
from genviz.core.errors import DataError
from genviz.core.host import SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.session import config_from_mapping
from genviz.core.settings import declared
from genviz.core.text.config import DEFAULT_PROMPT, TextConfig
from genviz.core.text.generation import SamplingSettings, choose_next, distribution_for
from genviz.core.text.tokenizers import tokenizer_from_dict
from genviz.core.translatable import Sentence
from genviz.qt.lab import LabView, splitter
from genviz.qt.number_format import local_number
from genviz.qt.plots import scale_plot_fonts
from genviz.qt.style import INK, ORANGE, VERMILLION, color
from genviz.qt.text.attention_panel import AttentionPanel
from genviz.qt.text.probability_panel import DrawnToken, ProbabilityPanel
from genviz.qt.text.probe_panel import rank_of
from genviz.qt.text.quiz_panel import ASKING, REVEALED, QuizPanel
from genviz.qt.text.settings_panel import TextSettingsPanel
from genviz.qt.text.token_strip import TokenStrip
from genviz.qt.translation import core_sentence, translate
from genviz.qt.widgets.flow_layout import FlowLayout
from genviz.qt.widgets.loss_plot import LossPlot
from genviz.qt.widgets.settings_form import SettingsForm

UNKNOWN_ID = 0
WARNING_STYLE = f"background: {VERMILLION}; color: white; font-weight: bold; padding: 6px;"


class TextLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "Text (GPT)")
    summary = QT_TRANSLATE_NOOP("lab", "Autoregressive text: a tiny GPT learns to predict the next token.")

    def __init__(self) -> None:
        super().__init__()
        self.generated: list[int] = []
        self.tokenizer = None
        self._tokenizer_source: dict | None = None
        self.vocab: list[str] = []
        self.prediction = None  # the newest prediction for the current context
        self.drawn: DrawnToken | None = None  # the last choice, drawn on the strip
        self._version = 0  # bumps whenever the context changes; snapshots say which version they answer
        self._pending_choice: DrawnToken | None = None  # chosen, shown, not yet appended
        self._tokens_to_generate = 0
        self._model_file: Path | None = None  # a model file to start the next session from
        self._trouble_text = ""  # what the banner says; "" while training goes well
        self._best: tuple[int, float] | None = None  # the marked lowest held-out loss: (step, loss)

        self.settings = TextSettingsPanel()
        self.settings.apply_clicked.connect(self.reset_requested)
        self.settings.preset_clicked.connect(self._on_settings_preset_clicked)
        self.trouble = QLabel()
        self.trouble.setStyleSheet(WARNING_STYLE)
        self.trouble.setWordWrap(True)
        self.trouble.setToolTip(translate("text", "Training went wrong: a learning rate that is too high makes each "
                                          "step overshoot, so the loss climbs instead of falling and the model ends "
                                          "up saying one word."))
        self.trouble.hide()
        self.prompt = QLineEdit(DEFAULT_PROMPT)
        self.prompt.setProperty("user_text", True)
        self.prompt.setToolTip(translate("text", "The text the model continues. Edit it and watch the probabilities "
                                         "change."))
        self.prompt.setPlaceholderText(translate("text", "Type a prompt…"))
        self.token_strip = TokenStrip()
        self.probabilities = ProbabilityPanel()
        self.quiz = QuizPanel()
        self.attention = AttentionPanel()
        self.loss_plot = LossPlot()
        self.loss_plot.setToolTip(translate(
            "text", "Cross-entropy loss: how surprised the model is by the true next token. Training loss is "
            "measured on the batches it learns from; validation loss on text it never trains on. The dot marks the "
            "lowest validation loss so far: if it stays behind while training goes on, the model over-fits."))
        self.loss_plot.setAccessibleName(translate("text", "Training and validation loss"))
        self.loss_plot.setAccessibleDescription(translate(
            "text", "Curves of the cross-entropy loss over the training steps, on the training batches and on "
            "held-out text, with a dot at the lowest held-out loss."))
        self.best_marker = pg.ScatterPlotItem(size=12, symbol="o", pen=pg.mkPen(INK, width=1.5),
                                              brush=pg.mkBrush(ORANGE))
        self.best_label = pg.TextItem(color=INK, fill=color("#FFFFFF", 210), anchor=(0.5, -0.4))
        for item in (self.best_marker, self.best_label):
            self.loss_plot.plot_item.addItem(item)
        self._build_sampling_controls()
        self._layout()

        self.prompt.textEdited.connect(self._on_prompt_text_edited)
        self.probabilities.token_clicked.connect(self._on_probabilities_token_clicked)
        self.quiz.ask_clicked.connect(self._on_quiz_ask_clicked)
        self.probabilities.probe.word_entered.connect(self.probe_changed)
        self.quiz.state_changed.connect(self._on_quiz_state_changed)
        self.attention.layer.currentIndexChanged.connect(self._redraw_attention)
        self.attention.head.currentIndexChanged.connect(self._redraw_attention)
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.timeout.connect(self._on_reveal_timer_timeout)
        self._update_buttons()

    # Building
    def _build_sampling_controls(self) -> None:
        box = QGroupBox(translate("text", "Sampling the next token"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sampling = SettingsForm(SamplingSettings, declared(SamplingSettings))
        self.temperature, self.top_k, self.top_p, self.greedy = self.sampling.widgets.values()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("text", "The seed of the random numbers u. The same seed, model and settings "
                                       "draw the same tokens again; Undo then Next token repeats a draw."))
        self.bar_count = QSpinBox()
        self.bar_count.setRange(3, 30)
        self.bar_count.setValue(10)
        self.bar_count.setToolTip(translate("text", "How many of the most probable tokens get a bar."))
        self.generate_count = QSpinBox()
        self.generate_count.setRange(1, 500)
        self.generate_count.setValue(20)
        self.generate_count.setToolTip(translate("text", "How many tokens Generate adds, one at a time."))
        self.pace = QSpinBox()
        self.pace.setRange(0, 5000)
        self.pace.setSingleStep(100)
        self.pace.setValue(600)
        self.pace.setSuffix(translate("text", " ms", "milliseconds"))
        self.pace.setToolTip(translate("text", "How long each drawn token stays highlighted before it is added to the "
                                       "text."))
        self.sampling.add_rows(form)
        for label, widget in ((translate("text", "Sampling seed"), self.seed),
                              (translate("text", "Bars shown"), self.bar_count),
                              (translate("text", "Generate"), self.generate_count),
                              (translate("text", "Pace"), self.pace)):
            form.addRow(label, widget)
        for widget in (self.temperature, self.top_p):
            widget.valueChanged.connect(self._redraw_probabilities)
        for widget in (self.top_k, self.bar_count):
            widget.valueChanged.connect(self._redraw_probabilities)
        self.greedy.toggled.connect(self._redraw_probabilities)
        self.sampling_box = box

        self.next_button = QPushButton(translate("text", "Next token"))
        self.next_button.setToolTip(translate("text", "Draw one token from the solid bars and add it to the text."))
        self.undo_button = QPushButton(translate("text", "Undo"))
        self.undo_button.setToolTip(translate("text", "Remove the last generated token."))
        self.generate_button = QPushButton(translate("text", "Generate"))
        self.generate_button.setToolTip(translate("text", "Add tokens one at a time, as many as set under Generate. "
                                                  "While it generates, the button reads Stop."))
        self.clear_button = QPushButton(translate("text", "Clear"))
        self.clear_button.setToolTip(translate("text", "Remove every generated token and keep the prompt."))
        self.next_button.clicked.connect(self.next_token)
        self.undo_button.clicked.connect(self.undo)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.clear_button.clicked.connect(self.clear_generated)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.settings)
        left_layout.addWidget(self.sampling_box)
        left_layout.addStretch(1)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(QLabel(translate("text", "Prompt")))
        prompt_row.addWidget(self.prompt, 1)
        buttons = FlowLayout(widgets=(self.next_button, self.undo_button, self.generate_button, self.clear_button))
        middle_layout.addWidget(self.trouble)
        middle_layout.addLayout(prompt_row)
        middle_layout.addWidget(self.token_strip)
        middle_layout.addLayout(buttons)
        middle_layout.addWidget(self.quiz)
        middle_layout.addWidget(self.probabilities, 1)
        middle_layout.addStretch(0)  # takes the bars' room while a quiz question hides them

        right = splitter(Qt.Orientation.Vertical, [self.loss_plot, self.attention])
        self.set_columns([left, middle, right], [300, 620, 480])

    # LabView
    def session_spec(self) -> SessionSpec:
        config = self.settings.config()
        config.validate()
        self.settings.pending.mark_applied(config)
        path, self._model_file = self._model_file, None  # a later Reset starts from random weights again
        return SessionSpec("genviz.core.text.session:TextSession", (config,) if path is None else (config, path))

    def probe(self) -> dict[str, Any]:
        return {"prompt": self.prompt.text(), "generated": tuple(self.generated), "version": self._version,
                "track": self.probabilities.probe.token}

    def training_panels(self) -> dict[str, QWidget]:
        return {"loss": self.loss_plot, "probabilities": self.probabilities, "attention": self.attention}

    def run_started(self) -> None:
        self.stop_generating()
        self.quiz.withdraw()
        self.prediction = None
        self.drawn = None
        self.loss_plot.clear_curves()
        self._show_best(None)
        self._show_trouble(None)

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        if snapshot["tokenizer"] is not self._tokenizer_source:
            self._tokenizer_source = snapshot["tokenizer"]
            self.tokenizer = tokenizer_from_dict(snapshot["tokenizer"])
            self.vocab = [self.tokenizer.token_text(i) for i in range(self.tokenizer.vocab_size)]
            self.probabilities.probe.set_tokenizer(self.tokenizer, self.vocab)
            self._show_tokens()
        size = translate("text", "{weights} weights · {tokens} tokens in the vocabulary").format(
            weights=local_number(snapshot["parameters"], ","), tokens=local_number(len(self.vocab), ","))
        if self.settings.parameters.text() != size:  # a new label text re-lays out the whole panel
            self.settings.parameters.setText(size)
        if snapshot["probe"].get("version") == self._version:
            self.prediction = snapshot["prediction"]
        self._redraw_probabilities()
        self._update_buttons()
        self._show_trouble(snapshot["trouble"])
        yield
        self.loss_plot.update_curves(snapshot["history"])
        self._show_best(snapshot["best_validation"])
        yield
        if self._pending_choice is None:
            self._redraw_attention()
            self._continue_generating()

    def show_answer(self, answer: dict[str, Any]) -> None:
        """A new context's prediction, as soon as the training process made it."""
        if answer["probe"].get("version") != self._version:
            return
        self.prediction = answer["prediction"]
        self._redraw_probabilities()
        self._update_buttons()
        if self._pending_choice is None:
            self._redraw_attention()
            self._continue_generating()

    def open_file(self, path: Path) -> None:
        try:
            load_text_file(path)
        except DataError as error:
            self.message.emit(core_sentence(error.sentence))
            return
        self.settings.add_file(path)
        self.reset_requested.emit()

    def open_model(self, path: Path, file: ModelFile) -> None:
        self.settings.set_config(config_from_mapping(TextConfig, file.config))  # the panel has every value a file may
        self._model_file = path
        self.reset_requested.emit()

    def select_data(self, data: str) -> None:
        if data in BUILTIN_CORPORA:
            self.settings.corpus.setCurrentIndex(self.settings.corpus.findData(data))
            return
        load_text_file(data)
        self.settings.add_file(Path(data))

    def start_demo(self) -> None:
        self.generate_count.setValue(8)
        self.pace.setValue(150)
        self.start_generating()

    def demo_running(self) -> bool:
        return self.generating or self._pending_choice is not None

    def set_font_scale(self, scale: float) -> None:
        self.attention.set_font_scale(scale)
        scale_plot_fonts(self.loss_plot, scale)

    # Generation
    def sampling_settings(self) -> SamplingSettings:
        return SamplingSettings(**self.sampling.values())

    def next_token(self) -> None:
        """Draw one token, highlight it and where u fell, then append it after the pace delay."""
        if self.prediction is None or self._pending_choice is not None:
            return
        choice = choose_next(self.prediction.logits, self.sampling_settings(), self.seed.value(),
                             len(self.generated))
        self._show_choice(DrawnToken(choice.token, choice.distribution, choice.u))

    def force_token(self, token: int) -> None:
        """The student picks the next token by clicking its bar."""
        if self.prediction is None or self._pending_choice is not None:
            return
        distribution = distribution_for(self.prediction.logits, self.sampling_settings())
        self._show_choice(DrawnToken(token, distribution, None, forced=True))

    def undo(self) -> None:
        self.stop_generating()
        if self.generated:
            self.generated.pop()
            self.drawn = None
            self.probabilities.show_draw(None, self.vocab)
            self._context_changed()

    def clear_generated(self) -> None:
        self.stop_generating()
        self.generated.clear()
        self.drawn = None
        self.probabilities.show_draw(None, self.vocab)
        self._context_changed()

    @property
    def generating(self) -> bool:
        return self._tokens_to_generate > 0

    def start_generating(self) -> None:
        self._tokens_to_generate = self.generate_count.value()
        self.generate_button.setText(translate("text", "Stop"))
        self._continue_generating()

    def stop_generating(self) -> None:
        self._tokens_to_generate = 0
        self.generate_button.setText(translate("text", "Generate"))

    def _continue_generating(self) -> None:
        """The next token of a Generate run, once the last one was added and the model has answered."""
        if self.generating and not self.reveal_timer.isActive():
            self.next_token()

    def _show_choice(self, drawn: DrawnToken) -> None:
        self._pending_choice = drawn
        self.probabilities.show_distribution(drawn.distribution, self.vocab, self.bar_count.value(),
                                             highlight=drawn.token)
        self.probabilities.show_draw(drawn, self.vocab)
        self.reveal_timer.start(self.pace.value())
        self._update_buttons()

    def _on_reveal_timer_timeout(self) -> None:
        drawn, self._pending_choice = self._pending_choice, None
        if drawn is None:
            return
        self.drawn = drawn
        self.generated.append(drawn.token)
        if self.generating:
            self._tokens_to_generate -= 1
            if not self.generating:
                self.stop_generating()
        self._context_changed()

    def _context_changed(self) -> None:
        self._version += 1
        self.prediction = None
        self.quiz.withdraw()  # a question about the old text has no answer any more
        self._show_tokens()
        self._update_buttons()
        self.probe_changed.emit()

    # Drawing
    def _show_tokens(self) -> None:
        if self.tokenizer is None:
            return
        text = self.prompt.text()
        pieces = self.tokenizer.pieces(text)
        ids = self.tokenizer.encode(text)
        unknown = {i for i, token in enumerate(ids) if token == UNKNOWN_ID}
        self.token_strip.show_tokens(pieces, [self.vocab[i] for i in self.generated],
                                     self.tokenizer.kind == "word", unknown)

    def _redraw_probabilities(self) -> None:
        ready = self.prediction is not None and self._pending_choice is None and bool(self.vocab)
        self.quiz.set_ready(ready)
        if not ready or self.quiz.holds_bars:
            return
        distribution = distribution_for(self.prediction.logits, self.sampling_settings())
        self.probabilities.show_distribution(distribution, self.vocab, self.bar_count.value())

    def _show_trouble(self, trouble: Sentence | None) -> None:
        text = core_sentence(trouble) if trouble else ""
        if text != self._trouble_text:
            self._trouble_text = text
            self.trouble.setText(f"⚠ {text}")
            self.trouble.setVisible(bool(text))

    def _show_best(self, best: tuple[int, float] | None) -> None:
        """The dot at the lowest held-out loss so far, labelled with its step."""
        if best == self._best:
            return
        self._best = best
        if best is None:
            self.best_marker.setData([], [])
            self.best_label.setText("")
            return
        step, loss = best
        self.best_marker.setData([step], [loss])
        self.best_label.setText(translate("text", "best held-out: step {step}").format(step=local_number(step, ",")))
        box = self.loss_plot.plot_item.vb
        x, width, label = box.mapFromView(QPointF(step, loss)).x(), box.width(), self.best_label.boundingRect().width()
        # Below the dot, where a falling curve leaves room; to its right or left, but never past the plot's edges
        # (a longer label, a German one, slid out past the axis)
        preferred = 0.0 if x < width / 2 else 1.0
        anchor = min(max(preferred, 1 - (width - x) / label), x / label) if label > 0 else preferred
        self.best_label.setAnchor((anchor, -0.4))
        self.best_label.setPos(step, loss)

    def _redraw_attention(self) -> None:
        if self.prediction is None:
            self.attention.show_attention(None, [])
            return
        tokens = [self.vocab[i] for i in self.prediction.context]
        self.attention.show_attention(self.prediction.attention, tokens)

    def _update_buttons(self) -> None:
        ready = self.prediction is not None and self._pending_choice is None
        asking = self.quiz.state == ASKING  # a draw would show the answer before the class guessed
        self.next_button.setEnabled(ready and not asking)
        self.generate_button.setEnabled(not asking)
        self.undo_button.setEnabled(bool(self.generated))
        self.clear_button.setEnabled(bool(self.generated))

    # Handlers
    def _on_prompt_text_edited(self, _text: str) -> None:
        self.stop_generating()
        self.generated.clear()
        self.drawn = None
        self.probabilities.show_draw(None, self.vocab)
        self._context_changed()

    def _on_probabilities_token_clicked(self, token: int) -> None:
        self.force_token(token)

    def _on_quiz_ask_clicked(self) -> None:
        if self.prediction is None or self._pending_choice is not None:
            return
        self.stop_generating()
        distribution = distribution_for(self.prediction.logits, self.sampling_settings())
        self.quiz.ask(distribution, self.vocab, self.seed.value())

    def _on_quiz_state_changed(self) -> None:
        self.probabilities.setVisible(self.quiz.state != ASKING)
        question = self.quiz.question
        if self.quiz.state == REVEALED:  # enough bars for every candidate, the guess marked
            count = max(self.bar_count.value(), *(rank_of(question.distribution.raw, t) for t in question.candidates))
            self.probabilities.show_distribution(question.distribution, self.vocab, count, highlight=self.quiz.guess)
        else:
            self._redraw_probabilities()
        self._update_buttons()

    def _on_generate_button_clicked(self) -> None:
        if self.generating:
            self.stop_generating()
        else:
            self.start_generating()

    def _on_settings_preset_clicked(self) -> None:
        self.reset_requested.emit()
        self.train_requested.emit()
