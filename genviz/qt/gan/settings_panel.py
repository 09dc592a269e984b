"""The GAN lab's settings and presets; they take effect when a new model is started."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
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
from genviz.qt.translation import core_text, translate
from genviz.qt.widgets.settings_form import (
    SettingsForm,
    add_choices,
    add_model_rows,
    data_set_choices,
    short_name,
    whole_choices,
)

DRAWN_TITLE = (QT_TRANSLATE_NOOP("gan", "Your drawing"),
               QT_TRANSLATE_NOOP("gan", "Points you draw on the plane with the mouse (tick 'Draw your own points')."))
WATCH_HINT = QT_TRANSLATE_NOOP("gan", "A preset sets the options above to show a GAN's typical behaviour, then trains "
                               "it.")


SHOWN = ("train_images", "noise_dim", "depth", "width", "lr_g", "lr_d", "optimizer", "d_steps", "d_dropout",
         "batch_size", "loss", "seed", "image_size")  # a folder in colour is for the command line


class GanSettingsPanel(QWidget):
    apply_clicked = Signal()
    preset_chosen = Signal()  # the settings now show a preset's: it wants a new GAN, trained at once

    def __init__(self) -> None:
        super().__init__()
        box = QGroupBox(translate("gan", "Model and data"))
        form = QFormLayout(box)
        self.data = QComboBox()
        drawn = (DRAWN, *(translate("gan", text) for text in DRAWN_TITLE))
        add_choices(self.data, [*data_set_choices(POINT_SETS), drawn, *data_set_choices(IMAGE_SETS)])
        self.data.setToolTip(translate("gan", "What the generator learns to imitate. Open or drop a folder of "
                                       "PNG/JPEG images to add it here."))
        self.form = SettingsForm(GanConfig, SHOWN)
        vars(self).update(self.form.widgets)  # each setting's widget by its name: self.noise_dim, ...
        self.download = QPushButton(translate("gan", "Download"))
        self.download.setToolTip(translate("gan", "Fetch the training files once (10 MB for MNIST, 26 MB for "
                                           "Fashion-MNIST), check their SHA-256 checksums and keep them in your cache "
                                           "folder."))
        self.download_progress = QProgressBar()
        self.download_progress.setFormat("%p%")
        self.download_row = QWidget()
        row = QHBoxLayout(self.download_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.download)
        row.addWidget(self.download_progress, 1)
        self.parameters = QLabel("—")
        self.parameters.setToolTip(translate("gan", "How many numbers (weights) each network learns."))
        form.addRow(translate("gan", "Data"), self.data)
        self.form.add_rows(form)
        form.addRow(translate("gan", "Files"), self.download_row)
        form.addRow(translate("gan", "Size"), self.parameters)
        self._form = form
        self.apply, self.defaults, self.pending = add_model_rows(
            form, self, self.config, translate(
                "gan", "Every setting back to its default for the chosen data set (the data set stays). The model "
                "that is training keeps its settings until you press New GAN."), new=translate("gan", "New GAN"))
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(self.restore_defaults)

        presets = QGroupBox(translate("gan", "Presets: failure on purpose"))
        grid = QGridLayout(presets)
        self.preset_buttons: dict[str, QPushButton] = {}
        for i, preset in enumerate(PRESETS):
            button = QPushButton(core_text(preset.title))
            button.setToolTip(core_text(preset.watch))
            button.clicked.connect(lambda _=False, name=preset.name: self.choose_preset(name))
            grid.addWidget(button, i, 0)
            self.preset_buttons[preset.name] = button
        self.watch = QLabel(translate("gan", WATCH_HINT))
        self.watch.setWordWrap(True)
        grid.addWidget(self.watch, len(PRESETS), 0)
        self._watched: GanConfig | None = None  # the settings the Watch note is about
        for label in (self.pending, self.watch, self.parameters):
            # Wrapped text takes the column's width instead of asking for its own: the column never grows.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for combo in self.findChildren(QComboBox):
            whole_choices(combo)
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
        self.form.show(config)
        self.pending.recount()  # the data list's change was silent

    def model_built(self, config: GanConfig) -> None:
        """A new GAN was built from `config`: nothing waits to be applied, and a preset's Watch note stays only
        while the model is the preset's."""
        self.pending.mark_applied(config)
        if config != self._watched:
            self._watched = None
            self.watch.setText(translate("gan", WATCH_HINT))

    def restore_defaults(self) -> None:
        self.set_config(default_config(self.data.currentData()))

    def config(self) -> GanConfig:
        return GanConfig(data=self.data.currentData(), mnist_folder=self._mnist_folder(), **self.form.values())

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
            self.data.addItem(title or translate("gan", "Folder: {name}").format(name=short_name(Path(data).name)),
                               data)
            index = self.data.count() - 1
        self.data.setCurrentIndex(index)

    def choose_preset(self, name: str) -> None:
        current = self.config()
        config = replace(preset_config(name, current.data, current.seed), image_size=current.image_size)
        self.set_config(config)
        self._watched = self.config()
        watch = core_text(next(p.watch for p in PRESETS if p.name == name))
        self.watch.setText(translate("gan", "<b>Watch:</b> {watch}").format(watch=watch))
        self.preset_chosen.emit()

    def _on_data_current_index_changed(self, _index: int) -> None:
        """Points and images want different networks: switching between them loads that kind's defaults."""
        data = self.data.currentData()
        defaults = default_config(data, seed=self.seed.value(), image_size=self.image_size.value())
        if defaults.is_points != self._kind_is_points:
            self.set_config(defaults)
        self.show_download_row()

