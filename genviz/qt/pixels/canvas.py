"""The picture being drawn pixel by pixel: the pixels drawn so far in grey, the ones to come in a pale blue check that
is no grey, and a frame around the pixel the model guesses next."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsRectItem

from genviz.qt.style import ORANGE, VERMILLION
from genviz.qt.translation import translate
from genviz.qt.widgets.picture import PicturePanel

UNDRAWN = (np.array([0.80, 0.88, 0.97]), np.array([0.88, 0.94, 1.0]))  # a pale blue check: no grey looks like it


def canvas_picture(values: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """(H, W, 3) RGB in [0, 1]: `values` (the grey values drawn so far, raster order) then the undrawn check."""
    height, width = shape
    rows, columns = np.indices(shape)
    picture = np.where(((rows + columns) % 2 == 0)[..., None], UNDRAWN[0], UNDRAWN[1]).reshape(-1, 3)
    picture[: len(values)] = np.asarray(values, dtype=np.float64)[:, None]
    return picture.reshape(height, width, 3).astype(np.float32)


class CanvasPanel(PicturePanel):
    def __init__(self) -> None:
        super().__init__(translate("pixels", "The image so far"), translate(
            "pixels", "The model draws the image one pixel at a time, row by row from the top left, each from its "
            "guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check "
            "marks pixels not drawn yet."))
        self.setAccessibleName(translate("pixels", "The image so far"))
        self.setAccessibleDescription(translate(
            "pixels", "The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come "
            "in a pale blue check, and a frame around the pixel the model guesses next."))
        self.frame = QGraphicsRectItem()
        self.frame.setZValue(10)
        self.addItem(self.frame)
        self.frame.hide()

    def show_canvas(self, values: np.ndarray, shape: tuple[int, int], pending: bool) -> None:
        """The grey `values` drawn so far; the frame around the next pixel, in vermillion while a drawn value waits
        to be added (`pending`: it is the last of `values`), orange while the model is asked."""
        self.show_picture(canvas_picture(values, shape))
        height, width = shape
        index = len(values) - 1 if pending else len(values)
        if index >= height * width:
            self.frame.hide()
            return
        row, column = divmod(index, width)
        self.frame.setRect(QRectF(column, height - row - 1, 1, 1))  # the plot's y axis points up
        pen = pg.mkPen(VERMILLION if pending else ORANGE, width=4)
        pen.setCosmetic(True)
        self.frame.setPen(pen)
        self.frame.show()

    def clear_canvas(self) -> None:
        self.clear_picture()
        self.frame.hide()
