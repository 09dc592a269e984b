"""Attention weights of the current context as a heatmap, one layer and head at a time."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.text.tokens import visible_token
from genviz.qt.translation import translate

MEAN_OF_HEADS = -1
MAX_TICK_LABEL = 10  # characters of a token shown on an axis


def every_kth(labels: list[str], needed: float, cell: float) -> list[tuple[float, str]]:
    """Ticks at the cell centres of every k-th label, so that labels `needed` pixels long in cells `cell`
    pixels long do not overlap."""
    k = max(1, math.ceil(needed / max(1.0, cell)))
    return [(i + 0.5, label) for i, label in enumerate(labels) if i % k == 0]


class AttentionPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.plot = configure_plot(pg.PlotWidget(), translate("text", "Attention"),
                                   translate("text", "looks at (earlier token)"), translate("text", "token"))
        self.plot.setToolTip(translate(
            "text", "Each row is a token of the context; its colours show how much of its attention goes to each "
            "earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead."))
        self.plot.setAccessibleName(translate("text", "Attention weights"))
        self.plot.setAccessibleDescription(translate(
            "text", "A heat map with one row and one column per token of the context: how much each token attends "
            "to each earlier token, from 0 to 1."))
        self.plot.invertY(True)
        self.plot.setAspectLocked(False)
        self.plot.showGrid(x=False, y=False)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        colormap = pg.colormap.get("viridis")  # perceptually uniform and colour-blind safe
        self.image.setColorMap(colormap)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=colormap, interactive=False, width=14,
                                        label=translate("text", "attention weight"))
        self.colorbar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.layer = QComboBox()
        self.layer.setToolTip(translate("text", "Which transformer block's attention to show."))
        self.head = QComboBox()
        self.head.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.head.setToolTip(translate("text", "Each head learns its own pattern of what to look at; the mean shows "
                                       "them together."))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("text", "Layer")))
        controls.addWidget(self.layer)
        controls.addWidget(QLabel(translate("text", "Head")))
        controls.addWidget(self.head)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        self._shape: tuple[int, int] = (0, 0)
        self._tokens: list[str] = []
        self.ticks: tuple[list, list] = ([], [])  # (rows, columns) of (position, label)
        self.plot.getPlotItem().vb.sigResized.connect(self._layout_ticks)

    def show_attention(self, attention: np.ndarray | None, tokens: list[str]) -> None:
        """`attention` is (n_layer, n_head, T, T); None clears the map."""
        if attention is None:
            self.image.clear()
            return
        layers, heads = attention.shape[:2]
        if (layers, heads) != self._shape:
            self._fill_selectors(layers, heads)
        layer = max(self.layer.currentIndex(), 0)
        head = self.head.currentData()
        weights = attention[layer].mean(axis=0) if head in (None, MEAN_OF_HEADS) else attention[layer, head]
        self.image.setImage(np.ascontiguousarray(weights, dtype=np.float32), levels=(0.0, 1.0))
        if tokens != self._tokens:
            self._tokens = tokens
            self._layout_ticks()
            self.plot.setRange(xRange=(0, len(tokens)), yRange=(0, len(tokens)), padding=0)

    def _layout_ticks(self) -> None:
        """Label every k-th row and column, k as small as lets no label run into its neighbour: rows need a
        line of text each, columns the widest label, at the current font and size of the map."""
        labels = [visible_token(t)[:MAX_TICK_LABEL] for t in self._tokens]
        metrics = QFontMetrics(self.plot.getAxis("bottom").style.get("tickFont") or QApplication.font())
        view = self.plot.getPlotItem().vb
        cells = max(1, len(labels))
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=1) + 6
        columns = every_kth(labels, widest, view.width() / cells)
        rows = every_kth(labels, metrics.height() + 2, view.height() / cells)
        if (rows, columns) != self.ticks:
            self.ticks = rows, columns
            self.plot.getAxis("left").setTicks([rows])
            self.plot.getAxis("bottom").setTicks([columns])

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self.plot, scale)
        self._layout_ticks()

    def _fill_selectors(self, layers: int, heads: int) -> None:
        self._shape = (layers, heads)
        for box in (self.layer, self.head):
            box.blockSignals(True)
            box.clear()
        of = translate("text", "{number} of {total}")
        for i in range(layers):
            self.layer.addItem(of.format(number=i + 1, total=layers), i)
        self.head.addItem(translate("text", "mean of heads"), MEAN_OF_HEADS)
        for i in range(heads):
            self.head.addItem(of.format(number=i + 1, total=heads), i)
        for box in (self.layer, self.head):
            box.blockSignals(False)
