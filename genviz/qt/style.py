"""Colours and fonts that survive a washed-out projector and colour-blind eyes (Okabe-Ito palette)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
GREY = "#9A9A9A"
LIGHT_GREY = "#D9D9D9"
INK = "#1A1A1A"

BASE_POINT_SIZE = 11
MIN_SCALE, MAX_SCALE = 0.8, 2.5


def color(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


def scaled_font(scale: float, factor: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale * factor)
    font.setBold(bold)
    return font


def apply_font_scale(app: QApplication, scale: float, window: QWidget | None = None) -> None:
    """The app's font at `scale`. The widgets of `window` that have a style sheet are polished again: until then
    they keep their old font."""
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    for widget in [] if window is None else window.findChildren(QWidget):
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
