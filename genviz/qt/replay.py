"""A panel of a lab through a model file's training timeline, as frames: the lab's real window, offscreen, opens the
model (as File > Open model does), then shows each kept step (as the timeline's slider does), waits until the
snapshot of that step is drawn, and grabs the panel. What the class sees when it scrubs is what the animation
shows.

Ctrl+C (SIGINT) cancels between two frames; the caller then writes nothing.
"""

from __future__ import annotations

import signal
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QSettings, QTimer, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS
from genviz.core.modelfile import ModelFile
from genviz.qt.main_window import MainWindow
from genviz.qt.panel_export import picture_of

WINDOW_SIZE = (1600, 1000)  # the panels' sizes without --size: as laid out in a window this large
START_TIMEOUT_S = 120  # the training process imports torch and builds the model
FRAME_TIMEOUT_S = 60
Progress = Callable[[int, int], None]


def rgb_array(image: QImage) -> np.ndarray:
    """(H, W, 3) uint8 RGB copy of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).copy()


class TimelineRecorder(QObject):
    """Drives one lab's window through `steps` and keeps a frame of the panel named `panel_name` at each."""

    def __init__(self, window: Any, lab: str, steps: Sequence[int], panel_name: str | None,
                 size: tuple[int, int] | None, on_progress: Progress) -> None:
        super().__init__()
        self.window, self.steps, self.panel_name, self.size = window, list(steps), panel_name, size
        self.on_progress = on_progress
        self.controller = window.controllers[lab]
        self.frames: list[np.ndarray] = []
        self.error: str | None = None
        self.cancelled = False
        self.panel: QWidget | None = None
        self._waiting_for: int | None = None
        self._deadline = QTimer(self, singleShot=True)
        self._deadline.timeout.connect(self._on_deadline_timeout)
        self.controller.snapshot_drawn.connect(self._on_controller_snapshot_drawn)
        self.controller.failed.connect(self._fail)

    def start(self) -> None:
        self._deadline.start(START_TIMEOUT_S * 1000)

    def cancel(self) -> None:
        self.cancelled = True
        self._finish()

    def _on_controller_snapshot_drawn(self, snapshot: dict[str, Any]) -> None:
        if self.panel is None:  # the model's first snapshot: now its panels are known
            self._choose_panel()
            if self.panel is not None:
                self._show_next()
        elif self._waiting_for is not None and snapshot.get("viewing") == self._waiting_for:
            self._grab()

    def _choose_panel(self) -> None:
        panels = self.controller.view.training_panels()
        name = self.panel_name or next(iter(panels), None)
        if name not in panels:
            listed = ", ".join(panels)
            self._fail(f"This {self.controller.view.title} model has no panel called {self.panel_name}; choose "
                       f"one of {listed}." if panels else f"The {self.controller.view.title} lab has no panels "
                       "to record.")
            return
        self.panel_name, self.panel = name, panels[name]
        if self.size is not None:  # on its own, at exactly that size: the panel grows or shrinks, not the picture
            self.panel.setParent(None)
            self.panel.setMinimumSize(0, 0)
            self.panel.resize(*self.size)
            self.panel.show()

    def _show_next(self) -> None:
        step = self.steps[len(self.frames)]
        self._waiting_for = step
        self._deadline.start(FRAME_TIMEOUT_S * 1000)
        self.controller.show_step(step)

    def _grab(self) -> None:
        self.frames.append(rgb_array(picture_of(self.panel, 1)))
        self.on_progress(len(self.frames), len(self.steps))
        if len(self.frames) == len(self.steps):
            self._finish()
        else:
            self._show_next()

    def _on_deadline_timeout(self) -> None:
        what = "start" if self.panel is None else f"show step {self._waiting_for:,}"
        self._fail(f"The model took too long to {what}, so the replay was stopped.")

    def _fail(self, message: str) -> None:
        if self.error is None:
            self.error = message
        self._finish()

    def _finish(self) -> None:
        self._waiting_for = None
        self._deadline.stop()
        if self.panel is not None and self.panel.parent() is None:  # taken out of the window for --size
            self.panel.close()
        self.window.close()
        QApplication.quit()


def record_timeline(path: Path, file: ModelFile, steps: Sequence[int], panel: str | None = None,
                    size: tuple[int, int] | None = None, on_progress: Progress | None = None) -> list[np.ndarray]:
    """One (H, W, 3) uint8 frame of the lab's panel `panel` (its first training panel when None) at each of the
    kept `steps` of the model file at `path` (`file`, as load_model read it). GenvizError, one sentence, when the
    lab cannot open the model or has no such panel; KeyboardInterrupt on Ctrl+C."""
    HOSTS.start_spare()  # torch loads in the training process while the window is built
    from genviz.qt.app import application
    from genviz.qt.demo import _quiet_qt
    from genviz.qt.registry import LAB_VIEWS

    app = application()
    previous = qInstallMessageHandler(_quiet_qt)
    try:
        recorder = _record(app, LAB_VIEWS[file.lab](), path, file, steps, panel, size, on_progress)
    finally:
        qInstallMessageHandler(previous)
        HOSTS.close()
    if recorder.cancelled:
        raise KeyboardInterrupt("interrupted; nothing was written.")
    if recorder.error is not None:
        raise GenvizError(recorder.error)
    return recorder.frames


def _record(app: Any, view: Any, path: Path, file: ModelFile, steps: Sequence[int], panel: str | None,
            size: tuple[int, int] | None, on_progress: Progress | None) -> TimelineRecorder:
    refused: list[str] = []
    view.message.connect(refused.append)
    view.open_model(path, file)  # before the window: the lab's training process starts with the model at once
    if refused:
        raise GenvizError(refused[0])
    view.message.disconnect(refused.append)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "replay.ini"), QSettings.Format.IniFormat)  # not the user's
        window = MainWindow({file.lab: view}, settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        recorder = TimelineRecorder(window, file.lab, steps, panel, size, on_progress or (lambda done, total: None))
        previous = signal.signal(signal.SIGINT, lambda *_: recorder.cancel())  # runs at the window's next event
        try:
            QTimer.singleShot(0, recorder.start)
            app.exec()
        finally:
            signal.signal(signal.SIGINT, previous)
            if recorder.panel is not None and recorder.panel.parent() is None:
                recorder.panel.deleteLater()
            window.deleteLater()
    return recorder
