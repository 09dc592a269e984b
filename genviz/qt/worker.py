"""The GUI's side of one lab's training process: a thread that turns the host's events into Qt signals.

The host process (genviz/core/host.py) trains; this thread only waits on its pipe, so it holds Python's lock
for no more than the moment it takes to read a snapshot. Commands go to the host straight from the GUI
thread. Everything here stays torch-free: the GUI process never imports torch.
"""

from __future__ import annotations

import time
import weakref
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from genviz.core.host import HOSTS, HostDied, HostProcess, SessionSpec
from genviz.qt.translation import core_sentence

# Every thread this module starts, so tests can fail when one is left running.
live_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


class HostListener(QObject):
    """Reads the host's events on its own thread until the host ends."""

    session_started = Signal(int, object)  # run id, what it trains on (a Sentence)
    snapshot_ready = Signal(int, object)  # run id, snapshot dict
    probe_answered = Signal(int, object)  # run id, the probe's quick answer (Session.answer)
    training_changed = Signal(bool)  # True while training runs continuously
    failed = Signal(int, str)  # run id, one sentence for the user
    answered = Signal(int, int, object)  # run id, request id, result
    refused = Signal(int, int, str)  # run id, request id, one sentence
    died = Signal(str)  # the host ended without being asked to: one sentence
    finished = Signal()

    def __init__(self, host: HostProcess) -> None:
        super().__init__()
        self.host = host
        self.stopping = False

    @Slot()
    def run(self) -> None:
        """Until the host ends, or releases its session (then the pool keeps it, pipes and all)."""
        try:
            while (event := self.host.receive())[0] != "released":
                signal = {"started": self.session_started, "snapshot": self.snapshot_ready,
                          "probe_answered": self.probe_answered,
                          "training": self.training_changed, "failed": self.failed,
                          "answered": self.answered, "refused": self.refused}[event[0]]
                if event[0] in ("failed", "refused"):  # the host's Sentence, in the window's language
                    event = (*event[:-1], core_sentence(event[-1]))
                signal.emit(*event[1:])
        except HostDied as error:
            self.host.close_events()
            if not self.stopping:
                self.died.emit(core_sentence(error.sentence))
        finally:
            self.finished.emit()


class HostHandle:
    """One host process and the thread that listens to it, with one lifecycle: start once, shut down once."""

    def __init__(self, spec: SessionSpec, threads: int | None = None) -> None:
        self.host = HOSTS.take(spec, threads)
        self.listener = HostListener(self.host)
        self.thread = QThread()
        self._asked_at = 0.0  # when the host was asked to release its session (time.monotonic)
        self.thread.setObjectName("genviz-host-listener")
        self.listener.moveToThread(self.thread)
        self.thread.started.connect(self.listener.run)
        # Direct: the thread object lives on the GUI thread, which may be blocked in wait() right now.
        self.listener.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.listener.finished.connect(self.listener.deleteLater)
        live_threads.add(self.thread)
        self.thread.start()

    def send(self, *command: Any) -> None:
        self.host.send(*command)

    def request(self, name: str, *args: Any) -> int:
        return self.host.request(name, *args)

    def begin_shutdown(self) -> None:
        """Ask the host to release its session; `shutdown` then waits. Several hosts stop at once this way."""
        if not self.listener.stopping:  # once: a second "released" would end the next lab's listener
            self.listener.stopping = True
            self._asked_at = time.monotonic()
            self.host.send("release")

    def shutdown(self, timeout_s: float = 1.0) -> None:
        """End this lab's use of its host within `timeout_s` of asking it to release its session: the pool keeps
        it as the spare when it released in time and a spare is wanted; otherwise it is stopped (killed if need
        be). Hosts asked at once share the wait: closing a window whose labs are all still importing torch takes
        one timeout, not one per lab."""
        self.begin_shutdown()
        left_s = max(0.0, self._asked_at + timeout_s - time.monotonic())
        released = self.thread.wait(int(left_s * 1000))
        if not (released and self.host.alive() and HOSTS.give_back(self.host)):
            self.host.stop(timeout=0 if not released else timeout_s)  # one that did not answer is killed
            self.thread.wait()
            self.host.close_events()
