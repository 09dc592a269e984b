"""A colour and a marker per class, so classes stay apart for colour-blind eyes and in black and white.

Colours are the Okabe-Ito palette; each of the first ten classes also gets its own marker, and the two
classes that reuse a colour (8 and 9) get the most different markers (a cross and a plus).
"""

from __future__ import annotations

from dataclasses import dataclass

from genviz.qt.style import BLUE, GREEN, INK, ORANGE, PURPLE, SKY, VERMILLION, YELLOW

COLOURS = ((BLUE, "blue"), (ORANGE, "orange"), (GREEN, "green"), (VERMILLION, "vermillion"), (PURPLE, "pink"),
           (SKY, "sky blue"), (INK, "black"), (YELLOW, "yellow"))
MARKERS = (("o", "circle"), ("s", "square"), ("t1", "triangle"), ("d", "diamond"), ("t", "down triangle"),
           ("star", "star"), ("h", "hexagon"), ("p", "pentagon"), ("x", "cross"), ("+", "plus"))


@dataclass(frozen=True)
class ClassStyle:
    colour: str  # hex
    marker: str  # a pyqtgraph symbol
    words: str  # "blue circle", for tooltips


def class_style(index: int) -> ClassStyle:
    colour, colour_name = COLOURS[index % len(COLOURS)]
    marker, marker_name = MARKERS[index % len(MARKERS)]
    return ClassStyle(colour, marker, f"{colour_name} {marker_name}")


def describe_classes(names: tuple[str, ...]) -> str:
    """'0: blue circle, 1: orange square, ...' for a tooltip."""
    return ", ".join(f"{name}: {class_style(i).words}" for i, name in enumerate(names))
