"""The session host: one lab's session trains in a process of its own, so drawing never waits for training.

The GUI (or a benchmark) starts a `HostProcess` with a `SessionSpec`. The child runs `SessionHost.run`, which
checks its command pipe between every training step and sends snapshots (copied numpy arrays, tagged with a
run id) at most SNAPSHOT_HZ times a second, one at a time: the next only after the GUI says "drawn" (a lab's
view once it drew the last, a Compare family's as soon as the last arrived). A part of a snapshot that is the
very object sent last time (the forward-process frames, the data set's points, a latent map between refreshes)
travels once; the receiving side puts the copy it kept back in its place, so an unchanged part is the identical
object and a view redraws a panel only when its part is a new one.

A new probe (what the view asks about: a prompt, a point of the latent map) is answered at once, outside
the snapshots, with the parts of a snapshot that depend on it (`Session.answer`).

Views ask for work with named requests: a method the session lists in `requests`, with plain arguments.
The answer, or one sentence saying why it failed, goes back to the request's id. The child ignores Ctrl+C
(the parent decides) and exits when its parent's pipe closes or its parent is gone.
"""

from __future__ import annotations

import contextlib
import logging
import math
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from importlib import import_module
from multiprocessing.connection import Connection
from typing import Any

from genviz.core.errors import GenvizError, diverged_message
from genviz.core.timeline import branch, showing_past
from genviz.core.tracking import TRAINING_SHARE
from genviz.core.translatable import Sentence, translatable

SNAPSHOT_HZ = 30
IDLE_WAIT_S = 0.25  # an idle host looks at its parent this often
NICENESS = 10  # a host yields the cores to the window: a frame is drawn when due, and training takes the rest
PLAIN = (bool, int, float, str, type(None))  # small values that always travel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionSpec:
    """How to build a session in the host: `target` is "package.module:Class", called with `args`. Only the
    host imports it, and so torch."""

    target: str
    args: tuple[Any, ...] = field(default=())

    def build(self) -> Any:
        module, name = self.target.split(":")
        return getattr(import_module(module), name)(*self.args)


def training_threads() -> int:
    """Torch threads for one training process: every core but one, which the GUI keeps."""
    return max(1, (os.cpu_count() or 2) - 1)


class HostDied(GenvizError):
    """The host process ended without being asked to."""


def user_message(error: BaseException) -> Sentence:
    """One sentence for the user, which the window translates: our own errors are written for them; anything else
    is summarised."""
    if isinstance(error, GenvizError):
        return error.sentence
    return Sentence(translatable("That failed because of an unexpected error ({kind}: {error}). Press Reset."),
                    {"kind": type(error).__name__, "error": str(error)})


def host_died(exitcode: int | None) -> HostDied:
    """What a host that ended without being asked to says: how it ended, and what to do."""
    if exitcode is not None and exitcode < 0:
        return HostDied(translatable("The training process stopped unexpectedly (killed by signal {signal}). Press "
                                     "Reset to start again."), signal=-exitcode)
    return HostDied(translatable("The training process stopped unexpectedly (exit status {status}). Press Reset to "
                                 "start again."), status=exitcode)


class SessionHost:
    """The loop in the host process. It owns the session; commands arrive as tuples on `commands`, events
    leave as tuples on `events` (see `HostProcess.receive` for their shapes)."""

    def __init__(self, commands: Connection, events: Connection, spec: SessionSpec | None) -> None:
        self._commands, self._events, self._spec = commands, events, spec
        self._parent_pid = os.getppid()  # the GUI's, or the fork server's, which ends when the GUI does
        self._session: Any = None
        self._run_id = 0
        self._training = False
        self._min_interval = 0.0  # seconds between steps; 0 runs as fast as possible
        self._next_step_at = 0.0
        self._probe: dict[str, Any] = {}
        self._dirty = False
        self._wanted = True  # the GUI has drawn the last snapshot and can take another
        self._last_emit = -math.inf
        self._sent: dict[str, Any] = {}  # the parts sent last, to send each unchanged one only once
        self._step_times: deque[float] = deque(maxlen=200)
        self._viewing: int | None = None  # the past step the view shows (the timeline), None for now
        # The past step's snapshot as last made: the past does not change while training goes on, so it is made
        # again only when what it shows might (a probe, a request, another step, a new model).
        self._past: tuple[tuple[int | None, int], dict[str, Any]] | None = None
        self._changes = 0  # probes and requests answered so far: part of the past snapshot's key
        self._tracking_behind = False  # kept steps wait to be measured: the loop does not sleep
        self._warm = False  # the session's warm-up started (see _warm_up)

    def run(self) -> None:
        if self._spec is not None:  # else a spare: it waits for a "reset" that brings a spec
            self._build()
        while self._handle_commands(self._wait_time()):
            if self._snapshot_due():  # before the next step: a command's answer (a slider move) must not wait for it
                self._send_snapshot()
            now = time.perf_counter()
            if self._training and self._session is not None and now >= self._next_step_at:
                self._next_step_at = now + self._min_interval
                self._do_step()
            self._measure_tracked()
            self._warm_up()

    def _warm_up(self) -> None:
        """Once a session's first pictures are out, on a thread of its own: import torch's compiler, which building
        the first optimizer imports (1.5-2 s, once per process, unless the fork server had loaded it), then the
        session's own `warm_up`. The first pictures never wait for them (a lesson shows a model without training
        it), nor do the class's first drags and probes; Train waits only for what is left of the import."""
        if self._warm or self._session is None or self._dirty:
            return
        self._warm = True
        threading.Thread(target=self._warm_up_thread, args=(self._session,), name="genviz-warm-up",
                         daemon=True).start()

    def _warm_up_thread(self, session: Any) -> None:
        import_module("torch._dynamo")
        session.warm_up()
        self._dirty = True  # what it made may show: the loop sends a snapshot within IDLE_WAIT_S

    # Commands
    def _wait_time(self) -> float:
        now = time.perf_counter()
        deadlines = [0.0 if self._tracking_behind else IDLE_WAIT_S]
        if self._training and self._session is not None:
            deadlines.append(self._next_step_at - now)
        if self._dirty and self._wanted:
            deadlines.append(self._last_emit + 1 / SNAPSHOT_HZ - now)
        return max(0.0, min(deadlines))

    def _handle_commands(self, wait: float) -> bool:
        """Apply every queued command, waiting up to `wait` seconds for the first; False to stop."""
        if os.getppid() != self._parent_pid:  # the parent died: nobody will ever send "stop"
            return False
        try:
            while self._commands.poll(wait):
                wait = 0
                command = self._commands.recv()
                if command[0] == "stop":
                    return False
                self._apply(*command)
        except (EOFError, OSError):  # the parent closed its end, or is gone
            return False
        return True

    def _apply(self, name: str, *arguments: Any) -> None:
        if name == "train" and self._session is not None:
            self._set_training(True)
        elif name == "pause":
            self._set_training(False)
        elif name == "step" and self._session is not None:
            self._set_training(False)
            self._do_step()
            self._snapshot_at_once()
        elif name == "reset":
            self._set_training(False)
            self._spec = arguments[0] or self._spec
            self._build()
        elif name == "speed":
            self._min_interval = 1.0 / arguments[0] if arguments[0] else 0.0
            self._next_step_at = time.perf_counter()
        elif name == "drawn":
            self._wanted = True
        elif name == "probe":
            self._probe = arguments[0]
            self._changes += 1
            self._dirty = True
            self._send_answer()
        elif name == "request":
            self._answer(*arguments)
        elif name == "view":  # the timeline's slider: show the past (a step) or now (None); training goes on
            self._viewing = arguments[0]
            self._dirty = True
            self._snapshot_at_once()
            self._send_answer()
        elif name == "branch" and self._session is not None:  # train from the step shown
            self._branch(arguments[0])
        elif name == "release":  # back to being a spare: torch stays loaded for the next lab
            self._set_training(False)
            self._session = None
            self._probe, self._sent, self._min_interval = {}, {}, 0.0
            self._dirty, self._wanted = False, True
            self._send("released")

    def _snapshot_at_once(self) -> None:
        """The class waits for the next snapshot (a Step, the timeline's slider): it goes at once, even before the
        GUI took the last, which it then drops unseen (the listener fills in the parts this one leaves out from the
        last it received)."""
        self._wanted, self._last_emit = True, -math.inf

    def _send_answer(self) -> None:
        """The probe's quick answer at once: a dragged marker or an edited prompt must not wait for a frame."""
        if self._session is None:
            return
        try:
            with showing_past(self._session, self._viewing):
                answer = self._session.answer(self._probe)
        except Exception as error:
            self._fail(error)
            return
        if answer is not None:
            self._send("probe_answered", self._run_id, {**answer, "probe": self._probe})

    def _answer(self, request_id: int, name: str, args: tuple[Any, ...]) -> None:
        session = self._session
        if session is None:
            self._send("refused", self._run_id, request_id,
                       Sentence(translatable("There is no model yet: press Reset.")))
            return
        if name not in session.requests:
            self._send("refused", self._run_id, request_id, Sentence(
                translatable("The {lab} lab has no request called {name}."), {"lab": session.lab, "name": name}))
            return
        try:
            # A request answers for the step shown (a quiz of the past), but a saved model is the live one.
            with showing_past(session, None if name == "save" else self._viewing):
                result = getattr(session, name)(*args)
        except Exception as error:  # a failed request must never end the host
            self._log(error)
            self._send("refused", self._run_id, request_id, user_message(error))
            return
        self._dirty = True
        self._changes += 1
        self._send("answered", self._run_id, request_id, result)

    # Training
    def _set_training(self, training: bool) -> None:
        if training != self._training:
            self._training = training
            self._next_step_at = time.perf_counter()
            self._step_times.clear()
            self._dirty = True
            if self._session is not None:
                self._session.training = training
                if not training:  # the paused model's pictures, not ones a few steps old
                    for picture in self._session.live_pictures().values():
                        picture.refresh()
            self._send("training", training)

    def _build(self) -> None:
        self._run_id += 1
        self._session = None
        self._wanted = True
        self._sent.clear()
        self._step_times.clear()
        self._viewing, self._past = None, None
        self._warm = False
        try:
            self._session = self._spec.build()
            self._session.training = self._training
            self._session.timeline.offer(self._session, math.nan)  # the untrained weights: the timeline's start
        except Exception as error:
            self._fail(error)
            return
        self._send("started", self._run_id, self._session.device_name)
        self._dirty = True

    def _do_step(self) -> None:
        try:
            loss = self._session.step()
        except Exception as error:
            self._set_training(False)
            self._fail(error)
            return
        self._step_times.append(time.perf_counter())
        self._dirty = True
        if math.isfinite(loss):
            self._session.timeline.offer(self._session, loss)
        else:
            self._set_training(False)
            self._send("failed", self._run_id, diverged_message(loss, self._session.step_count, paused=True))

    def _fail(self, error: Exception) -> None:
        self._log(error)
        self._send("failed", self._run_id, user_message(error))

    @staticmethod
    def _log(error: Exception) -> None:
        """The traceback only for errors that are ours (a bug), not the user's."""
        if not isinstance(error, GenvizError):
            log.error("unexpected error in the session", exc_info=error)

    def _steps_per_second(self) -> float:
        times = self._step_times
        if len(times) < 2 or not self._training:
            return 0.0
        return (len(times) - 1) / max(times[-1] - times[0], 1e-9)

    def _measure_tracked(self, follow: bool = False) -> None:
        """A few kept steps' tracked quantity, between training steps; `follow`: first ask the session what to
        track, with the live weights (the Text lab's "favourite now")."""
        self._tracking_behind = False
        if self._session is None:
            return
        try:
            if follow:
                self._session.tracker.follow(self._session.tracking(self._probe))
            else:
                share = TRAINING_SHARE if self._training else 1.0  # paused, nothing waits for the time
                self._tracking_behind = self._session.tracker.fill(self._session, share=share)
        except Exception as error:  # a quantity that cannot be measured is left out, training goes on
            self._log(error)
            self._session.tracker.follow(None)
        self._dirty = self._dirty or self._tracking_behind

    # Snapshots
    def _snapshot_due(self) -> bool:
        return self._dirty and self._wanted and time.perf_counter() - self._last_emit >= 1 / SNAPSHOT_HZ

    def _send_snapshot(self) -> None:
        self._dirty = False
        self._last_emit = time.perf_counter()
        if self._session is None:
            return
        self._measure_tracked(follow=True)
        key = (self._viewing, self._changes)
        try:
            if self._viewing is not None and self._past is not None and self._past[0] == key:
                snapshot, shown = dict(self._past[1]), self._past[1]["viewing"]
            else:
                with showing_past(self._session, self._viewing) as shown:
                    snapshot = self._session.snapshot(self._probe)
                self._past = (key, {**snapshot, "viewing": shown})
        except Exception as error:
            self._set_training(False)
            self._fail(error)
            return
        timeline = self._session.timeline
        snapshot.update(probe=self._probe, training=self._training, steps_per_second=self._steps_per_second(),
                        viewing=shown, live_step=self._session.step_count, timeline=timeline.summary(),
                        tracked=self._session.tracker.curve(timeline.steps))
        unchanged = [key for key, value in snapshot.items()
                     if not isinstance(value, PLAIN) and self._sent.get(key) is value]
        self._sent = dict(snapshot)
        for key in unchanged:
            del snapshot[key]
        self._wanted = False
        self._send("snapshot", self._run_id, snapshot, unchanged)

    def _branch(self, step: int) -> None:
        self._viewing, self._past = None, None
        self._session.tracker.forget()
        try:
            branch(self._session, step)
        except Exception as error:
            self._fail(error)
            return
        self._dirty = True
        self._send_answer()

    def _send(self, *event: Any) -> None:
        self._events.send(event)  # a closed pipe raises: the parent is gone, and host_main ends


def _exit_when_the_pipe_closes(commands: Connection) -> None:
    """End the process the moment the parent's end of the command pipe closes (the parent ended, or was killed).
    The loop notices it between steps, but not while a session is built or a slow picture is made: four Compare
    families building at once on 2 cores took up to 4 s to notice a GUI killed in its first seconds."""
    watch = select.poll()
    watch.register(commands.fileno(), 0)  # no events asked for: poll reports only the hang-up
    while not watch.poll():
        pass
    os._exit(0)


def host_main(commands: Connection, events: Connection, spec: SessionSpec | None, threads: int) -> None:
    """The host process's entry point."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole process group: the GUI decides
    if hasattr(os, "nice"):  # not on Windows; first, so that every thread the host starts inherits it
        os.nice(NICENESS)
    from genviz.core.device import configure_threads

    configure_threads(threads)
    if hasattr(select, "poll"):  # not on Windows, where the loop's own checks are all there is
        threading.Thread(target=_exit_when_the_pipe_closes, args=(commands,), name="genviz-parent-watch",
                         daemon=True).start()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError, EOFError):  # the parent is gone
        SessionHost(commands, events, spec).run()
    sys.stderr.flush()
    os._exit(0)  # skip the interpreter's teardown of torch (1.5 s): nothing is left to write


# On Linux a host forks from a server process that imported torch once (3-4 s of a core): a new host is ready in
# tens of milliseconds, the Compare lab's four share one import, and their pages of torch are shared. Once no host
# was forked for a while the server also loads torch's compiler and the digit judge (genviz/core/fork_server.py).
# The server runs no Qt and no torch work, so forking it is safe; it ends when the process that started it is gone.
# Elsewhere (macOS, where forking a process that loaded Apple's frameworks is unsafe, and Windows) each host imports
# torch.
START_METHOD = "forkserver" if sys.platform.startswith("linux") else "spawn"
START_THREAD = "genviz-host-start"  # the thread a host's process starts on (see HostProcess)


def _context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        context.set_forkserver_preload(["genviz.core.fork_server"])
    return context


class HostProcess:
    """The parent's side of one host: start it, send it commands, receive its events, stop it.

    The process starts on a thread of its own: the first host waits for the fork server to import torch, and
    the window must not. Commands sent meanwhile wait in the pipe."""

    def __init__(self, spec: SessionSpec | None, threads: int) -> None:
        """`spec` None starts a spare: it imports torch, then waits for ("reset", spec)."""
        self.threads = threads
        context = _context()
        command_end, self._commands = context.Pipe(duplex=False)
        self._events, event_end = context.Pipe(duplex=False)
        self._process = context.Process(target=host_main, name="genviz-host", daemon=True,
                                        args=(command_end, event_end, spec, threads))
        self._starting = threading.Thread(target=self._start, args=(command_end, event_end),
                                          name=START_THREAD, daemon=True)
        self._starting.start()
        self._kept: dict[str, Any] = {}  # the newest run's snapshot parts, to fill in unchanged ones
        self._kept_run = 0
        self._next_request = 0

    def _start(self, *child_ends: Connection) -> None:
        try:
            self._process.start()
        finally:  # the child holds these now (or never will): closing ours lets each side see the other go
            for end in child_ends:
                end.close()

    @property
    def process(self) -> multiprocessing.process.BaseProcess:
        """The process, once started (this waits for that)."""
        self._starting.join()
        return self._process

    def alive(self) -> bool:
        """Running, or still being started: this never waits."""
        return self._starting.is_alive() or self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def send(self, *command: Any) -> None:
        """("train",), ("pause",), ("step",), ("reset", spec or None), ("speed", steps per second or None),
        ("drawn",), ("probe", dict), ("release",) (drop the session, stay a spare), ("stop",). A host that
        is gone ignores them; `receive` reports it."""
        with contextlib.suppress(OSError):  # BrokenPipeError included
            self._commands.send(command)

    def request(self, name: str, *args: Any) -> int:
        """Ask the session to run its request `name`; the answer comes back with the returned id."""
        self._next_request += 1
        self.send("request", self._next_request, name, args)
        return self._next_request

    def receive(self, timeout: float | None = None) -> tuple[Any, ...] | None:
        """The next event, or None after `timeout` seconds. Events:
        ("started", run_id, device), ("snapshot", run_id, snapshot), ("probe_answered", run_id, answer),
        ("training", bool), ("failed", run_id, sentence), ("answered", run_id, request_id, result),
        ("refused", run_id, request_id, sentence), ("released",). A sentence is a Sentence (user_message): str() is
        the English one, genviz.qt.translation.core_sentence the window's.
        Raises HostDied (with one sentence) when the host ended; after a `stop`, that is the end of the events."""
        try:
            if not self._events.poll(timeout):
                return None
            event = self._events.recv()
        except (EOFError, OSError):
            if self.process.pid is not None:  # else it never started
                self.process.join(2)
            raise host_died(self.process.exitcode) from None
        if event[0] == "snapshot":
            _, run_id, snapshot, unchanged = event
            if run_id != self._kept_run:
                self._kept, self._kept_run = {}, run_id
            snapshot.update({key: self._kept[key] for key in unchanged})
            self._kept = snapshot
            return "snapshot", run_id, snapshot
        return event

    def stop(self, timeout: float = 1.0) -> None:
        """Ask the host to end, then make sure it has: no process outlives its lab."""
        self.send("stop")
        process = self.process
        if process.pid is not None:  # else it never started
            process.join(timeout)
            if process.is_alive():
                process.kill()
                process.join(5)  # SIGKILL cannot be refused: this is the moment it takes to land
        self._commands.close()

    def close_events(self) -> None:
        self._events.close()


class HostPool:
    """Keeps spare hosts that have imported torch already (3-4 s), so a lab's first session, or a new one after
    its process died, is built at once: one started ahead, and up to `size` that closed labs handed back (the
    app keeps one; the tests, whose windows come and go, a window's worth). `keep_spare` False stops starting
    new ones once every lab has its own. On Linux, where later hosts fork ready-made, the spare started ahead
    starts the fork server while the window is built."""

    def __init__(self, size: int = 1) -> None:
        self._spares: list[HostProcess] = []  # the warmest first: handed back ones have torch loaded for sure
        self.size = size
        self.keep_spare = True

    @property
    def spare_processes(self) -> list[multiprocessing.process.BaseProcess]:
        return [host.process for host in self._spares]

    def start_spare(self) -> None:
        self._drop_dead()
        if not self._spares:
            self._spares.append(HostProcess(None, training_threads()))

    def take(self, spec: SessionSpec, threads: int | None = None) -> HostProcess:
        """A host building `spec`: a spare that is alive and has the threads asked for, else a new one."""
        threads = threads or training_threads()
        self._drop_dead()
        host = next((host for host in self._spares if host.threads == threads), None)
        if host is None:
            return HostProcess(spec, threads)
        self._spares.remove(host)
        host.send("reset", spec)
        return host

    def give_back(self, host: HostProcess) -> bool:
        """Keep a host that released its session as a spare, ahead of one that may still be importing torch;
        beyond `size`, the last one ends."""
        if not (host.alive() and host.threads == training_threads()):
            return False
        self._spares.insert(0, host)
        while len(self._spares) > self.size:
            self._end(self._spares.pop())
        return True

    def refill(self) -> None:
        """Start a new spare, if one is wanted and none is left: after a taken one has built its session, not
        while it does."""
        if self.keep_spare:
            self.start_spare()

    def close(self) -> None:
        """End the spares at once: they hold nothing to save, and one may still be importing torch."""
        self.keep_spare = False
        while self._spares:
            self._end(self._spares.pop())

    def _drop_dead(self) -> None:
        for host in [host for host in self._spares if not host.alive()]:
            self._spares.remove(host)
            self._end(host)

    @staticmethod
    def _end(host: HostProcess) -> None:
        host.stop(timeout=0)
        host.close_events()


HOSTS = HostPool()  # the GUI process's pool; a new process, such as a spawned host, starts with an empty one
