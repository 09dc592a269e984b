"""The projector theme (View > Projector colours): a dark background, light ink, thick lines and large markers,
for a washed-out projector that turns pale colours into white."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

DARK = "#101418"
DARK_BASE = "#1C2228"
LIGHT_INK = "#F2F2F2"


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, hex_code in ((QPalette.ColorRole.Window, DARK), (QPalette.ColorRole.Base, DARK_BASE),
                           (QPalette.ColorRole.AlternateBase, DARK), (QPalette.ColorRole.Button, DARK_BASE),
                           (QPalette.ColorRole.WindowText, LIGHT_INK), (QPalette.ColorRole.Text, LIGHT_INK),
                           (QPalette.ColorRole.ButtonText, LIGHT_INK), (QPalette.ColorRole.ToolTipBase, DARK_BASE),
                           (QPalette.ColorRole.ToolTipText, LIGHT_INK)):
        palette.setColor(role, QColor(hex_code))
    return palette


def apply_projector_theme(app: QApplication, window: QWidget | None, on: bool) -> None:
    """The projector theme on or off, for the app's widgets."""
    app.setPalette(_dark_palette() if on else app.style().standardPalette())
