"""Launch to first window shown, and to the first model ready to train, as `genviz` starts them.

Targets (issue 10): window <= 1.5 s; ready to train (the first session built and drawn) <= 4 s. The GUI
process never imports torch: the first training process starts before Qt loads and imports torch beside
the window's start. Prints JSON (median of several launches).

    python benchmarks/launch_time.py [--runs 5]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from report import parser, print_json

CHILD = """
import sys, time, tempfile
from pathlib import Path
from genviz.core.host import HOSTS
HOSTS.start_spare()  # as run_gui does
from PySide6.QtCore import QSettings
from genviz.qt.app import application, create_window
app = application()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "launch.ini"), QSettings.Format.IniFormat)
window = create_window(settings)
window.show()
app.processEvents()
window.repaint()
shown = time.time()
controller = window.current
while controller.last_snapshot is None:
    app.processEvents()
    time.sleep(0.005)
    controller.draw_pending()
print(shown, time.time())
window.close()
HOSTS.close()
"""


def launch_once() -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True).stdout
    shown, ready = (float(v) for v in out.split()[-2:])
    return shown - start, ready - start


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--runs", type=int, default=5)
    args = options.parse_args()
    launches = [launch_once() for _ in range(args.runs)]
    print_json("launch_time", {
        "runs": args.runs,
        "window_shown_s": {"median": round(statistics.median(s for s, _ in launches), 2),
                           "max": round(max(s for s, _ in launches), 2)},
        "first_model_ready_s": {"median": round(statistics.median(r for _, r in launches), 2)},
        "target_window_shown_s": 1.5,
        "target_first_model_ready_s": 4.0,
    })


if __name__ == "__main__":
    main()
