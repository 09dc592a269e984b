"""Launch to first window shown: a fresh interpreter imports genviz, builds the window and paints it.

Target (issue 2): <= 2 s. Torch is imported later on the worker thread, so it is not on this path; the
figure also reports when the first model was ready to train. Prints JSON (median of several launches).

    python benchmarks/launch_time.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

CHILD = """
import sys, time, tempfile
from pathlib import Path
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
"""


def launch_once() -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True).stdout
    shown, ready = (float(v) for v in out.split()[-2:])
    return shown - start, ready - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    launches = [launch_once() for _ in range(args.runs)]
    print(json.dumps({
        "benchmark": "launch to first window shown",
        "runs": args.runs,
        "window_shown_s": {"median": round(statistics.median(s for s, _ in launches), 2),
                           "max": round(max(s for s, _ in launches), 2)},
        "first_model_ready_s": {"median": round(statistics.median(r for _, r in launches), 2)},
        "target_window_shown_s": 2.0,
    }, indent=2))


if __name__ == "__main__":
    main()
