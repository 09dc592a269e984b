"""Small builders every lab's settings panel uses."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from genviz.core.data.datasets import DATA_SET_TITLES


def spin_box(low: int, high: int, value: int, tip: str, step: int = 1) -> QSpinBox:
    """An integer setting with its range and a tooltip that teaches what it does."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    box.setToolTip(tip)
    return box


def add_choices(combo: QComboBox, choices: Iterable[tuple[str, str, str]]) -> None:
    """Entries of (data, title, tooltip): the tooltip says what each choice means."""
    for data, title, tip in choices:
        combo.addItem(title, data)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)


def data_set_choices(names: Iterable[str]) -> list[tuple[str, str, str]]:
    """(name, title, tooltip) of built-in data sets, for add_choices."""
    return [(name, *DATA_SET_TITLES[name]) for name in names]


def select_data(combo: QComboBox, data: str) -> bool:
    """Select the entry whose data is `data`; False when there is none."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def select_or_add(combo: QComboBox, data: str, label: str) -> None:
    """Select the entry for `data` (a user's file or folder), adding it first when it is new."""
    if not select_data(combo, data):
        combo.addItem(label, data)
        combo.setCurrentIndex(combo.count() - 1)
