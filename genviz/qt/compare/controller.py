"""The Compare lab's controller: one training process per family, driven together.

To the main window it is what a LabController is for one lab (ensure_started, train, pause, step, reset,
set_speed, draw_pending, shutdown, last_snapshot, the same signals), so the transport bar, Space, the frame timer
and closing the window work on every family at once. Each family's session (genviz/core/compare/session.py) runs in
a host of its own with a fair share of the cores; one that fails or dies is said in one sentence, and the others
go on. The view draws a combined snapshot, {"families": {name: its newest snapshot}, ...}, in which a family's
snapshot is the very object drawn last time until a newer one came.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from genviz.core.compare.families import family
from genviz.core.compare.runner import threads_per_family
from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS, SessionSpec, training_threads
from genviz.core.translatable import Sentence
from genviz.qt.translation import core_sentence, core_text, translate
from genviz.qt.worker import HostHandle

if TYPE_CHECKING:
    from genviz.qt.compare.view import CompareLabView

Done = Callable[[Any], None]
Failed = Callable[[str], None]


class FamilyHost(QObject):
    """One family's training process as the GUI thread sees it: its newest snapshot and its open requests. A QObject
    of the GUI thread, so the listener's signals arrive here queued."""

    def __init__(self, controller: CompareController, name: str, spec: SessionSpec, threads: int) -> None:
        super().__init__()
        self.controller, self.name, self.spec = controller, name, spec
        self.title = core_text(family(name).title)
        self.run_id: int | None = None  # the run being drawn; None while a new session is built
        self.training = False  # as the process last said
        self.snapshot: dict[str, Any] | None = None  # the newest of this run
        self.fresh = False  # ... and not drawn yet
        self.requests: dict[int, tuple[Done, Failed]] = {}
        self.handle: HostHandle | None = HostHandle(spec, threads)
        listener = self.handle.listener
        listener.session_started.connect(self._on_listener_session_started)
        listener.snapshot_ready.connect(self._on_listener_snapshot_ready)
        listener.failed.connect(self._on_listener_failed)
        listener.training_changed.connect(self._on_listener_training_changed)
        listener.answered.connect(self._on_listener_answered)
        listener.refused.connect(self._on_listener_refused)
        listener.died.connect(self._on_listener_died)
        self.handle.send("speed", controller.speed)

    @property
    def threads(self) -> int:
        return self.handle.host.threads if self.handle is not None else 0

    def send(self, *command: Any) -> None:
        if self.handle is not None:  # a dead one waits for New comparison
            self.handle.send(*command)

    def renew(self, spec: SessionSpec) -> None:
        """A new session with `spec`: the old run's snapshots and answers are dropped from now on."""
        self.spec, self.run_id, self.snapshot, self.fresh = spec, None, None, False
        self._fail_requests(translate("compare", "A new comparison began before the answer came."))
        self.send("reset", spec)

    def request(self, name: str, args: tuple[Any, ...], done: Done, failed: Failed) -> None:
        if self.handle is None or self.run_id is None:
            failed(translate("compare", "The {family} family is not running: press New comparison.").format(
                family=self.title))
            return
        self.requests[self.handle.request(name, *args)] = (done, failed)

    def begin_shutdown(self) -> None:
        if self.handle is not None:
            self.handle.begin_shutdown()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.shutdown()

    def _fail_requests(self, message: str) -> None:
        requests, self.requests = self.requests, {}
        for _, failed in requests.values():
            failed(message)

    def _on_listener_session_started(self, run_id: int, device: Sentence) -> None:
        self.run_id = run_id
        self.snapshot, self.fresh = None, False
        self.requests.clear()  # the answers of the old session's requests will not come
        self.controller.family_started(self, device)

    def _on_listener_snapshot_ready(self, run_id: int, snapshot: dict[str, Any]) -> None:
        # The next is asked for now, not once this one is drawn: on its share of the cores a family's step takes
        # tens of milliseconds, so a snapshot asked for at a frame would come too late for the next frame.
        self.send("drawn")
        if run_id == self.run_id:  # else of a session replaced since: dropped
            self.snapshot, self.fresh = snapshot, True
            self.controller.snapshot_arrived.emit()

    def _on_listener_failed(self, run_id: int, message: str) -> None:
        self.controller.family_failed(self, message)

    def _on_listener_training_changed(self, training: bool) -> None:
        self.training = training
        self.controller.training_state_changed()

    def _on_listener_answered(self, run_id: int, request_id: int, result: Any) -> None:
        done, _ = self.requests.pop(request_id, (None, None))
        if done is not None and run_id == self.run_id:
            done(result)

    def _on_listener_refused(self, run_id: int, request_id: int, message: str) -> None:
        _, failed = self.requests.pop(request_id, (None, None))
        if failed is not None:
            failed(message)

    def _on_listener_died(self, message: str) -> None:
        """The process is gone (killed, crashed, out of memory): this column stops, the others go on."""
        handle, self.handle = self.handle, None
        handle.shutdown()
        self._fail_requests(message)
        self.snapshot, self.fresh, self.run_id = None, False, None
        self.training = False
        self.controller.family_failed(self, message)
        self.controller.training_state_changed()


class CompareController(QObject):
    """Every family of the Compare lab, each in its own training process, presented as one lab."""

    snapshot_drawn = Signal(object)  # the combined snapshot just drawn
    snapshot_arrived = Signal()  # a family's new snapshot waits to be drawn
    answer_shown = Signal(object)  # (the families answer no probe; kept for the window's interface)
    failed = Signal(str)
    training_changed = Signal(bool)
    session_started = Signal(object)  # what a family trains on (a Sentence)

    def __init__(self, view: CompareLabView) -> None:
        super().__init__()
        self.view = view
        self.hosts: dict[str, FamilyHost] = {}  # in the columns' order
        self.run_id = 0  # comparisons begun
        self.training = False  # some family trains, as its process last said
        self._training_wanted = False
        self.speed: float | None = None
        self.last_snapshot: dict[str, Any] | None = None
        self._data = ""
        self._drawing: tuple[dict[str, Any], Iterator[None]] | None = None
        view.request_sent.connect(self._on_view_request_sent)
        view.reset_requested.connect(self.reset)
        view.train_requested.connect(self.train)

    # The window's interface (see LabController)
    @property
    def handle(self) -> HostHandle | None:
        """One of the families' processes; None before the first started (the window keeps a spare till then)."""
        return next((host.handle for host in self.hosts.values() if host.handle is not None), None)

    @property
    def host_pids(self) -> list[int]:
        return [host.handle.host.pid for host in self.hosts.values() if host.handle is not None]

    @property
    def data_name(self) -> str:
        return self._data

    @property
    def drawing(self) -> bool:
        return self._drawing is not None

    @property
    def pending_shows_another_step(self) -> bool:
        """The window's timeline: a comparison keeps none, so no frame answers a move of its slider."""
        return False

    def ensure_started(self) -> None:
        if not self.hosts:
            self.reset()

    def train(self) -> None:
        self._training_wanted = True
        self.ensure_started()
        self._send_all("train")

    def pause(self) -> None:
        self._training_wanted = False
        self._send_all("pause")

    def step(self) -> None:
        self._training_wanted = False
        self.ensure_started()
        self._send_all("step")

    def set_speed(self, steps_per_second: float | None) -> None:
        self.speed = steps_per_second or None
        self._send_all("speed", self.speed)

    def reset(self) -> None:
        """A new comparison with the view's settings: every chosen family starts again from random weights, in the
        process it has when its share of the cores stays the same, else in a new one."""
        try:
            specs = self.view.session_specs()
        except GenvizError as error:  # bad settings: say so and keep the comparison we have
            self.failed.emit(core_sentence(error.sentence))
            return
        threads = threads_per_family(len(specs), training_threads())
        leaving = [host for name, host in self.hosts.items()
                   if name not in specs or host.handle is None or host.threads != threads]
        for host in leaving:
            host.begin_shutdown()
        for host in leaving:  # all asked at once, then waited for: one step, not four
            host.close()
        kept = {name: host for name, host in self.hosts.items() if host not in leaving}
        self._drawing = None
        self._data = next(iter(specs.values())).args[1]
        self.run_id += 1
        self.view.run_started()
        self.hosts = {}
        for name, spec in specs.items():
            host = kept.get(name)
            if host is None:
                host = FamilyHost(self, name, spec, threads)
            else:
                host.renew(spec)
            self.hosts[name] = host
            if self._training_wanted:  # a new comparison while training goes on training
                host.send("train")
        self.training_state_changed()

    def show_step(self, step: int | None) -> None:
        """The window's timeline: a comparison keeps none (its snapshots carry no "timeline", so it is hidden)."""

    def branch_from(self, step: int) -> None:
        """The window's timeline: a comparison keeps none."""

    def send_request(self, name: str, args: tuple[Any, ...], done: Done, failed: Failed) -> None:
        """A family's request: args[0] names the family, the rest are the request's own."""
        host = self.hosts.get(args[0]) if args and isinstance(args[0], str) else None
        if host is None:
            failed(translate("compare", "The Compare lab trains several models at once: train one in its own lab "
                             "to save it, or save them all with genviz compare --out FOLDER.") if name == "save" else
                   translate("compare", "The Compare lab has no family called {family} running.").format(
                       family=args[0] if args else translate("compare", "(none)")))
            return
        host.request(name, args[1:], done, failed)

    def draw_pending(self) -> str:
        """Draw the next panel of the frame being drawn, or begin one with every family's newest snapshot. "more"
        while panels remain, "done" when a frame was drawn in full, "idle" when no family had anything new."""
        if self._drawing is None:
            fresh = [host for host in self.hosts.values() if host.fresh]
            if not fresh:
                return "idle"
            for host in fresh:
                host.fresh = False
            snapshot = self._combined()
            self._drawing = snapshot, self.view.draw(snapshot)
        snapshot, panels = self._drawing
        if next(panels, "done") is None:
            return "more"
        self._drawing = None
        self.last_snapshot = snapshot
        self.snapshot_drawn.emit(snapshot)
        return "done"

    def begin_shutdown(self) -> None:
        for host in self.hosts.values():
            host.begin_shutdown()

    def shutdown(self) -> None:
        for host in self.hosts.values():
            host.close()

    # From the families
    def family_started(self, host: FamilyHost, device: Sentence) -> None:
        self.view.column_started(host.name)
        self.session_started.emit(device)
        HOSTS.refill()

    def family_failed(self, host: FamilyHost, message: str) -> None:
        self.view.column_failed(host.name, message)
        self.failed.emit(translate("compare", "{family}: {message}").format(family=host.title, message=message))

    def training_state_changed(self) -> None:
        training = any(host.training for host in self.hosts.values())
        if training != self.training:
            self.training = training
            self.training_changed.emit(training)

    # Helpers
    def _send_all(self, *command: Any) -> None:
        for host in self.hosts.values():
            host.send(*command)

    def _combined(self) -> dict[str, Any]:
        """The frame: every family's newest snapshot (None before its first), and for the status bar the steps and
        speed of all of them together."""
        snapshots = {name: host.snapshot for name, host in self.hosts.items()}
        shown = [snap for snap in snapshots.values() if snap is not None]
        return {"families": snapshots, "step": sum(snap["step"] for snap in shown),
                "training": any(snap["training"] for snap in shown),
                "steps_per_second": sum(snap["steps_per_second"] for snap in shown)}

    def _on_view_request_sent(self, name: str, args: tuple[Any, ...]) -> None:
        self.send_request(name, args, lambda result: self.view.family_answered(args[0], name, result),
                          lambda message: self.view.family_request_failed(args[0], name, message))
