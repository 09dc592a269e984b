"""Small builders every lab's settings panel uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from genviz.core.data.datasets import DATA_SET_TITLES
from genviz.core.settings import Setting, declared


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


class SettingsForm:
    """The widgets of declared settings (genviz/core/settings.py), built from their declaration: a combo box for
    a choice, a spin box with the declared range and step for a number, the declared sentence as tooltip."""

    def __init__(self, config_class: type, names: Iterable[str]) -> None:
        items = declared(config_class)
        defaults = config_class()
        self.items = {name: items[name] for name in names}
        self.widgets: dict[str, QWidget] = {name: _widget(item, getattr(defaults, name))
                                            for name, item in self.items.items()}

    def add_rows(self, form: QFormLayout) -> None:
        for name, widget in self.widgets.items():
            form.addRow(self.items[name].label, widget)

    def values(self) -> dict[str, Any]:
        return {name: widget.currentData() if isinstance(widget, QComboBox) else widget.value()
                for name, widget in self.widgets.items()}

    def show(self, config: Any) -> None:
        """Show the settings of `config`."""
        for name, widget in self.widgets.items():
            value = getattr(config, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setValue(value)


def _widget(item: Setting, default: Any) -> QWidget:
    if item.choices:
        widget = QComboBox()
        for value, title in item.choices:
            widget.addItem(title, value)
        widget.setCurrentIndex(widget.findData(default))
    elif isinstance(default, int):
        widget = spin_box(int(item.low), int(item.high), default, item.tip, step=int(item.step))
    else:
        widget = QDoubleSpinBox()
        widget.setDecimals(item.decimals)
        smallest = 10 ** -item.decimals
        widget.setRange(item.low + smallest if item.low_open else item.low, item.high)
        widget.setSingleStep(item.step)
        widget.setValue(default)
    widget.setToolTip(item.tip)
    return widget
