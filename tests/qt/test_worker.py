"""The worker thread with a light, torch-free session, so each behaviour is quick to check.

Signals from the worker thread reach a Recorder that lives on the GUI thread (queued, as in the app);
qtbot.waitSignal would run its callback on the worker thread.
"""

import math
import time

import pytest
from PySide6.QtCore import QObject, Slot

from genviz.core.errors import DataError
from genviz.core.session import Session
from genviz.qt.worker import SNAPSHOT_HZ, WorkerHandle


class CountingSession(Session):
    """Counts steps; its loss can be told to become NaN, or its step to raise."""

    lab = "counting"
    config_class = dict

    def __init__(self, loss=1.0, step_seconds=0.0, fail_with=None):
        super().__init__({})
        self.loss, self.step_seconds, self.fail_with = loss, step_seconds, fail_with

    def step(self):
        if self.fail_with is not None:
            raise self.fail_with
        if self.step_seconds:
            time.sleep(self.step_seconds)  # stands in for a training step's work
        self.step_count += 1
        self.history.add("train", self.step_count, self.loss)
        return self.loss

    def snapshot(self, probe):
        return {"step": self.step_count, "loss": self.loss, "history": self.history.arrays(), "echo": probe}

    @property
    def device_name(self):
        return "test"

    def save(self, path):
        raise NotImplementedError


class Recorder(QObject):
    """Everything a worker said, received on the GUI thread; acknowledges snapshots like the GUI does."""

    def __init__(self, worker):
        super().__init__()
        self.worker = worker
        self.snapshots, self.snapshot_times, self.failures, self.started, self.calls, self.training = (
            [], [], [], [], [], [])
        worker.snapshot_ready.connect(self.on_snapshot)
        worker.failed.connect(self.on_failed)
        worker.session_started.connect(self.on_started)
        worker.call_finished.connect(self.on_call)
        worker.training_changed.connect(self.on_training)

    @Slot(int, object)
    def on_snapshot(self, run_id, snapshot):
        self.snapshots.append(snapshot)
        self.snapshot_times.append(time.perf_counter())
        self.worker.snapshot_drawn()

    @Slot(int, str)
    def on_failed(self, run_id, message):
        self.failures.append(message)

    @Slot(int, str)
    def on_started(self, run_id, device):
        self.started.append(run_id)

    @Slot(int, str, object)
    def on_call(self, run_id, tag, result):
        self.calls.append((tag, result))

    @Slot(bool)
    def on_training(self, training):
        self.training.append(training)

    def wait_for(self, qtbot, condition, timeout=5000, since=None):
        """The first snapshot since index `since` (default: from now on) that meets `condition`."""
        start = len(self.snapshots) if since is None else since
        qtbot.waitUntil(lambda: any(condition(s) for s in self.snapshots[start:]), timeout=timeout)
        return next(s for s in self.snapshots[start:] if condition(s))


@pytest.fixture
def start_worker(qtbot):
    handles = []

    def start(factory):
        handle = WorkerHandle(factory)
        recorder = Recorder(handle.worker)
        handles.append(handle)
        handle.start()
        qtbot.waitUntil(lambda: bool(recorder.started or recorder.failures), timeout=30000)  # imports torch
        return handle.worker, recorder

    yield start
    for handle in handles:
        assert handle.shutdown()


def test_step_does_exactly_one_step_while_paused(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.step_once()
    assert recorder.wait_for(qtbot, lambda s: s["step"] >= 1)["step"] == 1
    worker.step_once()
    worker.step_once()
    assert recorder.wait_for(qtbot, lambda s: s["step"] >= 3)["step"] == 3


def test_train_then_pause_stops_stepping(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.train()
    recorder.wait_for(qtbot, lambda s: s["step"] > 50)
    mark = len(recorder.snapshots)
    worker.pause()
    paused_at = recorder.wait_for(qtbot, lambda s: not s["training"], since=mark)["step"]
    worker.set_probe({"ask": 1})  # forces one more snapshot
    assert recorder.wait_for(qtbot, lambda s: s["echo"] == {"ask": 1})["step"] == paused_at


def test_snapshots_are_capped_at_the_frame_rate(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.train()
    qtbot.waitUntil(lambda: len(recorder.snapshot_times) >= 16, timeout=5000)
    worker.pause()
    times = recorder.snapshot_times
    assert (len(times) - 1) / (times[-1] - times[0]) <= SNAPSHOT_HZ * 1.2


def test_no_new_snapshot_until_the_last_was_drawn(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.snapshot_ready.disconnect(recorder.on_snapshot)
    received = []
    worker.snapshot_ready.connect(lambda run_id, snapshot: received.append(snapshot))  # never acknowledges
    worker.train()
    qtbot.waitUntil(lambda: len(received) >= 1)
    worker.step_once()
    worker.set_probe({"ask": 2})
    qtbot.wait(200)
    assert len(received) == 1


def test_speed_limit_slows_training(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.set_speed(20.0)
    worker.train()
    first = recorder.wait_for(qtbot, lambda s: s["step"] >= 1)
    start = time.perf_counter()
    later = recorder.wait_for(qtbot, lambda s: s["step"] >= first["step"] + 10)
    assert (later["step"] - first["step"]) / (time.perf_counter() - start) <= 30


def test_a_nan_loss_pauses_and_says_what_to_do(qtbot, start_worker):
    worker, recorder = start_worker(lambda: CountingSession(loss=math.nan))
    mark = len(recorder.snapshots)
    worker.train()
    qtbot.waitUntil(lambda: bool(recorder.failures))
    assert "lower the learning rate" in recorder.failures[0]
    assert recorder.wait_for(qtbot, lambda s: s["step"] > 0 and not s["training"], since=mark)["step"] == 1


def test_an_error_in_a_step_pauses_with_its_sentence(qtbot, start_worker):
    worker, recorder = start_worker(lambda: CountingSession(fail_with=DataError("The data ran out.")))
    worker.train()
    qtbot.waitUntil(lambda: bool(recorder.failures))
    assert recorder.failures == ["The data ran out."]
    assert recorder.training[-1] is False


def test_a_failed_build_reports_and_reset_recovers(qtbot, start_worker):
    def broken():
        raise DataError("The file notes.txt is empty.")

    worker, recorder = start_worker(broken)
    assert recorder.failures == ["The file notes.txt is empty."]
    worker.reset(CountingSession)
    qtbot.waitUntil(lambda: bool(recorder.snapshots))
    assert recorder.snapshots[0]["step"] == 0


def test_reset_starts_a_new_run(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.step_once()
    recorder.wait_for(qtbot, lambda s: s["step"] == 1)
    mark = len(recorder.snapshots)
    worker.reset()
    recorder.wait_for(qtbot, lambda s: s["step"] == 0, since=mark)
    assert recorder.started == [1, 2]


def test_call_runs_on_the_session_between_steps(qtbot, start_worker):
    worker, recorder = start_worker(CountingSession)
    worker.call("count", lambda session: session.step_count + 100)
    qtbot.waitUntil(lambda: bool(recorder.calls))
    assert recorder.calls == [("count", 100)]


def test_shutdown_while_training_takes_under_a_second(qtbot):
    handle = WorkerHandle(lambda: CountingSession(step_seconds=0.01))
    recorder = Recorder(handle.worker)
    handle.start()
    handle.worker.train()
    recorder.wait_for(qtbot, lambda s: s["step"] > 3)
    start = time.perf_counter()
    assert handle.shutdown()
    assert time.perf_counter() - start < 1.0
    assert not handle.thread.isRunning()
