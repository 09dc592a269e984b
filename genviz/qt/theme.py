"""The projector theme (View > Projector colours): a dark background, light ink, thick lines and large markers, for a
washed-out projector that turns pale colours into white and thin lines into nothing.

It restyles the widgets through the application's palette and the plots item by item: every plot of the window
when it is switched, a plot that configure_plot set up whenever it is shown (a new lab, a new model), and an item
added to a plot while it is on. Each item remembers how it looked, so switching off restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QApplication, QGraphicsView, QWidget

from genviz.qt.style import INK, LIGHT_GREY, PAPER, PROJECTOR_INK, PROJECTOR_PANEL, PROJECTOR_PAPER, SKY

LINE_SCALE = 1.75  # a line's width in the projector theme, times its usual width
THINNEST_LINE = 2.5  # pixels: a one-pixel line vanishes on a projector
MARKER_SCALE = 1.5
FAINT_GREY = "#5A626A"  # LIGHT_GREY's part (faint guides, links) on the dark background
SWAPS = {INK: PROJECTOR_INK, "#000000": PROJECTOR_INK, PAPER: PROJECTOR_PAPER, LIGHT_GREY: FAINT_GREY}
UNSWAPS = {PROJECTOR_INK: INK, PROJECTOR_PAPER: PAPER, FAINT_GREY: LIGHT_GREY}

_LIGHT_LOOK = "_genviz_light_look"  # how an item looked before the theme, and how the theme made it look
_PROJECTOR_LOOK = "_genviz_projector_look"
_THEME_SEEN = "_genviz_theme_seen"  # whether a label last drew its text in the projector theme


class _Theme:
    on = False
    light_palette: QPalette | None = None


def projector_colour(hex_code: str) -> str:
    """The colour the projector theme draws `hex_code` ('#RRGGBB') in: ink turns light, paper dark."""
    return SWAPS.get(hex_code.upper(), hex_code)


def is_on() -> bool:
    return _Theme.on


def themed_colour(hex_code: str) -> str:
    """The colour `hex_code` is drawn in now: projector_colour's while the projector theme is on. For what a view
    paints itself (bars, a legend's marks), which the plots' restyling does not reach."""
    return projector_colour(hex_code) if is_on() else hex_code


def apply_projector_theme(app: QApplication, window: QWidget | None, on: bool) -> None:
    """The projector theme on or off, for the app's widgets, every plot of `window`, and plots made later."""
    if on and not _Theme.on:
        _Theme.light_palette = QPalette(app.palette())
    if on:
        app.setPalette(_dark_palette())
    elif _Theme.light_palette is not None:
        app.setPalette(_Theme.light_palette)
    _Theme.on = on
    # Plots made from now on start with these (their axes, titles, legends' texts).
    pg.setConfigOptions(background=PROJECTOR_PAPER if on else PAPER, foreground=PROJECTOR_INK if on else INK)
    views = [] if window is None else [window, *window.findChildren(QGraphicsView)]
    for view in views:
        if isinstance(view, pg.GraphicsView):
            restyle_view(view)


def restyle_view(view: pg.GraphicsView) -> None:
    """Every item of one plot widget in the current theme: background, axes, texts, legends, curves, markers."""
    colour = _swap(view.backgroundBrush().color(), SWAPS if _Theme.on else UNSWAPS)
    if colour != view.backgroundBrush().color():
        view.setBackground(colour)
    items = view.scene().items()
    # Ink drawn over a picture (the GAN's verdict map) stays dark: the picture, not the background, is behind it.
    over_picture = any(isinstance(item, pg.ImageItem) for item in items)
    for item in items:
        restyle_item(item, over_picture)


def restyle_item(item: Any, over_picture: bool = False) -> None:
    """One item in the current theme; `over_picture`: it is drawn over an image, so its own colours stay. An item
    that draws its own markers says how to enlarge them with a `set_marker_scale(factor)` method."""
    set_marker_scale = getattr(item, "set_marker_scale", None)
    if set_marker_scale is not None:
        set_marker_scale(MARKER_SCALE if _Theme.on else 1.0)
    parts = _parts(item)
    if parts is None:
        return
    if isinstance(item, (pg.AxisItem, pg.LabelItem, pg.LegendItem)):
        over_picture = False  # around the plot, or a box of its own: always on the plot's background
    if isinstance(item, pg.LabelItem) and item.opts.get("color") is None:
        if getattr(item, _THEME_SEEN, False) != _Theme.on:
            item.setText(item.text)  # its colour follows pyqtgraph's foreground, read when the text is set
        setattr(item, _THEME_SEEN, _Theme.on)
    current = tuple(get(item) for get, _ in parts.values())
    light, themed = getattr(item, _LIGHT_LOOK, None), getattr(item, _PROJECTOR_LOOK, None)
    if _Theme.on:
        if themed is not None and _same(current, themed):
            return
        wanted = tuple(_projector_part(name, value, over_picture) for name, value in zip(parts, current, strict=True))
        setattr(item, _LIGHT_LOOK, current)
        setattr(item, _PROJECTOR_LOOK, wanted)
    else:
        if light is not None and themed is not None and _same(current, themed):
            wanted = light
        else:  # made in the theme or changed since: only its colours can go back
            wanted = tuple(_unswap_part(value) for value in current)
        setattr(item, _LIGHT_LOOK, None)
        setattr(item, _PROJECTOR_LOOK, None)
    for (_, put), value, now in zip(parts.values(), wanted, current, strict=True):
        if not _same((value,), (now,)):
            put(item, value)


Parts = dict[str, tuple[Callable[[Any], Any], Callable[[Any, Any], None]]]


def _pen(value: Any) -> QPen | None:
    return None if value is None else pg.mkPen(value)


def _brush(value: Any) -> QBrush | None:
    return None if value is None else pg.mkBrush(value)


def _parts(item: Any) -> Parts | None:
    """What the theme changes in `item`, by name: a name starting 'line' is a line it thickens, 'size' a marker it
    enlarges; the others only change colour."""
    if isinstance(item, pg.PlotDataItem):
        return {"line": (lambda i: _pen(i.opts["pen"]), lambda i, v: i.setPen(v)),
                "outline": (lambda i: _pen(i.opts["symbolPen"]), lambda i, v: i.setSymbolPen(v)),
                "fill": (lambda i: _brush(i.opts["symbolBrush"]), lambda i, v: i.setSymbolBrush(v)),
                "size": (lambda i: i.opts["symbolSize"], lambda i, v: i.setSymbolSize(v))}
    if isinstance(item.parentItem(), pg.PlotDataItem):
        return None  # its curve and markers: restyled through it
    if isinstance(item, pg.PlotCurveItem):
        return {"line": (lambda i: _pen(i.opts["pen"]), lambda i, v: i.setPen(v))}
    if isinstance(item, pg.ScatterPlotItem):
        return {"outline": (lambda i: _pen(i.opts["pen"]), lambda i, v: i.setPen(v)),
                "fill": (lambda i: _brush(i.opts["brush"]), lambda i, v: i.setBrush(v)),
                "size": (lambda i: i.opts["size"], lambda i, v: i.setSize(v))}
    if isinstance(item, pg.InfiniteLine):
        return {"line": (lambda i: QPen(i.pen), lambda i, v: i.setPen(v))}
    if isinstance(item, pg.BarGraphItem):
        return {"outline": (lambda i: _pen(i.opts["pen"]),
                            lambda i, v: i.setOpts(pen=v)),
                "fill": (lambda i: _brush(i.opts["brush"]), lambda i, v: i.setOpts(brush=v))}
    if isinstance(item, pg.AxisItem):
        return {"outline": (lambda i: i.pen(), lambda i, v: i.setPen(v)),
                "text": (lambda i: i.textPen(), lambda i, v: i.setTextPen(v))}
    if isinstance(item, pg.LegendItem):
        return {"outline": (lambda i: _pen(i.opts["pen"]), lambda i, v: i.setPen(v)),
                "fill": (lambda i: _brush(i.opts["brush"]), lambda i, v: i.setBrush(v))}
    if isinstance(item, pg.LabelItem):
        return {"text": (lambda i: i.opts.get("color"), _set_label_colour)}
    if isinstance(item, pg.TextItem):
        return {"text": (lambda i: i.textItem.defaultTextColor(), lambda i, v: i.setColor(v)),
                "fill": (lambda i: QBrush(i.fill), _set_text_fill)}
    if isinstance(item, QAbstractGraphicsShapeItem):
        return {"outline": (lambda i: i.pen(), lambda i, v: i.setPen(v)),
                "fill": (lambda i: i.brush(), lambda i, v: i.setBrush(v))}
    return None


def _set_label_colour(label: pg.LabelItem, colour: Any) -> None:
    label.setText(label.text, color=colour)


def _set_text_fill(text: pg.TextItem, brush: QBrush) -> None:
    text.fill = brush
    text.update()


def _projector_part(name: str, value: Any, over_picture: bool) -> Any:
    recolour = QColor if over_picture else _swap
    if isinstance(value, QPen):
        pen = QPen(value)
        pen.setColor(recolour(pen.color()))
        if name.startswith("line") and pen.style() != Qt.PenStyle.NoPen:
            pen.setWidthF(max(THINNEST_LINE, pen.widthF() * LINE_SCALE))
        return pen
    if isinstance(value, QBrush):
        brush = QBrush(value)
        if brush.style() != Qt.BrushStyle.NoBrush:
            brush.setColor(recolour(brush.color()))
        return brush
    if name.startswith("size") and isinstance(value, (int, float)):
        return value * MARKER_SCALE
    if value is not None and name == "text":
        return recolour(pg.mkColor(value))
    return value


def _unswap_part(value: Any) -> Any:
    if isinstance(value, QPen):
        pen = QPen(value)
        pen.setColor(_swap(pen.color(), UNSWAPS))
        return pen
    if isinstance(value, QBrush):
        brush = QBrush(value)
        if brush.style() != Qt.BrushStyle.NoBrush:
            brush.setColor(_swap(brush.color(), UNSWAPS))
        return brush
    if isinstance(value, QColor):
        return _swap(value, UNSWAPS)
    return value


def _swap(colour: QColor, swaps: dict[str, str] = SWAPS) -> QColor:
    swapped = swaps.get(colour.name().upper())
    if swapped is None:
        return QColor(colour)
    result = QColor(swapped)
    result.setAlpha(colour.alpha())
    return result


def _same(first: tuple, second: tuple) -> bool:
    return all(type(a) is type(b) and a == b for a, b in zip(first, second, strict=True))


def _dark_palette() -> QPalette:
    """High contrast: light ink on a near-black background, a bright focus and selection colour."""
    palette = QPalette()
    roles = {QPalette.ColorRole.Window: PROJECTOR_PAPER, QPalette.ColorRole.WindowText: PROJECTOR_INK,
             QPalette.ColorRole.Base: PROJECTOR_PANEL, QPalette.ColorRole.AlternateBase: PROJECTOR_PAPER,
             QPalette.ColorRole.Text: PROJECTOR_INK, QPalette.ColorRole.Button: PROJECTOR_PANEL,
             QPalette.ColorRole.ButtonText: PROJECTOR_INK, QPalette.ColorRole.BrightText: "#FFFFFF",
             QPalette.ColorRole.ToolTipBase: PROJECTOR_PANEL, QPalette.ColorRole.ToolTipText: PROJECTOR_INK,
             QPalette.ColorRole.PlaceholderText: "#A8B0B8", QPalette.ColorRole.Highlight: SKY,
             QPalette.ColorRole.HighlightedText: PROJECTOR_PAPER, QPalette.ColorRole.Link: SKY,
             QPalette.ColorRole.Light: "#5A6570", QPalette.ColorRole.Midlight: "#3E4852",
             QPalette.ColorRole.Mid: "#2A3038", QPalette.ColorRole.Dark: "#080A0C",
             QPalette.ColorRole.Shadow: "#000000"}
    for role, hex_code in roles.items():
        palette.setColor(role, QColor(hex_code))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A828A"))
    return palette


_add_item = pg.PlotItem.addItem


def _add_item_in_theme(plot_item: pg.PlotItem, item: Any, *args, **kwargs) -> None:
    """An item added while the theme is on (a lab's curve made after the switch) takes the theme at once."""
    _add_item(plot_item, item, *args, **kwargs)
    if _Theme.on:
        restyle_item(item, any(isinstance(other, pg.ImageItem) for other in plot_item.items))


pg.PlotItem.addItem = _add_item_in_theme
