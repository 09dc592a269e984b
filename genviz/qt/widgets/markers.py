"""Many markers in one item: a small picture per style, stamped at each of its points.

pyqtgraph's ScatterPlotItem keeps a record per point (for hovering and clicking, which these plots do not
need), so replacing ~2,000 points costs milliseconds of Python, and one item per class added a cached full-size
picture each. Here new points are one array copy, and a paint maps them to pixels with numpy and stamps each
style's picture in one drawPixmapFragments call.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

BOUNDS_PAD = 0.05  # of the points' spread: room for the markers' own size

Style = tuple[str, QPen, QBrush]  # a pyqtgraph symbol ("o", "s", "t1", ...), its outline, its fill


class MarkersItem(pg.GraphicsObject):
    def __init__(self, size: float, colour: QColor | None = None) -> None:
        """Markers `size` pixels wide at any zoom; with `colour`, every point is a plain dot of that colour."""
        super().__init__()
        self._size = size
        self._scale = 1.0  # the projector theme enlarges the markers (set_marker_scale)
        self._styles: list[Style] = []
        self._points = np.zeros((0, 2))
        self._stamps: list[tuple[QPixmap, np.ndarray | slice]] = []  # per style: its picture, its rows
        self._fragments = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._bounds = QRectF()
        if colour is not None:
            self.set_styles([("o", pg.mkPen(None), pg.mkBrush(colour))], [slice(None)])

    def set_styles(self, styles: list[Style], rows: list[np.ndarray | slice]) -> None:
        """One style per group of points; `rows` says which points each group holds."""
        self._styles = list(styles)
        size = self._size * self._scale
        self._stamps = [(QPixmap.fromImage(renderSymbol(symbol, size, pen, brush)), group_rows)
                        for (symbol, pen, brush), group_rows in zip(styles, rows, strict=True)]
        self.update()

    def set_marker_scale(self, factor: float) -> None:
        """Markers `factor` times their size (genviz/qt/theme.py calls it)."""
        if factor != self._scale:
            self._scale = factor
            self.set_styles(self._styles, [group_rows for _, group_rows in self._stamps])

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

    def positions(self) -> np.ndarray:
        return self._points.copy()

    def count(self, style: int = 0) -> int:
        return len(self._points[self._stamps[style][1]]) if self._stamps else 0

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args) -> None:
        if not len(self._points):
            return
        t = painter.transform()
        x, y = self._points[:, 0], self._points[:, 1]
        pixels = np.column_stack([t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy()])
        painter.resetTransform()
        for pixmap, rows in self._stamps:
            centres = pixels[rows]
            self._fragments.resize(len(centres))
            fragments = self._fragments.ndarray()
            fragments[:, 0:2] = centres  # where the picture's centre goes
            fragments[:, 2:6] = [0, 0, pixmap.width(), pixmap.height()]  # all of the picture
            fragments[:, 6:10] = [1.0, 1.0, 0.0, 1.0]  # scale x, scale y, rotation, opacity
            painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)
