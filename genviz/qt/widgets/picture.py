"""The one picture widget of every image lab: a titled image or mosaic, drawn with fixed levels (no frame pays
for auto-levelling), with captions under or beside its tiles and, when it lies over a plane, that plane's axes."""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from genviz.core.mosaic import tile_centres
from genviz.qt.plots import configure_plot, fit_title, scale_plot_fonts
from genviz.qt.style import BLUE, VERMILLION, scaled_font

IMAGE_LEVELS = (0.0, 1.0)  # brightness: every real, decoded or generated image
SIGNED_LEVELS = (-1.0, 1.0)  # a signed quantity scaled to [-1, 1], e.g. a gradient, drawn with a diverging map
INVISIBLE_CHANGE = 0.5 / 255  # smaller than one step of an 8-bit screen: not worth a repaint
ROOM = 0.02  # a picture's size is fixed: room only so that its tiles do not touch the panel's edge
GROWTH_ROOM = 0.08  # a picture placed over a plane leaves this share of room on each side: its area moves
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [VERMILLION, "#FFFFFF", BLUE])  # less < zero (white) < more

PICTURE_MIN_LINES = (9, 9)  # a picture has no tick labels to collide: it may be smaller than a plot

Captions = Sequence[tuple[int, str]]  # (index of a row or column of tiles, its text)


class PicturePanel(pg.PlotWidget):
    """Without axes, unless `axes` names them: then a picture can be placed over a rectangle of that plane
    (show_picture's `rect`), and the empty panel shows `empty_view`."""

    def __init__(self, title: str, tip: str, axes: tuple[str, str] | None = None,
                 empty_view: QRectF | None = None) -> None:
        super().__init__()
        configure_plot(self, title, *(axes or ("", "")))
        self.setToolTip(tip)
        self.setAccessibleName(title)  # `title` and `tip` come translated
        self.setAccessibleDescription(tip)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture takes no keys: Tab passes it by
        self.showGrid(x=False, y=False)
        self.setMouseEnabled(False, False)
        self.setAspectLocked(True)
        self.hideButtons()
        self.plot_item = self.getPlotItem()
        self._axes = axes is not None
        self._empty_view = empty_view
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self._drawn: tuple = ()  # (rect, levels, colour map) of the picture shown
        self._colormap: pg.ColorMap | None = None  # the image item's, kept when the picture goes
        self._range: QRectF | None = None
        self._captions: tuple = ()
        self.clear_picture()

    def show_picture(self, picture: np.ndarray, levels: tuple[float, float] = IMAGE_LEVELS, *,
                     rect: QRectF | None = None, colormap: pg.ColorMap | None = None) -> None:
        """A (rows, columns) or (rows, columns, 3) picture, row 0 at the top, shown between fixed `levels`, in
        grey or through `colormap` (a one-channel picture); filling `rect` of the axes' plane when given. NaN
        pixels (a mosaic's gaps, core.mosaic.GAP) are see-through: the panel's background, in the theme's colour."""
        target = rect if rect is not None else QRectF(0, 0, picture.shape[1], picture.shape[0])
        drawn = (target, levels, colormap)
        shown = self.image.image
        if drawn == self._drawn and shown.shape == picture.shape and \
                np.allclose(shown[::-1], picture, rtol=0.0, atol=INVISIBLE_CHANGE, equal_nan=True):
            return  # e.g. a late model changes its pictures by less than the screen can show
        if colormap is not self._colormap:
            self._colormap = colormap
            self.image.setLookupTable(None if colormap is None else colormap.getLookupTable(nPts=256), update=False)
        flipped = np.ascontiguousarray(picture[::-1], dtype=np.float32)  # the plot's y axis points up
        self.image.setImage(flipped, levels=levels)
        if not self._drawn or target != self._drawn[0]:
            self.image.setRect(target)
            self._fit_range(target, moving=rect is not None)
        self._drawn = drawn

    def _fit_range(self, target: QRectF, moving: bool) -> None:
        """Show the picture whole. One that moves over a plane moves the view only when it outgrows it or
        shrinks to well inside: new axes cost a full relayout, and its area changes a little at every update."""
        shown = self._range
        if moving and shown is not None and shown.contains(target) and \
                target.width() * target.height() >= 0.5 * shown.width() * shown.height():
            return
        room = GROWTH_ROOM if moving else ROOM
        room_x, room_y = room * target.width(), room * target.height()
        self._range = target.adjusted(-room_x, -room_y, room_x, room_y)
        self.setRange(rect=self._range, padding=0)

    def setTitle(self, title: str | None = None, **args) -> None:
        """Plain text ("orange < 0" is no HTML tag). A new title re-lays out the plot: only when it changes
        (some titles follow every frame)."""
        text = None if title is None else html.escape(title, quote=False)
        item = self.getPlotItem()
        if text != item.titleLabel.text:
            item.setTitle(text, **args)
            fit_title(self)

    def caption_tiles(self, tile: tuple[int, int], under: Captions = (), left: Captions = (), gap: int = 1) -> None:
        """Captions under some columns and beside some rows of the mosaic shown, of tile = (H, W) tiles `gap`
        pixels apart (core.mosaic's layout), e.g. the timestep of each frame of a strip. After show_picture."""
        captions = (tile, tuple(under), tuple(left), gap)
        if captions == self._captions:  # new ticks re-lay out the axes: only when they change
            return
        self._captions = captions
        height = self.image.image.shape[0] if under or left else 0
        rows = tile_centres(max((r for r, _ in left), default=-1) + 1, tile[0], gap)
        columns = tile_centres(max((c for c, _ in under), default=-1) + 1, tile[1], gap)
        self._set_ticks("left", [(height - rows[r], text) for r, text in left])  # rows count from the top
        self._set_ticks("bottom", [(columns[c], text) for c, text in under])

    def captions(self) -> tuple[list[str], list[str]]:
        """The texts under and beside the tiles."""
        _, under, left, _ = self._captions
        return [text for _, text in under], [text for _, text in left]

    def _set_ticks(self, side: str, ticks: list[tuple[float, str]]) -> None:
        axis = self.plot_item.getAxis(side)
        axis.setTicks([ticks])
        axis.setPen(pg.mkPen(None))  # captions, not an axis: no line, no tick marks
        self.plot_item.showAxis(side, bool(ticks))

    def clear_picture(self) -> None:
        """Empty, with no captions of an earlier picture."""
        self.image.clear()
        self._drawn, self._range = (), None
        if self._axes:
            self.plot_item.showAxis("bottom")
            self.plot_item.showAxis("left")
            if self._empty_view is not None:
                self.setRange(rect=self._empty_view, padding=0)
        else:
            self.caption_tiles((1, 1))
            self.plot_item.hideAxis("bottom")
            self.plot_item.hideAxis("left")

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale, PICTURE_MIN_LINES)
        if not self._axes:  # captions are words to read from the back of the room, not tick numbers
            for side in ("bottom", "left"):
                self.plot_item.getAxis(side).setTickFont(scaled_font(scale))
