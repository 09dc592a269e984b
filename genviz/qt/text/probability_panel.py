"""Next-token probability bars, and the cumulative strip that shows where the random number fell.

Both are painted directly with QPainter: a dozen bars and labels cost well under a millisecond this way,
far less than a graphics scene, and the GUI thread must stay light while the model trains. Text uses the
widget's font, so it grows with the app's font scale for a projector.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from genviz.core.sampling import Distribution, cumulative_in_display_order, top_tokens
from genviz.qt.number_format import local_format, local_number, local_text
from genviz.qt.style import (
    BLUE,
    GREY,
    INK,
    LIGHT_GREY,
    MODEL_BARS,
    ORANGE,
    PAPER,
    SKY,
    VERMILLION,
    color,
    set_hint_font,
)
from genviz.qt.text.probe_panel import ProbePanel
from genviz.qt.text.tokens import visible_token
from genviz.qt.theme import themed_colour
from genviz.qt.translation import translate

MAX_BARS = 30
STRIP_LABEL_MIN = 0.05  # segments narrower than this are left unlabelled on the strip
MIN_CHOSEN_WIDTH = 5.0  # px: the chosen token's stretch stays visible however improbable it was
PAD = 8
MIN_HEIGHT = 260  # px: the bars' least height, whatever the font
TITLE = QT_TRANSLATE_NOOP("text", "Next token: the model's probabilities")
NO_DRAW = QT_TRANSLATE_NOOP("text", "Last draw: press Next token")


@dataclass(frozen=True)
class DrawnToken:
    """The last choice, as the strip draws it."""

    token: int
    distribution: Distribution
    u: float | None  # None for a greedy or forced choice
    forced: bool = False  # the student clicked its bar


@dataclass(frozen=True)
class Row:
    label: str
    raw: float  # the model's own probability
    filtered: float  # after temperature, top-k and top-p
    kept: bool
    token: int | None  # None for the "all others" row


def percent(p: float) -> str:
    """A probability as a percentage; one too small to show as 0.1% is "<0.1%", never a false "0.0%"."""
    return local_text("<0.1%") if 0 < p < 0.0005 else local_number(p, ".1%")


def value_text(row: Row) -> str:
    if not row.kept:
        return translate("text", "removed")
    if abs(row.filtered - row.raw) >= 0.0005:
        return translate("text", "{filtered}  (model {raw})").format(filtered=percent(row.filtered),
                                                                      raw=percent(row.raw))
    return percent(row.filtered)


def strip_title(drawn: DrawnToken, name: str) -> str:
    if drawn.u is not None:
        return local_format(translate("text", "Last draw: u = {u:.3f} fell in the stretch of '{token}'"), u=drawn.u,
                            token=name)
    p = float(drawn.distribution.filtered[drawn.token])
    if not drawn.forced:
        return translate("text", "Greedy: '{token}', the most probable token (no random number)").format(token=name)
    if p == 0:
        return translate("text", "Clicked: '{token}', which the filters had removed (no stretch)").format(token=name)
    return translate("text", "Clicked: '{token}', {share} of the strip (no random number)").format(
        token=name, share=percent(p))


def painted(hex_code: str, alpha: int = 255) -> QColor:
    """A colour of the painted pictures in the current theme: the projector theme (View > Projector colours) turns
    their paper dark, their ink light and their faint grey darker, as it does the plots'."""
    return color(themed_colour(hex_code), alpha)


def bold(font: QFont, factor: float = 1.0) -> QFont:
    result = QFont(font)
    result.setBold(True)
    result.setPointSizeF(font.pointSizeF() * factor)
    return result


class ProbabilityBars(QWidget):
    """Horizontal bars, most probable first, with the model's and the filtered probability of each token."""

    token_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.highlight: int | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("user_text", True)  # the corpus's tokens
        self.setToolTip(translate(
            "text", "The model's guess for the next token. Pale bars: the model's own probabilities. Solid bars: "
            "after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to "
            "force that token."))
        self.setAccessibleName(translate("text", "Next-token probabilities"))
        self.setAccessibleDescription(translate(
            "text", "Horizontal bars, most probable token first: the model's probability of each token and the "
            "probability after temperature, top-k and top-p."))

    def minimumSizeHint(self) -> QSize:
        """As wide as its title and legend at this font size: narrower, they would be cut off."""
        line = self.fontMetrics().height()
        title = QFontMetrics(bold(self.font(), 1.1)).horizontalAdvance(translate("text", TITLE))
        legend = 5.2 * line + sum(self.fontMetrics().horizontalAdvance(text) for _, _, text in self._legend_keys())
        # Each row a line high: at a projector's font, or with the quiz's extra bars, the labels must not overlap.
        rows = 2 * PAD + 4 * line + max(len(self.rows), 11) * 1.05 * line
        return QSize(int(max(title, legend) + 2 * PAD), int(max(MIN_HEIGHT, rows)))

    def set_rows(self, rows: list[Row], highlight: int | None) -> None:
        resized = len(rows) != len(self.rows)
        self.rows, self.highlight = rows, highlight
        if resized:
            self.updateGeometry()
        self.update()

    def row_at(self, y: float) -> int | None:
        top, height = self._rows_area()
        if not self.rows or y < top:
            return None
        index = int((y - top) // (height / len(self.rows)))
        return index if index < len(self.rows) else None

    def _rows_area(self) -> tuple[float, float]:
        line = self.fontMetrics().height()
        top = PAD + 2.6 * line  # title and legend
        bottom = PAD + 1.4 * line  # the probability axis
        return top, max(1.0, self.height() - top - bottom)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), painted(PAPER))
        font = self.font()
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setFont(bold(font, 1.1))
        painter.setPen(painted(INK))
        title = QFontMetrics(painter.font()).elidedText(translate("text", TITLE), Qt.TextElideMode.ElideRight,
                                                        self.width() - 2 * PAD)
        painter.drawText(QPointF(PAD, PAD + line), title)
        painter.setFont(font)
        self._legend(painter, PAD, PAD + 2.1 * line, line)
        if not self.rows:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("text", "Type a prompt to see what comes next."))
            return
        texts = [value_text(row) for row in self.rows]
        label_width = max(metrics.horizontalAdvance(r.label) for r in self.rows) + 2 * PAD
        value_width = max(metrics.horizontalAdvance(t) for t in texts) + PAD
        left = PAD + label_width
        width = max(10.0, self.width() - left - value_width - PAD)
        top, height = self._rows_area()
        row_height = height / len(self.rows)

        painter.setPen(QPen(painted(LIGHT_GREY), 1))
        ticks = (0.0, 0.25, 0.5, 0.75, 1.0) if width > 6 * metrics.horizontalAdvance("100%") else (0.0, 0.5, 1.0)
        for tick in ticks:
            x = left + tick * width
            painter.drawLine(QPointF(x, top), QPointF(x, top + height))
            painter.drawText(QRectF(x - 40, top + height + 2, 80, line), Qt.AlignmentFlag.AlignHCenter,
                             local_number(tick, ".0%"))
        for index, (row, text) in enumerate(zip(self.rows, texts, strict=True)):
            y = top + index * row_height
            painter.setPen(painted(INK if row.kept else GREY))
            painter.drawText(QRectF(PAD, y, label_width - PAD, row_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.label)
            outer = QRectF(left, y + 0.1 * row_height, max(1.0, row.raw * width), 0.8 * row_height)
            highlighted = row.token is not None and row.token == self.highlight
            if highlighted:
                painter.setPen(QPen(QColor(VERMILLION), 3))
                painter.setBrush(color(ORANGE, 150))
            else:
                painter.setPen(QPen(painted(SKY if row.kept else LIGHT_GREY), 1))
                painter.setBrush(color(*MODEL_BARS) if row.kept else painted(LIGHT_GREY, 160))
            painter.drawRect(outer)
            if row.kept:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BLUE if row.token is not None else GREY))
                painter.drawRect(QRectF(left, y + 0.25 * row_height, row.filtered * width, 0.5 * row_height))
            painter.setPen(painted(INK if row.kept else GREY))
            painter.drawText(QRectF(left + max(row.raw, row.filtered) * width + PAD, y, value_width, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _legend_keys() -> tuple[tuple[QColor, QColor, str], ...]:
        return ((color(*MODEL_BARS), QColor(SKY), translate("text", "model")),
                (QColor(BLUE), QColor(BLUE), translate("text", "after temperature / top-k / top-p")))

    def _legend(self, painter: QPainter, x: float, y: float, line: float) -> None:
        for fill, border, text in self._legend_keys():
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y - 0.75 * line, 1.6 * line, 0.7 * line))
            painter.setPen(painted(INK))
            painter.drawText(QPointF(x + 2 * line, y - 0.1 * line), text)
            x += 2.6 * line + self.fontMetrics().horizontalAdvance(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row is not None and self.rows[row].token is not None:
            self.token_clicked.emit(self.rows[row].token)


class CumulativeStrip(QWidget):
    """The kept tokens end to end over [0, 1), most probable first, with the random number u that picked one."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: DrawnToken | None = None
        self.vocab: list[str] = []
        self.setMinimumHeight(110)
        self.setProperty("user_text", True)  # the corpus's tokens
        self.setToolTip(translate(
            "text", "Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of "
            "[0, 1) as long as its probability. A random number u picks the token whose stretch it falls in."))
        self.setAccessibleName(translate("text", "Where the random number fell"))
        self.setAccessibleDescription(translate(
            "text", "A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a "
            "line at the random number u that picked the next token."))

    def minimumSizeHint(self) -> QSize:
        """As wide as its title before any draw, at this font size."""
        width = QFontMetrics(bold(self.font())).horizontalAdvance(translate("text", NO_DRAW)) + 2 * PAD
        return QSize(width, super().minimumSizeHint().height())

    def set_draw(self, drawn: DrawnToken | None, vocab: list[str]) -> None:
        self.drawn, self.vocab = drawn, vocab
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), painted(PAPER))
        font = self.font()
        line = self.fontMetrics().height()
        painter.setFont(bold(font))
        painter.setPen(painted(INK))
        drawn = self.drawn
        if drawn is None:
            painter.drawText(QPointF(PAD, PAD + line), translate("text", NO_DRAW))
            return
        name = visible_token(self.vocab[drawn.token])
        title = QFontMetrics(painter.font()).elidedText(strip_title(drawn, name), Qt.TextElideMode.ElideRight,
                                                        self.width() - 2 * PAD)
        painter.drawText(QPointF(PAD, PAD + line), title)
        for token, rect, index in self.segments():
            chosen = token == drawn.token
            painter.setPen(QPen(QColor(VERMILLION), 3) if chosen else QPen(painted(PAPER), 1))
            painter.setBrush(QColor(ORANGE) if chosen else QColor(BLUE if index % 2 == 0 else SKY))
            painter.drawRect(rect)
            if drawn.distribution.filtered[token] >= STRIP_LABEL_MIN:
                painter.setPen(QColor(INK if chosen else "white"))  # on the stretch's own colour, in either theme
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, visible_token(self.vocab[token]))
        self._callout(painter)
        painter.setFont(font)
        painter.setPen(painted(INK))
        left, width = PAD, max(10.0, self.width() - 2 * PAD)
        top, height = self._bar_area()
        for tick in (0.0, 0.5, 1.0):
            x = left + tick * width
            alignment = {0.0: Qt.AlignmentFlag.AlignLeft, 0.5: Qt.AlignmentFlag.AlignHCenter,
                         1.0: Qt.AlignmentFlag.AlignRight}[tick]
            painter.drawText(QRectF(x - 60 * tick, top + height + 2, 60, line), alignment, local_number(tick, "g"))
        if drawn.u is not None:
            x = left + drawn.u * width
            painter.setPen(QPen(QColor(VERMILLION), 3))
            painter.drawLine(QPointF(x, top - 4), QPointF(x, top + height + 4))
            label = f"u = {local_number(drawn.u, '.3f')}"
            box = QRectF(x + 4, top + height - line - 2, self.fontMetrics().horizontalAdvance(label) + 8, line)
            if box.right() > self.width():
                box.moveRight(x - 4)
            painter.fillRect(box, QColor(VERMILLION))
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _bar_area(self) -> tuple[float, float]:
        line = self.fontMetrics().height()
        top = PAD + 1.6 * line
        return top, max(10.0, self.height() - top - 1.6 * line)

    def segments(self) -> list[tuple[int, QRectF, int]]:
        """(token, rectangle, rank) of each kept token's stretch, most probable first. The chosen token's is at
        least MIN_CHOSEN_WIDTH wide, so a clicked 0.1% token is still seen where it lies."""
        drawn = self.drawn
        if drawn is None:
            return []
        left, width = PAD, max(10.0, self.width() - 2 * PAD)
        top, height = self._bar_area()
        order, cumulative = cumulative_in_display_order(drawn.distribution.filtered)
        result = []
        for index, (token, end) in enumerate(zip(order, cumulative, strict=True)):
            p = float(drawn.distribution.filtered[token])
            if p <= 0:
                break
            span = max(p * width, MIN_CHOSEN_WIDTH) if token == drawn.token else p * width
            right = min(left + end * width, left + width)
            result.append((int(token), QRectF(right - span, top, span, height), index))
        return result

    def chosen_label(self) -> tuple[QRectF, str] | None:
        """Where the chosen token's name goes when its own stretch is too narrow to hold it: beside it."""
        drawn = self.drawn
        rect = next((rect for token, rect, _ in self.segments() if token == drawn.token), None)
        if rect is None:
            return None
        name = visible_token(self.vocab[drawn.token])
        metrics = self.fontMetrics()
        if drawn.distribution.filtered[drawn.token] >= STRIP_LABEL_MIN:
            return None  # the name is written in the stretch itself
        text = f"{name} {percent(float(drawn.distribution.filtered[drawn.token]))}"
        box = QRectF(0, rect.top() + 4, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        box.moveRight(rect.left() - 3)
        if box.left() < 0:  # no room before the stretch: after it
            box.moveLeft(rect.right() + 3)
        return box, text

    def _callout(self, painter: QPainter) -> None:
        label = self.chosen_label()
        if label is None:
            return
        box, text = label
        painter.setPen(QPen(QColor(VERMILLION), 2))
        painter.setBrush(painted(PAPER))
        painter.drawRect(box)
        painter.setPen(painted(INK))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class ProbabilityPanel(QWidget):
    token_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.bars = ProbabilityBars()
        self.strip = CumulativeStrip()
        self.bars.token_clicked.connect(self.token_clicked)
        self.hint = QLabel(translate("text", "Click a bar to force that token as the next one."))
        set_hint_font(self.hint)
        self.hint.setToolTip(self.bars.toolTip())
        self.probe = ProbePanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.probe)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.strip)

    def show_distribution(self, distribution: Distribution, vocab: list[str], count: int,
                          highlight: int | None = None) -> None:
        """Bars for the `count` most probable tokens (by the model's own probabilities) and one for the rest."""
        count = min(count, MAX_BARS, len(distribution.raw))
        shown, raw, raw_rest = top_tokens(distribution.raw, count)
        filtered = distribution.filtered[shown]
        rows = [Row(visible_token(vocab[t]), float(r), float(f), bool(distribution.kept[t]), int(t))
                for t, r, f in zip(shown, raw, filtered, strict=True)]
        others = np.ones(len(distribution.raw), dtype=bool)
        others[shown] = False
        if others.any():  # "removed" only when the filters removed every one of them
            rows.append(Row(translate("text", "(all others)"), raw_rest, float(distribution.filtered[others].sum()),
                            bool(distribution.kept[others].any()), None))
        self.bars.set_rows(rows, highlight)
        self.probe.show_distribution(distribution)

    def shown_tokens(self) -> np.ndarray:
        return np.array([row.token for row in self.bars.rows if row.token is not None], dtype=int)

    def show_draw(self, drawn: DrawnToken | None, vocab: list[str]) -> None:
        self.strip.set_draw(drawn, vocab)
