"""pyqtgraph set-up shared by every lab: white background (dark in the projector theme), readable axes, font
scaling, and the right-click menu that saves a panel as a picture or its curves as a table
(genviz/qt/panel_export.py)."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from genviz.qt import theme
from genviz.qt.number_format import local_text
from genviz.qt.panel_export import add_panel_menu
from genviz.qt.style import INK, PAPER, scaled_font

# Antialiasing costs more than it shows at these sizes, and the GUI thread must stay light while training.
pg.setConfigOptions(antialias=False, background=PAPER, foreground=INK, imageAxisOrder="row-major")


_axis_init = pg.AxisItem.__init__


def _axis_init_without_si_prefix(axis: pg.AxisItem, *args, **kwargs) -> None:
    """pyqtgraph rescales an axis of small or large numbers and writes "(x0.001)" in its label; a class reads
    the numbers as they are. Every axis of the app, built by any lab, starts without it."""
    _axis_init(axis, *args, **kwargs)
    axis.enableAutoSIPrefix(False)


pg.AxisItem.__init__ = _axis_init_without_si_prefix

_tick_strings = pg.AxisItem.tickStrings


def _tick_strings_in_language(axis: pg.AxisItem, values, scale: float, spacing: float) -> list[str]:
    """Every axis of the app writes its tick numbers as the window's language does: "0,5" in German."""
    return [local_text(text) for text in _tick_strings(axis, values, scale, spacing)]


pg.AxisItem.tickStrings = _tick_strings_in_language


_plot_item_init = pg.PlotItem.__init__


def _plot_item_init_without_menu(item: pg.PlotItem, *args, enableMenu: bool = False, **kwargs) -> None:
    """pyqtgraph builds a context menu for every plot's view box, which the app never shows (a right-click opens
    add_panel_menu's): 15-20 ms of the GUI thread a plot, 0.3 s of the Compare tab's first opening (20 plots).
    Every plot of the app starts without it."""
    _plot_item_init(item, *args, enableMenu=enableMenu, **kwargs)


pg.PlotItem.__init__ = _plot_item_init_without_menu


PLOT_MIN_LINES = (14, 9)  # the smallest plot, in lines of its tick labels: smaller, the ticks and legend collide
TITLE_ROOM = 24  # pixels of the plotting area's width a title leaves free
SMALLEST_TITLE = 8.0  # points: a long title in a narrow plot shrinks to fit, but not below this
LEGEND_ROOM = 16  # pixels of the plotting area's width a legend over it leaves free (its offset from the edge, a gap)
SMALLEST_LEGEND = 7.0  # points: a legend wider than a narrow plot shrinks to fit, but not below this


class _PlotWatcher(QObject):
    """Fits a plot's title to its width whenever the plot is resized (see fit_title), and gives a plot made while
    the projector theme is on (a new lab, a new model) the theme when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            fit_title(watched)
            fit_legend_text(watched)
        elif event.type() == QEvent.Type.Show and theme.is_on():
            theme.restyle_view(watched)
        return False


_PLOT_WATCHER = _PlotWatcher()


def configure_plot(plot: pg.PlotWidget, title: str, x_label: str, y_label: str,
                   x_grid: bool = True) -> pg.PlotWidget:
    """`x_grid=False` for an axis of training steps: it grows all the time, and every new range re-renders the
    axis with its grid lines (~5 ms of GUI thread, the GIL held)."""
    plot.setTitle(title)
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", y_label)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; a plot takes no keys
    # Right to left (Arabic), its axes would swap sides and the data would not: a plot reads left to right
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    add_panel_menu(plot)
    plot.showGrid(x=x_grid, y=True, alpha=0.2)
    cache_static_parts(plot)
    plot.installEventFilter(_PLOT_WATCHER)
    return plot


def cache_static_parts(plot: pg.PlotWidget) -> None:
    """Keep axes and the title as pixmaps: they change rarely, but without a cache every new curve or bar
    repaints them, and that costs the GUI thread more than the data itself."""
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.titleLabel.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def scale_plot_fonts(plot: pg.PlotWidget, scale: float, smallest: tuple[int, int] = PLOT_MIN_LINES) -> None:
    """Tick labels, axis labels and the title follow the app's font scale for the projector, and so does the
    plot's smallest size (`smallest`, in lines of tick labels): a layout with too little room then stacks or
    scrolls instead of squeezing the plot."""
    item = plot.getPlotItem()
    tick_font = scaled_font(scale, 0.9)
    line = QFontMetricsF(tick_font).height()
    plot.setMinimumSize(int(smallest[0] * line), int(smallest[1] * line))
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTickFont(tick_font)
        axis.label.setFont(scaled_font(scale))
    # The title is HTML with its own size, remembered by the label for later titles too.
    title_font = scaled_font(scale, 1.1, bold=True)
    item.title_font = title_font  # the size fit_title shrinks from
    item.titleLabel.setText(item.titleLabel.text, size=f"{title_font.pointSizeF():.1f}pt", bold=True)
    fit_title(plot)
    height = int(2.2 * title_font.pointSizeF()) + 8
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)
    if item.legend is not None:
        item.legend_font = tick_font  # the size fit_legend_text shrinks from
        for _, label in item.legend.items:
            label.setText(label.text, size=f"{tick_font.pointSizeF():.1f}pt")
        fit_legend_text(plot)


def fit_title(plot: pg.PlotWidget) -> None:
    """The title as large as the font scale asks (scale_plot_fonts), but never wider than the plot: smaller at a
    projector's font size in a narrow plot, not cut off."""
    item = plot.getPlotItem()  # None once closed
    font = getattr(item, "title_font", None)
    if font is None or not item.titleLabel.text:
        return
    label = item.titleLabel
    points = font.pointSizeF()
    wanted = QFontMetricsF(font).horizontalAdvance(html.unescape(label.text))
    # The title sits over the plotting area, between the left axis and whatever stands right of it (a legend beside
    # the plot). The widget's width, not the plot item's: a title wider than the widget makes the item wider too,
    # and the item is cut off (the VAE's map lost the end of its legend so in German).
    room = max(plot.width() - beside_view(item) - TITLE_ROOM, 1)
    if wanted > room:
        points = max(SMALLEST_TITLE, int(2 * points * room / wanted) / 2)  # in half points: no jitter
    size = f"{points:.1f}pt"
    if label.opts.get("size") != size:
        label.setText(label.text, size=size)


def beside_view(item: pg.PlotItem) -> float:
    """The width of what stands beside a plot's view box, in its row of the plot's layout: the left axis, a right
    axis, a legend placed in a column of its own. What is over the view box (its title, a legend in it) has the
    rest. A part just given a new fixed width (a legend) counts with it, before the layout has placed it."""
    layout = item.layout
    rows = [row for row in range(layout.rowCount())
            if any(layout.itemAt(row, column) is item.vb for column in range(layout.columnCount()))]
    width = 0.0
    for column in range(layout.columnCount()):
        part = layout.itemAt(rows[0], column) if rows else None
        if part is None or part is item.vb or not getattr(part, "isVisible", lambda: True)():
            continue
        width += max(part.geometry().width(), part.minimumWidth())
    return width


def fit_legend_text(plot: pg.PlotWidget) -> None:
    """A legend over the plot (addLegend) as large as the font scale asks (scale_plot_fonts), but never wider than
    the plotting area: its names smaller in a narrow plot, not hidden under the axis (the VAE's German loss
    legend lost its first letters so)."""
    item = plot.getPlotItem()  # None once closed
    legend = getattr(item, "legend", None)
    font = getattr(item, "legend_font", None)
    if legend is None or font is None or not legend.items or legend.parentItem() is not item.vb:
        return  # a legend in a column of its own (vae/legend.py) takes its width from the layout
    labels = [label for _, label in legend.items]
    full = font.pointSizeF()
    now = float(str(labels[0].opts.get("size") or f"{full}pt").removesuffix("pt"))
    _shrink_wrap(legend)
    # Measured as drawn (the names are HTML, a little wider than QFontMetrics says), at the size they have now.
    shown = max(label.item.boundingRect().width() for label in labels)
    rest = max(legend.boundingRect().width() - shown, 0.0)  # samples, spacing, margins
    natural = shown * full / now
    room = plot.width() - beside_view(item) - LEGEND_ROOM - rest
    points = full if natural <= room else max(SMALLEST_LEGEND, int(2 * full * max(room, 1) / natural) / 2)
    size = f"{points:.1f}pt"
    if size == labels[0].opts.get("size"):
        return
    for label in labels:
        label.setText(label.text, size=size)
    _shrink_wrap(legend)


def legend_size(legend: pg.LegendItem) -> tuple[float, float]:
    """The size a legend's entries need now, at once after a name changed: pyqtgraph's updateSize measures the
    entries' current widths, which only grow until the next layout pass."""
    layout = legend.layout
    width = height = 0.0
    for row in range(layout.rowCount()):
        parts = [layout.itemAt(row, column) for column in range(layout.columnCount())]
        parts = [part for part in parts if part is not None]
        width = max(width, sum(max(part.minimumWidth(), part.preferredWidth()) + 3 for part in parts))
        height += max((max(part.minimumHeight(), part.preferredHeight()) for part in parts), default=0.0)
    return width, height


def _shrink_wrap(legend: pg.LegendItem) -> None:
    """The legend as large as its entries now need: a legend whose names got smaller would otherwise stay as wide."""
    legend.setGeometry(0, 0, *legend_size(legend))
