"""Visible text that did not go through the translation system, found under the pseudo-translation (every
translated string wrapped as [[...]]): what would stay in English in a German or Arabic classroom."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

WRAPPED = re.compile(r"\[\[(?!\[)(?:(?!\[\[|\]\]).)*\]\]", re.DOTALL)  # innermost first: a translation may hold another
NUMBER = re.compile(r"[-+]?\d[\d,.]*(?:e[-+]?\d+)?", re.IGNORECASE)  # 1e-3 is a number, not English


def leftover(text: str) -> str:
    """What of `text` is outside every [[...]], without numbers: "" when nothing untranslated is left."""
    text = QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text
    while True:
        shorter = WRAPPED.sub("", text)
        if shorter == text:
            break
        text = shorter
    text = NUMBER.sub("", text)
    return "".join(character for character in text if character.isalpha())


def _texts(widget: QWidget):
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        yield "suffix", getattr(widget, "suffix", str)()
        yield "prefix", getattr(widget, "prefix", str)()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "item", widget.itemText(index)
            yield "item tooltip", str(widget.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                yield "header", item.text()
                yield "header tooltip", item.toolTip()
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
        for action in widget.actions():
            yield "action", action.text()
            yield "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    if isinstance(widget, pg.PlotWidget):
        item = widget.getPlotItem()
        yield "plot title", item.titleLabel.text
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            if axis.isVisible():
                yield f"{name} axis", axis.labelText
                yield f"{name} axis units", axis.labelUnits
        for child in item.items + ([item.legend] if item.legend else []):
            if isinstance(child, pg.TextItem):
                yield "plot text", child.textItem.toPlainText()
            if isinstance(child, pg.LegendItem):
                for _sample, label in child.items:
                    yield "legend", label.text


def untranslated(root: QWidget) -> list[str]:
    """'Kind "text" (Widget)' for each visible text under `root` with English left outside [[...]]. A widget whose
    text is the user's data (a prompt, a corpus's tokens) says so with the property user_text; its own text
    and tooltip are skipped."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QHeaderView) or widget.property("user_text"):
            continue
        if not isinstance(widget, QMenu) and not widget.isVisibleTo(root.window()) and widget is not root:
            continue
        for kind, text in _texts(widget):
            if text and leftover(text):
                found.append(f"{kind} {text[:70]!r} ({type(widget).__name__} {widget.objectName()})".strip())
    return sorted(set(found))
