"""A 2-D scatter plot for point data: the training set faintly behind, points in front, optional paths
(trajectories) and arrows. Every item is built once; drawing a frame only calls setData."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, INK, ORANGE, TRAINING_BACKDROP, color, scaled_font
from genviz.qt.widgets.markers import MarkersItem

PATHS, ARROWS = ORANGE, INK

def path_lines(paths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(P, F, 2) paths -> x, y with a NaN after each path, to draw every path with one connect="finite" item."""
    P, F, _ = paths.shape
    padded = np.full((P, F + 1, 2), np.nan, dtype=np.float32)
    padded[:, :F] = paths
    flat = padded.reshape(-1, 2)
    return flat[:, 0], flat[:, 1]

CLOUD_MIN_LINES = (10, 9)  # three clouds stand side by side: narrower than a plot alone, still readable


class CloudPlot(pg.PlotWidget):
    def __init__(self, title: str, tip: str, points: tuple[str, int] = (BLUE, 170)) -> None:
        """`points`: the points' (colour, alpha), as genviz.qt.style declares them."""
        super().__init__()
        configure_plot(self, title, "", "")
        self.setToolTip(tip)
        self.setAccessibleName(title)  # for screen readers, as a picture panel does
        self.setAccessibleDescription(tip)
        self.setAspectLocked(True)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.getPlotItem().disableAutoRange()
        self.backdrop = MarkersItem(3, color(*TRAINING_BACKDROP))
        # Plain curve items: they take new data with far less Python work than PlotDataItem, which matters on
        # every frame of an animation while the training thread wants the GIL.
        self.paths = pg.PlotCurveItem(pen=pg.mkPen(color(PATHS, 140), width=1), connect="finite")
        self.points = MarkersItem(4, color(*points))
        self.arrows = pg.PlotCurveItem(pen=pg.mkPen(color(ARROWS, 130), width=1), connect="pairs")
        self.backdrop.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # drawn once per data set
        for item in (self.backdrop, self.paths, self.arrows, self.points):
            self.addItem(item)
        self.labels: list[pg.TextItem] = []
        self._range: tuple[float, ...] | None = None

    def set_view(self, low: np.ndarray, high: np.ndarray) -> None:
        """Fix the plotted square once per data set: a steady frame makes motion visible."""
        wanted = tuple(float(v) for v in (*low, *high))
        if wanted != self._range:
            self._range = wanted
            self.setRange(xRange=(low[0], high[0]), yRange=(low[1], high[1]), padding=0.02)

    def show_points(self, xy: np.ndarray | None) -> None:
        self.points.setData(np.zeros((0, 2)) if xy is None else xy)

    def show_backdrop(self, xy: np.ndarray | None) -> None:
        self.backdrop.setData(np.zeros((0, 2)) if xy is None else xy)

    def show_paths(self, paths: np.ndarray | None) -> None:
        if paths is None or paths.shape[1] < 2:
            self.paths.setData([], [])
        else:
            self.paths.setData(*path_lines(paths), connect="finite")

    def show_arrows(self, segments: np.ndarray | None) -> None:
        """(6 G, 2) line ends from arrows.field_arrows, or None to hide the arrows."""
        if segments is None:
            self.arrows.setData([], [])
        else:
            self.arrows.setData(segments[:, 0], segments[:, 1], connect="pairs")

    def show_labels(self, texts: list[tuple[float, float, str]], scale: float = 1.0) -> None:
        """Text at plot positions (e.g. "t = 50" over each frame of a strip); items are reused."""
        while len(self.labels) < len(texts):
            label = pg.TextItem(color=INK, anchor=(0.5, 0.0))
            label.setFont(scaled_font(scale, 0.9))
            self.addItem(label)
            self.labels.append(label)
        for label, (x, y, text) in zip(self.labels, texts, strict=False):
            if label.toPlainText() != text:
                label.setText(text)
            label.setPos(x, y)
        for label in self.labels[len(texts):]:
            label.setText("")

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale, CLOUD_MIN_LINES)
        for label in self.labels:
            label.setFont(scaled_font(scale, 0.9))
