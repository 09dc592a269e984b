"""The 2-D picture: real and fake points over the discriminator's verdict on the whole plane.

Also draws the generator's gradient arrows on the fakes, the warped noise grid, the mixture's mode centres, the
walkthrough's sub-steps, and lets the class draw its own data with the mouse.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from genviz.qt.gan.lines_label import LinesLabel
from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, DRAWN_POINTS, FAKE_POINTS, GREEN, INK, REAL_POINTS, VERDICT_COLOURS, VERMILLION, color
from genviz.qt.theme import themed_colour
from genviz.qt.translation import translate
from genviz.qt.widgets.legend_line import key, legend_line
from genviz.qt.widgets.markers import MarkersItem

ARROW_LENGTH = 0.45  # the longest arrows (95th percentile) are drawn this long, in plane units
SPRAY = 4  # points added per mouse event while drawing
SPRAY_STD = 0.06  # their spread around the cursor, in plane units
MAX_DRAWN = 5000
VERDICT_MAP = pg.ColorMap([0.0, 0.5, 1.0], [QColor(hex_code) for hex_code in VERDICT_COLOURS])  # fake .. real


def arrow_segments(origins: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """(2N, 2) start/end pairs, scaled so the longest arrows (95th percentile) have ARROW_LENGTH."""
    lengths = np.linalg.norm(vectors, axis=1)
    scale = ARROW_LENGTH / max(float(np.percentile(lengths, 95)), 1e-12) if len(lengths) else 1.0
    ends = origins + np.clip(vectors * scale, -2 * ARROW_LENGTH, 2 * ARROW_LENGTH)
    return np.stack([origins, ends], axis=1).reshape(-1, 2)


def polylines(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, connect) for drawing L lines of P points, shaped (L, P, 2), as one item."""
    flat = lines.reshape(-1, 2)
    connect = np.ones(len(flat), dtype=bool)
    connect[lines.shape[1] - 1 :: lines.shape[1]] = False  # no segment from one line's end to the next's start
    return flat[:, 0], flat[:, 1], connect


class PlanePanel(QWidget):
    drawing_changed = Signal(int)  # how many points the user has drawn

    def __init__(self) -> None:
        super().__init__()
        self.plot = configure_plot(pg.PlotWidget(), translate("gan", "Real and fake points"), translate("gan", "x"),
                                   translate("gan", "y"))
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=False, y=False)
        self.plot.setToolTip(translate(
            "gan", "Blue: real data. Red: the generator's fakes (always from the same noise, so you watch them "
            "move). The background is the discriminator's verdict on every spot of the plane: blue where it says "
            "'real', orange where it says 'fake', white where it cannot tell."))
        self.plot.setAccessibleName(translate("gan", "Real and fake points"))
        self.plot.setAccessibleDescription(translate(
            "gan", "A plane of 2-D points: the real data and the generator's fakes, over a heat map of the "
            "discriminator's verdict, from fake to real."))
        item = self.plot.getPlotItem()
        self.heatmap = pg.ImageItem()
        self.heatmap.setColorMap(VERDICT_MAP)
        self.heatmap.setZValue(-10)
        self.plot.addItem(self.heatmap)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=VERDICT_MAP, interactive=False, width=14,
                                        label=translate("gan", "D(x): 0 = fake, 1 = real"))
        self.colorbar.setImageItem(self.heatmap, insert_in=item)
        self.grid = pg.PlotDataItem([], [], pen=pg.mkPen(color(GREEN, 170), width=1))
        self.real = MarkersItem(4, color(*REAL_POINTS))
        self.fakes = MarkersItem(5, color(*FAKE_POINTS))
        self.arrows = pg.PlotDataItem([], [], connect="pairs", pen=pg.mkPen(color(INK, 200), width=1.5))
        self.modes = pg.ScatterPlotItem(size=16, symbol="o", pen=pg.mkPen(INK, width=1.5), brush=None)
        self.drawn = MarkersItem(5, color(*DRAWN_POINTS))
        for graphic in (self.grid, self.real, self.fakes, self.arrows, self.modes, self.drawn):
            self.plot.addItem(graphic)
        self.heatmap.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # rescaled only when it changes
        self.plot.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # a smooth map, not 48x48 blocks
        # Fixed lines, not a height for each width: inside a scrolling column that would make it scroll.
        self.legend = LinesLabel(2)
        self._write_legend()
        self._extent = 0.0
        self._real_source: Any = None
        self._heatmap_source: Any = None
        self._modes_source: Any = None
        self._fakes_source: Any = None
        self._drawn_points: list[np.ndarray] = []
        self._drawing = False
        self._rng = np.random.default_rng(0)
        self.plot.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.legend)

    # Live training
    def set_extent(self, extent: float) -> None:
        if extent != self._extent:
            self._extent = extent
            self.plot.setRange(xRange=(-extent, extent), yRange=(-extent, extent), padding=0.02)

    def show_snapshot(self, snap: dict[str, Any]) -> None:
        self.set_extent(snap["extent"])
        if snap["real"] is not self._real_source:  # the real points never change within a run
            self._real_source = snap["real"]
            self.real.setData(snap["real"])
        if snap["heatmap"] is not self._heatmap_source:  # the session recomputes it a few times a second
            self._heatmap_source = snap["heatmap"]
            self.heatmap.setImage(np.ascontiguousarray(snap["heatmap"], dtype=np.float32), levels=(0.0, 1.0))
            extent = self._extent
            self.heatmap.setRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))  # needs the image's size first
        modes = snap.get("modes")
        if modes is not self._modes_source:
            self._modes_source = modes
            self.modes.setData(pos=np.zeros((0, 2)) if modes is None else modes)
        if snap["fakes"] is self._fakes_source:  # the session redraws its pictures ~10 times a second
            return
        self._fakes_source = snap["fakes"]
        self.fakes.setData(snap["fakes"])
        if "arrows" in snap:
            segments = arrow_segments(snap["arrow_points"], snap["arrows"])
            self.arrows.setData(segments[:, 0], segments[:, 1], connect="pairs")
        else:
            self.arrows.setData([], [])
        if "warped_grid" in snap:
            x, y, connect = polylines(snap["warped_grid"])
            self.grid.setData(x, y, connect=connect)
        else:
            self.grid.setData([], [])

    def show_walk_step(self, arrays: dict[str, np.ndarray]) -> None:
        """Draw one walkthrough sub-step: only what it names (noise, real, fakes, arrows, the fakes' moves)."""
        noise = arrays.get("noise")
        if "fakes" in arrays:
            self.fakes.setData(arrays["fakes"])
        elif noise is not None:  # before G has run, the "fakes" are still the raw noise
            padded = np.zeros((len(noise), 2), np.float32)
            padded[:, : min(2, noise.shape[1])] = noise[:, :2]
            self.fakes.setData(padded)
        self.real.setData(arrays["real"] if "real" in arrays else np.zeros((0, 2)))
        self._real_source = self._fakes_source = None  # live drawing must restore every layer
        if "arrows" in arrays:
            segments = arrow_segments(arrays["fakes"], arrays["arrows"])
            self.arrows.setData(segments[:, 0], segments[:, 1], connect="pairs")
        elif "fakes_after" in arrays:  # the update: each fake's move to where the same noise lands now
            pairs = np.stack([arrays["fakes"], arrays["fakes_after"]], axis=1).reshape(-1, 2)
            self.arrows.setData(pairs[:, 0], pairs[:, 1], connect="pairs")
            self.fakes.setData(arrays["fakes_after"])
        else:
            self.arrows.setData([], [])
        self.grid.setData([], [])

    # Drawing your own data
    def set_drawing(self, on: bool) -> None:
        """While drawing, a drag sprays points instead of panning the plot."""
        self._drawing = on
        self.plot.setMouseEnabled(x=not on, y=not on)
        self.plot.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def drawn_points(self) -> np.ndarray:
        return np.concatenate(self._drawn_points) if self._drawn_points else np.zeros((0, 2), np.float32)

    def show_drawing(self, points: np.ndarray) -> None:
        """Replace the drawing with `points` (N, 2): those of an opened model file."""
        self._drawn_points = [np.asarray(points, dtype=np.float32)[:MAX_DRAWN]]
        self.drawn.setData(self.drawn_points())
        self.drawing_changed.emit(len(self.drawn_points()))

    def clear_drawing(self) -> None:
        self._drawn_points.clear()
        self.drawn.setData(np.zeros((0, 2)))
        self.drawing_changed.emit(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._drawing or event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove):
            return super().eventFilter(watched, event)
        mouse: QMouseEvent = event  # type: ignore[assignment]
        if not mouse.buttons() & Qt.MouseButton.LeftButton:
            return False
        scene = self.plot.mapToScene(mouse.position().toPoint())
        point = self.plot.getPlotItem().vb.mapSceneToView(scene)
        self._spray(np.array([point.x(), point.y()], dtype=np.float32))
        return True

    def _spray(self, centre: np.ndarray) -> None:
        if len(self.drawn_points()) >= MAX_DRAWN:
            return
        self._drawn_points.append((centre + self._rng.normal(0, SPRAY_STD, size=(SPRAY, 2))).astype(np.float32))
        points = self.drawn_points()
        self.drawn.setData(points)
        self.drawing_changed.emit(len(points))

    def _write_legend(self) -> None:
        """The legend's marks in ink are light in the projector theme: its background turns dark."""
        ink = themed_colour(INK)
        self.legend.setText(legend_line(
            key(translate("gan", "real data"), BLUE), key(translate("gan", "fakes G(z)"), VERMILLION),
            key(translate("gan", "mode centres"), ink, "○"),
            key(translate("gan", "where G's loss pushes fakes"), ink, "→"),
            key(translate("gan", "G's warped noise grid"), GREEN, "—")))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the projector theme was switched
            self._write_legend()

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self.plot, scale)
