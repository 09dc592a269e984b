"""View > Projector colours: dark plots with light ink, thick lines and large markers, and back again."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from genviz.core.mosaic import mosaic
from genviz.qt.style import INK, PAPER, PROJECTOR_PAPER
from genviz.qt.theme import THINNEST_LINE, apply_projector_theme
from genviz.qt.widgets.loss_plot import LossPlot
from genviz.qt.widgets.picture import DIVERGING, SIGNED_LEVELS, PicturePanel


@pytest.fixture
def light_again(qapp):
    """The theme is global (the app's palette, pyqtgraph's defaults): a test that fails half-way must not leave it
    on for the next."""
    yield
    apply_projector_theme(qapp, None, False)


def plots(window):
    return window.findChildren(pg.PlotWidget)


def lines(window):
    """Every visible curve's pen, by item."""
    found = {}
    for plot in plots(window):
        for item in plot.scene().items():
            if isinstance(item, pg.PlotDataItem) and item.opts["pen"] is not None:
                pen = pg.mkPen(item.opts["pen"])
                if pen.style() != Qt.PenStyle.NoPen:
                    found[item] = pen.widthF()
    return found


def axes(window):
    return [plot.getPlotItem().getAxis(name) for plot in plots(window) for name in ("left", "bottom")]


def test_projector_colours_darken_every_plot_thicken_its_lines_and_switch_back(qapp, window, light_again):
    widths = lines(window)
    assert plots(window) and widths
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)

    apply_projector_theme(qapp, window, True)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 40
    assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 220
    for plot in plots(window):
        assert plot.backgroundBrush().color() == QColor(PROJECTOR_PAPER)
    for axis in axes(window):
        assert axis.textPen().color().lightness() > 220  # light tick labels on the dark background
        assert axis.pen().color().lightness() > 220
    for item, width in widths.items():
        now = pg.mkPen(item.opts["pen"]).widthF()
        assert now >= THINNEST_LINE and now > width
    apply_projector_theme(qapp, window, True)  # once more: nothing grows twice
    assert {item: pg.mkPen(item.opts["pen"]).widthF() for item in widths} == lines(window)

    apply_projector_theme(qapp, window, False)
    assert qapp.palette().color(QPalette.ColorRole.Window) == window_colour
    for plot in plots(window):
        assert plot.backgroundBrush().color() == QColor(PAPER)
    for axis in axes(window):
        assert axis.textPen().color() == QColor(INK)
    assert lines(window) == widths


def test_a_plot_made_while_the_theme_is_on_takes_it_and_gives_it_back(qapp, qtbot, light_again):
    apply_projector_theme(qapp, None, True)
    plot = LossPlot({"train": ("training", "#0072B2")})
    qtbot.addWidget(plot)
    plot.show()
    assert plot.backgroundBrush().color() == QColor(PROJECTOR_PAPER)
    assert plot.getPlotItem().getAxis("left").textPen().color().lightness() > 220
    smoothed = pg.mkPen(plot.curves["_smoothed"].opts["pen"])
    assert smoothed.widthF() > 2
    legend = plot.getPlotItem().legend
    assert legend.opts["brush"].color().lightness() < 40  # not a white box on the dark plot
    plot.update_curves({"train": np.array([[1.0, 2.0], [2.0, 1.5]])})

    apply_projector_theme(qapp, plot, False)
    assert plot.backgroundBrush().color() == QColor(PAPER)
    assert pg.mkPen(plot.curves["_smoothed"].opts["pen"]).widthF() == 2
    assert legend.opts["brush"].color().lightness() > 200


class _OwnMarkers(pg.GraphicsObject):
    """An item that draws its own markers (as genviz/qt/widgets/markers.py does) and can enlarge them."""

    scale = 1.0

    def set_marker_scale(self, factor: float) -> None:
        self.scale = factor

    def boundingRect(self):
        return pg.QtCore.QRectF()

    def paint(self, *_args) -> None:
        pass


def test_items_that_draw_their_own_markers_are_asked_to_enlarge_them(qapp, qtbot, light_again):
    plot = LossPlot({"train": ("training", "#0072B2")})
    qtbot.addWidget(plot)
    markers = _OwnMarkers()
    plot.addItem(markers)
    apply_projector_theme(qapp, plot, True)
    assert markers.scale > 1
    later = _OwnMarkers()
    plot.addItem(later)  # added while the theme is on
    assert later.scale == markers.scale
    apply_projector_theme(qapp, plot, False)
    assert markers.scale == later.scale == 1.0


def test_a_mosaics_gaps_take_the_themes_background_and_its_tiles_stay_as_they_are(qapp, qtbot, light_again):
    panel = PicturePanel("Samples", "What the model made.")
    qtbot.addWidget(panel)
    panel.resize(300, 300)
    panel.show()
    tiles = np.zeros((4, 8, 8))  # black tiles: white gaps would stand out on the projector's dark background

    def colours(**options) -> tuple[QColor, QColor]:
        """On screen: the gap between the top two tiles, and a tile's middle."""
        panel.show_picture(mosaic(tiles, 2), **options)
        picture = panel.grab().toImage()
        ratio = picture.devicePixelRatio()

        def at(x: float, y: float) -> QColor:
            point = panel.mapFromScene(panel.image.mapToScene(pg.QtCore.QPointF(x, y)))
            return picture.pixelColor(round(point.x() * ratio), round(point.y() * ratio))
        return at(8.5, 13), at(4, 13)  # the image item's rows count from the bottom: row 13 lies in the top tiles

    assert colours() == (QColor(PAPER), QColor("#000000"))
    apply_projector_theme(qapp, panel, True)
    assert colours() == (QColor(PROJECTOR_PAPER), QColor("#000000"))
    gap, tile = colours(levels=SIGNED_LEVELS, colormap=DIVERGING)  # a signed map: its zero is white, its gaps not
    assert gap == QColor(PROJECTOR_PAPER) and tile.lightness() > 240
    apply_projector_theme(qapp, panel, False)
    assert colours() == (QColor(PAPER), QColor("#000000"))
