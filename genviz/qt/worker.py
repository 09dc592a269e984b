"""The worker thread that drives any lab's session. It computes and emits; it never touches a widget.

Commands arrive through a thread-safe queue, so the loop checks them between every training step
and can always be paused or stopped within one step. Snapshots (copied arrays tagged with a run id)
are emitted at most SNAPSHOT_HZ times a second; the GUI draws only the newest one.
"""

from __future__ import annotations

import logging
import math
import queue
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from genviz.core.errors import GenvizError

SNAPSHOT_HZ = 30
IDLE_WAIT_S = 0.25  # how long an idle loop sleeps on its queue before looking again

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Any]  # builds a genviz.core.session.Session (imports torch lazily)
SessionCall = Callable[[Any], Any]  # runs on the worker thread with the live session

# Every thread this module starts, so tests can fail when one is left running.
live_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def user_message(error: BaseException) -> str:
    """One sentence for the user: our own errors are written for them; anything else is summarised."""
    if isinstance(error, GenvizError):
        return str(error)
    return f"Training stopped because of an unexpected error ({type(error).__name__}: {error}). Press Reset."


class SessionWorker(QObject):
    session_started = Signal(int, str)  # run id, device description
    snapshot_ready = Signal(int, object)  # run id, snapshot dict
    training_changed = Signal(bool)  # True while training runs continuously
    failed = Signal(int, str)  # run id, one sentence for the user
    call_finished = Signal(int, str, object)  # run id, tag, result
    finished = Signal()

    def __init__(self, factory: SessionFactory) -> None:
        super().__init__()
        self._commands: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._factory = factory
        self._session: Any = None
        self._run_id = 0
        self._training = False
        self._min_interval = 0.0  # seconds between steps; 0 runs as fast as possible
        self._next_step_at = 0.0
        self._probe: dict[str, Any] = {}
        self._dirty = False
        self._wanted = True  # the GUI has drawn the last snapshot and can take another
        self._last_emit = -math.inf
        self._step_times: deque[float] = deque(maxlen=200)
        self.started_loop = False  # set once torch is imported and the first session built

    # Commands: safe to call from any thread.
    def train(self) -> None:
        self._commands.put(("train", None))

    def pause(self) -> None:
        self._commands.put(("pause", None))

    def step_once(self) -> None:
        self._commands.put(("step", None))

    def reset(self, factory: SessionFactory | None = None) -> None:
        self._commands.put(("reset", factory))

    def set_speed(self, steps_per_second: float | None) -> None:
        """None or 0 trains as fast as the machine can."""
        self._commands.put(("speed", steps_per_second))

    def snapshot_drawn(self) -> None:
        """The GUI drew the last snapshot: the next may come. One in flight at a time, so a slow frame
        never queues stale snapshots and the worker never computes ones nobody draws."""
        self._commands.put(("drawn", None))

    def set_probe(self, probe: dict[str, Any]) -> None:
        self._commands.put(("probe", dict(probe)))

    def call(self, tag: str, function: SessionCall) -> None:
        """Run `function(session)` between steps; the result arrives as call_finished."""
        self._commands.put(("call", (tag, function)))

    def stop(self) -> None:
        self._commands.put(("stop", None))

    # The loop, on the worker thread.
    @Slot()
    def run(self) -> None:
        from genviz.core.device import configure_threads

        configure_threads()
        self._build()
        self.started_loop = True
        try:
            while self._handle_commands(self._wait_time()):
                now = time.perf_counter()
                if self._training and self._session is not None and now >= self._next_step_at:
                    self._next_step_at = now + self._min_interval
                    self._do_step()
                if self._snapshot_due():
                    self._emit_snapshot()
        finally:
            self._session = None
            self.finished.emit()

    def _snapshot_due(self) -> bool:
        return self._dirty and self._wanted and time.perf_counter() - self._last_emit >= 1 / SNAPSHOT_HZ

    def _wait_time(self) -> float:
        now = time.perf_counter()
        deadlines = []
        if self._training and self._session is not None:
            deadlines.append(self._next_step_at - now)
        if self._dirty and self._wanted:
            deadlines.append(self._last_emit + 1 / SNAPSHOT_HZ - now)
        return max(0.0, min(deadlines)) if deadlines else IDLE_WAIT_S

    def _handle_commands(self, wait: float) -> bool:
        """Apply every queued command, waiting up to `wait` seconds for the first; False to stop."""
        try:
            command = self._commands.get(timeout=wait) if wait > 0 else self._commands.get_nowait()
        except queue.Empty:
            return True
        while True:
            name, argument = command
            if name == "stop":
                return False
            self._apply(name, argument)
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return True

    def _apply(self, name: str, argument: Any) -> None:
        if name == "train" and self._session is not None:
            self._set_training(True)
        elif name == "pause":
            self._set_training(False)
        elif name == "step" and self._session is not None:
            self._set_training(False)
            self._do_step()
        elif name == "reset":
            self._set_training(False)
            self._factory = argument or self._factory
            self._build()
        elif name == "speed":
            self._min_interval = 1.0 / argument if argument else 0.0
            self._next_step_at = time.perf_counter()
        elif name == "drawn":
            self._wanted = True
        elif name == "probe":
            self._probe = argument
            self._dirty = True
        elif name == "call" and self._session is not None:
            tag, function = argument
            try:
                result = function(self._session)
            except Exception as error:  # a failure must never end the thread
                self._report(error)
                return
            self._dirty = True
            self.call_finished.emit(self._run_id, tag, result)

    def _set_training(self, training: bool) -> None:
        if training != self._training:
            self._training = training
            self._next_step_at = time.perf_counter()
            self._step_times.clear()
            self._dirty = True
            self.training_changed.emit(training)

    def _build(self) -> None:
        self._run_id += 1
        self._session = None
        self._wanted = True
        self._step_times.clear()
        try:
            self._session = self._factory()
        except Exception as error:
            self._report(error)
            return
        self.session_started.emit(self._run_id, self._session.device_name)
        self._dirty = True

    def _do_step(self) -> None:
        try:
            loss = self._session.step()
        except Exception as error:
            self._set_training(False)
            self._report(error)
            return
        self._step_times.append(time.perf_counter())
        self._dirty = True
        if not math.isfinite(loss):
            self._set_training(False)
            self.failed.emit(
                self._run_id,
                f"The loss became {loss} at step {self._session.step_count}, so training was paused: "
                "lower the learning rate and press Reset.",
            )

    def _report(self, error: Exception) -> None:
        """One sentence for the user; the traceback only for errors that are ours, not theirs."""
        if not isinstance(error, GenvizError):
            log.error("unexpected error in the session", exc_info=error)
        self.failed.emit(self._run_id, user_message(error))

    @property
    def step_count(self) -> int:
        """The session's training steps so far; safe to read from any thread (a benchmark counts with it)."""
        session = self._session
        return session.step_count if session is not None else 0

    def steps_per_second(self) -> float:
        times = self._step_times
        if len(times) < 2 or not self._training:
            return 0.0
        return (len(times) - 1) / max(times[-1] - times[0], 1e-9)

    def _emit_snapshot(self) -> None:
        self._dirty = False
        self._wanted = False
        self._last_emit = time.perf_counter()
        if self._session is None:
            return
        try:
            snapshot = self._session.snapshot(self._probe)
        except Exception as error:
            self._set_training(False)
            self._report(error)
            return
        snapshot["probe"] = self._probe  # which question this snapshot answers
        snapshot["training"] = self._training
        snapshot["steps_per_second"] = self.steps_per_second()
        self.snapshot_ready.emit(self._run_id, snapshot)


class WorkerHandle:
    """Owns one SessionWorker and its QThread, with one lifecycle: start once, shutdown once."""

    def __init__(self, factory: SessionFactory) -> None:
        self.worker = SessionWorker(factory)
        self.thread = QThread()
        self.thread.setObjectName("genviz-session")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Direct: the thread object lives on the GUI thread, which may be blocked in wait() right now.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.finished.connect(self.worker.deleteLater)
        live_threads.add(self.thread)

    def start(self) -> None:
        self.thread.start()

    def shutdown(self, timeout_ms: int = 1000, startup_timeout_ms: int = 60_000) -> bool:
        """Stop the loop and wait for the thread; True when it ended in time.

        A training loop stops within one step. A worker still importing torch or building its first session
        cannot be interrupted, so it gets `startup_timeout_ms`: letting Python exit under a running import
        would crash it.
        """
        if not self.thread.isRunning():
            return True
        self.worker.stop()
        if self.thread.wait(timeout_ms):
            return True
        return not self.worker.started_loop and self.thread.wait(startup_timeout_ms)
