"""The model's guess for the next pixel: one bar per grey level, standing on a swatch of that grey.

Painted with QPainter, as the Text lab's probability bars are: seventeen bars cost well under a millisecond, and text
uses the widget's font, so it grows with the app's font scale for a projector.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from genviz.core.sampling import Distribution
from genviz.qt.number_format import local_number
from genviz.qt.style import BLUE, GREY, INK, LIGHT_GREY, MODEL_BARS, ORANGE, PAPER, SKY, VERMILLION, color
from genviz.qt.text.probability_panel import bold, painted, percent
from genviz.qt.translation import translate

PAD = 8
SCALES = (0.25, 0.5, 0.75, 1.0)  # the probability axis reaches the first of these that holds every bar
LABEL_SHARE = 0.04  # bars at least this probable have their percentage written above them


def grey_color(value: float) -> QColor:
    """The colour of a grey level in [0, 1], as the pictures draw it (0 black, 1 white)."""
    level = round(255 * value)
    return QColor(level, level, level)


class LevelBars(QWidget):
    """Vertical bars, grey level 0 (black) on the left to the lightest on the right; a pale bar for the model's own
    probability and a solid one after the temperature. Clicking a bar forces that level for the next pixel."""

    level_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.distribution: Distribution | None = None
        self.highlight: int | None = None
        self.title = ""
        self.empty_text = translate("pixels", "Train the model to see its guess for the next pixel.")
        self.setMinimumSize(360, 260)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate(
            "pixels", "The model's guess for the grey level of the next pixel, given every pixel drawn before it. "
            "Each bar stands on a swatch of its grey. Pale bars: the model's own probabilities; solid bars: after "
            "the temperature. Click a bar to force that grey for the next pixel."))
        self.setAccessibleName(translate("pixels", "Next pixel: the model's probabilities"))
        self.setAccessibleDescription(translate(
            "pixels", "A bar chart with one bar per grey level, black on the left to the lightest on the right: "
            "how probable the model finds each grey for the next pixel, before and after the temperature."))

    def show_distribution(self, distribution: Distribution | None, title: str, highlight: int | None = None,
                          empty_text: str = "") -> None:
        self.distribution, self.title, self.highlight = distribution, title, highlight
        if empty_text:
            self.empty_text = empty_text
        self.update()

    @property
    def levels(self) -> int:
        return 0 if self.distribution is None else len(self.distribution.raw)

    def _layout(self) -> tuple[float, float, float, float, float]:
        """(left, top, width, height) of the bars' area, and the side of the swatches under them."""
        line = self.fontMetrics().height()
        left = PAD + self.fontMetrics().horizontalAdvance("100%") + PAD
        top = PAD + 3.9 * line  # title, legend, and room for a full bar's percentage
        levels = max(self.levels, 1)
        width = max(10.0, self.width() - left - PAD)
        swatch = min(width / levels * 0.8, 2.0 * line)
        bottom = PAD + swatch + 1.4 * line  # swatches and their numbers
        return left, top, width, max(10.0, self.height() - top - bottom), swatch

    def level_at(self, x: float) -> int | None:
        left, _, width, _, _ = self._layout()
        if not self.levels or not left <= x < left + width:
            return None
        return int((x - left) // (width / self.levels))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), painted(PAPER))
        font = self.font()
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setFont(bold(font, 1.1))
        painter.setPen(painted(INK))
        title = QFontMetrics(painter.font()).elidedText(
            self.title or translate("pixels", "Next pixel: the model's probabilities"), Qt.TextElideMode.ElideRight,
            self.width() - 2 * PAD)
        painter.drawText(QPointF(PAD, PAD + line), title)
        painter.setFont(font)
        self._legend(painter, PAD, PAD + 2.1 * line, line)
        distribution = self.distribution
        if distribution is None:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        left, top, width, height, swatch = self._layout()
        raw, filtered = distribution.raw, distribution.filtered
        scale = next(s for s in SCALES if s >= max(raw.max(), filtered.max()) - 1e-9)
        painter.setPen(QPen(painted(LIGHT_GREY), 1))
        for tick in np.linspace(0, scale, 3):
            y = top + height * (1 - tick / scale)
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(painted(INK))
            painter.drawText(QRectF(PAD, y - line / 2, left - 2 * PAD, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             local_number(tick, ".0%"))
            painter.setPen(QPen(painted(LIGHT_GREY), 1))
        slot = width / self.levels
        number_every = 1 if slot >= metrics.horizontalAdvance("16") + 4 else 2
        for level in range(self.levels):
            x = left + level * slot
            bar = QRectF(x + 0.12 * slot, 0, 0.76 * slot, 0)
            highlighted = level == self.highlight
            outer = QRectF(bar.left(), top + height * (1 - raw[level] / scale), bar.width(),
                           max(1.0, height * raw[level] / scale))
            if highlighted:
                painter.setPen(QPen(QColor(VERMILLION), 3))
                painter.setBrush(color(ORANGE, 150))
            else:
                painter.setPen(QPen(QColor(SKY), 1))
                painter.setBrush(color(*MODEL_BARS))
            painter.drawRect(outer)
            inner_height = height * filtered[level] / scale
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(VERMILLION if highlighted else BLUE))
            painter.drawRect(QRectF(bar.left() + 0.2 * bar.width(), top + height - inner_height, 0.6 * bar.width(),
                                    inner_height))
            if max(raw[level], filtered[level]) >= LABEL_SHARE:
                painter.setPen(painted(INK))
                y = top + height * (1 - max(raw[level], filtered[level]) / scale) - line
                painter.drawText(QRectF(x - slot, y, 3 * slot, line), Qt.AlignmentFlag.AlignCenter,
                                 percent(float(filtered[level])))
            centre = x + slot / 2
            square = QRectF(centre - swatch / 2, top + height + 4, swatch, swatch)
            painter.setPen(QPen(QColor(VERMILLION) if highlighted else painted(INK), 3 if highlighted else 1))
            painter.setBrush(grey_color(level / (self.levels - 1)))
            painter.drawRect(square)
            if level % number_every == 0 or level == self.levels - 1:
                painter.setPen(painted(INK))
                painter.drawText(QRectF(centre - slot, square.bottom() + 1, 2 * slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, str(level))

    def _legend(self, painter: QPainter, x: float, y: float, line: float) -> None:
        for fill, border, text in ((color(*MODEL_BARS), QColor(SKY), translate("pixels", "model")),
                                   (QColor(BLUE), QColor(BLUE), translate("pixels", "after temperature"))):
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y - 0.75 * line, 1.6 * line, 0.7 * line))
            painter.setPen(painted(INK))
            painter.drawText(QPointF(x + 2 * line, y - 0.1 * line), text)
            x += 2.6 * line + self.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(x + line, y - 0.1 * line), translate("pixels", "· grey level under each bar"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        level = self.level_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and level is not None:
            self.level_clicked.emit(level)
