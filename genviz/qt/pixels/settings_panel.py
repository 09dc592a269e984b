"""The Pixels lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from genviz.core.data.datasets import IMAGE_SETS
from genviz.core.pixels.config import PixelsConfig
from genviz.qt.translation import translate
from genviz.qt.widgets.settings_form import DataSetChoice, SettingsForm, add_model_rows

SHOWN = ("levels", "n_layer", "n_head", "n_embd", "batch_size", "learning_rate", "seed", "image_size", "train_images")


class PixelsSettingsPanel(QGroupBox):
    apply_clicked = Signal()

    def __init__(self) -> None:
        super().__init__(translate("pixels", "Model and data"))
        form = QFormLayout(self)
        self.data = DataSetChoice(IMAGE_SETS, translate(
            "pixels", "The images the model learns to draw, one pixel at a time. Open or drop a folder of images to "
            "add it here; colour images are read in grey."))
        form.addRow(translate("pixels", "Data"), self.data)
        self.form = SettingsForm(PixelsConfig, SHOWN)
        self.form.add_rows(form)
        vars(self).update(self.form.widgets)  # each setting's widget by its name: self.levels, self.seed, ...
        self.parameters = QLabel("—")
        self.parameters.setWordWrap(True)
        self.parameters.setToolTip(translate(
            "pixels", "How many numbers (weights) the model learns, and its vocabulary: one token per grey level, "
            "and one that starts every image."))
        form.addRow(translate("pixels", "Size"), self.parameters)
        self.apply, self.defaults, self.pending = add_model_rows(
            form, self, self.config,
            translate("pixels", "Put every setting above back to its default; New model then builds it."))
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(lambda: self.show_config(PixelsConfig()))

    def show_config(self, config: PixelsConfig) -> None:
        """Show `config`'s settings (the defaults, an opened model's)."""
        self.data.show_data(config.data)
        self.form.show(config)

    def config(self) -> PixelsConfig:
        return PixelsConfig(data=self.data.currentData(), **self.form.values())
