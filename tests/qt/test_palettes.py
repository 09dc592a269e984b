"""Every set of colours a student must tell apart stays apart for colour-blind eyes, on white and on the projector's
dark background (issue 18): CIEDE2000 >= 10 for each pair and between each colour and what it is drawn over."""

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QColor

from genviz.core.colour_vision import MACHADO_2009, VISIONS, ciede2000, colour_difference, over, seen_lab, srgb
from genviz.qt.style import CLASS_COLOUR_NAMES, CLASS_COLOURS, PALETTES, PROJECTOR_PAPER, VERDICT_COLOURS
from genviz.qt.theme import projector_colour

SMALLEST_DIFFERENCE = 10.0

# Sharma, Wu and Dalal (2005), table 1: pairs chosen to catch the formula's usual slips (hue wrapping around
# 0/360 degrees, a neutral colour, the blue region's rotation term), with their published CIEDE2000.
SHARMA_PAIRS = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0009), 7.1792),
    ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0011), 7.2195),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("first", "second", "published"), SHARMA_PAIRS)
def test_ciede2000_matches_sharmas_published_pairs(first, second, published):
    assert float(ciede2000(first, second)) == pytest.approx(published, abs=1e-4)
    assert float(ciede2000(second, first)) == pytest.approx(published, abs=1e-4)  # symmetric


def test_simulated_colour_blindness_keeps_greys_and_confuses_red_with_green():
    # Machado's matrices map white to white (rows sum to 1), so greys look the same to every eye.
    for matrix in MACHADO_2009.values():
        assert matrix.sum(axis=1) == pytest.approx(np.ones(3), abs=1e-3)
    grey = srgb("#808080")
    assert seen_lab(grey, "deuteranopia") == pytest.approx(seen_lab(grey), abs=0.2)
    red, green = srgb("#D03030"), srgb("#30A030")
    assert colour_difference(red, green, "deuteranopia") < colour_difference(red, green) / 2
    assert colour_difference(red, green, "protanopia") < colour_difference(red, green) / 2
    blue, green = srgb("#2060E0"), srgb("#20A0A0")
    assert colour_difference(blue, green, "tritanopia") < colour_difference(blue, green) / 2


def seen(palette, background):
    """Each ink as drawn over `background`, in the projector theme's colours over its dark background."""
    inks = [(projector_colour(hex_code) if background == PROJECTOR_PAPER else hex_code, alpha)
            for hex_code, alpha in palette.inks]
    return [(f"{hex_code} at {alpha}", over(srgb(hex_code), alpha / 255, srgb(background)))
            for hex_code, alpha in inks]


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("name", list(PALETTES))
def test_every_pair_a_student_must_tell_apart_stays_apart(name, vision):
    palette = PALETTES[name]
    too_close = []
    for background in palette.backgrounds:
        marks = [*seen(palette, background), (f"background {background}", srgb(background))]
        for (first, a), (second, b) in itertools.combinations(marks, 2):
            difference = colour_difference(a, b, vision)
            if difference < SMALLEST_DIFFERENCE:
                too_close.append(f"{first} and {second} over {background}: {difference:.1f}")
    assert not too_close, f"{name}, {vision}: " + "; ".join(too_close)


def test_every_class_has_a_colour_and_a_name():
    assert len(CLASS_COLOURS) == len(set(CLASS_COLOURS)) == len(CLASS_COLOUR_NAMES) == 10


def test_the_gan_verdict_map_is_the_declared_one():
    from genviz.qt.gan.plane_panel import VERDICT_MAP

    drawn = [QColor(*rgba).name().upper() for rgba in VERDICT_MAP.getColors()]
    assert drawn == list(VERDICT_COLOURS)
