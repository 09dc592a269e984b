"""The VAE lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig
from genviz.qt.translation import translate
from genviz.qt.widgets.settings_form import DataSetChoice, SettingsForm, add_model_rows

DATA_SETS = (*IMAGE_SETS, *POINT_SETS)  # images first: the VAE's latent map is made for classes
SHOWN = ("train_images", "latent_size", "network", "width", "learning_rate", "batch_size", "seed",
         "image_size")  # β: live control


class VaeSettingsPanel(QGroupBox):
    apply_clicked = Signal()
    defaults_clicked = Signal()

    def __init__(self) -> None:
        super().__init__(translate("vae", "Model and data"))
        form = QFormLayout(self)
        self.data = DataSetChoice(DATA_SETS, translate(
            "vae", "What the VAE learns to compress. Open or drop a folder of images to add it here."))
        form.addRow(translate("vae", "Data"), self.data)
        self.form = SettingsForm(VaeConfig, SHOWN)
        self.form.add_rows(form)
        vars(self).update(self.form.widgets)  # each setting's widget by its name: self.network, self.seed, ...
        self.parameters = QLabel("—")
        self.parameters.setToolTip(translate("vae", "How many numbers (weights) the encoder and decoder learn "
                                                    "together."))
        form.addRow(translate("vae", "Size"), self.parameters)
        self.apply, self.defaults, self.pending = add_model_rows(
            form, self, lambda: self.config(0.0), translate(
                "vae", "Put every setting back to the one genviz starts with; β at once, the others when you press "
                       "New model."), ignore={"beta"})
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(self.defaults_clicked)
        self.data.currentIndexChanged.connect(self._on_data_current_index_changed)
        self.network.currentIndexChanged.connect(self._on_network_current_index_changed)

    def show_config(self, config: VaeConfig) -> None:
        """Show these settings (beta aside: the live controls hold it)."""
        self.data.show_data(config.data)
        self.form.show(config)

    def config(self, beta: float) -> VaeConfig:
        return VaeConfig(data=self.data.currentData(), beta=beta, **self.form.values())

    def _on_data_current_index_changed(self, _index: int) -> None:
        if self.data.currentData() in POINT_SETS:  # convolutions need images
            self.network.setCurrentIndex(self.network.findData("mlp"))

    def _on_network_current_index_changed(self, _index: int) -> None:
        self.width.setValue(DEFAULT_WIDTHS[self.network.currentData()])
