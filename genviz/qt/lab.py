"""What every lab's view provides, and the controller that ties a view to its training process."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSplitter, QWidget

from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS, SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.translatable import Sentence
from genviz.qt import plots  # noqa: F401  (every axis without SI prefixes, before any view builds one)
from genviz.qt.recording import TimelineRecording
from genviz.qt.translation import core_sentence, translate
from genviz.qt.worker import HostHandle

NEW_RUN_HOLD_MS = 300  # at most this long a new run's view waits unpainted for its first snapshot (~20 ms usually)


def splitter(orientation: Qt.Orientation, panels: Sequence[QWidget], sizes: Sequence[int] = ()) -> QSplitter:
    """Panels in a row or a column, with handles to drag to give one of them more room; `sizes` in pixels."""
    split = QSplitter(orientation)
    for panel in panels:
        split.addWidget(panel)
    if sizes:
        split.setSizes(list(sizes))
    return split


def scrolling(column: QWidget) -> QScrollArea:
    """`column` in a frameless scroll area that shows scroll bars only when the column cannot shrink enough. The
    area takes no focus (a frameless area would show none): Tab goes to its controls, and it scrolls to each."""
    if isinstance(column, QScrollArea):
        return column
    area = QScrollArea()
    area.setWidget(column)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class LabView(QWidget):
    """One lab's pictures and controls. It draws snapshots and asks for work; it never trains."""

    # Marked QT_TRANSLATE_NOOP("lab", ...) by each lab, translated where shown
    title: ClassVar[str]
    summary: ClassVar[str]  # one sentence: the tab's and the view's tooltip
    probe_changed = Signal()  # the view now asks about something else (a new prompt, ...)
    request_sent = Signal(str, tuple)  # a named request of the session, with plain arguments
    reset_requested = Signal()  # the settings changed: start a new session
    train_requested = Signal()  # a control that promises training ("Train on my drawing", a preset)
    message = Signal(str)  # one sentence for the user
    record_requested = Signal(str, str)  # Record…: (a training panel's name, the GIF or MP4 to write)
    keeps_timeline: ClassVar[bool] = True  # Record… replays the lab's timeline

    def __init__(self) -> None:
        super().__init__()
        self.setToolTip(translate("lab", self.summary))
        self.columns: QSplitter | None = None  # set_columns builds them
        self._arrange_timer = QTimer(self, singleShot=True, interval=0)  # once per burst of font or size changes
        self._arrange_timer.timeout.connect(self._arrange)

    def set_columns(self, columns: Sequence[QWidget], widths: Sequence[int]) -> None:
        """Lay the lab out as columns side by side, `widths` pixels wide at first. The first column holds the
        settings (View > Settings column hides it). When the columns no longer fit side by side, at a
        projector's font size on a small screen, they stack, each a screen high, the pictures first and the
        settings last, and the lab scrolls up and down: nothing is cut off, and the window never grows."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.columns = splitter(Qt.Orientation.Horizontal, [scrolling(column) for column in columns], widths)
        for index in range(1, len(columns)):  # a larger window goes to the pictures, not to the settings
            self.columns.setStretchFactor(index, 1)
        self.columns.setStretchFactor(0, 0)
        self.settings_area = self.columns.widget(0)
        self._settings_width = widths[0]
        self._fit_pending = True
        self.page = scrolling(self.columns)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.page)

    @property
    def stacked(self) -> bool:
        """The columns stand one below the other (see set_columns)."""
        return self.columns.orientation() == Qt.Orientation.Vertical

    def show_settings_column(self, shown: bool) -> None:
        self.settings_area.setVisible(shown)
        self._arrange_timer.start()

    def fit_settings_column(self) -> None:
        """Give the settings column the width its form asks for at this font size, but never more than a third of
        the lab: the pictures the class watches stay the larger part. Done once the lab is laid out."""
        self._fit_pending = True
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # a window laid out, or made larger
        super().resizeEvent(event)
        self._arrange_timer.start()  # once the columns have their new size too

    def showEvent(self, event: QShowEvent) -> None:  # a tab shown after the font or the window changed
        super().showEvent(event)
        self._arrange_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_pending = True
            self._arrange_timer.start()

    def _areas(self) -> list[QScrollArea]:
        return [self.columns.widget(index) for index in range(self.columns.count())]

    def _narrowest(self, area: QScrollArea) -> int:
        """The width under which a column's content would be cut off (or scroll sideways)."""
        return area.widget().minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()

    def _arrange(self) -> None:
        """Side by side when every shown column fits at its narrowest, else stacked."""
        if self.columns is None:
            return
        if not self.isVisible():  # a hidden tab's sizes are stale: arranged when it is shown
            self._fit_pending = True
            return
        shown = [area for area in self._areas() if not area.isHidden()]
        needed = sum(map(self._narrowest, shown)) + self.columns.handleWidth() * len(shown)
        stack = needed > self.page.viewport().width()
        if stack != self.stacked:
            self.columns.setOrientation(Qt.Orientation.Vertical if stack else Qt.Orientation.Horizontal)
            if stack:
                self.columns.addWidget(self.settings_area)  # moved: the pictures come first
            else:
                self.columns.insertWidget(0, self.settings_area)
            self._fit_pending = True
        if stack:
            self._fit_stacked()
        elif self._fit_pending or any(size < self._narrowest(area) for area, size
                                      in zip(self._areas(), self.columns.sizes(), strict=True) if not area.isHidden()):
            self._fit_side_by_side()

    def _fit_stacked(self) -> None:
        """Each picture column a screen high; the settings as high as their form."""
        self._fit_pending = False
        screen = self.page.viewport().height()
        heights = []
        for area in self._areas():
            content = area.widget().sizeHint().height() if area is self.settings_area else screen
            height = max(area.widget().minimumSizeHint().height(), content)
            area.setMinimumHeight(height)
            heights.append(height)
        self.columns.setSizes(heights)

    def _fit_side_by_side(self) -> None:
        """Every picture column at least its narrowest; the settings column as wide as its form asks at this font
        size, but at most a third of the lab and what the pictures leave: the pictures the class watches stay the
        larger part. What is left is shared among the pictures as they shared it before."""
        self._fit_pending = False
        for area in self._areas():
            area.setMinimumHeight(0)
        areas, sizes = self._areas(), self.columns.sizes()
        free = self.columns.width() - self.columns.handleWidth() * (len(areas) - 1)
        rest = [self._narrowest(area) for area in areas[1:]]
        first = 0
        if not self.settings_area.isHidden():
            wanted = max(self.settings_area.widget().sizeHint().width()
                         + self.settings_area.verticalScrollBar().sizeHint().width(), self._settings_width)
            first = max(self._narrowest(self.settings_area), min(wanted, free // 3, free - sum(rest)))
        spare = max(0, free - first - sum(rest))
        weights = [max(1, size) for size in sizes[1:]]
        self.columns.setSizes([first] + [narrowest + spare * weight // sum(weights)
                                         for narrowest, weight in zip(rest, weights, strict=True)])

    def session_spec(self) -> SessionSpec:
        """How the training process builds a session from the current settings."""
        raise NotImplementedError

    def probe(self) -> dict[str, Any]:
        return {}

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        """Draw the newest snapshot, yielding after each panel that changed: the window draws one panel per
        event, so no event holds the GUI thread long. A part that did not change since the last snapshot is
        the identical object, so a panel is redrawn only when its part `is not` the one it drew."""
        raise NotImplementedError

    def training_panels(self) -> dict[str, QWidget]:
        """The panels, by name, that change as the model trains: what a class watches, and what the demo's
        report and the benchmarks measure."""
        return {}

    def run_started(self) -> None:
        """A new session began (Reset): forget what belonged to the old one."""

    def request(self, name: str, *args: Any) -> None:
        """Ask the session for `name` (one of its `requests`); the answer comes to request_finished."""
        self.request_sent.emit(name, args)

    def show_answer(self, answer: dict[str, Any]) -> None:
        """The quick answer to the probe (see Session.answer), drawn as it arrives; `answer["probe"]` says which
        question it answers."""

    def request_finished(self, name: str, result: Any) -> None:
        """The session answered a request of this view's."""

    def request_failed(self, name: str, message: str) -> None:
        """A request of this view's failed: one sentence. A view that waits for an answer stops waiting here."""
        self.message.emit(message)

    def open_file(self, path: Path) -> None:
        """A file was opened or dropped on the window while this lab is shown."""
        self.message.emit(translate("lab", "The {lab} lab cannot open {file}.").format(
            lab=translate("lab", self.title), file=path.name))

    def open_model(self, path: Path, file: ModelFile) -> None:
        """File > Open model: `file` is this lab's model file, checked (see load_model). Show its settings in the
        settings panel and emit reset_requested; session_spec then names the file, and the session starts with
        its weights."""
        self.message.emit(translate("lab", "The {lab} lab cannot open model files yet.").format(
            lab=translate("lab", self.title)))

    def select_data(self, data: str) -> None:
        """Choose the data set by name or path before training (the command line's --data)."""
        raise GenvizError(f"The {self.title} lab has no data set called {data}.")

    def start_demo(self) -> None:
        """After `genviz demo` has trained: show off what the lab does (generate a few tokens, ...)."""

    def demo_running(self) -> bool:
        return False

    def set_font_scale(self, scale: float) -> None:
        """Plots do not follow the application font by themselves."""

    def make_controller(self) -> LabController:
        """What ties this view to its training: one session in one process. A lab that trains several at once
        (Compare) returns a controller with the same interface for all of them."""
        return LabController(self)


class LabController(QObject):
    """One lab: its view, its training process (started when first needed) and its newest snapshot."""

    snapshot_drawn = Signal(object)  # the snapshot dict just drawn
    snapshot_arrived = Signal()  # a new snapshot waits to be drawn
    answer_shown = Signal(object)  # the probe's quick answer, just drawn
    failed = Signal(str)
    training_changed = Signal(bool)
    session_started = Signal(object)  # what the session trains on (a Sentence)

    def __init__(self, view: LabView) -> None:
        super().__init__()
        self.view = view
        self.handle: HostHandle | None = None
        self.spec: SessionSpec | None = None  # what the training process was last asked to build
        self.run_id = 0
        self.training = False  # as the training process last said
        self._training_wanted = False  # as last asked: the process may not have said so yet
        self.speed: float | None = None  # steps a second; None trains as fast as it can
        self.last_snapshot: dict[str, Any] | None = None  # the newest snapshot drawn
        self._pending: dict[str, Any] | None = None
        self._drawing: tuple[dict[str, Any], Iterator[None]] | None = None  # a snapshot half drawn
        self._run_drawn = False  # a snapshot of this run was drawn
        self._requests: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}  # id: (done, failed)
        self._new_run_hold = QTimer(view, singleShot=True, interval=NEW_RUN_HOLD_MS)  # ends with the view
        self._new_run_hold.timeout.connect(self._show_view)
        view.probe_changed.connect(self._on_view_probe_changed)
        view.request_sent.connect(self._on_view_request_sent)
        view.reset_requested.connect(self.reset)
        view.train_requested.connect(self.train)
        view.record_requested.connect(self.record)

    def ensure_started(self) -> None:
        """Start the training process with the view's settings, unless it runs already."""
        if self.handle is None:
            self._start(self.view.session_spec())

    def _start(self, spec: SessionSpec) -> None:
        self.spec = spec
        self.handle = HostHandle(spec)
        listener = self.handle.listener
        listener.session_started.connect(self._on_listener_session_started)
        listener.snapshot_ready.connect(self._on_listener_snapshot_ready)
        listener.probe_answered.connect(self._on_listener_probe_answered)
        listener.failed.connect(self._on_listener_failed)
        listener.training_changed.connect(self._on_listener_training_changed)
        listener.answered.connect(self._on_listener_answered)
        listener.refused.connect(self._on_listener_refused)
        listener.died.connect(self._on_listener_died)
        self.handle.send("probe", self.view.probe())
        self.handle.send("speed", self.speed)

    def _send(self, *command: Any) -> None:
        self.ensure_started()
        self.handle.send(*command)

    def train(self) -> None:
        self._training_wanted = True
        self._send("train")

    def pause(self) -> None:
        self._training_wanted = False
        if self.handle is not None:
            self.handle.send("pause")

    def step(self) -> None:
        self._training_wanted = False
        self._send("step")

    def reset(self) -> None:
        try:
            spec = self.view.session_spec()
        except GenvizError as error:  # bad settings: say so and keep the model we have
            self.failed.emit(core_sentence(error.sentence))
            return
        if self.handle is None:  # never started, or its process died: a new one
            self._start(spec)
        else:
            self.spec = spec
            self.handle.send("reset", spec)
            if self._training_wanted:  # a new model while training goes on training: Reset never stops the class
                self.handle.send("train")

    def set_speed(self, steps_per_second: float | None) -> None:
        self.speed = steps_per_second or None
        if self.handle is not None:
            self.handle.send("speed", self.speed)

    def show_step(self, step: int | None) -> None:
        """The timeline: draw the model as it was at the kept step nearest to `step`, or as it is now (None)."""
        if self.handle is not None:
            self.handle.send("view", step)

    def branch_from(self, step: int) -> None:
        """Train again from the kept step nearest to `step`, forgetting what came after it."""
        if self.handle is not None:
            self.handle.send("branch", step)

    def record(self, panel: str, out: str) -> None:
        """A training panel through the timeline, as an animation (genviz/qt/recording.py)."""
        recording = TimelineRecording(self.view, panel, Path(out), self.view.message.emit)
        recording.start(lambda path, done, failed: self.send_request("save", (path,), done, failed))

    def send_request(self, name: str, args: tuple[Any, ...], done: Callable[[Any], None],
                     failed: Callable[[str], None]) -> None:
        """Ask the session for `name`; `done(result)` or `failed(sentence)` is called on the GUI thread."""
        self.ensure_started()
        self._requests[self.handle.request(name, *args)] = (done, failed)

    @property
    def drawing(self) -> bool:
        """A snapshot is half drawn: its next panel comes at the next event."""
        return self._drawing is not None

    @property
    def pending_shows_another_step(self) -> bool:
        """The newest snapshot, not drawn yet, shows another timeline step than the one on screen: the answer to a
        move of the slider, which the class waits for."""
        shown = None if self.last_snapshot is None else self.last_snapshot.get("viewing")
        return self._pending is not None and self._pending.get("viewing") != shown

    @property
    def data_name(self) -> str:
        """The data set (or corpus) of the session asked for last."""
        config = self.spec.args[0]
        return getattr(config, "corpus", None) or config.data

    @property
    def host_pids(self) -> list[int]:
        """The training processes this lab holds."""
        return [] if self.handle is None else [self.handle.host.pid]

    def draw_pending(self) -> str:
        """Draw the next panel of the snapshot being drawn, or the first of the newest one. "more" while panels
        remain, "done" when a snapshot was drawn in full, "idle" when there was nothing to draw."""
        if self._drawing is None:
            snapshot, self._pending = self._pending, None
            if snapshot is None:
                return "idle"
            self._drawing = snapshot, self.view.draw(snapshot)
            # The next may come now: the training process makes it while this one is drawn, and only the
            # newest waits here, so none queue up.
            self.handle.send("drawn")
        snapshot, panels = self._drawing
        if next(panels, "done") is None:
            return "more"
        self._drawing = None
        if not self._run_drawn:
            self._show_view()
        self._run_drawn = True
        self.last_snapshot = snapshot
        self.snapshot_drawn.emit(snapshot)
        return "done"

    def begin_shutdown(self) -> None:
        if self.handle is not None:
            self.handle.begin_shutdown()

    def shutdown(self) -> None:
        if self.handle is not None:
            self.handle.shutdown()

    def _on_view_probe_changed(self) -> None:
        if self.handle is not None:
            self.handle.send("probe", self.view.probe())

    def _on_view_request_sent(self, name: str, args: tuple[Any, ...]) -> None:
        self.send_request(name, args, lambda result: self.view.request_finished(name, result),
                          lambda message: self.view.request_failed(name, message))

    def _on_listener_session_started(self, run_id: int, device: Sentence) -> None:
        self.run_id = run_id
        self._pending = self._drawing = None
        self._run_drawn = False
        self._requests.clear()  # the answers of the old session's requests will not come
        # The old run's pictures give way to the new run's in one paint, not through a frame of empty panels.
        self.view.setUpdatesEnabled(False)
        self._new_run_hold.start()
        self.view.run_started()
        self.session_started.emit(device)
        HOSTS.refill()

    def _show_view(self) -> None:
        self._new_run_hold.stop()
        self.view.setUpdatesEnabled(True)

    def _on_listener_snapshot_ready(self, run_id: int, snapshot: dict[str, Any]) -> None:
        if run_id == self.run_id:
            self._pending = snapshot
            self.snapshot_arrived.emit()
        else:  # a snapshot of a session that was reset since: drop it, ask for the next
            self.handle.send("drawn")

    def _on_listener_probe_answered(self, run_id: int, answer: dict[str, Any]) -> None:
        if run_id == self.run_id and self._run_drawn:  # the view knows the run (its vocabulary, its kind)
            self.view.show_answer(answer)
            self.answer_shown.emit(answer)

    def _on_listener_failed(self, run_id: int, message: str) -> None:
        self.run_id = max(self.run_id, run_id)
        self._show_view()
        self.failed.emit(message)

    def _on_listener_training_changed(self, training: bool) -> None:
        self.training = training
        self.training_changed.emit(training)

    def _on_listener_answered(self, run_id: int, request_id: int, result: Any) -> None:
        done, _ = self._requests.pop(request_id, (None, None))
        if done is not None and run_id == self.run_id:
            done(result)

    def _on_listener_refused(self, run_id: int, request_id: int, message: str) -> None:
        _, failed = self._requests.pop(request_id, (None, None))
        if failed is not None:
            failed(message)

    def _on_listener_died(self, message: str) -> None:
        """The process is gone (killed, crashed, out of memory): say so; Reset starts a new one."""
        self._show_view()
        handle, self.handle = self.handle, None
        handle.shutdown()
        for _, failed in self._requests.values():
            failed(message)
        self._requests.clear()
        self._pending = self._drawing = None
        self._training_wanted = False
        self._on_listener_training_changed(False)
        self.failed.emit(message)
