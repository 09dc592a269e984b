"""How often each panel changes as the screen shows it: the window's pixels, grabbed many times a second.

Counting redraw calls would say what the app meant to show; this counts what reached the screen (on X11 the
pixels come from the display server; offscreen, from the window's backing store)."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

SAMPLE_HZ = 30


class RefreshMeter(QObject):
    def __init__(self, window: QWidget, panels: Callable[[], dict[str, QWidget]], hz: float = SAMPLE_HZ) -> None:
        super().__init__()
        self._window, self._panels = window, panels
        self._timer = QTimer(self)
        self._timer.setInterval(round(1000 / hz))
        self._timer.timeout.connect(self._sample)
        self._digests: dict[str, int] = {}
        self._changes: dict[str, int] = {}
        self._started = self._samples = 0

    def start(self) -> None:
        self._digests.clear()
        self._changes.clear()
        self._samples = 0
        self._started = time.perf_counter()
        self._timer.start()

    def stop(self) -> dict[str, float]:
        """Changes a second of each panel since `start`, and of the screen samples themselves ("samples")."""
        self._timer.stop()
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        rates = {name: round(count / elapsed, 1) for name, count in self._changes.items()}
        return {**rates, "samples": round(self._samples / elapsed, 1)}

    def _sample(self) -> None:
        window = self._window
        image = window.screen().grabWindow(window.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
        ratio = image.devicePixelRatio()
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        self._samples += 1
        for name, panel in self._panels().items():
            if not panel.isVisible():
                continue
            corner = panel.mapTo(window, QPoint(0, 0))
            x, y = round(corner.x() * ratio), round(corner.y() * ratio)
            w, h = round(panel.width() * ratio), round(panel.height() * ratio)
            digest = zlib.crc32(np.ascontiguousarray(pixels[y:y + h, 4 * x:4 * (x + w)]))
            if name in self._digests:
                self._changes[name] = self._changes.get(name, 0) + (digest != self._digests[name])
            else:
                self._changes.setdefault(name, 0)
            self._digests[name] = digest
