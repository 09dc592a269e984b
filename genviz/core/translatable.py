"""Marks a string the core declares for the window to show (a setting's label, a data set's title), so that
`pyside6-lupdate` finds it: packaging/translations.py runs lupdate with this name as an alias of QT_TR_NOOP.
The core never imports Qt, so it cannot translate; the window does, where it shows the string
(genviz.qt.translation.core_text). Placeholders are named and filled after translating: a Sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def translatable(text: str) -> str:
    return text


@dataclass(frozen=True)
class Sentence:
    """A sentence the core makes for the window with numbers in it: a translatable template and its values, so
    that the window translates the template before filling it in. str() is the English sentence (the command
    line's)."""

    template: str  # marked with translatable, with named placeholders: "{covered} of the {modes} modes"
    values: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)
