"""Marks a string the core declares for the window to show (a setting's label, a data set's title), so that
`pyside6-lupdate` finds it: packaging/translations.py runs lupdate with this name as an alias of QT_TR_NOOP.
The core never imports Qt, so it cannot translate; the window does, where it shows the string
(genviz.qt.translation.core_text). Placeholders are named and filled after translating: "mode {number}"."""

from __future__ import annotations


def translatable(text: str) -> str:
    return text
