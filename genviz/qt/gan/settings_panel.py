"""The GAN lab's settings and presets; they take effect when a new model is started."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.data.idx import KINDS, default_cache_dir, training_files
from genviz.core.gan.config import DRAWN, GanConfig, default_config
from genviz.core.gan.presets import PRESETS, preset_config
from genviz.qt.widgets.pending_settings import PendingSettings
from genviz.qt.widgets.settings_form import add_choices, data_set_choices, spin_box

DRAWN_TITLE = ("Your drawing", "Points you draw on the plane with the mouse (tick 'Draw your own points').")
WATCH_HINT = "A preset sets the options above to show a GAN's typical behaviour, then trains it."
COMBO_LETTERS = 16  # a list's width follows this many letters, not its longest entry: the column never clips


def _rate(tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(5)
    box.setRange(0.00001, 1.0)
    box.setSingleStep(0.0001)
    box.setToolTip(tip)
    return box


class GanSettingsPanel(QWidget):
    apply_clicked = Signal()
    preset_chosen = Signal()  # the settings now show a preset's: it wants a new GAN, trained at once

    def __init__(self) -> None:
        super().__init__()
        d = GanConfig()  # the starting values; set_config below shows the default run's
        box = QGroupBox("Model and data")
        form = QFormLayout(box)
        self.data = QComboBox()
        add_choices(self.data, [*data_set_choices(POINT_SETS), (DRAWN, *DRAWN_TITLE), *data_set_choices(IMAGE_SETS)])
        self.data.setToolTip("What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to "
                             "add it here.")  # fmt: skip
        self.noise_dim = spin_box(1, 256, d.noise_dim, "Numbers in each noise vector z, the generator's only "
                                  "input. With 2 the lab can draw how G bends the noise plane (the warped grid).")
        self.depth = spin_box(1, 6, d.depth, "Hidden layers in each network. Deeper can draw sharper shapes but "
                              "trains slower.")
        self.width = spin_box(8, 1024, d.width, "Units per hidden layer: the networks' capacity.", step=8)
        self.lr_g = _rate("Generator learning rate: how far G moves each update. Too high and the fakes overshoot "
                          "and swing about; too low and they crawl.")
        self.lr_d = _rate("Discriminator learning rate. A D that learns much faster than G wins the game early "
                          "and stops teaching G anything.")
        self.optimizer = QComboBox()
        self.optimizer.addItem("Adam", "adam")
        self.optimizer.addItem("SGD with momentum", "sgd")
        self.optimizer.setToolTip("How gradients become weight changes. Adam adapts the step size per weight and "
                                  "is the usual choice for GANs; plain SGD oscillates more.")
        self.d_steps = spin_box(1, 20, d.d_steps, "Discriminator updates before each generator update. More makes "
                                "D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.")
        self.d_dropout = QDoubleSpinBox()
        self.d_dropout.setRange(0.0, 0.9)
        self.d_dropout.setSingleStep(0.1)
        self.d_dropout.setToolTip("Share of D's units switched off at random in each update. On a small image set "
                                  "it stops D from memorising the real images, which would make G give up on "
                                  "whole classes.")  # fmt: skip
        self.batch_size = spin_box(2, 4096, d.batch_size, "Real and fake samples in each update.", step=16)
        self.loss = QComboBox()
        add_choices(self.loss, [
            ("non-saturating", "non-saturating", "G minimises −log D(G(z)): strong gradients even when D wins."),
            ("minimax", "minimax", "G minimises log(1 − D(G(z))), the original game: flat when D is sure."),
            ("least-squares", "least squares", "D regresses real → 1, fake → 0; G pulls its fakes towards 1."),
        ])
        self.loss.setToolTip("The game's rules. Minimax is the original formula, but its gradient vanishes when D "
                             "is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling "
                             "fakes towards the data even when D is right.")
        self.seed = spin_box(0, 2**31 - 1, d.seed, "The random seed of the starting weights, the noise and the "
                             "batches: the same seed and settings train the same GAN again.")
        self.image_size = spin_box(8, 32, d.image_size, "Your own images are resized to this many pixels on each "
                                   "side.", step=4)
        self.download = QPushButton("Download")
        self.download.setToolTip("Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check "
                                 "their SHA-256 checksums and keep them in your cache folder.")  # fmt: skip
        self.download_progress = QProgressBar()
        self.download_progress.setFormat("%p%")
        self.download_row = QWidget()
        row = QHBoxLayout(self.download_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.download)
        row.addWidget(self.download_progress, 1)
        self.parameters = QLabel("—")
        self.parameters.setToolTip("How many numbers (weights) each network learns.")
        self.apply = QPushButton("New GAN with these settings")
        self.apply.setToolTip("Start again from random weights with the settings above (same as Reset).")
        self.apply.clicked.connect(self.apply_clicked)
        for label, widget in (("Data", self.data), ("Noise size", self.noise_dim), ("Layers", self.depth),
                              ("Width", self.width), ("G learning rate", self.lr_g),
                              ("D learning rate", self.lr_d), ("Optimizer", self.optimizer),
                              ("D steps per G step", self.d_steps), ("D dropout", self.d_dropout),
                              ("Batch", self.batch_size), ("Loss", self.loss),
                              ("Seed", self.seed), ("Image size", self.image_size), ("Files", self.download_row),
                              ("Size", self.parameters)):
            form.addRow(label, widget)
        self._form = form
        form.addRow(self.apply)
        self.pending = PendingSettings(self, self.config, "New GAN")
        form.addRow(self.pending)
        self.defaults = QPushButton("Back to default settings")
        self.defaults.setToolTip("Every setting back to its default for the chosen data set (the data set stays). "
                                 "The model that is training keeps its settings until you press New GAN.")
        self.defaults.clicked.connect(self.restore_defaults)
        form.addRow(self.defaults)

        presets = QGroupBox("Presets: failure on purpose")
        grid = QGridLayout(presets)
        self.preset_buttons: dict[str, QPushButton] = {}
        for i, preset in enumerate(PRESETS):
            button = QPushButton(preset.title)
            button.setToolTip(preset.watch)
            button.clicked.connect(lambda _=False, name=preset.name: self.choose_preset(name))
            grid.addWidget(button, i, 0)
            self.preset_buttons[preset.name] = button
        self.watch = QLabel(WATCH_HINT)
        self.watch.setWordWrap(True)
        grid.addWidget(self.watch, len(PRESETS), 0)
        self._watched: GanConfig | None = None  # the settings the Watch note is about
        for label in (self.pending, self.watch, self.parameters):
            # Wrapped text takes the column's width instead of asking for its own: the column never grows.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_LETTERS)
        for box in self.findChildren(QAbstractSpinBox):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(presets)
        layout.addStretch(1)  # the groups keep their height; the room left over stays below them
        self._kind_is_points = True
        self.mnist_folder = ""  # a folder the user opened that holds MNIST-style IDX files; "" = the cache
        self.set_config(default_config("ring"))
        self.data.currentIndexChanged.connect(self._on_data_current_index_changed)
        self.show_download_row()

    def set_config(self, config: GanConfig) -> None:
        index = self.data.findData(config.data)
        if index >= 0:
            self.data.blockSignals(True)
            self.data.setCurrentIndex(index)
            self.data.blockSignals(False)
        self._kind_is_points = config.is_points
        for name in ("noise_dim", "depth", "width", "d_steps", "batch_size", "seed", "image_size"):
            getattr(self, name).setValue(getattr(config, name))
        self.lr_g.setValue(config.lr_g)
        self.lr_d.setValue(config.lr_d)
        self.d_dropout.setValue(config.d_dropout)
        self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
        self.loss.setCurrentIndex(self.loss.findData(config.loss))
        self.pending.recount()  # the data list's change was silent

    def unshown_settings(self, config: GanConfig) -> list[str]:
        """The settings of `config` the panel cannot show (a file trained from the command line)."""
        shown = self.config()
        return [field.name for field in fields(config) if field.name not in ("mnist_folder", "color")
                and not _same(getattr(shown, field.name), getattr(config, field.name))]

    def model_built(self, config: GanConfig) -> None:
        """A new GAN was built from `config`: nothing waits to be applied, and a preset's Watch note stays only
        while the model is the preset's."""
        self.pending.mark_applied(config)
        if config != self._watched:
            self._watched = None
            self.watch.setText(WATCH_HINT)

    def restore_defaults(self) -> None:
        self.set_config(default_config(self.data.currentData()))

    def config(self) -> GanConfig:
        return GanConfig(
            data=self.data.currentData(), noise_dim=self.noise_dim.value(), depth=self.depth.value(),
            width=self.width.value(), lr_g=self.lr_g.value(), lr_d=self.lr_d.value(),
            optimizer=self.optimizer.currentData(), d_steps=self.d_steps.value(), d_dropout=self.d_dropout.value(),
            batch_size=self.batch_size.value(),
            loss=self.loss.currentData(), seed=self.seed.value(), image_size=self.image_size.value(),
            mnist_folder=self._mnist_folder(),
        )  # fmt: skip

    def _mnist_folder(self) -> str:
        """The folder itself, not "" for the cache: the training process may not see this process's settings."""
        data = self.data.currentData()
        return (self.mnist_folder or str(default_cache_dir(data))) if data in KINDS else ""

    def show_download_row(self) -> None:
        """The Download row appears for MNIST and Fashion-MNIST while their files are not there yet."""
        data = self.data.currentData()
        missing = data in KINDS and not self.mnist_folder and training_files(default_cache_dir(data)) is None
        self._form.setRowVisible(self.download_row, missing)
        self.download_progress.setValue(0)

    def choose_data(self, data: str, title: str | None = None) -> None:
        """Select a data set by name, adding a folder of images to the list first if needed."""
        index = self.data.findData(data)
        if index < 0:
            self.data.addItem(title or f"Folder: {Path(data).name}", data)
            index = self.data.count() - 1
        self.data.setCurrentIndex(index)

    def choose_preset(self, name: str) -> None:
        current = self.config()
        config = replace(preset_config(name, current.data, current.seed), image_size=current.image_size)
        self.set_config(config)
        self._watched = self.config()
        self.watch.setText(f"<b>Watch:</b> {next(p.watch for p in PRESETS if p.name == name)}")
        self.preset_chosen.emit()

    def _on_data_current_index_changed(self, _index: int) -> None:
        """Points and images want different networks: switching between them loads that kind's defaults."""
        data = self.data.currentData()
        defaults = default_config(data, seed=self.seed.value(), image_size=self.image_size.value())
        if defaults.is_points != self._kind_is_points:
            self.set_config(defaults)
        self.show_download_row()


def _same(a: object, b: object) -> bool:
    """Equal, or for a learning rate: equal to the digits a spin box shows."""
    return math.isclose(a, b, rel_tol=1e-6) if isinstance(a, float) else a == b
