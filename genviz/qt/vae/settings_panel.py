"""The VAE lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig
from genviz.qt.widgets.pending_settings import PendingSettings
from genviz.qt.widgets.settings_form import add_choices, data_set_choices, select_data, select_or_add, spin_box

DATA_SETS = (*IMAGE_SETS, *POINT_SETS)  # images first: the VAE's latent map is made for classes


class VaeSettingsPanel(QGroupBox):
    apply_clicked = Signal()
    defaults_clicked = Signal()

    def __init__(self) -> None:
        super().__init__("Model and data")
        defaults = VaeConfig()
        form = QFormLayout(self)
        self.data = QComboBox()
        add_choices(self.data, data_set_choices(DATA_SETS))
        self.data.setToolTip("What the VAE learns to compress. Open or drop a folder of images to add it here.")
        self.latent_size = spin_box(2, 16, defaults.latent_size,
                                      "How many numbers the encoder squeezes each example into (the code z). "
                                      "With 2 the map shows the latent space itself; with more, the map shows "
                                      "its two main directions (PCA) and the VAE reconstructs better.")
        self.network = QComboBox()
        self.network.addItem("fully connected (MLP)", "mlp")
        self.network.addItem("convolutional (images)", "conv")
        self.network.setToolTip("Fully connected layers see every pixel at once and train fastest on a CPU; "
                                "convolutions look at small patches and suit larger images.")
        self.width = spin_box(8, 1024, defaults.width, "Hidden units per layer (MLP) or filters in the first "
                                "convolution (doubled in the second). Wider fits more detail but trains slower.",
                                step=8)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0001, 0.1)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setValue(defaults.learning_rate)
        self.learning_rate.setToolTip("How big a nudge each step gives the weights (Adam). Too high and the loss "
                                      "jumps about or becomes NaN; too low and learning crawls.")
        self.batch_size = spin_box(8, 1024, defaults.batch_size, "Examples per training step.", step=8)
        self.seed = spin_box(0, 2**31 - 1, defaults.seed, "The random seed of the starting weights, the batches "
                               "and the noise of the reparameterisation: the same seed trains the same model.")
        self.image_size = spin_box(8, 32, defaults.image_size, "A folder of your own images is cut to squares "
                                     "of this many pixels; the built-in sets keep their own size.", step=4)
        self.parameters = QLabel("—")
        self.parameters.setToolTip("How many numbers (weights) the encoder and decoder learn together.")
        self.apply = QPushButton("New model with these settings")
        self.apply.setToolTip("Start again from random weights with the settings above (same as Reset).")
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults = QPushButton("Back to default settings")
        self.defaults.setToolTip("Put every setting back to the one genviz starts with; β at once, the others "
                                 "when you press New model.")
        self.defaults.clicked.connect(self.defaults_clicked)
        for label, widget in (("Data", self.data), ("Latent size", self.latent_size), ("Network", self.network),
                              ("Width", self.width), ("Learning rate", self.learning_rate),
                              ("Batch", self.batch_size), ("Seed", self.seed), ("Image size", self.image_size),
                              ("Size", self.parameters)):
            form.addRow(label, widget)
        form.addRow(self.apply)
        form.addRow(self.defaults)
        self.pending = PendingSettings(self, lambda: self.config(0.0), "New model", ignore={"beta"})
        form.addRow(self.pending)
        self.data.currentIndexChanged.connect(self._on_data_current_index_changed)
        self.network.currentIndexChanged.connect(self._on_network_current_index_changed)

    def select(self, data: str) -> bool:
        """Choose a data set already in the list; False when it is not there."""
        return select_data(self.data, data)

    def add_folder(self, path: Path) -> None:
        """Offer a folder of the user's images as a data set and select it."""
        select_or_add(self.data, str(path), f"Folder: {path.name}")

    def show_config(self, config: VaeConfig) -> None:
        """Show these settings (beta aside: the live controls hold it)."""
        if not self.select(config.data):
            self.add_folder(Path(config.data))
        self.network.setCurrentIndex(self.network.findData(config.network))  # before the width it resets
        for box, value in ((self.latent_size, config.latent_size), (self.width, config.width),
                           (self.learning_rate, config.learning_rate), (self.batch_size, config.batch_size),
                           (self.seed, config.seed), (self.image_size, config.image_size)):
            box.setValue(value)

    def config(self, beta: float) -> VaeConfig:
        return VaeConfig(
            data=self.data.currentData(), latent_size=self.latent_size.value(), network=self.network.currentData(),
            width=self.width.value(), beta=beta, learning_rate=self.learning_rate.value(),
            batch_size=self.batch_size.value(), seed=self.seed.value(), image_size=self.image_size.value(),
        )

    def _on_data_current_index_changed(self, _index: int) -> None:
        if self.data.currentData() in POINT_SETS:  # convolutions need images
            self.network.setCurrentIndex(self.network.findData("mlp"))

    def _on_network_current_index_changed(self, _index: int) -> None:
        self.width.setValue(DEFAULT_WIDTHS[self.network.currentData()])
