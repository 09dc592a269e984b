"""Image data: fakes from fixed noise beside real images, and a strip of the same fakes at earlier steps."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from genviz.core.mosaic import mosaic
from genviz.qt.style import INK

STRIP_GAP = 3
STRIP_COLUMNS = 2  # each step's tile: the first four fixed-noise fakes, 2x2: large enough to read
GRADIENT_MAP = pg.ColorMap([0.0, 0.5, 1.0], [(213, 94, 0), (255, 255, 255), (0, 114, 178)])  # darker / brighter
GRAY_MAP = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])


def _view(layout: pg.GraphicsLayout, row: int, col: int) -> tuple[pg.ViewBox, pg.ImageItem]:
    box = layout.addViewBox(row=row, col=col, lockAspect=True, enableMouse=False, invertY=True)
    image = pg.ImageItem()
    box.addItem(image)
    return box, image


class ImagesPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setToolTip(
            "Left: what the generator makes from 36 noise vectors that never change, so you watch the same fakes "
            "sharpen. Right: real training images. Below: the first four of those fakes at earlier steps."
        )
        layout = self.canvas.ci
        self.fake_title = layout.addLabel("Fakes from fixed noise", row=0, col=0, color=INK)
        self.real_title = layout.addLabel("Real images", row=0, col=1, color=INK)
        self.fake_box, self.fake_image = _view(layout, 1, 0)
        self.real_box, self.real_image = _view(layout, 1, 1)
        self.strip_title = layout.addLabel("The first four fakes at earlier steps", row=2, col=0, colspan=2, color=INK)
        self.strip_box, self.strip_image = _view(layout, 3, 0)
        layout.removeItem(self.strip_box)
        layout.addItem(self.strip_box, row=3, col=0, colspan=2)
        layout.layout.setRowStretchFactor(1, 5)  # the grids are wider than tall: they need less height
        layout.layout.setRowStretchFactor(3, 4)
        self._labels: list[pg.TextItem] = []
        self._strip_steps: tuple[int, ...] = ()
        self._real_source: Any = None
        self._columns = 6
        self._maps: dict[int, pg.ColorMap] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.canvas)

    def _set(self, image: pg.ImageItem, box: pg.ViewBox, picture: np.ndarray, gradient: bool = False) -> None:
        shape_changed = image.image is None or image.image.shape[:2] != picture.shape[:2]
        colormap = GRADIENT_MAP if gradient else GRAY_MAP
        if picture.ndim == 2 and self._maps.get(id(image)) is not colormap:  # colour images need no map
            self._maps[id(image)] = colormap
            image.setColorMap(colormap)
        image.setImage(np.ascontiguousarray(picture), levels=(-1.0, 1.0) if gradient else (0.0, 1.0))
        if shape_changed:
            box.autoRange(padding=0.01)

    def show_snapshot(self, snap: dict[str, Any]) -> None:
        self._set(self.fake_image, self.fake_box, mosaic(snap["fakes"], self._columns))
        if snap["real"] is not self._real_source:
            self._real_source = snap["real"]
            self._set(self.real_image, self.real_box, mosaic(snap["real"], self._columns))
            self.real_title.setText("Real images")
        self.fake_title.setText(f"Fakes from fixed noise (step {snap['step']:,})")
        steps = tuple(step for step, _ in snap["strip"])
        if steps != self._strip_steps:
            self._show_strip(snap["strip"])

    def _show_strip(self, strip: tuple[tuple[int, np.ndarray], ...]) -> None:
        self._strip_steps = tuple(step for step, _ in strip)
        tiles = [mosaic(grid, STRIP_COLUMNS) for _, grid in strip]
        gap = np.ones((tiles[0].shape[0], STRIP_GAP * 3, *tiles[0].shape[2:]), dtype=np.float32)
        pieces = [piece for tile in tiles for piece in (tile, gap)][:-1]
        self.strip_image.setImage(np.concatenate(pieces, axis=1), levels=(0.0, 1.0))
        for label in self._labels:
            self.strip_box.removeItem(label)
        self._labels = []
        x = 0
        height = tiles[0].shape[0]
        for (step, _), tile in zip(strip, tiles, strict=True):
            label = pg.TextItem(f"step {step:,}", color=INK, anchor=(0.5, 0))
            label.setPos(x + tile.shape[1] / 2, height + 1)
            self.strip_box.addItem(label)
            self._labels.append(label)
            x += tile.shape[1] + gap.shape[1]
        self.strip_box.setRange(xRange=(0, x - gap.shape[1]), yRange=(0, height * 1.3), padding=0.02)  # room for labels

    def show_walk_step(self, arrays: dict[str, np.ndarray]) -> None:
        """One walkthrough sub-step: the batch's fakes (or noise) on the left, real images or gradients on the right."""
        shown = slice(0, 36)
        if "fakes_after" in arrays:
            self._set(self.fake_image, self.fake_box, mosaic(arrays["fakes_after"][shown], self._columns))
            self.fake_title.setText("The same noise through the updated G")
        elif "fakes" in arrays:
            self._set(self.fake_image, self.fake_box, mosaic(arrays["fakes"][shown], self._columns))
            self.fake_title.setText("This batch's fakes")
        elif "noise" in arrays:
            noise = arrays["noise"][shown]
            self._set(self.fake_image, self.fake_box, np.clip(noise / 3.0, -1, 1), gradient=True)
            self.fake_title.setText("Noise z: one row per fake (orange < 0 < blue)")
        if "arrows" in arrays:
            gradient = arrays["arrows"][shown]
            scale = max(float(np.percentile(np.abs(gradient), 99)), 1e-12)
            gradient = np.clip(gradient / scale, -1, 1)
            if gradient.ndim == 4:
                gradient = gradient.mean(axis=3)
            self._set(self.real_image, self.real_box, mosaic(gradient, self._columns, fill=0.0), gradient=True)
            self.real_title.setText("Gradient: blue = brighten, orange = darken")
        elif "real" in arrays:
            self._set(self.real_image, self.real_box, mosaic(arrays["real"][shown], self._columns))
            self.real_title.setText("This batch's real images")
        self._real_source = None  # live drawing must restore the real grid
