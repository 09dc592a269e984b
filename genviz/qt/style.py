"""Colours and fonts that survive a washed-out projector and colour-blind eyes (Okabe-Ito palette).

PALETTES names every set of colours a student must tell apart; tests/qt/test_palettes.py checks each against
simulated colour blindness (genviz/core/colour_vision.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
GREY = "#9A9A9A"
LIGHT_GREY = "#CFCFCF"  # the lightest grey a mark may have: lighter vanishes into white (CIEDE2000 < 10)
INK = "#1A1A1A"
VIOLET = "#693C97"  # not Okabe-Ito: a dark colour that stays apart from the grey of data for colour-blind eyes

PAPER = "#FFFFFF"  # a plot's background
PROJECTOR_PAPER = "#101418"  # a plot's background in the projector theme (genviz/qt/theme.py)
PROJECTOR_PANEL = "#2A333C"  # the projector theme's fields and buttons: lighter than its background, to stand out
PROJECTOR_INK = "#F2F2F2"  # INK in the projector theme

# The VAE's classes. Found by a numerical search (simulated annealing over sRGB, run once offline): starting from
# the Okabe-Ito colours plus a yellow, a brown, a violet and a grey, move them as little as possible until, drawn
# at CLASS_ALPHA over white and over the projector's background, every pair is at least CIEDE2000 10.5 apart for
# normal, protanope, deuteranope and tritanope eyes, every colour is at least 19.5 from white, from INK, from the
# projector's background and from its ink (so prior samples, drawn in ink, differ from every class), and its
# luminance contrast is at least 1.6 against white and 2.2 against the projector's background. Lightness varies
# strongly: a washed-out projector keeps lightness best.
CLASS_COLOURS = ("#0071EF", "#DD9837", "#0F9E74", "#CC5800", "#B77AA3",
                 "#5EB9EF", "#EECD00", "#7D4E24", "#6B3D99", "#626567")
CLASS_COLOUR_NAMES = (QT_TRANSLATE_NOOP("vae", "blue"), QT_TRANSLATE_NOOP("vae", "orange"),
                      QT_TRANSLATE_NOOP("vae", "green"), QT_TRANSLATE_NOOP("vae", "vermillion"),
                      QT_TRANSLATE_NOOP("vae", "pink"), QT_TRANSLATE_NOOP("vae", "sky blue"),
                      QT_TRANSLATE_NOOP("vae", "yellow"), QT_TRANSLATE_NOOP("vae", "brown"),
                      QT_TRANSLATE_NOOP("vae", "violet"), QT_TRANSLATE_NOOP("vae", "grey"))
CLASS_ALPHA = 210  # class markers are drawn slightly see-through, so overlapping ones both show
PRIOR_SAMPLES = INK

# Marks a student must tell apart, each as drawn, (colour, alpha): `color(*REAL_POINTS)` is its QColor.
REAL_POINTS, FAKE_POINTS = (BLUE, 150), (VERMILLION, 220)  # the GAN's real data and the generator's fakes
DRAWN_POINTS = (INK, 200)  # data the class draws with the mouse, beside the real points
MODEL_BARS, FILTERED_BARS = (SKY, 100), (BLUE, 255)  # next-token bars: the model's, and after the filters
DIFFUSION_POINTS = {"x_t": (VERMILLION, 170), "x0": (GREEN, 170), "eps": (VIOLET, 170)}  # the reverse clouds
TRAINING_BACKDROP = (LIGHT_GREY, 255)  # the training data, faint behind a diffusion cloud
# D's verdict behind the GAN's points: pale orange where D says "fake", white where it cannot tell, pale blue for
# "real".
VERDICT_COLOURS = ("#F2BE80", "#FFFFFF", "#96C8EB")


@dataclass(frozen=True)
class Palette:
    """Marks of one kind (points beside points, lines beside lines) that differ only by colour, each as drawn,
    (colour, alpha), over each of `backgrounds`. INK turns into PROJECTOR_INK over PROJECTOR_PAPER."""

    inks: tuple[tuple[str, int], ...]
    backgrounds: tuple[str, ...] = (PAPER, PROJECTOR_PAPER)


def opaque(*hex_codes: str) -> tuple[tuple[str, int], ...]:
    return tuple((hex_code, 255) for hex_code in hex_codes)


# Every set of colours a student must tell apart, and where it is drawn (under genviz/qt).
PALETTES = {
    "VAE classes and prior samples (vae/latent_map_panel.py)":
        Palette(tuple((hex_code, CLASS_ALPHA) for hex_code in CLASS_COLOURS) + opaque(PRIOR_SAMPLES)),
    "GAN real, fake and drawn points, over D's verdict (gan/plane_panel.py)":
        Palette((REAL_POINTS, FAKE_POINTS, DRAWN_POINTS), VERDICT_COLOURS),
    "GAN noise grid and gradient arrows, over D's verdict (gan/plane_panel.py)":
        Palette(((GREEN, 170), (INK, 200)), VERDICT_COLOURS),
    "GAN losses, G and D (gan/duel_plot.py, compare/column.py)": Palette(opaque(VERMILLION, BLUE)),
    "GAN verdicts on real and fake, and the 0.5 line (gan/duel_plot.py)": Palette(opaque(SKY, ORANGE, GREY)),
    "training and validation loss (widgets/loss_plot.py)": Palette(opaque(BLUE, ORANGE)),
    "VAE losses: reconstruction, KL, total (vae/view.py)": Palette(opaque(BLUE, ORANGE, INK)),
    "pixels loss and the guessing line (pixels/view.py)": Palette(opaque(BLUE, GREY)),
    "next-token bars, model and filtered, and the chosen one (text/probability_panel.py, pixels/level_bars.py)":
        Palette((MODEL_BARS, FILTERED_BARS, (VERMILLION, 255))),  # over the projector's paper too
    "diffusion schedule: signal and noise (diffusion/forward_panel.py)": Palette(opaque(BLUE, VERMILLION)),
    "diffusion clouds: x_t, x̂_0, ε̂ and the training data (diffusion/reverse_panel.py, cloud_plot.py)":
        Palette((*DIFFUSION_POINTS.values(), TRAINING_BACKDROP)),
    "diffusion forward cloud: x_t and the training data (diffusion/forward_panel.py, cloud_plot.py)":
        Palette(((BLUE, 170), TRAINING_BACKDROP)),
    "diffusion paths and arrows (diffusion/cloud_plot.py)": Palette(((ORANGE, 140), (INK, 130))),
    "VAE reconstructions: data and decoded (vae/point_panels.py)": Palette(((GREY, 200), (BLUE, 220))),
    "VAE samples: data, samples, walk, decoded (vae/point_panels.py)":
        Palette(((GREY, 150), (GREEN, 255), (ORANGE, 255), (VERMILLION, 255))),
    "VAE samples: decoder grid and walk (vae/point_panels.py)": Palette(opaque(SKY, ORANGE)),
    "Compare copies: samples and held-out real examples (compare/copy_panel.py)": Palette(opaque(BLUE, ORANGE)),
}

BASE_POINT_SIZE = 11
MIN_SCALE, MAX_SCALE = 0.8, 2.5


def color(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


def set_hint_font(widget: QWidget) -> None:
    """A hint is italic, except right to left: Arabic has no italics (and the fonts with Arabic letters often lack
    an italic face, so the letters show as boxes). Only italic is set, so its size still follows the app's font
    scale; a style sheet would also keep the light theme's text colour in the projector theme."""
    font = widget.font()
    font.setItalic(QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft)
    widget.setFont(font)


def scaled_font(scale: float, factor: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale * factor)
    font.setBold(bold)
    return font


def apply_font_scale(app: QApplication, scale: float, window: QWidget | None = None) -> None:
    """The app's font at `scale`. The widgets of `window` that have a style sheet are polished again: until then
    they keep their old font."""
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    for widget in [] if window is None else window.findChildren(QWidget):
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
