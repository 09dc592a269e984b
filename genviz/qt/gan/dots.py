"""Many same-looking dots drawn in one call: a lighter ScatterPlotItem for points that move ten times a second.

ScatterPlotItem keeps a record per spot (for hovering and clicking, which this lab does not need), so replacing
512 points costs milliseconds of Python; here it is one copy into a QPolygonF and one drawPoints.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen

BOUNDS_PAD = 0.1  # data units: a few pixels at the lab's usual zoom


class DotsItem(pg.GraphicsObject):
    def __init__(self, color: QColor, size: float) -> None:
        super().__init__()
        self._pen = QPen(color, size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self._pen.setCosmetic(True)  # size in screen pixels at any zoom
        self._polygon = fn.create_qpolygonf(0)
        self._bounds = QRectF()

    def setData(self, points: np.ndarray) -> None:
        points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        self.prepareGeometryChange()
        self._polygon = fn.create_qpolygonf(len(points))
        if len(points):  # an empty polygon has no buffer to write into
            fn.ndarray_from_qpolygonf(self._polygon)[:] = points
        finite = points[np.isfinite(points).all(axis=1)]
        if len(finite):
            low, high = finite.min(axis=0), finite.max(axis=0)
            self._bounds = QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1])
        else:
            self._bounds = QRectF()
        self.update()

    def count(self) -> int:
        return len(self._polygon)

    def boundingRect(self) -> QRectF:
        # A margin for the dots' radius; asking the view for the pixel size on every call costs more than it saves.
        pad = BOUNDS_PAD + 0.02 * max(self._bounds.width(), self._bounds.height())
        return self._bounds.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter, *_args) -> None:
        painter.setPen(self._pen)
        painter.drawPoints(self._polygon)
