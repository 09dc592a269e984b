"""One family's column of the Compare lab: its name and how it makes a sample, the grid of samples from a fixed seed
(click one: Is it a copy?), the generation of one sample frame by frame, and its training loss."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGridLayout, QLabel, QLayout, QSizePolicy, QStackedWidget, QWidget

from genviz.core.compare.families import family
from genviz.core.mosaic import mosaic
from genviz.core.session import next_due
from genviz.qt.number_format import local_number
from genviz.qt.pixels.canvas import UNDRAWN
from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, INK, ORANGE, VERMILLION, color, scaled_font, set_hint_font
from genviz.qt.translation import core_sentence, core_text, translate
from genviz.qt.widgets.loss_plot import LossPlot, nice_ceiling
from genviz.qt.widgets.picture import PICTURE_MIN_LINES, PicturePanel

GRID_COLUMNS = 4  # the grid's 16 samples as 4 x 4
LOSS_EVERY_S = 0.1  # while training, a column's loss and step count are redrawn at most 10 times a second: a loss
#                     plot takes longer to paint than a grid (its curves), so not at every frame
PROCESS_EVERY_S = 0.5  # ... and the generation too: at rest it shows the grid's first sample again, and every
#                        picture painted costs the GUI thread as much as a grid
GAP = 1  # pixels between a mosaic's tiles (core.mosaic)
ROW_STRETCH = (0, 0, 0, 3, 2, 0, 2)  # how the column's height is shared among its widgets, top to bottom
PROCESS_MIN_LINES = (7, 6)  # the generation's one sample may be smaller than the grid (PicturePanel's 9 x 9 lines)
# Each family's loss curves (its session's history names), their labels and colours, and the loss's unit (labels
# and units translated where the column is built).
LOSSES: dict[str, tuple[dict[str, tuple[str, str]], str, str | None]] = {
    "gan": ({"generator": (QT_TRANSLATE_NOOP("compare", "generator (G)"), VERMILLION),
             "discriminator": (QT_TRANSLATE_NOOP("compare", "discriminator (D)"), BLUE)},
            QT_TRANSLATE_NOOP("compare", "nats"), None),
    "vae": ({"total": (QT_TRANSLATE_NOOP("compare", "reconstruction + β · KL"), INK)},
            QT_TRANSLATE_NOOP("compare", "nats per example"), None),
    "diffusion": ({"train": (QT_TRANSLATE_NOOP("compare", "noise guess error"), BLUE)},
                  QT_TRANSLATE_NOOP("compare", "loss (MSE)"), "train"),
    "pixels": ({"train": (QT_TRANSLATE_NOOP("compare", "cross-entropy"), BLUE)},
               QT_TRANSLATE_NOOP("compare", "nats per pixel"), "train"),
}
LOSS_TIPS = {
    "gan": QT_TRANSLATE_NOOP("compare", "The duel: the discriminator's loss (D, blue: telling real from fake) and "
                             "the generator's (G, red: fooling it), in nats. Neither goes to zero while both learn."),
    "vae": QT_TRANSLATE_NOOP("compare", "How badly a decoded example matches the real one, plus β times how far its "
                             "code is from N(0, I): the negative evidence lower bound, in nats per example."),
    "diffusion": QT_TRANSLATE_NOOP("compare", "How far the denoiser's guess of the added noise is from the real "
                                   "noise (mean squared error), at a random noise level each step; the solid line "
                                   "is its moving average."),
    "pixels": QT_TRANSLATE_NOOP("compare", "How surprised the transformer is by each true pixel, given the pixels "
                                "before it (cross-entropy in nats per pixel); the solid line is its moving "
                                "average."),
}


def process_picture(frame: np.ndarray) -> np.ndarray:
    """A frame of the generation as a picture: a pixel not drawn yet (NaN) shows the Pixels lab's pale blue check."""
    missing = np.isnan(frame)
    if not missing.any():
        return frame
    if frame.ndim == 3:
        missing = missing.any(axis=-1)
        grey = np.nan_to_num(frame)
    else:
        grey = np.repeat(np.nan_to_num(frame)[..., None], 3, axis=-1)
    rows, columns = np.indices(missing.shape)
    check = np.where(((rows + columns) % 2 == 0)[..., None], UNDRAWN[0], UNDRAWN[1])
    return np.where(missing[..., None], check, grey).astype(np.float32)


class SampleGrid(PicturePanel):
    """The grid of samples; a click on one says which (sample_clicked), and a frame marks the one picked."""

    sample_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(translate("compare", "Samples (fixed seed)"), translate(
            "compare", "Sixteen samples from the same random numbers every time, so you watch the same samples "
            "improve as the family trains. Click one to ask: is it a copy of a training image?"))
        self.setAccessibleName(translate("compare", "Samples (fixed seed)"))
        self.setAccessibleDescription(translate(
            "compare", "A grid of sixteen samples of this family, four by four, made from the same random numbers "
            "every time."))
        self.tile: tuple[int, int] | None = None  # (H, W) of the tiles shown
        self.count = 0
        self.frame = QGraphicsRectItem()
        pen = QPen(color(VERMILLION))
        pen.setWidthF(0.35)
        self.frame.setPen(pen)
        self.frame.setZValue(10)
        self.frame.hide()
        self.addItem(self.frame)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def show_samples(self, samples: np.ndarray) -> None:
        self.tile, self.count = samples.shape[1:3], len(samples)
        self.show_picture(mosaic(samples, GRID_COLUMNS))

    def mark(self, index: int | None) -> None:
        """Frame sample `index` (None: none)."""
        if index is None or self.tile is None:
            self.frame.hide()
            return
        height, width = self.tile
        rows = -(-self.count // GRID_COLUMNS)
        row, column = divmod(index, GRID_COLUMNS)
        top = rows * (height + GAP) - GAP - row * (height + GAP)  # the plot's y axis points up
        self.frame.setRect(QRectF(column * (width + GAP) - 0.2, top - height - 0.2, width + 0.4, height + 0.4))
        self.frame.show()

    def index_at(self, x: float, y: float) -> int | None:
        """The sample under the point (x, y) of the picture's plane, or None between and outside them."""
        if self.tile is None:
            return None
        height, width = self.tile
        rows = -(-self.count // GRID_COLUMNS)
        from_top = rows * (height + GAP) - GAP - y
        column, across = divmod(x, width + GAP)
        row, down = divmod(from_top, height + GAP)
        index = int(row) * GRID_COLUMNS + int(column)
        if x < 0 or from_top < 0 or across >= width or down >= height or column >= GRID_COLUMNS or index >= self.count:
            return None
        return index

    def clear_picture(self) -> None:
        super().clear_picture()
        self.tile = None
        if hasattr(self, "frame"):
            self.frame.hide()

    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.plot_item.vb.mapSceneToView(event.scenePos())
        index = self.index_at(point.x(), point.y())
        if index is not None:
            self.sample_clicked.emit(index)


class PointsPanel(pg.PlotWidget):
    """Points of a 2-D set in their plane; a click on one says which (point_clicked)."""

    point_clicked = Signal(int)

    def __init__(self, title: str, tip: str, colour: str = BLUE) -> None:
        super().__init__()
        configure_plot(self, title, translate("compare", "x₁"), translate("compare", "x₂"))
        self.setToolTip(tip)
        self.setAccessibleName(title)
        self.setAccessibleDescription(translate("compare", "A scatter plot of the family's points in the plane."))
        self.setMouseEnabled(False, False)
        self.setAspectLocked(True)
        self.hideButtons()
        self.scatter = pg.ScatterPlotItem(size=5, pen=None, brush=color(colour, 150))
        self.scatter.sigClicked.connect(self._on_scatter_clicked)
        self.addItem(self.scatter)
        self.picked = pg.ScatterPlotItem(size=14, pen=pg.mkPen(VERMILLION, width=2), brush=None)
        self.addItem(self.picked)
        self._half = 0.0
        self.clear_points()

    def show_points(self, points: np.ndarray) -> None:
        self.scatter.setData(pos=points)
        finite = points[np.isfinite(points).all(axis=1)]
        half = nice_ceiling(float(np.abs(finite).max())) if len(finite) else 1.0
        if half > self._half or half < self._half / 3:  # a range that moves rarely: easier to watch, cheaper
            self._half = max(half, 1.0)
            self.setRange(xRange=(-self._half, self._half), yRange=(-self._half, self._half), padding=0.02)

    def mark(self, index: int | None) -> None:
        data = self.scatter.data
        if index is None or index >= len(data):
            self.picked.setData([], [])
            return
        self.picked.setData([data[index]["x"]], [data[index]["y"]])

    def clear_points(self) -> None:
        self.scatter.setData([], [])
        self.picked.setData([], [])
        self._half = 0.0
        self.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0.02)

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale, PICTURE_MIN_LINES)  # it stands in for a picture of the same column

    def _on_scatter_clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].index()))


class WrappedLabel(QLabel):
    """A word-wrapped label that never widens its column and asks for just the height its lines take at its width (a
    layout would otherwise give it the height of a narrow label's many lines, or cut its last line off)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._height = 0

    def sizeHint(self) -> QSize:
        height = self.heightForWidth(max(self.width(), 1))
        return QSize(super().sizeHint().width(), height if height > 0 else super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.sizeHint().height() != self._height:  # a new width, a new number of lines
            self._height = self.sizeHint().height()
            self.updateGeometry()


class FamilyColumn(QObject):
    """The widgets of one family's column, placed by the view in a grid with the other families' so that the same
    parts of every column line up (`widgets`, top to bottom)."""

    sample_clicked = Signal(str, int)  # family, index of the grid's sample

    def __init__(self, name: str) -> None:
        super().__init__()
        spec = family(name)
        self.name, self.title_text = name, core_text(spec.title)
        how = core_text(spec.how)
        self.kind = "images"
        self.snapshot: dict[str, Any] | None = None  # drawn last
        self.frames: np.ndarray | None = None  # the generation's frames shown
        self.process_steps = 0
        self._shown_frame: tuple[Any, int] | None = None
        self.title = QLabel(self.title_text)
        # at the column's start in either direction: a Latin name ("VAE") would otherwise keep to the left right to
        # left, beside the next column's title
        start = (Qt.AlignmentFlag.AlignRight if self.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
                 else Qt.AlignmentFlag.AlignLeft)
        self.title.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.title.setToolTip(translate("compare", "The {family} family: {how}").format(family=self.title_text,
                                                                                        how=how))
        self.status = WrappedLabel(translate("compare", "starting its training process…"))
        self.status.setToolTip(translate("compare", "Training steps so far (weight updates), and how many images it "
                                         "trains on: the same for every family."))
        self.how = WrappedLabel(how)
        self.how.setToolTip(translate("compare", "How this family makes a new sample."))

        self.grid = SampleGrid()
        self.grid_points = PointsPanel(translate("compare", "Samples (fixed seed)"), translate(
            "compare", "Points from the same random numbers every time. Click one to ask: is it a copy of a "
            "training point?"))
        self.grid_stack = _stack(self.grid, self.grid_points)
        tip = translate("compare", "How one sample is made, step by step: Play below runs every family's together. "
                        "Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes "
                        "it in a single pass.")
        self.process = PicturePanel(translate("compare", "How one is made"), tip)
        self.process.setAccessibleName(translate("compare", "How one is made"))
        self.process.setAccessibleDescription(translate(
            "compare", "One sample of this family as it is being made, at the step the player below shows."))
        self.process_points = PointsPanel(translate("compare", "How they are made"), tip, ORANGE)
        self.process_stack = _stack(self.process, self.process_points)
        self.process_caption = QLabel(translate("compare", "step — of —"))
        self.process_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.process_caption.setToolTip(translate("compare", "Network evaluations so far of all this family needs "
                                                  "to make a sample: the cost of one sample."))
        curves, unit, smooth = LOSSES[name]
        curves = {key: (translate("compare", label), colour) for key, (label, colour) in curves.items()}
        loss_title = translate("compare", "Loss: G red, D blue") if name == "gan" else \
            translate("compare", "Training loss")
        # No legend: in a column this narrow it would hide the curves; the title and the tooltip tell them apart.
        self.loss = LossPlot(curves, title=loss_title, y_label=translate("compare", unit), smooth=smooth)
        self.loss.setToolTip(translate("compare", LOSS_TIPS[name]))
        self.loss.setAccessibleName(loss_title)
        self.loss.setAccessibleDescription(translate(
            "compare", "A line chart of this family's training loss against the training step."))
        self.loss.plot_item.legend.hide()
        self._loss_due = self._process_due = -math.inf  # when each may be redrawn while training

        if spec.grid_note is not None:  # its pictures are made another way than the samples the table judges
            for panel in (self.grid, self.process):
                panel.setToolTip(f"{panel.toolTip()} {core_sentence(spec.grid_note)}")
        self.widgets = (self.title, self.status, self.how, self.grid_stack, self.process_stack, self.process_caption,
                        self.loss)
        self.grid.sample_clicked.connect(lambda index: self.sample_clicked.emit(self.name, index))
        self.grid_points.point_clicked.connect(lambda index: self.sample_clicked.emit(self.name, index))
        self.set_font_scale(1.0)

    def forget(self) -> None:
        """A new session: nothing of the old one stays on screen."""
        self.snapshot = self.frames = None
        self.process_steps = 0
        self._loss_due = self._process_due = -math.inf  # when each may be redrawn while training
        self._shown_frame = None
        self.status.setText(translate("compare", "starting its session…"))
        self.grid.clear_picture()
        self.process.clear_picture()
        self.grid_points.clear_points()
        self.process_points.clear_points()
        self.process_caption.setText(translate("compare", "step — of —"))
        self.loss.clear_curves()

    def show_failure(self, message: str) -> None:
        self.status.setText(translate("compare", "stopped: {message}").format(message=message))

    def mark(self, index: int | None) -> None:
        self.grid.mark(index)
        self.grid_points.mark(index)

    def draw(self, snap: dict[str, Any], position: int) -> Iterator[None]:
        """The parts of `snap` that changed since the last drawn, one panel at a time."""
        last, self.snapshot = self.snapshot or {}, snap
        if snap["kind"] != self.kind:
            self.kind = snap["kind"]
            index = 0 if self.kind == "images" else 1
            self.grid_stack.setCurrentIndex(index)
            self.process_stack.setCurrentIndex(index)
        if snap["samples"] is not last.get("samples"):
            if self.kind == "images":
                self.grid.show_samples(snap["samples"])
            else:
                self.grid_points.show_points(snap["samples"])
            yield
        now = time.perf_counter()
        if snap["process"] is not self.frames and (now >= self._process_due or not snap["training"]):
            self._process_due = next_due(self._process_due, now, PROCESS_EVERY_S)
            self.frames, self.process_steps = snap["process"], snap["process_steps"]
            self.show_process_at(position)
            yield
        if now >= self._loss_due or not snap["training"]:
            self._loss_due = next_due(self._loss_due, now, LOSS_EVERY_S)
            status = (translate("compare", "step {steps} · {count} training points") if self.kind == "points" else
                      translate("compare", "step {steps} · {count} training images")).format(
                steps=local_number(snap["steps"], ","), count=local_number(snap["train_images"], ","))
            if self.status.text() != status:
                self.status.setText(status)
            self.loss.update_curves(snap["loss"])
            yield

    def show_process_at(self, position: int) -> None:
        """The generation after `position` network evaluations (all of it once this family is done)."""
        if self.frames is None:
            return
        steps, count = self.process_steps, len(self.frames)
        done = min(position, steps)
        index = round(done * (count - 1) / steps) if count > 1 else (0 if done >= 1 else None)
        shown = self._shown_frame
        if shown is None or shown[0] is not self.frames or shown[1] != index:
            self._shown_frame = (self.frames, index)
            if self.kind == "images":
                if index is None:  # a GAN or VAE before its one pass: nothing yet
                    self.process.clear_picture()
                else:
                    self.process.show_picture(process_picture(self.frames[index]))
            elif index is None:
                self.process_points.scatter.setData([], [])
            else:
                self.process_points.show_points(self.frames[index])
        caption = (translate("compare", "step {done} of {steps}: done") if done == steps else
                   translate("compare", "step {done} of {steps}")).format(done=local_number(done, ","),
                                                                          steps=local_number(steps, ","))
        if self.process_caption.text() != caption:
            self.process_caption.setText(caption)

    def set_font_scale(self, scale: float) -> None:
        self.title.setFont(scaled_font(scale, 1.35, bold=True))
        # a font, not a style sheet: a styled label would keep its size when the scale changes
        self.how.setFont(scaled_font(scale))
        set_hint_font(self.how)
        for panel in (self.grid, self.process, self.grid_points, self.process_points):
            panel.set_font_scale(scale)
        scale_plot_fonts(self.process, scale, PROCESS_MIN_LINES)  # one small sample: the grid's room goes first
        scale_plot_fonts(self.loss, scale)


def _stack(*widgets: QWidget) -> QStackedWidget:
    stack = QStackedWidget()
    for widget in widgets:
        stack.addWidget(widget)
    return stack


class FamilyGrid(QWidget):
    """The families' columns side by side, their same parts on the same rows. Where they do not fit side by side (a
    projector's font size on a small screen) they wrap, two or one a row, and the lab scrolls up and down instead of
    sideways: it asks only for the width of one column."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # narrower than its columns: they wrap
        self.columns: list[FamilyColumn] = []
        self.per_row = 0

    def set_columns(self, columns: list[FamilyColumn]) -> None:
        for column in self.columns:
            for widget in column.widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.columns = columns
        self.per_row = 0
        self._place(self._fitting(self.width()))

    def minimumSizeHint(self) -> QSize:
        widest = max((self._column_width(column) for column in self.columns), default=0)
        return QSize(widest, self.grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        per_row = self._fitting(event.size().width())
        if per_row != self.per_row:
            self._place(per_row)

    def _column_width(self, column: FamilyColumn) -> int:
        return max(widget.minimumSizeHint().width() for widget in column.widgets) + self.grid.horizontalSpacing()

    def _fitting(self, width: int) -> int:
        """As many columns a row as fit at their narrowest: all of them, half, or one."""
        count = len(self.columns)
        needed = sum(self._column_width(column) for column in self.columns)
        for per_row in (count, -(-count // 2)):
            if needed * per_row <= width * count:
                return per_row
        return 1

    def _place(self, per_row: int) -> None:
        self.per_row = per_row
        rows = len(ROW_STRETCH)
        for index in range(max(self.grid.columnCount(), 1)):  # a grid keeps its columns: empty ones take no room
            self.grid.setColumnStretch(index, 0)
        for index in range(max(self.grid.rowCount(), 1)):
            self.grid.setRowStretch(index, 0)
        for index, column in enumerate(self.columns):
            band, across = divmod(index, max(per_row, 1))
            for row, widget in enumerate(column.widgets):
                self.grid.addWidget(widget, band * rows + row, across)
                self.grid.setRowStretch(band * rows + row, ROW_STRETCH[row])
            self.grid.setColumnStretch(across, 1)
        self.updateGeometry()
