"""The Text lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton

from genviz.core.data.corpora import BUILTIN_CORPORA
from genviz.core.text.config import OVERFITTING, TextConfig
from genviz.qt.translation import core_text, translate
from genviz.qt.widgets.settings_form import (
    SettingsForm,
    add_choices,
    add_model_rows,
    select_data,
    select_or_add,
    short_name,
    whole_choices,
)

CORPUS_TITLES = {"capitals": QT_TRANSLATE_NOOP("text", "Capitals of the world"),
                 "capitals-small": QT_TRANSLATE_NOOP("text", "Capitals, a small text (over-fits)"),
                 "python": QT_TRANSLATE_NOOP("text", "Python code (from this computer)")}
SHOWN = ("tokenizer", "n_layer", "n_head", "n_embd", "block_size", "batch_size", "learning_rate", "dropout",
         "weight_decay", "seed")
CORPUS_TOKENIZERS = {"capitals": "word", "capitals-small": "word", "python": "char"}  # code: one character at a time


class TextSettingsPanel(QGroupBox):
    apply_clicked = Signal()
    preset_clicked = Signal()  # the settings were set to a preset: build it and train

    def __init__(self) -> None:
        super().__init__(translate("text", "Model and data"))
        form = QFormLayout(self)
        self.corpus = QComboBox()
        whole_choices(self.corpus)
        add_choices(self.corpus, [(name, translate("text", CORPUS_TITLES.get(name, name)), core_text(description))
                                  for name, description in BUILTIN_CORPORA.items()])
        self.corpus.setToolTip(translate("text", "The text the model learns from. Open or drop your own .txt file to "
                                         "add it here."))
        self.form = SettingsForm(TextConfig, SHOWN)
        vars(self).update(self.form.widgets)  # each setting's widget by its name: self.n_layer, ...
        self.parameters = QLabel("—")
        self.parameters.setWordWrap(True)
        self.parameters.setToolTip(translate("text", "How many numbers (weights) the model learns."))
        self.overfitting = QPushButton(translate("text", "Preset: overfitting"))
        self.overfitting.setToolTip(translate(
            "text", "A small text and no dropout or weight decay, then a new model trains at once. Within a minute "
            "the held-out (validation) loss stops falling and rises while the training loss keeps falling: the "
            "model memorises its sentences instead of learning what makes new ones likely."))
        self.overfitting.clicked.connect(self._on_overfitting_clicked)
        form.addRow(translate("text", "Text"), self.corpus)
        self.form.add_rows(form)
        form.addRow(translate("text", "Size"), self.parameters)
        self.apply, self.defaults, self.pending = add_model_rows(
            form, self, self.config, translate("text", "Put every setting above back to its default; New model then "
                                               "builds it."))
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(lambda: self.set_config(TextConfig()))
        form.addRow(self.overfitting)
        self.corpus.currentIndexChanged.connect(self._on_corpus_current_index_changed)

    def add_file(self, path: Path) -> None:
        """Offer a user's text file as a corpus and select it."""
        select_or_add(self.corpus, str(path), translate("text", "File: {name}").format(name=short_name(path.name)))

    def set_config(self, config: TextConfig) -> None:
        """Show `config`'s settings (the defaults, a preset, an opened model's)."""
        corpus = config.corpus
        if not select_data(self.corpus, corpus):
            self.add_file(Path(corpus))
        self.form.show(config)  # after the text, which picks its usual tokenizer

    def _on_overfitting_clicked(self) -> None:
        self.set_config(OVERFITTING)
        self.preset_clicked.emit()

    def _on_corpus_current_index_changed(self, _index: int) -> None:
        tokenizer = CORPUS_TOKENIZERS.get(self.corpus.currentData())
        if tokenizer is not None:
            self.tokenizer.setCurrentIndex(self.tokenizer.findData(tokenizer))

    def config(self) -> TextConfig:
        return TextConfig(corpus=self.corpus.currentData(), **self.form.values())
