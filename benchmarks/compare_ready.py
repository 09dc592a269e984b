"""The Compare tab, opened in a window that has settled: seconds until every family shows its first picture, then,
after --talk seconds (the teacher explains first), from Train to each family's first step and its first row of the
results table. With --at-launch, the app starts in the Compare tab instead (the tab used last), each run a new
process: from the process's start to the first pictures. Prints JSON.

Four training processes start at once, each building its family. Each imports torch's compiler after its first
pictures, then makes its reference (scikit-learn, the digit judge and the held-out digits), so a Train pressed at
once waits for the compiler, and the table's first row for the reference; on Linux the fork server has loaded both
once no host was forked for a while (genviz/core/fork_server.py), and a host forked after that has them already.

    python benchmarks/compare_ready.py [--runs 2] [--talk 5] [--at-launch]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import parser, print_json

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def once(talk_s: float, at_launch: bool = False,
         start: float | None = None) -> tuple[float, dict[str, float], dict[str, float]]:
    """Seconds to the first pictures (from `start` at launch); per family, seconds from Train to its first step and
    to its first row."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from genviz.qt.app import create_window

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        if at_launch:
            settings.setValue("window/lab", "compare")
        window = create_window(settings)
        window.resize(1600, 1000)
        window.show()
        if not at_launch:
            while window.controllers[window.lab_names[0]].last_snapshot is None:
                QTest.qWait(20)
            QTest.qWait(3000)  # the first lab settled, as it would be before a class opens the Compare tab
            start = time.perf_counter()
            window.tabs.setCurrentIndex(window.lab_names.index("compare"))
        compare = window.controllers["compare"]
        while not compare.hosts or any(host.snapshot is None for host in compare.hosts.values()):
            QTest.qWait(20)
        shown = time.perf_counter() - start
        QTest.qWait(int(1000 * talk_s))
        start = time.perf_counter()
        compare.train()
        first: dict[str, float] = {}
        rows: dict[str, float] = {}
        while len(rows) < len(compare.hosts):
            QTest.qWait(10)
            for name, host in compare.hosts.items():
                snapshot = host.snapshot or {}
                if name not in first and snapshot.get("step", 0) >= 1:
                    first[name] = round(time.perf_counter() - start, 2)
                if name not in rows and snapshot.get("metrics") is not None:
                    rows[name] = round(time.perf_counter() - start, 2)
        window.close()
    return shown, first, rows


@contextlib.contextmanager
def started_as_the_app_starts():
    """A spare training process, then Qt's application (kept alive while the windows live), as the app starts."""
    from genviz.core.host import HOSTS
    from genviz.qt.app import application

    HOSTS.start_spare()
    _app = application()
    try:
        yield
    finally:
        HOSTS.close()


def launch(talk_s: float) -> None:
    """One run in a process of its own, started as the app starts (--launched): its figures as JSON."""
    start = time.perf_counter()
    with started_as_the_app_starts():
        print(json.dumps(once(talk_s, at_launch=True, start=start)))


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--runs", type=int, default=2)
    options.add_argument("--talk", type=float, default=5.0, help="seconds between the first pictures and Train")
    options.add_argument("--at-launch", action="store_true", help="the app starts in the Compare tab")
    options.add_argument("--launched", action="store_true", help=argparse.SUPPRESS)  # one --at-launch run
    args = options.parse_args()
    if args.launched:
        launch(args.talk)
        return
    if args.at_launch:
        command = [sys.executable, __file__, "--launched", "--talk", str(args.talk)]
        runs = [json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
                for _ in range(args.runs)]
    else:
        with started_as_the_app_starts():
            runs = [once(args.talk) for _ in range(args.runs)]
    print_json("compare_ready", {
        "at_launch": args.at_launch,
        "first_pictures_s": [round(shown, 2) for shown, _, _ in runs],
        "first_pictures_median_s": round(statistics.median(shown for shown, _, _ in runs), 2),
        "talk_s": args.talk,
        "train_to_first_step_s": [first for _, first, _ in runs],
        "train_to_first_table_row_s": [rows for _, _, rows in runs],
    })


if __name__ == "__main__":
    main()
