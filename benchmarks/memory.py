"""Memory of the whole app: the GUI process, every training process and multiprocessing's helpers (on Linux the
fork server the training processes start from), as proportional set size (PSS).

Targets (issue 10): all four labs opened and trained (a minute in all), total PSS < 2 GB; a long run grows
no process by more than 10% (from its size after the first minute to its size at the end). Prints JSON.

    python benchmarks/memory.py [--seconds-per-lab 15] [--long-minutes 0]
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from report import parser, print_json

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--seconds-per-lab", type=float, default=15.0)
    options.add_argument("--long-minutes", type=float, default=0.0, help="then train the Text lab this long")
    args = options.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from genviz.core.memory import descendants, pss_mb
    from genviz.qt.app import application, create_window

    _app = application()  # kept alive while the window lives

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def sizes() -> dict[str, float]:
        found = {"gui": pss_mb(os.getpid())}
        hosts = set()
        for name, controller in window.controllers.items():
            found[name] = sum(pss_mb(pid) for pid in controller.host_pids)
            hosts.update(controller.host_pids)
        found["helpers"] = sum(pss_mb(pid) for pid in descendants(os.getpid()) if pid not in hosts)  # the fork server
        return found

    with tempfile.TemporaryDirectory() as folder:
        window = create_window(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
        window.resize(1600, 1000)
        window.show()
        for index, _name in enumerate(window.lab_names):
            window.tabs.setCurrentIndex(index)
            controller = window.current
            while controller.last_snapshot is None:
                spin(0.05)
            controller.train()
            spin(args.seconds_per_lab)
            controller.pause()
        spin(1.0)
        all_labs = sizes()
        long_run = {}
        if args.long_minutes:
            window.tabs.setCurrentIndex(0)
            window.current.train()
            spin(60)
            first = sizes()
            spin(max(0.0, args.long_minutes * 60 - 60))
            last = sizes()
            window.current.pause()
            long_run = {"minutes": args.long_minutes, "after_1_min_mb": {k: round(v) for k, v in first.items()},
                        "at_end_mb": {k: round(v) for k, v in last.items()},
                        "largest_growth": round(max(last[k] / first[k] - 1 for k in ("gui", "text")), 3)}
        window.close()
    print_json("memory", {
        "all_labs_trained_mb": {k: round(v) for k, v in all_labs.items()},
        "total_mb": round(sum(all_labs.values())),
        **({"long_run": long_run} if long_run else {}),
        "targets": {"total_mb": "< 2048", "largest_growth": "<= 0.10"},
    })


if __name__ == "__main__":
    main()
