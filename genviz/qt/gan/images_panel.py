"""Image data: fakes from fixed noise beside real images, and a strip of the same fakes at earlier steps."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QGridLayout, QWidget

from genviz.core.mosaic import mosaic
from genviz.qt.number_format import local_number
from genviz.qt.translation import translate
from genviz.qt.widgets.picture import DIVERGING, SIGNED_LEVELS, PicturePanel

COLUMNS = 6  # the grids of fakes and real images: 36 tiles
STRIP_GAP = 9  # pixels between the strip's steps: wider than the gaps inside one step's tile
STRIP_COLUMNS = 2  # each step's tile: the first four fixed-noise fakes, 2x2: large enough to read


class ImagesPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.fakes = PicturePanel(translate("gan", "Fakes from fixed noise"), translate(
            "gan", "What the generator makes from 36 noise vectors that never change, so you watch the same fakes "
            "sharpen."))
        self.real = PicturePanel(translate("gan", "Real images"),
                                 translate("gan", "Real training images, for comparison."))
        self.strip = PicturePanel(translate("gan", "The first four fakes at earlier steps"), translate(
            "gan", "The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, "
            "50, 100, 200, ...)."))
        for panel, name, description in (
                (self.fakes, translate("gan", "Fakes"), translate(
                    "gan", "A grid of 36 images the generator made from fixed noise.")),
                (self.real, translate("gan", "Real images"), translate(
                    "gan", "A grid of 36 real training images.")),
                (self.strip, translate("gan", "Fakes at earlier steps"), translate(
                    "gan", "The first four fakes at step 0 and at recent steps, left to right, each step captioned."))):
            panel.setAccessibleName(name)
            panel.setAccessibleDescription(description)
        self._strip_steps: tuple[int, ...] = ()
        self._real_source: Any = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fakes, 0, 0)
        layout.addWidget(self.real, 0, 1)
        layout.addWidget(self.strip, 1, 0, 1, 2)
        layout.setRowStretch(0, 3)  # the strip is wide and flat: it needs less height than the grids
        layout.setRowStretch(1, 2)

    def show_snapshot(self, snap: dict[str, Any]) -> None:
        self.fakes.show_picture(mosaic(snap["fakes"], COLUMNS))
        if snap["real"] is not self._real_source:
            self._real_source = snap["real"]
            self.real.show_picture(mosaic(snap["real"], COLUMNS))
            self.real.setTitle(translate("gan", "Real images"))
        self.fakes.setTitle(translate("gan", "Fakes from fixed noise (step {step})").format(
            step=local_number(snap["step"], ",")))
        steps = tuple(step for step, _ in snap["strip"])
        if steps != self._strip_steps:
            self._show_strip(snap["strip"])

    def _show_strip(self, strip: tuple[tuple[int, np.ndarray], ...]) -> None:
        self._strip_steps = tuple(step for step, _ in strip)
        tiles = np.stack([mosaic(grid, STRIP_COLUMNS) for _, grid in strip])
        self.strip.show_picture(mosaic(tiles, len(tiles), gap=STRIP_GAP))
        caption = translate("gan", "step {step}")
        under = [(i, caption.format(step=local_number(step, ","))) for i, step in enumerate(self._strip_steps)]
        self.strip.caption_tiles(tiles.shape[1:3], under=under, gap=STRIP_GAP)

    def show_walk_step(self, arrays: dict[str, np.ndarray]) -> None:
        """One walkthrough sub-step: the batch's fakes (or noise) on the left, real images or gradients on the right."""
        shown = slice(0, COLUMNS * COLUMNS)
        if "fakes_after" in arrays:
            self.fakes.show_picture(mosaic(arrays["fakes_after"][shown], COLUMNS))
            self.fakes.setTitle(translate("gan", "The same noise through the updated G"))
        elif "fakes" in arrays:
            self.fakes.show_picture(mosaic(arrays["fakes"][shown], COLUMNS))
            self.fakes.setTitle(translate("gan", "This batch's fakes"))
        elif "noise" in arrays:
            noise = np.clip(arrays["noise"][shown] / 3.0, -1, 1)
            self.fakes.show_picture(noise, SIGNED_LEVELS, colormap=DIVERGING)
            self.fakes.setTitle(translate("gan", "Noise z: one row per fake (orange < 0 < blue)"))
        if "arrows" in arrays:
            gradient = arrays["arrows"][shown]
            scale = max(float(np.percentile(np.abs(gradient), 99)), 1e-12)
            gradient = np.clip(gradient / scale, -1, 1)
            if gradient.ndim == 4:
                gradient = gradient.mean(axis=3)
            self.real.show_picture(mosaic(gradient, COLUMNS), SIGNED_LEVELS, colormap=DIVERGING)
            self.real.setTitle(translate("gan", "Gradient: blue = brighten, orange = darken"))
        elif "real" in arrays:
            self.real.show_picture(mosaic(arrays["real"][shown], COLUMNS))
            self.real.setTitle(translate("gan", "This batch's real images"))
        self._real_source = None  # live drawing must restore the real grid

    def set_font_scale(self, scale: float) -> None:
        for panel in (self.fakes, self.real, self.strip):
            panel.set_font_scale(scale)
