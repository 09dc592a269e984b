"""The session host against real spawned processes, with a light session so each behaviour is quick to check.

Most tests share one host and start a fresh run in it with Reset, as the app does; the tests of a host that
dies or loses its parent start their own.
"""

import json
import math
import os
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from genviz.core.errors import DataError
from genviz.core.host import (
    SNAPSHOT_HZ,
    START_METHOD,
    HostDied,
    HostPool,
    HostProcess,
    SessionSpec,
    training_threads,
)

COUNTING = "tests.core.counting_session:CountingSession"
STARTUP_S = 60  # a host imports torch first


def counting(*args):
    return SessionSpec(COUNTING, args)


class Client:
    """Receives a host's events and acknowledges snapshots as the GUI does."""

    def __init__(self, host):
        self.host = host
        self.snapshots, self.snapshot_times, self.failures, self.started, self.training = [], [], [], [], []
        self.answers = {}
        self.probe_answers = []
        self.released = False
        self.run_id = 0

    def pump(self, timeout=0.05, acknowledge=True):
        event = self.host.receive(timeout)
        if event is None:
            return
        kind, *rest = event
        if kind == "snapshot" and rest[0] == self.run_id:
            self.snapshots.append(rest[1])
            self.snapshot_times.append(time.perf_counter())
            if acknowledge:
                self.host.send("drawn")
        elif kind == "snapshot":
            self.host.send("drawn")  # an old run's: drop it
        elif kind == "started":
            self.run_id = rest[0]
            self.started.append(rest[0])
        elif kind == "failed":
            self.failures.append(str(rest[1]))
        elif kind == "training":
            self.training.append(rest[0])
        elif kind == "released":
            self.released = True
        elif kind == "probe_answered":
            self.probe_answers.append(rest[1])
        elif kind in ("answered", "refused"):
            self.answers[rest[1]] = (kind, str(rest[2]) if kind == "refused" else rest[2])

    def wait_until(self, condition, timeout=10.0, acknowledge=True):
        deadline = time.perf_counter() + timeout
        while not condition():
            assert time.perf_counter() < deadline, "timed out"
            self.pump(acknowledge=acknowledge)

    def wait_for_snapshot(self, condition, timeout=10.0, since=None):
        """The first snapshot since index `since` (default: from now on) that meets `condition`."""
        start = len(self.snapshots) if since is None else since
        self.wait_until(lambda: any(condition(s) for s in self.snapshots[start:]), timeout)
        return next(s for s in self.snapshots[start:] if condition(s))

    def reset(self, spec):
        """A new run of `spec`, paused, at full speed; returns once it has started (or failed to)."""
        self.host.send("speed", None)
        self.host.send("reset", spec)
        started, failed = len(self.started), len(self.failures)
        self.wait_until(lambda: len(self.started) > started or len(self.failures) > failed, STARTUP_S)
        self.snapshots.clear()
        self.snapshot_times.clear()


@pytest.fixture(scope="module")
def shared_host():
    host = HostProcess(counting(), threads=1)
    yield host
    host.stop()
    host.close_events()


@pytest.fixture
def client(shared_host):
    """The shared host, with a fresh run of the counting session."""
    client = Client(shared_host)
    client.reset(counting())
    return client


def test_step_does_exactly_one_step_while_paused(client):
    client.host.send("step")
    assert client.wait_for_snapshot(lambda s: s["step"] >= 1)["step"] == 1
    client.host.send("step")
    client.host.send("step")
    assert client.wait_for_snapshot(lambda s: s["step"] >= 3)["step"] == 3


def test_train_then_pause_stops_stepping(client):
    client.host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 50)
    mark = len(client.snapshots)
    client.host.send("pause")
    paused_at = client.wait_for_snapshot(lambda s: not s["training"], since=mark)["step"]
    client.host.send("probe", {"ask": 1})  # forces one more snapshot
    assert client.wait_for_snapshot(lambda s: s["echo"] == {"ask": 1})["step"] == paused_at


def test_snapshots_are_capped_at_the_frame_rate(client):
    client.host.send("train")
    client.wait_until(lambda: len(client.snapshot_times) >= 16)
    client.host.send("pause")
    times = client.snapshot_times
    assert (len(times) - 1) / (times[-1] - times[0]) <= SNAPSHOT_HZ * 1.2


def test_no_new_snapshot_until_the_last_was_drawn(client):
    client.host.send("train")
    client.wait_until(lambda: len(client.snapshots) >= 1, acknowledge=False)
    client.host.send("probe", {"ask": 2})
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        client.pump(acknowledge=False)
    assert len(client.snapshots) == 1
    client.host.send("pause")


def test_a_step_is_answered_at_once_even_before_the_last_snapshot_was_drawn(client):
    client.host.send("probe", {"ask": 3})
    client.wait_until(lambda: len(client.snapshots) >= 1, acknowledge=False)  # never acknowledged
    client.host.send("step")
    assert client.wait_for_snapshot(lambda s: s["step"] == 1, timeout=2.0)["step"] == 1


def test_speed_limit_slows_training(client):
    client.host.send("speed", 20.0)
    client.host.send("train")
    first = client.wait_for_snapshot(lambda s: s["step"] >= 1)
    start = time.perf_counter()
    later = client.wait_for_snapshot(lambda s: s["step"] >= first["step"] + 10)
    assert (later["step"] - first["step"]) / (time.perf_counter() - start) <= 30
    client.host.send("pause")


def test_a_nan_loss_pauses_and_says_what_to_do(client):
    client.reset(counting(math.nan))
    client.host.send("train")
    client.wait_until(lambda: bool(client.failures))
    assert "lower the learning rate" in client.failures[0]
    assert client.wait_for_snapshot(lambda s: s["step"] > 0 and not s["training"], since=0)["step"] == 1


def test_an_error_in_a_step_pauses_with_its_sentence(client):
    client.reset(counting(1.0, 0.0, DataError("The data ran out.")))
    client.host.send("train")
    client.wait_until(lambda: bool(client.failures))
    assert client.failures == ["The data ran out."]
    client.wait_until(lambda: client.training and client.training[-1] is False)


def test_a_failed_build_reports_and_reset_recovers(client):
    client.reset(counting(1.0, 0.0, None, True))
    assert client.failures == ["The file notes.txt is empty."]
    client.reset(counting())
    assert client.wait_for_snapshot(lambda s: True, since=0)["step"] == 0


def test_reset_starts_a_new_run_with_a_new_id(client):
    first_run = client.run_id
    client.host.send("step")
    client.wait_for_snapshot(lambda s: s["step"] == 1)
    client.host.send("reset", None)  # None: the same spec again
    client.wait_until(lambda: client.run_id == first_run + 1)
    assert client.wait_for_snapshot(lambda s: True)["step"] == 0


def test_a_new_probe_is_answered_at_once_without_waiting_for_a_snapshot(client):
    client.host.send("train")
    client.wait_until(lambda: len(client.snapshots) >= 1, acknowledge=False)  # no snapshot may come now
    client.host.send("probe", {"ask": 21})
    client.wait_until(lambda: client.probe_answers, acknowledge=False)
    assert client.probe_answers == [{"doubled": 42, "probe": {"ask": 21}}]
    client.host.send("pause")


def test_a_released_host_drops_its_session_and_builds_the_next_one_it_is_given(client):
    client.host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 3)
    client.host.send("release")  # a closed window hands its host back as the spare
    client.wait_until(lambda: client.released)
    assert client.training[-1] is False
    request = client.host.request("add", 1)
    client.wait_until(lambda: request in client.answers)
    assert client.answers[request][0] == "refused"  # no session any more
    client.reset(counting())
    assert client.wait_for_snapshot(lambda s: True, since=0)["step"] == 0


def test_the_pool_keeps_hosts_handed_back_up_to_its_size_and_never_a_dead_one():
    pool = HostPool(size=1)
    first, second = HostProcess(counting(), training_threads()), HostProcess(counting(), training_threads())
    taken = None
    try:
        assert pool.give_back(first) and pool.give_back(second)
        assert pool.spare_processes == [second.process]  # beyond its size, the one kept longest ended
        first.process.join(5)
        assert not first.process.is_alive()
        second.process.kill()
        second.process.join(5)
        taken = pool.take(counting())  # not the dead one: a new process
        assert taken is not second and pool.spare_processes == []
    finally:
        for host in (first, second, taken):
            if host is not None:
                host.stop()
                host.close_events()


def test_a_request_is_answered_to_its_id_between_steps(client):
    request = client.host.request("add", 100)
    client.wait_until(lambda: request in client.answers)
    assert client.answers[request] == ("answered", 100)


def test_a_raising_request_comes_back_as_a_sentence_and_the_host_keeps_running(client):
    failing, unknown = client.host.request("fail"), client.host.request("step_count")
    client.wait_until(lambda: failing in client.answers and unknown in client.answers)
    assert client.answers[failing] == ("refused", "That example does not exist.")
    assert client.answers[unknown] == ("refused", "The counting lab has no request called step_count.")
    client.host.send("step")
    assert client.wait_for_snapshot(lambda s: s["step"] == 1)["step"] == 1


def test_a_part_that_did_not_change_travels_once(client):
    client.host.send("step")
    first = client.wait_for_snapshot(lambda s: s["step"] == 1)
    client.host.send("step")
    second = client.wait_for_snapshot(lambda s: s["step"] == 2)
    assert second["big"] is first["big"]  # filled in from the copy kept, not unpickled again
    assert second["history"] is not first["history"]


def test_the_host_ignores_ctrl_c_and_the_gui_decides(client):
    os.kill(client.host.pid, signal.SIGINT)
    client.host.send("step")
    assert client.wait_for_snapshot(lambda s: s["step"] == 1)["step"] == 1


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities are Unix's")
def test_the_host_trains_at_a_lower_priority_than_the_window_so_frames_come_when_due(client):
    assert os.getpriority(os.PRIO_PROCESS, client.host.pid) > os.getpriority(os.PRIO_PROCESS, 0)


def test_a_killed_host_is_reported_in_one_sentence():
    host = HostProcess(counting(), threads=1)
    client = Client(host)
    client.wait_until(lambda: client.started, STARTUP_S)
    host.request("crash")
    with pytest.raises(HostDied, match=r"The training process stopped unexpectedly \(killed by signal 9"):
        client.wait_until(lambda: False)
    host.stop()
    host.close_events()


def test_stop_while_training_takes_under_a_second():
    host = HostProcess(counting(1.0, 0.01), threads=1)
    client = Client(host)
    client.wait_until(lambda: client.started, STARTUP_S)
    host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 3)
    start = time.perf_counter()
    host.stop()
    assert time.perf_counter() - start < 1.0
    assert host.process.exitcode == 0  # it stopped by itself, it was not killed
    host.close_events()


@pytest.mark.parametrize("moment", ["training", "building"])
def test_the_host_exits_when_its_parent_is_killed(tmp_path, moment):
    """A GUI killed with SIGKILL cannot stop its hosts: each notices and exits within 2 s, even one still building
    its session (here a build of 60 s: the Compare lab's four families build for seconds at once)."""
    args = () if moment == "training" else (1.0, 0.0, None, False, 60.0)  # CountingSession(..., build_seconds=60)
    parent = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {os.getcwd()!r})
        from genviz.core.host import HostProcess, SessionSpec
        if __name__ == "__main__":
            host = HostProcess(SessionSpec({COUNTING!r}, {args!r}), threads=1)
            if {moment!r} == "training":
                while host.receive(60)[0] != "started":
                    pass
                host.send("train")
            print(host.pid, flush=True)
            time.sleep(60)
    """)
    script = tmp_path / "parent.py"
    script.write_text(parent)
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        host_pid = int(process.stdout.readline())
        process.kill()
        process.wait()
        killed_at = time.perf_counter()
        while _alive(host_pid):
            assert time.perf_counter() - killed_at < 2.0, "the host outlived its parent"
            time.sleep(0.05)
    finally:
        process.kill()
        process.stdout.close()


def test_starting_a_host_never_waits_for_torch_and_later_hosts_start_with_what_they_need(tmp_path):
    """The window starts its first host while it is built: that returns at once, though the host takes seconds to
    import torch. On Linux later hosts fork from a process that imported it already, so they start at once; once
    no host was forked for a while, that process loads torch's compiler and the digit judge, and the hosts forked
    after start with them too."""
    script = tmp_path / "first_hosts.py"
    script.write_text(textwrap.dedent(f"""
        import json, sys, time
        sys.path.insert(0, {os.getcwd()!r})
        from genviz.core.fork_server import QUIET_S
        from genviz.core.host import HostProcess, SessionSpec
        if __name__ == "__main__":
            times, loaded = [], []
            for index in range(4):
                if index == 2:
                    time.sleep(QUIET_S + 1.5)  # quiet: the fork server loads the rest
                start = time.perf_counter()
                host = HostProcess(SessionSpec({COUNTING!r}), threads=1)
                returned = time.perf_counter() - start
                while host.receive(60)[0] != "started":
                    pass
                times.append((returned, time.perf_counter() - start))
                host.request("loaded")
                while (event := host.receive(60))[0] != "answered":
                    pass
                loaded.append(event[3])
                host.stop()
                host.close_events()
            print(json.dumps([times, loaded]))
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True)
    times, loaded = json.loads(result.stdout)
    (returned, first_ready), (_, second_ready), _, (_, fourth_ready) = times
    assert returned < first_ready / 4, (returned, first_ready)
    # The judge only the fork server could have fitted (a host's own warm-up imports the compiler, soon)
    assert not loaded[0]["judge"] and not loaded[1]["judge"]  # hosts forked together never wait for it
    if START_METHOD == "forkserver":
        assert second_ready < first_ready / 4, (second_ready, first_ready)  # forked together: no wait either
        assert fourth_ready < first_ready / 4, (fourth_ready, first_ready)
        assert loaded[2:] == [{"compiler": True, "judge": True}] * 2, loaded


def _alive(pid):
    """True while `pid` runs (a zombie, reaped by init soon, counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_the_timeline_shows_the_past_while_training_goes_on_and_trains_again_from_it(client):
    client.reset(SessionSpec("tests.core.counting_session:WeightedCountingSession"))
    client.host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 200)
    kept = client.snapshots[-1]["timeline"]
    assert kept[0, 0] == 0 and len(kept) <= 64
    client.host.send("view", 10)  # the kept step nearest to 10: thinning may have dropped 10 itself
    past = client.wait_for_snapshot(lambda s: s["viewing"] is not None)
    assert abs(past["viewing"] - 10) <= 3 and past["step"] == past["viewing"] == past["weight_step"]
    later = client.wait_for_snapshot(lambda s: s["live_step"] > past["live_step"] + 50)
    assert later["viewing"] is not None and later["weight_step"] == later["viewing"] < 20  # still the past
    client.host.send("view", None)
    now = client.wait_for_snapshot(lambda s: s["viewing"] is None)
    assert now["weight_step"] == now["step"] > 200
    client.host.send("pause")
    client.host.send("branch", 10)
    again = client.wait_for_snapshot(lambda s: s["viewing"] is None and s["step"] < 20)
    assert again["weight_step"] == again["step"] == again["timeline"][-1, 0]
    assert (again["history"]["train"][:, 0] <= again["step"]).all()  # the loss curve forgot the old future


def test_a_new_run_sends_its_own_timeline_even_when_it_kept_the_same_steps_as_the_old_one(client):
    for loss in (1.0, 5.0):  # two runs that both keep steps 0 and 1, with other losses
        client.reset(counting(loss))
        client.host.send("step")
        assert client.wait_for_snapshot(lambda s: s["step"] == 1)["timeline"][-1].tolist() == [1, loss]


def test_pausing_shows_the_paused_models_pictures_not_ones_a_few_steps_old(client):
    client.reset(SessionSpec("tests.core.counting_session:WeightedCountingSession"))
    client.host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 50)
    client.host.send("pause")
    paused = client.wait_for_snapshot(lambda s: not s["training"])
    assert paused["pictured_step"] == paused["weight_step"] == paused["step"]


def test_the_tracked_quantity_comes_with_the_timeline_and_is_measured_again_after_a_branch(client):
    client.reset(SessionSpec("tests.core.counting_session:WeightedCountingSession"))
    client.host.send("train")
    tracked = client.wait_for_snapshot(lambda s: s["step"] > 200 and np.isfinite(s["tracked"]["values"]).all())
    # The weight is its step, as kept in half precision.
    assert tracked["tracked"]["values"][1:].tolist() == tracked["timeline"][1:, 0].astype(np.float16).tolist()
    client.host.send("pause")
    client.host.send("branch", 10)
    again = client.wait_for_snapshot(lambda s: s["step"] < 20 and np.isfinite(s["tracked"]["values"]).all())
    assert again["tracked"]["values"][1:].tolist() == again["timeline"][1:, 0].astype(np.float16).tolist()


def test_a_model_saved_while_the_timeline_shows_the_past_is_the_live_one(client, tmp_path):
    client.reset(SessionSpec("tests.core.counting_session:WeightedCountingSession"))
    client.host.send("train")
    client.wait_for_snapshot(lambda s: s["step"] > 100)
    client.host.send("pause")
    client.host.send("view", 10)
    past = client.wait_for_snapshot(lambda s: s["viewing"] is not None and not s["training"])
    path = tmp_path / "model.txt"
    request = client.host.request("save", str(path), False)
    client.wait_until(lambda: request in client.answers)
    assert int(path.read_text()) == past["live_step"] > 100  # the counting session writes its step count
    quiz = client.host.request("add", 0)  # any other request answers for the step shown
    client.wait_until(lambda: quiz in client.answers)
    assert client.answers[quiz] == ("answered", past["viewing"])
