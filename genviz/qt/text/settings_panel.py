"""The Text lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
)

from genviz.core.data.corpora import BUILTIN_CORPORA
from genviz.core.text.config import OVERFITTING, TextConfig
from genviz.qt.widgets.pending_settings import PendingSettings
from genviz.qt.widgets.settings_form import add_choices, select_data, select_or_add, spin_box

CORPUS_TITLES = {"capitals": "Capitals of the world", "capitals-small": "Capitals, a small text (over-fits)",
                 "python": "Python code (from this computer)"}
CORPUS_TOKENIZERS = {"capitals": "word", "capitals-small": "word", "python": "char"}  # code: one character at a time


def fraction_box(maximum: float, step: float, value: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0.0, maximum)
    box.setSingleStep(step)
    box.setValue(value)
    box.setToolTip(tip)
    return box


class TextSettingsPanel(QGroupBox):
    apply_clicked = Signal()
    preset_clicked = Signal()  # the settings were set to a preset: build it and train

    def __init__(self) -> None:
        super().__init__("Model and data")
        defaults = TextConfig()
        form = QFormLayout(self)
        self.corpus = QComboBox()
        add_choices(self.corpus, [(name, CORPUS_TITLES.get(name, name), description)
                                  for name, description in BUILTIN_CORPORA.items()])
        self.corpus.setToolTip("The text the model learns from. Open or drop your own .txt file to add it here.")
        self.tokenizer = QComboBox()
        self.tokenizer.addItem("words", "word")
        self.tokenizer.addItem("characters", "char")
        self.tokenizer.setToolTip(
            "How text is cut into tokens, the units the model reads and predicts: whole words (and "
            "punctuation), or single characters (a small vocabulary, but longer sequences)."
        )
        self.n_layer = spin_box(1, 8, defaults.n_layer, "Transformer blocks stacked on top of each other.")
        self.n_head = spin_box(1, 8, defaults.n_head, "Attention heads per block: each can look for a "
                                 "different pattern. The width must divide evenly among them.")
        self.n_embd = spin_box(16, 256, defaults.n_embd, "Numbers used to represent each token inside the "
                                 "model. Wider learns more, but trains slower.", step=16)
        self.block_size = spin_box(8, 128, defaults.block_size, "Context length: how many tokens the model "
                                     "can look back at when predicting the next one.", step=8)
        self.batch_size = spin_box(4, 256, defaults.batch_size, "Sequences per training step.", step=4)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0001, 1.0)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setValue(defaults.learning_rate)
        self.learning_rate.setToolTip("How big a nudge each step gives the weights. Too high and the loss "
                                      "jumps about or becomes NaN; too low and learning crawls.")
        self.dropout = fraction_box(0.9, 0.05, defaults.dropout, "Regularisation: while training, this share "
                                    "of the activations is zeroed at random, so the model cannot lean on any one "
                                    "of them to memorise its text. 0 turns it off.")
        self.weight_decay = fraction_box(1.0, 0.05, defaults.weight_decay, "Regularisation: each step pulls "
                                         "every weight a little towards 0, so only weights that help on many "
                                         "sentences stay large. 0 turns it off.")
        self.seed = spin_box(0, 2**31 - 1, defaults.seed, "The random seed of the starting weights and of "
                               "the batches: the same seed and settings train the same model again.")
        self.parameters = QLabel("—")
        self.parameters.setWordWrap(True)
        self.parameters.setToolTip("How many numbers (weights) the model learns.")
        self.apply = QPushButton("New model with these settings")
        self.apply.setToolTip("Start again from random weights with the settings above (same as Reset).")
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults = QPushButton("Back to default settings")
        self.defaults.setToolTip("Put every setting above back to its default; New model then builds it.")
        self.defaults.clicked.connect(lambda: self.set_config(TextConfig()))
        self.overfitting = QPushButton("Preset: overfitting")
        self.overfitting.setToolTip(
            "A small text and no dropout or weight decay, then a new model trains at once. Within a minute the "
            "held-out (validation) loss stops falling and rises while the training loss keeps falling: the "
            "model memorises its sentences instead of learning what makes new ones likely."
        )
        self.overfitting.clicked.connect(self._on_overfitting_clicked)
        for label, widget in (("Text", self.corpus), ("Tokens", self.tokenizer), ("Layers", self.n_layer),
                              ("Heads", self.n_head), ("Width", self.n_embd), ("Context", self.block_size),
                              ("Batch", self.batch_size), ("Learning rate", self.learning_rate),
                              ("Dropout", self.dropout), ("Weight decay", self.weight_decay),
                              ("Seed", self.seed), ("Size", self.parameters)):
            form.addRow(label, widget)
        for button in (self.apply, self.defaults, self.overfitting):
            form.addRow(button)
        self.pending = PendingSettings(self, self.config, "New model")
        form.addRow(self.pending)
        self.corpus.currentIndexChanged.connect(self._on_corpus_current_index_changed)

    def add_file(self, path: Path) -> None:
        """Offer a user's text file as a corpus and select it."""
        select_or_add(self.corpus, str(path), f"File: {path.name}")

    def set_config(self, config: TextConfig) -> None:
        """Show `config`'s settings (the defaults, a preset, an opened model's)."""
        corpus = config.corpus
        if not select_data(self.corpus, corpus):
            self.add_file(Path(corpus))
        select_data(self.tokenizer, config.tokenizer)  # after the text, which picks its usual tokenizer
        for name in ("n_layer", "n_head", "n_embd", "block_size", "batch_size", "learning_rate", "dropout",
                     "weight_decay", "seed"):
            getattr(self, name).setValue(getattr(config, name))

    def _on_overfitting_clicked(self) -> None:
        self.set_config(OVERFITTING)
        self.preset_clicked.emit()

    def _on_corpus_current_index_changed(self, _index: int) -> None:
        tokenizer = CORPUS_TOKENIZERS.get(self.corpus.currentData())
        if tokenizer is not None:
            self.tokenizer.setCurrentIndex(self.tokenizer.findData(tokenizer))

    def config(self) -> TextConfig:
        return TextConfig(
            corpus=self.corpus.currentData(), tokenizer=self.tokenizer.currentData(),
            n_layer=self.n_layer.value(), n_head=self.n_head.value(), n_embd=self.n_embd.value(),
            block_size=self.block_size.value(), batch_size=self.batch_size.value(),
            learning_rate=self.learning_rate.value(), dropout=self.dropout.value(),
            weight_decay=self.weight_decay.value(), seed=self.seed.value(),
        )
