"""What every lab's view provides, and the controller that ties a view to its worker thread."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import import_module
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from genviz.core.errors import GenvizError
from genviz.qt.worker import SessionCall, SessionFactory, WorkerHandle


def deferred_session(path: str, *args: Any) -> SessionFactory:
    """A factory for `path` ("package.module:Class") that imports it, and so torch, only when the worker
    thread calls it: the window must not wait for torch."""
    module, name = path.split(":")
    return lambda: getattr(import_module(module), name)(*args)


def splitter(orientation: Qt.Orientation, panels: Sequence[QWidget], sizes: Sequence[int] = ()) -> QSplitter:
    """Panels in a row or a column, with handles to drag to give one of them more room; `sizes` in pixels."""
    split = QSplitter(orientation)
    for panel in panels:
        split.addWidget(panel)
    if sizes:
        split.setSizes(list(sizes))
    return split


class LabView(QWidget):
    """One lab's pictures and controls. It draws snapshots and asks for work; it never trains."""

    title: ClassVar[str]
    summary: ClassVar[str]  # one sentence: the tab's and the view's tooltip
    probe_changed = Signal()  # the view now asks about something else (a new prompt, ...)
    call_requested = Signal(str, object)  # tag, function(session) to run on the worker thread
    reset_requested = Signal()  # the settings changed: start a new session
    message = Signal(str)  # one sentence for the user

    def __init__(self) -> None:
        super().__init__()
        self.setToolTip(self.summary)

    def set_columns(self, columns: Sequence[QWidget], widths: Sequence[int]) -> None:
        """Lay the lab out as columns side by side, `widths` pixels wide at first."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter(Qt.Orientation.Horizontal, columns, widths))

    def session_factory(self) -> SessionFactory:
        """A callable that builds a session from the current settings, on the worker thread."""
        raise NotImplementedError

    def probe(self) -> dict[str, Any]:
        return {}

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        """Draw the snapshot one panel at a time: yield after each panel that changed. While training, the
        controller draws one panel per frame tick, so Qt paints it and the GUI answers input before the next
        panel; drawing and painting every panel at once would hold the GUI thread for several timer ticks."""
        raise NotImplementedError

    def run_started(self) -> None:
        """A new session began (Reset): forget what belonged to the old one."""

    def call_finished(self, tag: str, result: Any) -> None:
        """A result of call_requested arrived."""

    def open_file(self, path: Path) -> None:
        """A file was opened or dropped on the window while this lab is shown."""
        self.message.emit(f"The {self.title} lab cannot open {path.name}.")

    def select_data(self, data: str) -> None:
        """Choose the data set by name or path before training (the command line's --data)."""
        raise GenvizError(f"The {self.title} lab has no data set called {data}.")

    def start_demo(self) -> None:
        """After `genviz demo` has trained: show off what the lab does (generate a few tokens, ...)."""

    def demo_running(self) -> bool:
        return False

    def set_font_scale(self, scale: float) -> None:
        """Plots do not follow the application font by themselves."""


class LabController(QObject):
    """One lab: its view, its worker thread (started when first needed) and its newest snapshot."""

    snapshot_drawn = Signal(object)  # the snapshot dict just drawn
    failed = Signal(str)
    training_changed = Signal(bool)
    session_started = Signal(str)
    saved = Signal(object)  # the path a model was saved to

    def __init__(self, view: LabView) -> None:
        super().__init__()
        self.view = view
        self.handle: WorkerHandle | None = None
        self.run_id = 0
        self.training = False
        self.full_speed = True  # training as fast as it can, rather than at a chosen pace
        self.last_snapshot: dict[str, Any] | None = None  # the newest snapshot drawn in full
        self._pending: dict[str, Any] | None = None
        self._drawing: tuple[dict[str, Any], Iterator[None]] | None = None
        view.probe_changed.connect(self._on_view_probe_changed)
        view.call_requested.connect(self._on_view_call_requested)
        view.reset_requested.connect(self.reset)

    @property
    def worker(self):
        if self.handle is None:
            self.handle = WorkerHandle(self.view.session_factory())
            worker = self.handle.worker
            worker.session_started.connect(self._on_worker_session_started)
            worker.snapshot_ready.connect(self._on_worker_snapshot_ready)
            worker.failed.connect(self._on_worker_failed)
            worker.training_changed.connect(self._on_worker_training_changed)
            worker.call_finished.connect(self._on_worker_call_finished)
            worker.set_probe(self.view.probe())
            self.handle.start()
        return self.handle.worker

    def ensure_started(self) -> None:
        _ = self.worker

    def train(self) -> None:
        self.worker.train()

    def pause(self) -> None:
        if self.handle is not None:
            self.worker.pause()

    def step(self) -> None:
        self.worker.step_once()

    def reset(self) -> None:
        try:
            factory = self.view.session_factory()
        except GenvizError as error:  # bad settings: say so and keep the model we have
            self.failed.emit(str(error))
            return
        self.worker.reset(factory)

    def set_speed(self, steps_per_second: float | None) -> None:
        self.full_speed = not steps_per_second
        self.worker.set_speed(steps_per_second)

    def draw_pending(self) -> bool:
        """Called by the frame timer: draw the next panel of the snapshot being drawn, or start on the newest
        one. While training, one panel per call; otherwise all of them at once. True when something was drawn."""
        if self._drawing is None:
            snapshot, self._pending = self._pending, None
            if snapshot is None:
                return False
            self._drawing = snapshot, self.view.draw(snapshot)
        snapshot, panels = self._drawing
        for _ in panels:
            if self.training:
                return True
        self._drawing = None
        self.last_snapshot = snapshot
        self.snapshot_drawn.emit(snapshot)
        self.worker.snapshot_drawn()
        return True

    def shutdown(self) -> bool:
        return self.handle.shutdown() if self.handle is not None else True

    def _on_view_probe_changed(self) -> None:
        if self.handle is not None:
            self.worker.set_probe(self.view.probe())

    def _on_view_call_requested(self, tag: str, function: SessionCall) -> None:
        self.worker.call(tag, function)

    def _on_worker_session_started(self, run_id: int, device: str) -> None:
        self.run_id = run_id
        self._pending = self._drawing = None
        self.view.run_started()
        self.session_started.emit(device)

    def _on_worker_snapshot_ready(self, run_id: int, snapshot: dict[str, Any]) -> None:
        if run_id == self.run_id:
            self._pending = snapshot
        else:  # a snapshot of a session that was reset since: drop it, ask for the next
            self.worker.snapshot_drawn()

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        self.run_id = max(self.run_id, run_id)
        self.failed.emit(message)

    def _on_worker_training_changed(self, training: bool) -> None:
        self.training = training
        self.training_changed.emit(training)

    def _on_worker_call_finished(self, run_id: int, tag: str, result: Any) -> None:
        if run_id != self.run_id:
            return
        if tag == "save":
            self.saved.emit(result)
        else:
            self.view.call_finished(tag, result)
