"""Next-token probability bars, and the cumulative strip that shows where the random number fell."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from genviz.core.sampling import Distribution, cumulative_in_display_order, top_tokens
from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, GREY, INK, LIGHT_GREY, ORANGE, SKY, VERMILLION, color, scaled_font
from genviz.qt.text.tokens import visible_token

MAX_BARS = 30
STRIP_LABEL_MIN = 0.05  # segments narrower than this are left unlabelled on the strip


@dataclass(frozen=True)
class DrawnToken:
    """The last choice, as the strip draws it."""

    token: int
    distribution: Distribution
    u: float | None  # None for a greedy or forced choice


class ProbabilityPanel(QWidget):
    token_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._shown: np.ndarray = np.zeros(0, dtype=int)
        self._names: list[str] = []
        self.bars = configure_plot(pg.PlotWidget(), "Next token: the model's probabilities",
                                   "probability", "")
        self.bars.setToolTip(
            "The model's guess for the next token. Pale bars: the model's own probabilities. Solid bars: "
            "after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. "
            "Click a bar to force that token."
        )
        self.bars.invertY(True)
        self.bars.setMouseEnabled(x=False, y=False)
        self.bars.hideButtons()
        self.bars.setXRange(0, 1.08, padding=0)
        legend = self.bars.getPlotItem().addLegend(offset=(-10, -10))
        self.raw_item = pg.BarGraphItem(x0=[], y=[], height=0.8, width=[], brush=color(SKY, 90),
                                        pen=pg.mkPen(SKY, width=1))
        self.filtered_item = pg.BarGraphItem(x0=[], y=[], height=0.5, width=[], brush=color(BLUE),
                                             pen=pg.mkPen(None))
        self.highlight_item = pg.BarGraphItem(x0=[], y=[], height=0.8, width=[], brush=color(ORANGE, 120),
                                              pen=pg.mkPen(VERMILLION, width=3))
        for item in (self.raw_item, self.filtered_item, self.highlight_item):
            self.bars.addItem(item)
        legend.addItem(self.raw_item, "model's probability")
        legend.addItem(self.filtered_item, "after temperature / top-k / top-p")
        self.value_labels = [pg.TextItem(color=INK, anchor=(0, 0.5)) for _ in range(MAX_BARS + 1)]
        for label in self.value_labels:
            self.bars.addItem(label)
        self.bars.scene().sigMouseClicked.connect(self._on_bars_clicked)

        self.strip = configure_plot(pg.PlotWidget(), "Last draw", "cumulative probability", "")
        self.strip.setToolTip(
            "Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of "
            "[0, 1) as long as its probability. A random number u picks the token whose stretch it falls in."
        )
        self.strip.setFixedHeight(150)
        self.strip.setMouseEnabled(x=False, y=False)
        self.strip.hideButtons()
        self.strip.hideAxis("left")
        self.strip.setXRange(0, 1, padding=0.01)
        self.strip.setYRange(0, 1, padding=0)
        self.segments = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], brushes=[])
        self.chosen_segment = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], brush=color(ORANGE),
                                              pen=pg.mkPen(VERMILLION, width=3))
        self.u_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(VERMILLION, width=3), label="u",
                                      labelOpts={"position": 0.85, "color": "w", "fill": VERMILLION})
        self.strip.addItem(self.segments)
        self.strip.addItem(self.chosen_segment)
        self.strip.addItem(self.u_line)
        self.segment_labels = [pg.TextItem(color="w", anchor=(0.5, 0.5)) for _ in range(20)]
        for label in self.segment_labels:
            self.strip.addItem(label)
        self.u_line.hide()
        self.set_font_scale(1.0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.strip)

    def show_distribution(self, distribution: Distribution, vocab: list[str], count: int,
                          highlight: int | None = None) -> None:
        """Bars for the `count` most probable tokens (by the model's own probabilities) and one for the rest."""
        count = min(count, MAX_BARS, len(distribution.raw))
        shown, raw, raw_rest = top_tokens(distribution.raw, count)
        filtered = distribution.filtered[shown]
        filtered_rest = max(0.0, 1.0 - float(filtered.sum()))
        self._shown = shown
        rows = np.arange(count + 1)
        raw_all = np.append(raw, raw_rest)
        filtered_all = np.append(filtered, filtered_rest)
        kept = np.append(distribution.kept[shown], filtered_rest > 0)
        self.raw_item.setOpts(x0=np.zeros(count + 1), y=rows, width=raw_all,
                              brushes=[color(SKY, 90) if k else color(LIGHT_GREY) for k in kept])
        self.filtered_item.setOpts(x0=np.zeros(count + 1), y=rows, width=filtered_all,
                                   brushes=[color(BLUE)] * count + [color(GREY)])
        if highlight is not None and highlight in shown:
            row = int(np.flatnonzero(shown == highlight)[0])
            self.highlight_item.setOpts(x0=[0], y=[row], width=[max(raw_all[row], filtered_all[row])])
        else:
            self.highlight_item.setOpts(x0=[], y=[], width=[])
        names = [visible_token(vocab[i]) for i in shown] + ["(all others)"]
        if names != self._names:  # new ticks make the axis lay itself out again: only when they change
            self._names = names
            self.bars.getAxis("left").setTicks([list(enumerate(names))])
        for row, label in enumerate(self.value_labels):
            if row > count:
                if label.toPlainText():
                    label.setText("")
                continue
            text = f"{filtered_all[row]:.1%}" if kept[row] else "removed"
            if kept[row] and abs(filtered_all[row] - raw_all[row]) >= 0.0005:
                text += f"  (model {raw_all[row]:.1%})"
            if label.toPlainText() != text:  # re-laying out a text item is the costly part of a frame
                label.setText(text)
                label.setColor(INK if kept[row] else GREY)
            label.setPos(max(raw_all[row], filtered_all[row]) + 0.01, row)
        self.bars.setYRange(-0.6, count + 0.6, padding=0)

    def show_draw(self, drawn: DrawnToken | None, vocab: list[str]) -> None:
        """The strip of the last draw: kept tokens end to end, u, and the token it picked."""
        if drawn is None:
            self.segments.setOpts(x0=[], y0=[], width=[], height=[], brushes=[])
            self.chosen_segment.setOpts(x0=[], y0=[], width=[], height=[])
            self.u_line.hide()
            for label in self.segment_labels:
                label.setText("")
            self.strip.setTitle("Last draw: press Next token")
            return
        order, cumulative = cumulative_in_display_order(drawn.distribution.filtered)
        probs = drawn.distribution.filtered[order]
        keep = probs > 0
        order, probs, starts = order[keep], probs[keep], (cumulative - drawn.distribution.filtered[order])[keep]
        self.segments.setOpts(x0=starts, y0=np.zeros(len(order)), width=probs, height=np.ones(len(order)),
                              brushes=[color(BLUE if i % 2 == 0 else SKY) for i in range(len(order))],
                              pen=pg.mkPen("w", width=1))
        chosen = np.flatnonzero(order == drawn.token)
        if len(chosen):
            c = int(chosen[0])
            self.chosen_segment.setOpts(x0=[starts[c]], y0=[0], width=[probs[c]], height=[1])
        labels = iter(self.segment_labels)
        for token, start, p in zip(order, starts, probs, strict=True):
            if p < STRIP_LABEL_MIN:
                break
            label = next(labels, None)
            if label is None:
                break
            label.setText(visible_token(vocab[token]))
            label.setColor("w" if token != drawn.token else INK)
            label.setPos(start + p / 2, 0.5)
        for label in labels:
            label.setText("")
        name = visible_token(vocab[drawn.token])
        if drawn.u is None:
            self.u_line.hide()
            self.strip.setTitle(f"Last choice: '{name}' (greedy or clicked: no random number)")
        else:
            self.u_line.setValue(drawn.u)
            self.u_line.label.setFormat(f"u = {drawn.u:.3f}")
            self.u_line.show()
            self.strip.setTitle(f"Last draw: u = {drawn.u:.3f} fell in the stretch of '{name}'")

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self.bars, scale)
        scale_plot_fonts(self.strip, scale)
        for label in self.value_labels:
            label.setFont(scaled_font(scale, 0.95))
        for label in self.segment_labels:
            label.setFont(scaled_font(scale, 0.9, bold=True))

    def _on_bars_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.bars.getPlotItem().vb.mapSceneToView(event.scenePos())
        row = round(point.y())
        if 0 <= row < len(self._shown) and point.x() >= 0:
            self.token_clicked.emit(int(self._shown[row]))
