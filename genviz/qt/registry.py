"""The labs the main window shows, in tab order. Adding a lab adds one line here."""

from __future__ import annotations

from genviz.qt.compare.view import CompareLabView
from genviz.qt.diffusion.view import DiffusionLabView
from genviz.qt.gan.view import GanLabView
from genviz.qt.lab import LabView
from genviz.qt.pixels.view import PixelsLabView
from genviz.qt.text.view import TextLabView
from genviz.qt.vae.view import VaeLabView

LAB_VIEWS: dict[str, type[LabView]] = {
    "text": TextLabView,
    "gan": GanLabView,
    "diffusion": DiffusionLabView,
    "vae": VaeLabView,
    "pixels": PixelsLabView,
    "compare": CompareLabView,
}
