"""Launch to first window of the bundled app (dist/genviz/genviz), as a double-click starts it.

Target (issue 15): <= 3 s. The bundle starts on X11 (xcb) under its own Xvfb, with a bare environment and a
fresh HOME; the clock runs from the start of the process until X reports genviz's window viewable
(`xdotool search --onlyvisible`, polled every 10 ms). Then the app's whole process group (the window and its
training processes) is ended. `--exe .venv/bin/genviz` times the Python app the same way. Needs Debian's xvfb
and xdotool. Prints JSON (median of several launches).

    python benchmarks/bundle_launch_time.py [--exe dist/genviz/genviz] [--runs 5]
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from report import parser, print_json

REPO = Path(__file__).resolve().parent.parent
TITLE = "^genviz"  # the main window's title starts so
GIVE_UP_S = 60


def xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        return server, ":" + numbers.readline().strip()


def window_visible(display: str) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", TITLE], capture_output=True,
                           env={**os.environ, "DISPLAY": display})
    return found.returncode == 0


def launch_once(exe: Path, display: str) -> float:
    with tempfile.TemporaryDirectory(prefix="genviz-launch-") as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        start = time.perf_counter()
        app = subprocess.Popen([str(exe)], env=env, cwd=home, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not window_visible(display):
                if app.poll() is not None:
                    raise SystemExit(f"{exe} exited with {app.returncode} before its window showed")
                if time.perf_counter() - start > GIVE_UP_S:
                    raise SystemExit(f"no window within {GIVE_UP_S} s")
                time.sleep(0.01)
            return time.perf_counter() - start
        finally:
            os.killpg(app.pid, signal.SIGTERM)  # the window and the training processes it started
            app.wait(30)


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--exe", type=Path, default=REPO / "dist" / "genviz" / "genviz")
    options.add_argument("--runs", type=int, default=5)
    args = options.parse_args()
    server, display = xvfb()
    try:
        launches = [launch_once(args.exe.resolve(), display) for _ in range(args.runs)]
    finally:
        server.terminate()
        server.wait(10)
    print_json("bundle_launch_time", {
        "exe": str(args.exe),
        "runs": args.runs,
        "window_shown_s": {"median": round(statistics.median(launches), 2), "max": round(max(launches), 2),
                           "first": round(launches[0], 2)},
        "target_window_shown_s": 3.0,
    })


if __name__ == "__main__":
    main()
