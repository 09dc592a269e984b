"""A colour and a marker per class, so classes stay apart for colour-blind eyes and in black and white.

Each of the first ten classes gets its own colour (genviz.qt.style.CLASS_COLOURS) and its own outline. Classes
that a digits map puts side by side (0 and 6, 1 and 7, 3, 5 and 8, 4, 7 and 9) get shapes that differ at a few
pixels: a triangle, a star and a hexagon for 1, 3 and 9. The one round shape besides the circle, the hexagon,
goes to 9, whose neighbours are not 0's. Prior samples are larger hollow crosshairs: a shape and a fill that no
class has.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from genviz.qt.style import CLASS_COLOUR_NAMES, CLASS_COLOURS
from genviz.qt.translation import translate


def _hourglass() -> QPainterPath:
    """Two triangles tip to tip, in pyqtgraph's unit square: a silhouette none of its own symbols has."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ((-0.5, -0.5), (0.5, -0.5), (-0.5, 0.5), (0.5, 0.5))]))
    path.closeSubpath()
    return path


COLOURS = tuple(zip(CLASS_COLOURS, CLASS_COLOUR_NAMES, strict=True))  # names marked for the context "vae"
MARKERS = (("o", QT_TRANSLATE_NOOP("vae", "circle")), ("t1", QT_TRANSLATE_NOOP("vae", "triangle")),
           ("s", QT_TRANSLATE_NOOP("vae", "square")), ("star", QT_TRANSLATE_NOOP("vae", "star")),
           ("+", QT_TRANSLATE_NOOP("vae", "plus")), ("t", QT_TRANSLATE_NOOP("vae", "down triangle")),
           ("d", QT_TRANSLATE_NOOP("vae", "diamond")), ("x", QT_TRANSLATE_NOOP("vae", "cross")),
           (_hourglass(), QT_TRANSLATE_NOOP("vae", "hourglass")), ("h", QT_TRANSLATE_NOOP("vae", "hexagon")))
PRIOR_MARKER = "crosshair"  # hollow: drawn with a pen and no brush
PRIOR_SIZE = 13  # larger than an example's marker, so it reads as another kind of thing


@dataclass(frozen=True)
class ClassStyle:
    colour: str  # hex
    marker: str | QPainterPath  # a pyqtgraph symbol
    words: str  # "blue circle", for tooltips, in the window's language


def class_style(index: int) -> ClassStyle:
    colour, colour_name = COLOURS[index % len(COLOURS)]
    marker, marker_name = MARKERS[index % len(MARKERS)]
    words = translate("vae", "{colour} {marker}").format(colour=translate("vae", colour_name),
                                                         marker=translate("vae", marker_name))
    return ClassStyle(colour, marker, words)


def describe_classes(names: tuple[str, ...]) -> str:
    """'0: blue circle, 1: orange triangle, ...' for a tooltip; `names` in the window's language."""
    return ", ".join(translate("vae", "{name}: {looks}").format(name=name, looks=class_style(i).words)
                     for i, name in enumerate(names))
