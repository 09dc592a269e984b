"""A titled picture: one image item showing a mosaic, drawn with fixed levels (no auto-levelling per frame)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from genviz.core.mosaic import tile_centres
from genviz.qt.plots import configure_plot, scale_plot_fonts

LEVELS = (0.0, 1.0)  # every decoded or real image is brightness in [0, 1]
INVISIBLE_CHANGE = 0.5 / 255  # smaller than one step of an 8-bit screen: not worth a repaint
GROWTH_ROOM = 0.08  # a picture placed on the latent map leaves this share of room on each side: its area moves
MOSAIC_ROOM = 0.02  # a mosaic's size is fixed: room only so that its tiles do not touch the panel's edge
EMPTY_AREA = QRectF(-3, -3, 6, 6)  # an empty panel with axes shows the latent map's smallest area


class ImagePanel(pg.PlotWidget):
    """Pictures without axes unless asked; a picture can be placed over a rectangle of the latent map."""

    def __init__(self, title: str, tip: str, x_label: str = "", y_label: str = "",
                 axes: tuple[bool, bool] = (False, False)) -> None:
        super().__init__()
        configure_plot(self, title, x_label, y_label)
        self.setToolTip(tip)
        self.showGrid(x=False, y=False)
        self.setMouseEnabled(False, False)
        self.setAspectLocked(True)
        self.hideButtons()
        self.plot_item = self.getPlotItem()
        self.plot_item.showAxis("bottom", axes[0])
        self.plot_item.showAxis("left", axes[1])
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self._rect: QRectF | None = None
        self._range: QRectF | None = None
        self._shape: tuple[int, ...] = ()
        self._labels: tuple = ()
        self.clear_picture()

    def show_picture(self, picture: np.ndarray, rect: QRectF | None = None) -> None:
        """A (rows, columns) or (rows, columns, 3) picture, row 0 at the top, filling `rect` when given."""
        target = rect if rect is not None else QRectF(0, 0, picture.shape[1], picture.shape[0])
        shown = self.image.image
        if target == self._rect and shown is not None and shown.shape == picture.shape and \
                np.abs(shown[::-1] - picture).max() < INVISIBLE_CHANGE:
            return  # a late model changes its pictures by less than the screen can show
        flipped = np.ascontiguousarray(picture[::-1], dtype=np.float32)  # the plot's y axis points up
        self.image.setImage(flipped, levels=LEVELS)
        if target != self._rect or picture.shape != self._shape:
            self._rect, self._shape = target, picture.shape
            self.image.setRect(target)
            self._fit_range(target, GROWTH_ROOM if rect is not None else MOSAIC_ROOM)

    def _fit_range(self, target: QRectF, room: float) -> None:
        """Show the picture whole, but move the axes only when it outgrows them or shrinks to well inside:
        new axes cost a full relayout, and a manifold's area changes a little at every update."""
        shown = self._range
        if shown is None or not shown.contains(target) or target.width() * target.height() < \
                0.5 * shown.width() * shown.height():
            room_x, room_y = room * target.width(), room * target.height()
            self._range = target.adjusted(-room_x, -room_y, room_x, room_y)
            self.setRange(rect=self._range, padding=0)

    def label_tiles(self, rows: list[str], columns: list[tuple[int, str]], tile: tuple[int, int],
                    row_count: int) -> None:
        """Name rows on the left axis and some columns on the bottom axis of a mosaic of tile = (H, W) tiles."""
        labels = (tuple(rows), tuple(columns), tile, row_count)
        if labels == self._labels:  # new ticks re-lay out the axes: only when they change
            return
        self._labels = labels
        height = row_count * (tile[0] + 1) - 1
        left = [(height - y, text) for y, text in zip(tile_centres(len(rows), tile[0]), rows, strict=True)]
        centres = tile_centres(max((c for c, _ in columns), default=0) + 1, tile[1])
        bottom = [(centres[c], text) for c, text in columns]
        self.plot_item.showAxis("left", bool(left))
        self.plot_item.showAxis("bottom", bool(bottom))
        self.plot_item.getAxis("left").setTicks([left])
        self.plot_item.getAxis("bottom").setTicks([bottom])

    def clear_picture(self) -> None:
        """Empty, with no labels of an earlier picture."""
        self.image.clear()
        self._rect, self._range, self._shape = None, None, ()
        if self._labels:
            self.label_tiles([], [], (1, 1), 1)
        self.setRange(rect=EMPTY_AREA, padding=0)

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale)
