"""What the class sees of the window: how often each panel changes as the screen shows it (its pixels, grabbed
many times a second), and how long the GUI thread could not answer (the gaps of a 10 ms timer).

Counting redraw calls would say what the app meant to show; this counts what reached the screen (on X11 the
pixels come from the display server; offscreen, from the window's backing store)."""

from __future__ import annotations

import functools
import time
import zlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QWidget

SAMPLE_HZ = 30
GAP_TIMER_MS = 10


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
        self.samples_per_s = 0.0  # the screen's own samples between the last start and stop

    def start(self) -> None:
        self._digests.clear()
        self._changes.clear()
        self._samples = 0
        self._started = time.perf_counter()
        self._timer.start()

    def stop(self) -> dict[str, float]:
        """Changes a second of each panel since `start` (the screen's samples a second in `samples_per_s`)."""
        self._timer.stop()
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self.samples_per_s = round(self._samples / elapsed, 1)
        return {name: round(count / elapsed, 1) for name, count in self._changes.items()}

    def _sample(self) -> None:
        """One grab of the screen around every visible panel, then each panel's part of it: on X11 each grab is a
        round trip to the display server that the GUI thread waits for, so a grab per panel would itself hold up
        the window being measured."""
        window = self._window
        where = {name: QRect(panel.mapTo(window, QPoint(0, 0)), panel.size())
                 for name, panel in self._panels().items() if panel.isVisible()}
        self._samples += 1
        if not where:
            return
        around = functools.reduce(QRect.united, where.values())
        screen = window.screen().grabWindow(window.winId(), around.x(), around.y(), around.width(),
                                            around.height()).toImage()
        scale = screen.devicePixelRatio()
        for name, rect in where.items():
            place = rect.translated(-around.topLeft())
            part = screen.copy(QRect(place.topLeft() * scale, place.size() * scale))
            digest = zlib.crc32(part.constBits())  # `part` held: the bits are its memory, not a copy
            if name in self._digests:
                self._changes[name] = self._changes.get(name, 0) + (digest != self._digests[name])
            else:
                self._changes.setdefault(name, 0)
            self._digests[name] = digest


class GapMeter(QObject):
    """The gaps between the ticks of a 10 ms timer on the GUI thread, over every span between start and stop."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(GAP_TIMER_MS)
        self._timer.timeout.connect(self._tick)
        self.gaps_ms: list[float] = []
        self._last: float | None = None

    def start(self) -> None:
        self._last = None  # no gap spans the time between a stop and a start
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def summary(self) -> dict[str, float]:
        gaps = sorted(self.gaps_ms)
        if not gaps:
            return {}
        return {"p50": round(gaps[len(gaps) // 2], 2), "p99": round(gaps[int(len(gaps) * 0.99)], 2),
                "max": round(gaps[-1], 2), "count": len(gaps)}

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps_ms.append(1000 * (now - self._last))
        self._last = now
