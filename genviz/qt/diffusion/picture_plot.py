"""A titled picture without axes: one image item, drawn with fixed levels so no frame pays for auto-levelling."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from genviz.qt.plots import configure_plot, scale_plot_fonts

IMAGE_LEVELS = (0.0, 1.0)  # brightness of data and of predicted clean images
NOISE_LEVELS = (-2.5, 2.5)  # unit-variance noise: 99% of its values fall inside


class PicturePlot(pg.PlotWidget):
    def __init__(self, title: str, tip: str) -> None:
        super().__init__()
        configure_plot(self, title, "", "")
        self.setToolTip(tip)
        self.showGrid(x=False, y=False)
        self.setMouseEnabled(False, False)
        self.setAspectLocked(True)
        self.hideButtons()
        self.plot_item = self.getPlotItem()
        self.plot_item.hideAxis("left")
        self.plot_item.hideAxis("bottom")
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self._shape: tuple[int, ...] = ()
        self._ticks: list[tuple[float, str]] | None = None

    def show_picture(self, picture: np.ndarray, levels: tuple[float, float] = IMAGE_LEVELS) -> None:
        """A (rows, columns) or (rows, columns, 3) float32 picture, row 0 at the top."""
        self.image.setImage(np.ascontiguousarray(picture[::-1], dtype=np.float32), levels=levels)
        if picture.shape != self._shape:  # the view only moves when the picture's size changes
            self._shape = picture.shape
            rect = QRectF(0, 0, picture.shape[1], picture.shape[0])
            self.image.setRect(rect)
            self.setRange(rect=rect, padding=0.02)

    def label_columns(self, ticks: list[tuple[float, str]]) -> None:
        """Names under some columns of the picture (e.g. the timestep of each frame of a strip)."""
        if ticks == self._ticks:  # new ticks re-lay out the axis: only when they change
            return
        self._ticks = ticks
        axis = self.plot_item.getAxis("bottom")
        axis.setTicks([ticks])
        axis.setPen(pg.mkPen(None))
        self.plot_item.showAxis("bottom", bool(ticks))

    def clear_picture(self) -> None:
        self.image.clear()
        self._shape = ()

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale)
