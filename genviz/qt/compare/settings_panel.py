"""The Compare lab's settings (declared in genviz/core/compare/config.py): the data set, the families to set side by
side, how many training images, the seed; and the two presets of the memorisation lesson. They take effect when a new
comparison begins."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from genviz.core.compare.config import DATA_SETS, TRAIN_IMAGES, CompareConfig
from genviz.core.compare.families import FAMILIES, FAMILY_NAMES
from genviz.core.data.datasets import POINT_SETS
from genviz.core.settings import declared
from genviz.qt.number_format import local_number
from genviz.qt.tooltips import wrapped
from genviz.qt.translation import core_text, translate
from genviz.qt.widgets.flow_layout import FlowLayout
from genviz.qt.widgets.settings_form import DataSetChoice, SettingsForm, add_model_rows, whole_choices

# title: (choice, tooltip); both translated where the buttons are made
PRESETS = {
    QT_TRANSLATE_NOOP("compare", "Learns patterns (all digits)"): (
        CompareConfig(data="digits", train_images=None),
        QT_TRANSLATE_NOOP("compare", "Every family trains on all 1,797 digits, then trains at once. With that many "
                          "it cannot learn them by heart: watch the copies column stay near the real digits' "
                          "baseline, and Is it a copy? say New.")),
    QT_TRANSLATE_NOOP("compare", "Memorises (16 digits)"): (
        CompareConfig(data="digits", train_images=16),
        QT_TRANSLATE_NOOP("compare", "Every family trains on only 16 digits, then trains at once. With so few, a "
                          "model can learn each by heart and hand it back: watch the copies column climb, "
                          "diffusion's first, and click a sample to see its twin.")),
}


class CompareSettingsPanel(QWidget):
    apply_clicked = Signal()
    preset_chosen = Signal()  # the settings now show a preset's: it wants a new comparison, trained at once

    def __init__(self) -> None:
        super().__init__()
        box = QGroupBox(translate("compare", "Comparison"))
        form = QFormLayout(box)
        self.data = DataSetChoice(DATA_SETS, translate(
            "compare", "The data every family learns, the same for all. Open or drop a folder of images to add it "
            "here. With a 2-D set the table counts the modes found instead of the digits recognised."))
        form.addRow(translate("compare", "Data"), self.data)
        families = QWidget()
        family_layout = QVBoxLayout(families)
        family_layout.setContentsMargins(0, 0, 0, 0)
        self.family_boxes: dict[str, QCheckBox] = {}
        for name in FAMILY_NAMES:
            spec = FAMILIES[name]
            check = QCheckBox(core_text(spec.title), checked=True)
            check.setToolTip(core_text(spec.how))
            family_layout.addWidget(check)
            self.family_boxes[name] = check
        form.addRow(translate("compare", "Families"), families)
        item = declared(CompareConfig)["train_images"]
        self.train_images = QComboBox()
        whole_choices(self.train_images)
        for count in TRAIN_IMAGES:
            self.train_images.addItem(core_text(item.none) if count is None else local_number(count, ","), count)
        self.train_images.setToolTip(core_text(item.tip))
        form.addRow(core_text(item.label), self.train_images)
        self.form = SettingsForm(CompareConfig, ["seed"])
        self.form.add_rows(form)
        self.seed = self.form.widgets["seed"]
        self.apply, self.defaults, self.pending = add_model_rows(
            form, box, self.config, translate(
                "compare", "Every setting above back to its default: all four families on all the built-in digits, "
                "seed 0. The comparison that is training keeps its settings until you press New comparison."),
            new=translate("compare", "New comparison"))
        self.apply.clicked.connect(self.apply_clicked)
        self.defaults.clicked.connect(lambda: self.show_choice(CompareConfig()))

        presets = QGroupBox(translate("compare", "Presets: patterns or copies?"))
        self.preset_buttons: dict[str, QPushButton] = {}  # by the preset's English title
        for title, (_, tip) in PRESETS.items():
            button = QPushButton(translate("compare", title))
            button.setToolTip(translate("compare", tip))
            button.clicked.connect(lambda _=False, title=title: self.apply_preset(title))
            self.preset_buttons[title] = button
        FlowLayout(presets, tuple(self.preset_buttons.values()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(presets)
        self.data.currentIndexChanged.connect(self._on_data_current_index_changed)
        self._on_data_current_index_changed()

    def config(self) -> CompareConfig:
        families = tuple(name for name, check in self.family_boxes.items() if check.isChecked() and check.isEnabled())
        return CompareConfig(data=self.data.currentData(), families=families,
                             train_images=self.train_images.currentData(), seed=self.seed.value())

    def show_choice(self, choice: CompareConfig) -> None:
        self.data.show_data(choice.data)
        for name, check in self.family_boxes.items():
            check.setChecked(name in choice.families)
        index = self.train_images.findData(choice.train_images)
        if index < 0:  # a count of the command line's, not one of the lesson's
            self.train_images.addItem(local_number(choice.train_images, ","), choice.train_images)
            index = self.train_images.count() - 1
        self.train_images.setCurrentIndex(index)
        self.form.show(choice)

    def apply_preset(self, title: str) -> None:
        """The preset's data and training images (the families and seed stay), then a new comparison that trains."""
        preset = PRESETS[title][0]
        self.show_choice(replace(self.config(), data=preset.data, train_images=preset.train_images,
                                 families=tuple(n for n, check in self.family_boxes.items() if check.isChecked())))
        self.preset_chosen.emit()

    def add_folder(self, path: Path) -> None:
        self.data.add_folder(path)

    def _on_data_current_index_changed(self, *_: object) -> None:
        """A family that cannot learn a 2-D set (Pixels) is left out of it, and says why."""
        points = self.data.currentData() in POINT_SETS
        for name, check in self.family_boxes.items():
            spec = FAMILIES[name]
            check.setEnabled(spec.points or not points)
            how = core_text(spec.how)
            check.setToolTip(wrapped(how if check.isEnabled() else translate(
                "compare", "{how} It draws images pixel by pixel, so it sits out a 2-D set.").format(how=how)))
