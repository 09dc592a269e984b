"""Files the app ships beside its code: resources/ at the top of the checkout, and of the bundle alike."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICON = RESOURCES / "genviz.svg"  # the window's, the bundle's and the desktop entry's
