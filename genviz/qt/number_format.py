"""Numbers as the window's language writes them: "0,93" and "1.234" in German, "0,93" and "1 234" in French,
"0.93" and "1,234" in English. One formatter for every template the window fills in (core_sentence, status lines,
the Compare lab's table, plot labels and axes): a template keeps Python's format specs ("{loss:.3f}", "{step:,}")
and the formatter swaps the decimal point and the thousands separator of each number it writes.

Arabic keeps Western digits and a '.' (the plots' axes and the figures a class reads off them use Western digits);
Chinese writes numbers as English does. The command line and model files stay English: they never use this.
"""

from __future__ import annotations

import numbers
import string
from typing import Any

from PySide6.QtCore import QLocale

WESTERN = (".", ",")  # (decimal point, thousands separator)
OWN_SEPARATORS = {"ar": WESTERN}  # languages whose numbers are not written as QLocale writes them
NOT_DECIMAL = set("bcoxX")  # format types that write no decimal point or thousands separator to swap


def separators(language: str) -> tuple[str, str]:
    """(decimal point, thousands separator) of `language` ("de", "fr", ...; anything else: English's)."""
    if language in OWN_SEPARATORS:
        return OWN_SEPARATORS[language]
    locale = QLocale(language)
    if locale.language() == QLocale.Language.C:  # "en", the pseudo-translation, a code QLocale does not know
        return WESTERN
    return locale.decimalPoint(), locale.groupSeparator()


class LocalNumbers(string.Formatter):
    """str.format, with each number's '.' and ',' written as the language's decimal point and thousands
    separator (a template asks for grouping with ',' as usual: "{count:,}"). Text and other values are left as
    they are. A spec whose fill character is '.' or ',' would have it swapped too: genviz uses none."""

    def __init__(self, decimal: str = ".", group: str = ",") -> None:
        super().__init__()
        self.decimal, self.group = decimal, group
        self._swap = str.maketrans({".": decimal, ",": group})

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if (self.decimal, self.group) == WESTERN or not isinstance(value, numbers.Real) or isinstance(value, bool):
            return text
        return text if format_spec and format_spec[-1] in NOT_DECIMAL else text.translate(self._swap)

    def number(self, value: Any, format_spec: str = "") -> str:
        """One number: format(value, format_spec) in the language."""
        return self.format_field(value, format_spec)

    def text(self, english: str) -> str:
        """A number already written the English way ("0.25", "1,234"), in the language."""
        return english if (self.decimal, self.group) == WESTERN else english.translate(self._swap)


class _Current:
    formatter = LocalNumbers()


def use_language(language: str) -> None:
    """Numbers from now on as `language` writes them (genviz.qt.translation.install_language calls this)."""
    decimal, group = separators(language)
    _Current.formatter = LocalNumbers(decimal, group)
    # Qt's own number widgets (spin boxes: what they show and what they read) follow the same language, not the
    # computer's locale
    western = (decimal, group) == WESTERN
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) if western
                       else QLocale(language))


def local_format(template: str, /, **values: Any) -> str:
    """template.format(**values), its numbers in the window's language."""
    return _Current.formatter.vformat(template, (), values)


def local_number(value: Any, format_spec: str = "") -> str:
    """format(value, format_spec) in the window's language: local_number(0.93, ".2f") is "0,93" in German."""
    return _Current.formatter.number(value, format_spec)


def local_text(english: str) -> str:
    """A number that something else wrote the English way (pyqtgraph's tick labels), in the window's language."""
    return _Current.formatter.text(english)
