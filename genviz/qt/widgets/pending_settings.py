"""The line under a settings panel that says how many settings changed since the model was built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from genviz.core.errors import GenvizError
from genviz.qt.style import ORANGE
from genviz.qt.translation import translate


class PendingSettings(QLabel):
    """"2 changes: press New model to apply", hidden while the settings are those of the model training.

    A model is built once from its settings, so a change takes effect only when a new one is built; without
    this line a teacher changes the learning rate, presses Train and the old rate keeps training, silently."""

    def __init__(self, panel: QWidget, config: Callable[[], Any], button: str,
                 ignore: frozenset[str] | set[str] = frozenset()) -> None:
        super().__init__()
        self._config = config  # the panel's settings as a config dataclass
        self._button = button
        self._ignore = ignore  # settings that take effect at once (the VAE's beta)
        self._applied: Any = None
        self.setWordWrap(True)
        self.setStyleSheet(f"QLabel {{ border-left: 4px solid {ORANGE}; padding-left: 6px; font-weight: bold; }}")
        self.setToolTip(translate("lab", "The model that is training was built with the earlier settings. A new "
                                  "model starts from random weights with the settings shown here."))
        self.hide()
        for box in panel.findChildren(QSpinBox) + panel.findChildren(QDoubleSpinBox):
            box.valueChanged.connect(self.recount)
        for combo in panel.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.recount)
        for button_widget in panel.findChildren(QAbstractButton):
            if button_widget.isCheckable():
                button_widget.toggled.connect(self.recount)

    def mark_applied(self, config: Any) -> None:
        """A model was just built from `config`."""
        self._applied = config
        self.recount()

    def changed_names(self) -> list[str]:
        if self._applied is None:
            return []
        try:
            current = self._config()
        except GenvizError:  # settings that cannot build a model: New model says why
            return []
        return [field.name for field in fields(current) if field.name not in self._ignore
                and getattr(current, field.name) != getattr(self._applied, field.name)]

    def recount(self, *_: Any) -> None:
        count = len(self.changed_names())
        text = translate("lab", "1 change: press {button} to apply") if count == 1 else \
            translate("lab", "{count} changes: press {button} to apply")
        self.setText(text.format(count=count, button=self._button))
        self.setVisible(count > 0)
