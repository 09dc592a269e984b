"""Reading a training process's step count from outside, for the benchmarks that drive hosts directly."""

from __future__ import annotations

import time


def paused_step(host, timeout: float = 10.0) -> int:
    """The step of a host that was just told to pause: acknowledge its snapshots until a paused one comes."""
    host.send("drawn")
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        event = host.receive(0.1)
        if event is not None and event[0] == "snapshot" and not event[2]["training"]:
            return event[2]["step"]
        host.send("drawn")
    raise TimeoutError("the training process did not report its step")


def listen(hosts, seconds: float) -> None:
    """Read the hosts' events for `seconds` without asking for more snapshots: a host whose pipe is full
    would wait to send instead of training."""
    end = time.perf_counter() + seconds
    while (left := end - time.perf_counter()) > 0:
        for host in hosts:
            host.receive(min(left, 0.01) / len(hosts))


def wait_started(host, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        event = host.receive(1.0)
        if event is not None and event[0] == "started":
            return
        if event is not None and event[0] == "failed":
            raise RuntimeError(event[2])
    raise TimeoutError("the training process did not start")
