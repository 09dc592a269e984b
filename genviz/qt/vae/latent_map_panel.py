"""The latent map: every training example at the mean of its code, by class, with a marker to drag.

Clicking near an example picks it (two picks start a walk between them); clicking elsewhere moves the
marker there. The dashed box is the area the decoded manifold covers.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsRectItem

from genviz.qt.number_format import local_number
from genviz.qt.plots import configure_plot, fit_title, scale_plot_fonts
from genviz.qt.style import BLUE, CLASS_ALPHA, GREY, INK, ORANGE, PAPER, PRIOR_SAMPLES, VERMILLION, color
from genviz.qt.tooltips import wrapped
from genviz.qt.translation import translate
from genviz.qt.vae.class_styles import PRIOR_MARKER, PRIOR_SIZE, class_style, describe_classes
from genviz.qt.vae.legend import fit_legend, side_legend
from genviz.qt.widgets.markers import MarkersItem
from genviz.qt.widgets.settings_form import class_name_text

AXIS_NAMES = (QT_TRANSLATE_NOOP("vae", "z₁"), QT_TRANSLATE_NOOP("vae", "z₂"))
POINT_SIZE = 9  # a class's shape still shows at this size; smaller ones blur into dots
MARKER_SIZE = 28  # the dragged target: four examples wide
PICK_RADIUS_PX = 10  # a click this close to an example picks it
MAX_LEGEND_CLASSES = 12  # more entries than this would hide the map; the tooltip still names them
RANGE_PAD = 0.08
GROWTH_ROOM = 0.2  # a new range leaves this share of room on each side: codes spread fast early in training
PRIOR_BOX = QRectF(QPointF(-3, -3), QPointF(3, 3))  # where the prior N(0, I) puts nearly every code: always shown
TIP = QT_TRANSLATE_NOOP(
    "vae", "Each dot is one training example, drawn at the mean of its code q(z | x): the encoder squeezes a "
       "whole image into these two numbers. Similar examples end up close together, and the map "
       "reorganises as the VAE learns. Drag the red target to decode any point; click two dots to walk "
       "from one example to the other. With more than two latent numbers, the map shows the two directions "
       "in which the codes vary most (PCA); the percentages say how much of their spread each direction holds.")


def latent_axis_names() -> tuple[str, str]:
    """z₁ and z₂, the map's axes when the codes have two numbers, in the window's language."""
    return translate("vae", AXIS_NAMES[0]), translate("vae", AXIS_NAMES[1])


class RingedTarget(pg.TargetItem):
    """The dragged target drawn over a wide white stroke of itself, its circle veiled in white: it stands out
    over examples of any colour. Flat caps keep the stroke inside the target's bounds."""

    HALO = pg.mkPen(PAPER, width=7)
    HALO.setCapStyle(Qt.PenCapStyle.FlatCap)
    VEIL = pg.mkBrush(color(PAPER, 150))

    def paint(self, painter, *args) -> None:
        painter.setPen(self.HALO)
        painter.setBrush(self.VEIL)
        painter.drawPath(self.shape())
        super().paint(painter, *args)


class LatentMapPanel(pg.PlotWidget):
    marker_moved = Signal(float, float)  # map coordinates
    example_clicked = Signal(int)  # data set index of the clicked example

    def __init__(self) -> None:
        super().__init__()
        configure_plot(self, translate("vae", "Latent map: each example's code"), *latent_axis_names())
        self.setAccessibleName(translate("vae", "Latent map"))
        self.setAccessibleDescription(translate(
            "vae", "A scatter plot of every training example at its two-number code, with a marker of its class's "
                   "colour and shape; a draggable target marks the code decoded in At the marker."))
        self.showGrid(x=False, y=False)  # the markers are the picture; a grid costs ~5 ms at every new range
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.plot_item = self.getPlotItem()
        self.plot_item.disableAutoRange()
        self.legend = side_legend(self.plot_item)
        self._base_tip = translate("vae", TIP)
        self.setToolTip(self._base_tip)
        self.area = QGraphicsRectItem()
        pen = pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.area.setPen(pen)
        self.plot_item.addItem(self.area)
        self.markers = MarkersItem(POINT_SIZE)
        self.plot_item.addItem(self.markers)
        self._legend_samples: list[pg.ScatterPlotItem] = []
        self.prior = pg.ScatterPlotItem(symbol=PRIOR_MARKER, size=PRIOR_SIZE, pen=pg.mkPen(PRIOR_SAMPLES, width=2),
                                        brush=pg.mkBrush(None))
        self.path = pg.PlotDataItem(pen=pg.mkPen(ORANGE, width=3), symbol="o", symbolSize=6,
                                    symbolBrush=ORANGE, symbolPen=None)
        self.path_now = pg.ScatterPlotItem(size=15, pen=pg.mkPen(INK, width=2), brush=pg.mkBrush(ORANGE))
        self.picked = pg.ScatterPlotItem(size=20, pen=pg.mkPen(VERMILLION, width=3), brush=None)
        self.marker = RingedTarget((0.0, 0.0), size=MARKER_SIZE, pen=pg.mkPen(VERMILLION, width=3),
                                   hoverPen=pg.mkPen(VERMILLION, width=5),
                                   label=translate("vae", "decoded here"),
                                   labelOpts={"color": VERMILLION, "offset": (18, 18), "fill": color(PAPER, 220)})
        for z, item in enumerate((self.prior, self.path, self.path_now, self.picked, self.marker), start=5):
            item.setZValue(z)
            self.plot_item.addItem(item)
        self.plot_item.setRange(rect=PRIOR_BOX, padding=0)  # an empty map shows where codes will be
        self._class_names: tuple[str, ...] | None = None
        self._labels: np.ndarray | None = None
        self.axis_names: tuple[str, str] = latent_axis_names()
        self._range: QRectF | None = None
        self.points = np.zeros((0, 2), np.float32)
        self.indices = np.zeros(0, np.int64)
        self._picked_indices: list[int] = []
        self.marker.sigPositionChanged.connect(self._on_marker_position_changed)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    # Drawing
    def show_map(self, points: np.ndarray, labels: np.ndarray | None, indices: np.ndarray,
                 class_names: tuple[str, ...], explained: tuple[float, float] | None) -> None:
        # Each new map arrives as a copy from the training process: compare the labels' values, not identity.
        if class_names != self._class_names or not np.array_equal(labels, self._labels):
            self._build_classes(class_names, labels)
        elif self._moved_less_than_a_pixel(points):
            return  # repainting thousands of markers that did not visibly move only costs the GUI thread
        self.points, self.indices = points, indices
        self.markers.setData(points)
        self._set_axis_names(explained)
        self._fit_range(points)
        self._draw_picked()

    def _build_classes(self, class_names: tuple[str, ...], labels: np.ndarray | None) -> None:
        for sample in self._legend_samples:
            self.legend.removeItem(sample)
        self._class_names, self._labels = class_names, labels
        if labels is None or not class_names:
            styles = [(BLUE, "o", translate("vae", "training examples"))]
            rows = [slice(None)]
            self.setToolTip(wrapped(self._base_tip))  # set after the window wrapped every tooltip
        else:
            names = tuple(map(class_name_text, class_names))
            styles = [(class_style(i).colour, class_style(i).marker, name) for i, name in enumerate(names)]
            rows = [np.flatnonzero(labels == i) for i in range(len(class_names))]
            self.setToolTip(wrapped(translate("vae", "{tip}\n\nColour and marker show the class: {classes}.").format(
                tip=self._base_tip, classes=describe_classes(names))))
        looks = [(marker, pg.mkPen(color(hex_code).darker(140)), pg.mkBrush(color(hex_code, CLASS_ALPHA)))
                 for hex_code, marker, _ in styles]
        self.markers.set_styles(looks, rows)
        self._legend_samples = []
        if len(styles) <= MAX_LEGEND_CLASSES:
            for (marker, pen, brush), (_, _, name) in zip(looks, styles, strict=True):
                sample = pg.ScatterPlotItem(symbol=marker, size=POINT_SIZE, pen=pen, brush=brush)  # for the legend
                self.legend.addItem(sample, name)
                self._legend_samples.append(sample)
        self.legend.removeItem(self.prior)
        self.legend.addItem(self.prior, translate("vae", "prior samples"))
        fit_legend(self.legend)
        fit_title(self)  # the title leaves the legend its new width

    def _moved_less_than_a_pixel(self, points: np.ndarray) -> bool:
        if points.shape != self.points.shape or len(points) == 0:
            return False
        width, height = self.plot_item.getViewBox().viewPixelSize()
        moved = np.abs(points - self.points) / [width, height]
        return float(moved.max()) < 1.0

    def _set_axis_names(self, explained: tuple[float, float] | None) -> None:
        names = latent_axis_names() if explained is None else tuple(
            translate("vae", "PCA axis {number} of z ({share})").format(number=i + 1, share=local_number(share, ".0%"))
            for i, share in enumerate(explained))
        self._show_axis_names(names)

    def _show_axis_names(self, names: tuple[str, str]) -> None:
        # Percentages move with training: relabel only when they change by a whole per cent.
        if names != self.axis_names:
            self.axis_names = names
            self.plot_item.setLabel("bottom", names[0])
            self.plot_item.setLabel("left", names[1])

    def _fit_range(self, points: np.ndarray) -> None:
        """Follow the codes as they spread or shrink, but leave the axes alone for small changes. The prior's
        area is always in view: an untrained model's codes huddle near 0, and the class sees them spread."""
        if len(points) == 0:
            return
        low, high = np.percentile(points, [0.5, 99.5], axis=0)
        pad = np.maximum(RANGE_PAD * (high - low), 0.2)
        wanted = QRectF(QPointF(*(low - pad)), QPointF(*(high + pad))).united(PRIOR_BOX)
        current = self._range
        if current is None or not current.contains(wanted) or \
                wanted.width() * wanted.height() < 0.4 * current.width() * current.height():
            room_x, room_y = GROWTH_ROOM * wanted.width(), GROWTH_ROOM * wanted.height()
            grown = wanted.adjusted(-room_x, -room_y, room_x, room_y)
            self._range = grown
            self.plot_item.setRange(rect=grown, padding=0)

    def show_area(self, extent: tuple[float, float, float, float]) -> None:
        x0, x1, y0, y1 = extent
        self.area.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))

    def show_prior(self, points: np.ndarray | None) -> None:
        self.prior.setData(pos=np.zeros((0, 2)) if points is None else points)

    def show_path(self, path: np.ndarray | None, current: int | None = None) -> None:
        """The walk's codes so far; `current`, the newest step, gets a larger dot."""
        if path is None:
            self.path.setData([], [])
            self.path_now.setData([], [])
            return
        self.path.setData(path[:, 0], path[:, 1])
        self.path_now.setData(pos=np.zeros((0, 2)) if current is None else path[current: current + 1])

    def set_picked(self, indices: list[int]) -> None:
        self._picked_indices = list(indices)
        self._draw_picked()

    def _draw_picked(self) -> None:
        rows = [np.flatnonzero(self.indices == i) for i in self._picked_indices]
        found = [r[0] for r in rows if len(r)]
        self.picked.setData(pos=self.points[found] if found else np.zeros((0, 2)))

    def marker_position(self) -> tuple[float, float]:
        p = self.marker.pos()
        return float(p.x()), float(p.y())

    def move_marker(self, x: float, y: float) -> None:
        self.marker.setPos(x, y)

    def forget(self, keep_classes: bool = False) -> None:
        """Empty the map for a new model, axes and legend included (the marker stays where it is). A new model
        of the same data keeps its classes: the legend would be built again the same (30 ms of a Reset)."""
        self.markers.setData(np.zeros((0, 2)))
        self.points, self.indices = np.zeros((0, 2), np.float32), np.zeros(0, np.int64)
        self.show_prior(None)
        self.show_path(None)
        self.set_picked([])
        self.area.setRect(QRectF())
        if not keep_classes:
            self._build_classes((), None)
            self._class_names = None  # the next map builds its own classes
        self._show_axis_names(latent_axis_names())
        self._range = None
        self.plot_item.setRange(rect=PRIOR_BOX, padding=0)

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale)
        self.legend.setLabelTextSize(f"{9 * scale:.0f}pt")
        fit_legend(self.legend)
        fit_title(self)  # the title leaves the legend its new width

    # Handlers
    def _on_marker_position_changed(self) -> None:
        self.marker_moved.emit(*self.marker_position())

    def _on_scene_mouse_clicked(self, event) -> None:
        view_box = self.plot_item.getViewBox()
        if event.button() != Qt.MouseButton.LeftButton or not view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        where = view_box.mapSceneToView(event.scenePos())
        nearest = self.nearest_example(where.x(), where.y())
        if nearest is not None:
            self.example_clicked.emit(nearest)
        else:
            self.move_marker(where.x(), where.y())

    def nearest_example(self, x: float, y: float) -> int | None:
        """The data set index of the example drawn within PICK_RADIUS_PX of (x, y), if any."""
        if len(self.points) == 0:
            return None
        width, height = self.plot_item.getViewBox().viewPixelSize()
        pixels = np.hypot((self.points[:, 0] - x) / width, (self.points[:, 1] - y) / height)
        row = int(np.argmin(pixels))
        return int(self.indices[row]) if pixels[row] <= PICK_RADIUS_PX else None
