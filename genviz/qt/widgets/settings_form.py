"""Small builders every lab's settings panel uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QPushButton, QSpinBox, QWidget

from genviz.core.data.datasets import DATA_SET_TITLES, class_name_template
from genviz.core.settings import Setting, declared
from genviz.qt.translation import core_text, translate
from genviz.qt.widgets.pending_settings import PendingSettings

NAME_LETTERS = 28  # a user's file or folder name in a list is cut to this many letters, "…" in the middle


def add_choices(combo: QComboBox, choices: Iterable[tuple[str, str, str]]) -> None:
    """Entries of (data, title, tooltip): the tooltip says what each choice means."""
    for data, title, tip in choices:
        combo.addItem(title, data)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)


def data_set_choices(names: Iterable[str]) -> list[tuple[str, str, str]]:
    """(name, title, tooltip) of built-in data sets, in the window's language, for add_choices."""
    return [(name, *map(core_text, DATA_SET_TITLES[name])) for name in names]


def class_name_text(name: str) -> str:
    """A data set's class name ("mode 3", "upper moon", "7") in the window's language."""
    template, values = class_name_template(name)
    return core_text(template).format(**values)


def tip_text(item: Setting) -> str:
    """A declared setting's tip in the window's language, its placeholders filled after translating."""
    if not item.tip_template:
        return core_text(item.tip)
    values = {name: core_text(value) if isinstance(value, str) else value for name, value in item.tip_values}
    return core_text(item.tip_template).format(**values)


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
        """One row per setting. A row too long for its column puts the field under its label: the form narrows at
        a projector's font size instead of being cut off."""
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, widget in self.widgets.items():
            form.addRow("" if isinstance(widget, QCheckBox) else core_text(self.items[name].label), widget)

    def values(self) -> dict[str, Any]:
        return {name: _value(widget) for name, widget in self.widgets.items()}

    def show(self, config: Any) -> None:
        """Show the settings of `config`."""
        for name, widget in self.widgets.items():
            _show(widget, getattr(config, name))


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if widget.specialValueText() and widget.value() == widget.minimum():
        return None  # "auto", "off"
    return widget.value()


def _show(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    else:
        widget.setValue(widget.minimum() if value is None else value)


def _widget(item: Setting, default: Any) -> QWidget:
    """A widget for the setting, showing `default`. Where None is allowed, the spin box starts one step below
    the range, where it reads the setting's word for None ("auto", "off")."""
    if item.choices:
        widget = QComboBox()
        whole_choices(widget)
        add_choices(widget, [(value, core_text(title), core_text(tip[0]) if tip else "")
                             for value, title, *tip in item.choices])
    elif item.kind is bool:
        widget = QCheckBox(core_text(item.label))
    elif item.kind is int:
        widget = QSpinBox()
        widget.setRange(int(item.low) - (1 if item.none else 0), int(item.high))
        widget.setSingleStep(int(item.step))
    else:
        widget = QDoubleSpinBox()
        widget.setDecimals(item.decimals)
        smallest = 10 ** -item.decimals
        low = item.low + smallest if item.low_open else item.low
        widget.setRange(low - (smallest if item.none else 0), item.high)
        widget.setSingleStep(item.step)
    if item.none:
        widget.setSpecialValueText(core_text(item.none))
    _show(widget, default)
    widget.setToolTip(tip_text(item))
    return widget


def add_model_rows(form: QFormLayout, panel: QWidget, config: Callable[[], Any], defaults_tip: str,
                   new: str | None = None, ignore: frozenset[str] | set[str] = frozenset()
                   ) -> tuple[QPushButton, QPushButton, PendingSettings]:
    """The rows under every lab's settings, once its inputs are built: the button that builds a new model, "Back
    to default settings" and the line that counts what changed since the model was built. `new`: the new model's
    name, translated ("New GAN"); "New model" by default."""
    new = new or translate("lab", "New model")
    apply = QPushButton(translate("lab", "{new} with these settings").format(new=new))
    apply.setToolTip(translate("lab", "Start again from random weights with the settings above (same as Reset)."))
    defaults = QPushButton(translate("lab", "Back to default settings"))
    defaults.setToolTip(defaults_tip)
    pending = PendingSettings(panel, config, new, ignore)
    for row in (apply, defaults, pending):
        form.addRow(row)
    return apply, defaults, pending


def whole_choices(combo: QComboBox) -> None:
    """The box is never narrower than its longest choice, in any language and at any font size: the teacher at the
    projector reads the whole value. A form that is too narrow for it puts the box under its label (WrapLongRows
    wraps on minimum sizes), and a lab that is too narrow for that stacks its columns; the box never elides.
    (Qt: AdjustToContents with no minimum contents length makes minimumSizeHint the longest item too.) A user's
    long file name is shortened where it is added (short_name), so one name cannot widen the column without end."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(0)


def short_name(name: str, letters: int = NAME_LETTERS) -> str:
    """A file or folder name cut in the middle to at most `letters` letters ("my_photos_from_…_summer_2024"): its
    start and its end, which tell names apart, stay."""
    if len(name) <= letters:
        return name
    head = (letters - 1) // 2
    return f"{name[:head]}…{name[len(name) - (letters - 1 - head):]}"


class DataSetChoice(QComboBox):
    """The list of a lab's data sets: built-in ones by name, and folders of the user's images once opened."""

    def __init__(self, names: Iterable[str], tip: str) -> None:
        super().__init__()
        whole_choices(self)
        add_choices(self, data_set_choices(names))
        self.setToolTip(tip)

    def select(self, data: str) -> bool:
        """Choose a data set already in the list; False when it is not there."""
        return select_data(self, data)

    def show_data(self, data: str) -> None:
        """Choose `data`, a built-in name or a folder, adding the folder to the list first when it is new."""
        if not self.select(data):
            self.add_folder(Path(data).expanduser())

    def add_folder(self, path: Path) -> None:
        select_or_add(self, str(path), translate("lab", "Folder: {name}").format(name=short_name(path.name)))
