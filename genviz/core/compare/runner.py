"""Train several families at once, each in its own host process with a fair share of the cores, for the same
wall-clock budget; then collect each one's samples, table row and model file. The command line and the benchmarks
run the Compare lab through this, the way the app does: the same sessions, hosts and live snapshots."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from genviz.core.compare.families import check_families
from genviz.core.errors import GenvizError
from genviz.core.host import HostDied, HostProcess, SessionSpec
from genviz.core.translatable import translatable

SESSION = "genviz.core.compare.session:CompareSession"
FINAL_SAMPLES = 1000  # samples judged for the final table
FINAL_SEED = 4321  # their seed: none of the live grid's or table's
START_TIMEOUT_S = 120.0  # building a session (importing torch, fitting the digit judge) on a busy machine
ANSWER_TIMEOUT_S = 300.0  # sampling and judging the final samples, or saving
POLL_S = 0.02

Progress = Callable[[float, dict[str, dict[str, Any]]], None]  # (seconds trained, family -> its latest snapshot)


@dataclass
class FamilyResult:
    family: str
    steps: int = 0
    metrics: dict[str, Any] | None = None  # the final table row (genviz/core/compare/session.py `evaluate`)
    samples: np.ndarray | None = None
    model: Path | None = None  # the model file written, when asked for
    error: str | None = None  # one sentence when the family failed; the others go on


@dataclass
class _Column:
    name: str
    host: HostProcess
    run_id: int | None = None
    snapshot: dict[str, Any] = field(default_factory=dict)
    result: FamilyResult = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.result = FamilyResult(self.name)


def threads_per_family(families: int, cores: int | None = None) -> int:
    """A fair share of the cores this process may run on for each of the hosts training at once."""
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores // families)


def run_compare(families: tuple[str, ...], data: str = "digits", train_images: int | None = None,
                seconds: float = 120.0, seed: int = 0, out: Path | None = None, samples: int = FINAL_SAMPLES,
                on_progress: Progress | None = None, progress_every_s: float = 5.0) -> dict[str, FamilyResult]:
    """Build every family's session, train them all at once for `seconds` of wall-clock time, pause them together,
    then one after the other (so that each is timed alone) judge `samples` final samples and, with `out`, write
    out/FAMILY.safetensors. on_progress(seconds, snapshots) about every progress_every_s seconds."""
    if not 0 < seconds < math.inf:
        raise GenvizError(translatable("Train for a finite time above 0 seconds, not {seconds}."), seconds=seconds)
    check_families(families, data)
    threads = threads_per_family(len(families))
    columns = [_Column(name, HostProcess(SessionSpec(SESSION, (name, data, train_images, seed)), threads))
               for name in families]
    try:
        _wait_started(columns)
        live = [c for c in columns if c.result.error is None]
        for column in live:
            column.host.send("train")
        _train(live, seconds, on_progress, progress_every_s)
        for column in live:
            if column.result.error is None:
                _finish(column, samples, out)
    finally:
        for column in columns:
            column.host.stop()
            column.host.close_events()
    return {c.name: c.result for c in columns}


def _handle(column: _Column, event: tuple[Any, ...] | None) -> Any:
    """Keep what an event says about the column; returns an answer's result, else None."""
    if event is None:
        return None
    kind = event[0]
    if kind == "started":
        column.run_id = event[1]
    elif kind == "snapshot":
        column.snapshot = event[2]
        column.result.steps = column.snapshot.get("steps", column.result.steps)
        column.host.send("drawn")  # ready for the next, as the app's view is when one arrives
    elif kind == "failed" and column.result.error is None:
        column.result.error = str(event[2])
    return event


def _receive(column: _Column, timeout: float) -> tuple[Any, ...] | None:
    try:
        return _handle(column, column.host.receive(timeout))
    except HostDied as died:
        column.result.error = column.result.error or str(died)
        return None


def _wait_started(columns: list[_Column]) -> None:
    deadline = time.perf_counter() + START_TIMEOUT_S
    waiting = list(columns)
    while waiting and time.perf_counter() < deadline:
        for column in list(waiting):
            _receive(column, POLL_S)
            if column.run_id is not None or column.result.error is not None:
                waiting.remove(column)
    for column in waiting:
        column.result.error = f"The {column.name} family did not start within {START_TIMEOUT_S:.0f} s."


def _train(columns: list[_Column], seconds: float, on_progress: Progress | None, every: float) -> None:
    start = time.perf_counter()
    last_report = start
    while (now := time.perf_counter()) - start < seconds:
        for column in columns:
            if column.result.error is None:
                _receive(column, 0)
        if on_progress is not None and now - last_report >= every:
            last_report = now
            on_progress(now - start, {c.name: c.snapshot for c in columns})
        time.sleep(POLL_S)
    for column in columns:
        column.host.send("pause")
    if on_progress is not None:
        on_progress(time.perf_counter() - start, {c.name: c.snapshot for c in columns})


def _ask(column: _Column, name: str, *args: Any) -> Any:
    """A request's answer; on a refusal or a dead host, the column's error is set instead."""
    request = column.host.request(name, *args)
    deadline = time.perf_counter() + ANSWER_TIMEOUT_S
    while time.perf_counter() < deadline and column.result.error is None:
        event = _receive(column, POLL_S)
        if event is None or event[0] not in ("answered", "refused") or event[2] != request:
            continue
        if event[0] == "refused":
            column.result.error = event[3]
            return None
        return event[3]
    column.result.error = column.result.error or f"The {column.name} family did not answer within " \
                                                 f"{ANSWER_TIMEOUT_S:.0f} s."
    return None


def _finish(column: _Column, samples: int, out: Path | None) -> None:
    answer = _ask(column, "evaluate", samples, FINAL_SEED)
    if column.result.error is not None:
        return
    column.result.metrics, column.result.samples = answer["metrics"], answer["samples"]
    column.result.steps = answer["metrics"]["steps"]
    if out is not None:
        path = out / f"{column.name}.safetensors"
        _ask(column, "save", str(path))
        if column.result.error is None:
            column.result.model = path
