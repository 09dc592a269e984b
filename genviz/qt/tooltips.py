"""Tooltips wrapped at about 60 characters: Qt shows plain text on one line, up to the screen's width."""

from __future__ import annotations

import textwrap

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

WIDTH = 60  # characters a line


def wrapped(text: str) -> str:
    if not text or QtGui.Qt.mightBeRichText(text):  # rich text is laid out by Qt itself
        return text
    return "\n".join(textwrap.fill(paragraph, WIDTH) for paragraph in text.split("\n"))


def wrap_tooltips(root: QWidget) -> None:
    """Wrap the tooltips of `root`, every widget in it, and the entries of its combo boxes."""
    for widget in [root, *root.findChildren(QWidget)]:
        widget.setToolTip(wrapped(widget.toolTip()))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                tip = widget.itemData(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    widget.setItemData(index, wrapped(tip), Qt.ItemDataRole.ToolTipRole)
