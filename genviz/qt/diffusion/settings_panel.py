"""The Diffusion lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.diffusion.config import DiffusionConfig
from genviz.qt.number_format import local_number
from genviz.qt.translation import translate
from genviz.qt.widgets.settings_form import DataSetChoice, SettingsForm, add_model_rows

SHOWN = ("train_images", "schedule", "timesteps", "width", "depth", "batch_size", "learning_rate", "ema_decay",
         "min_snr", "seed", "image_size", "color")


class DiffusionSettingsPanel(QGroupBox):
    apply_clicked = Signal()

    def __init__(self) -> None:
        super().__init__(translate("diffusion", "Model and data"))
        form = QFormLayout(self)
        self.data = DataSetChoice(POINT_SETS + IMAGE_SETS, translate(
            "diffusion", "What the model learns to create. 2-D point clouds show the whole distribution at once; "
                         "images show the samples. Open or drop a folder of your own images to add it."))
        self.data.select(DiffusionConfig().data)
        self.form = SettingsForm(DiffusionConfig, SHOWN)
        vars(self).update(self.form.widgets)  # each setting's widget by its name: self.timesteps, ...
        self.parameters = QLabel("—")
        self.parameters.setToolTip(translate("diffusion", "How many numbers (weights) the network learns."))
        self.chosen = QLabel("—")
        self.chosen.setWordWrap(True)
        self.chosen.setToolTip(translate("diffusion", "The sizes this model was built with, 'auto' settings filled "
                                                      "in."))
        form.addRow(translate("diffusion", "Data"), self.data)
        self.form.add_rows(form)
        form.addRow(translate("diffusion", "Size"), self.parameters)
        form.addRow(translate("diffusion", "Built with"), self.chosen)
        self.apply, self.defaults, self.pending = add_model_rows(
            form, self, self.config, translate(
                "diffusion", "Put every setting above back to its default. The model keeps training with its own "
                             "settings until you press New model."))
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(lambda: self.show_config(DiffusionConfig()))

    def show_size(self, parameters: int | None, settings: dict | None) -> None:
        """The model's size and the sizes it was built with; None while a new one is being built."""
        if settings is None:
            self.parameters.setText("—")
            self.chosen.setText("—")
            return
        self.parameters.setText(translate("diffusion", "{count} weights").format(
            count=local_number(parameters, ",")))
        self.chosen.setText(translate("diffusion", "width {width} · depth {depth} · batch {batch} · lr {rate}").format(
            width=settings["width"], depth=settings["depth"], batch=settings["batch_size"],
            rate=local_number(settings["learning_rate"], "g")))

    def show_config(self, config: DiffusionConfig) -> None:
        """Every setting as `config` has it (None: auto): the defaults, or a model file's."""
        self.data.show_data(config.data)
        self.form.show(config)

    def config(self) -> DiffusionConfig:
        return DiffusionConfig(data=self.data.currentData(), **self.form.values())
