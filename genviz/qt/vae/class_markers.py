"""Every example on the latent map in one item: a marker picture per class, stamped at each of its points.

One ScatterPlotItem per class cost ~30 ms of GUI thread per map update (per-point records built in Python, and
a cached full-size picture per item). Here an update is an array copy, and a paint maps all points to pixels
with numpy and stamps each class's markers in one drawPixmapFragments call.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap

from genviz.qt.style import color

BOUNDS_PAD = 0.05  # of the points' spread: room for the markers' own size


class ClassMarkersItem(pg.GraphicsObject):
    def __init__(self, size: float) -> None:
        super().__init__()
        self._size = size
        self._points = np.zeros((0, 2))
        self._markers: list[tuple[QPixmap, np.ndarray]] = []  # per class: its marker picture, its rows
        self._fragments = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._bounds = QRectF()

    def set_classes(self, styles: list[tuple[str, str]], rows: list[np.ndarray | slice]) -> None:
        """`styles`: (hex colour, pyqtgraph symbol) per class; `rows`: which points belong to each class."""
        self._markers = []
        for (hex_code, symbol), class_rows in zip(styles, rows, strict=True):
            image = renderSymbol(symbol, self._size, pg.mkPen(color(hex_code).darker(140)),
                                 pg.mkBrush(color(hex_code, 210)))
            self._markers.append((QPixmap.fromImage(image), class_rows))
        self.update()

    def setData(self, points: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        finite = self._points[np.isfinite(self._points).all(axis=1)]
        if len(finite):
            low, high = finite.min(axis=0), finite.max(axis=0)
            pad = BOUNDS_PAD * max(high - low) + 1e-6
            self._bounds = QRectF(low[0] - pad, low[1] - pad, high[0] - low[0] + 2 * pad, high[1] - low[1] + 2 * pad)
        else:
            self._bounds = QRectF()
        self.update()

    def count(self, class_index: int) -> int:
        return len(self._points[self._markers[class_index][1]])

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args) -> None:
        if not len(self._points):
            return
        t = painter.transform()
        x, y = self._points[:, 0], self._points[:, 1]
        pixels = np.column_stack([t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy()])
        painter.resetTransform()
        for pixmap, rows in self._markers:
            centres = pixels[rows]
            self._fragments.resize(len(centres))
            fragments = self._fragments.ndarray()
            fragments[:, 0:2] = centres  # where the marker's centre goes
            fragments[:, 2:6] = [0, 0, pixmap.width(), pixmap.height()]  # the whole picture
            fragments[:, 6:10] = [1.0, 1.0, 0.0, 1.0]  # scale x, scale y, rotation, opacity
            painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)
