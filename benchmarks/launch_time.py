"""Launch to first window shown, and to the first model ready to train, as `genviz` starts them.

Targets (issue 10): window <= 1.5 s; ready to train (the first session built and drawn) <= 4 s. The GUI
process never imports torch: the first training process starts before Qt loads and imports torch beside
the window's start. Issue 18: loading a translation adds at most 100 ms to the window, so launches alternate
between English and --language (German by default). Prints JSON (median of several launches).

    python benchmarks/launch_time.py [--runs 5] [--language de]
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
from genviz.qt.app import application, create_window, use_chosen_language
app = application()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "launch.ini"), QSettings.Format.IniFormat)
settings.setValue("language", sys.argv[1])
loading = time.perf_counter()
assert use_chosen_language(app, settings) == sys.argv[1]
loading = time.perf_counter() - loading
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
print(loading, shown, time.time())
window.close()
HOSTS.close()
"""


def launch_once(language: str) -> tuple[float, float, float]:
    """Seconds to the window shown and to the first model ready, and the seconds loading the language took."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, language], capture_output=True, text=True, env=env,
                         check=True).stdout
    loading, shown, ready = (float(v) for v in out.split()[-3:])
    return shown - start, ready - start, loading


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--runs", type=int, default=5)
    options.add_argument("--language", default="de")
    args = options.parse_args()
    launches, translated = [], []
    for _ in range(args.runs):  # alternating, so the machine's load falls on both alike
        launches.append(launch_once("en"))
        translated.append(launch_once(args.language))
    print_json("launch_time", {
        "runs": args.runs,
        "window_shown_s": {"median": round(statistics.median(s for s, _, _ in launches), 2),
                           "max": round(max(s for s, _, _ in launches), 2)},
        "first_model_ready_s": {"median": round(statistics.median(r for _, r, _ in launches), 2)},
        "language": args.language,
        "translated_window_shown_s": {"median": round(statistics.median(s for s, _, _ in translated), 2)},
        "translation_adds_s": round(statistics.median(s for s, _, _ in translated)
                                    - statistics.median(s for s, _, _ in launches), 3),
        "translation_loading_ms": {"median": round(1000 * statistics.median(t for _, _, t in translated), 1),
                                   "max": round(1000 * max(t for _, _, t in translated), 1)},
        "target_translation_adds_s": 0.1,
        "target_window_shown_s": 1.5,
        "target_first_model_ready_s": 4.0,
    })


if __name__ == "__main__":
    main()
