"""The Diffusion lab's model and data settings; they take effect when a new model is started."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
)

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.diffusion.config import (
    DEFAULT_BATCH,
    DEFAULT_DEPTH,
    DEFAULT_LR,
    DEFAULT_MIN_SNR,
    DEFAULT_WIDTH,
    DiffusionConfig,
)
from genviz.qt.widgets.pending_settings import PendingSettings
from genviz.qt.widgets.settings_form import add_choices, data_set_choices, select_data, select_or_add, spin_box

AUTO = "auto"


def _auto_tip(text: str, defaults: dict) -> str:
    return f"{text} 'auto' picks {defaults['points']} for 2-D data and {defaults['images']} for images."


class DiffusionSettingsPanel(QGroupBox):
    apply_clicked = Signal()

    def __init__(self) -> None:
        super().__init__("Model and data")
        d = DiffusionConfig()
        form = QFormLayout(self)
        self.data = QComboBox()
        add_choices(self.data, data_set_choices(POINT_SETS + IMAGE_SETS))
        self.data.setToolTip("What the model learns to create. 2-D point clouds show the whole distribution at "
                             "once; images show the samples. Open or drop a folder of your own images to add it.")
        self.schedule = QComboBox()
        self.schedule.addItem("cosine", "cosine")
        self.schedule.addItem("linear", "linear")
        self.schedule.setToolTip(
            "The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys "
            "most of the signal early; cosine (Nichol & Dhariwal 2021) fades it more evenly, so more steps carry "
            "useful information."
        )
        self.timesteps = spin_box(10, 2000, d.timesteps, "T, the number of noising steps. x_T is practically "
                                    "pure noise. DDPM sampling takes all T steps back; DDIM can skip.", step=50)
        self.width = spin_box(0, 256, 0, _auto_tip("Network width: hidden units of the 2-D MLP, or channels of "
                                                     "the U-Net's first level.", DEFAULT_WIDTH), step=8)
        self.depth = spin_box(0, 4, 0, _auto_tip("Network depth: hidden layers of the MLP, or how many times the "
                                                   "U-Net halves the image.", DEFAULT_DEPTH))
        self.batch_size = spin_box(0, 1024, 0, _auto_tip("Examples per training step, each noised to its own "
                                                           "random t.", DEFAULT_BATCH), step=32)
        for box in (self.width, self.depth, self.batch_size):
            box.setSpecialValueText(AUTO)
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0, 0.05)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setSpecialValueText(AUTO)
        self.learning_rate.setToolTip(_auto_tip("How big a nudge each step gives the weights (AdamW). Too high and "
                                                "the loss jumps about; too low and learning crawls.", DEFAULT_LR))
        self.ema = QDoubleSpinBox()
        self.ema.setDecimals(4)
        self.ema.setRange(0.0, 0.9999)
        self.ema.setSingleStep(0.001)
        self.ema.setValue(d.ema_decay)
        self.ema.setToolTip(
            "Samples come from a moving average of the weights (EMA): after each step it moves this little "
            "towards the new weights (1 - decay). It smooths out the jitter of single steps."
        )
        self.min_snr = QDoubleSpinBox()
        self.min_snr.setRange(-1.0, 100.0)
        self.min_snr.setSingleStep(1.0)
        self.min_snr.setDecimals(1)
        self.min_snr.setValue(-1.0)
        self.min_snr.setSpecialValueText(AUTO)
        self.min_snr.setToolTip(_auto_tip(
            "Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the "
            "data and its large, jumpy errors steer training; each timestep's loss is scaled by min(SNR, gamma) / "
            "SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. "
            "It helps images, but 2-D mixtures learn their sharp modes at low noise.", DEFAULT_MIN_SNR))
        self.seed = spin_box(0, 2**31 - 1, d.seed, "The random seed of the starting weights, the batches and "
                               "their noise: the same seed and settings train the same model again.")
        self.image_size = spin_box(8, 32, d.image_size, "A folder of your images is cut to squares of this many "
                                     "pixels a side. Built-in images keep their size.", step=4)
        self.color = QCheckBox("Keep colours")
        self.color.setToolTip("Train a folder of images in colour (three channels) instead of grey.")
        self.parameters = QLabel("—")
        self.parameters.setToolTip("How many numbers (weights) the network learns.")
        self.chosen = QLabel("—")
        self.chosen.setWordWrap(True)
        self.chosen.setToolTip("The sizes this model was built with, 'auto' settings filled in.")
        self.apply = QPushButton("New model with these settings")
        self.apply.setToolTip("Start again from random weights with the settings above (same as Reset).")
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults = QPushButton("Back to default settings")
        self.defaults.setToolTip("Put every setting above back to its default. The model keeps training with its "
                                 "own settings until you press New model.")
        self.defaults.clicked.connect(lambda: self.show_config(DiffusionConfig()))
        for combo in (self.data, self.schedule):  # a narrow column elides long names instead of clipping the form
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for label, widget in (("Data", self.data), ("Schedule", self.schedule), ("Steps T", self.timesteps),
                              ("Width", self.width), ("Depth", self.depth), ("Batch", self.batch_size),
                              ("Learning rate", self.learning_rate), ("EMA decay", self.ema),
                              ("Min-SNR weight", self.min_snr), ("Seed", self.seed),
                              ("Image size", self.image_size), ("", self.color), ("Size", self.parameters),
                              ("Built with", self.chosen)):
            form.addRow(label, widget)
        form.addRow(self.apply)
        form.addRow(self.defaults)
        self.show_config(d)
        self.pending = PendingSettings(self, self.config, "New model")
        form.addRow(self.pending)

    def select(self, data: str) -> bool:
        """Select a built-in data set by name; False when there is none of that name."""
        return select_data(self.data, data)

    def add_folder(self, path: Path) -> None:
        """Offer a folder of the user's images as a data set and select it."""
        select_or_add(self.data, str(path), f"Folder: {path.name}")

    def show_size(self, parameters: int | None, settings: dict | None) -> None:
        """The model's size and the sizes it was built with; None while a new one is being built."""
        if settings is None:
            self.parameters.setText("—")
            self.chosen.setText("—")
            return
        self.parameters.setText(f"{parameters:,} weights")
        self.chosen.setText(f"width {settings['width']} · depth {settings['depth']} · batch {settings['batch_size']} · "
                            f"lr {settings['learning_rate']:g}")

    def show_config(self, config: DiffusionConfig) -> None:
        """Every setting as `config` has it (None: auto): the defaults, or a model file's."""
        if not self.select(config.data):
            self.add_folder(Path(config.data))
        self.schedule.setCurrentIndex(self.schedule.findData(config.schedule))
        self.timesteps.setValue(config.timesteps)
        self.width.setValue(config.width or 0)
        self.depth.setValue(config.depth or 0)
        self.batch_size.setValue(config.batch_size or 0)
        self.learning_rate.setValue(config.learning_rate or 0.0)
        self.ema.setValue(config.ema_decay)
        self.min_snr.setValue(-1.0 if config.min_snr is None else config.min_snr)
        self.seed.setValue(config.seed)
        self.image_size.setValue(config.image_size)
        self.color.setChecked(config.color)

    def config(self) -> DiffusionConfig:
        return DiffusionConfig(
            data=self.data.currentData(), schedule=self.schedule.currentData(), timesteps=self.timesteps.value(),
            width=self.width.value() or None, depth=self.depth.value() or None,
            batch_size=self.batch_size.value() or None,
            learning_rate=self.learning_rate.value() or None, ema_decay=self.ema.value(),
            min_snr=None if self.min_snr.value() < 0 else self.min_snr.value(), seed=self.seed.value(),
            image_size=self.image_size.value(), color=self.color.isChecked(),
        )
