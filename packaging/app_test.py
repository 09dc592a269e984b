"""`make app-test`: run the built executable (never this Python) the way a user would, and check what it did.

    python packaging/app_test.py [dist/genviz/genviz]

Each check runs the bundle in an empty folder with a bare environment (no venv, no PYTHONPATH, a fresh HOME),
so it can lean on nothing but itself and the system's libraries:
- `--version` says this checkout's version;
- `demo --lab text --train-seconds 5 --screenshot` on the offscreen platform, and again on X11 (xcb) under Xvfb:
  the window opens, the lab trains in its own process (the bundle spawning itself) and the screenshot is not
  blank; offscreen it is in Arabic, which the demo refuses where the bundle lacks the translation;
- `train gan --data ring --steps 200` prints a loss and saves a model, and `sample` draws finite points from it;
- `install-desktop` writes an entry that starts the bundle, and `--remove` takes it out;
- on X11 the window has the icon.
Prints one JSON line with each check's seconds; exits non-zero, saying which check failed, on the first failure.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300
MIN_COLOURS = 64  # a drawn lab has text, curves and pictures; a blank or single-colour window has a handful
MIN_SPREAD = 20.0  # the standard deviation of its grey levels (0 to 255)


class CheckFailed(Exception):
    pass


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (REPO / "genviz" / "__init__.py").read_text()).group(1)


def start(exe: Path, folder: Path, *args: str, **env: str) -> subprocess.Popen:
    """Start the bundle in `folder` with a bare environment (plus `env`)."""
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(folder / "home"), "LANG": "C.UTF-8", **env}
    for name in ("SystemRoot", "TEMP", "TMP"):  # Windows cannot start a process without these
        if name in os.environ:
            bare[name] = os.environ[name]
    return subprocess.Popen([str(exe), *args], cwd=folder, env=bare, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(process: subprocess.Popen) -> str:
    """Wait for a started bundle; its stdout and stderr together, or CheckFailed when it failed."""
    try:
        output, _ = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    if process.returncode != 0:
        raise CheckFailed(f"`genviz {' '.join(process.args[1:])}` exited with {process.returncode}:\n{output[-3000:]}")
    return output


def run(exe: Path, folder: Path, *args: str, **env: str) -> str:
    return finish(start(exe, folder, *args, **env))


def check_screenshot(path: Path) -> dict:
    if not path.is_file():
        raise CheckFailed(f"the demo wrote no screenshot at {path}")
    image = np.asarray(Image.open(path).convert("RGB"))
    colours = len(np.unique(image.reshape(-1, 3), axis=0))
    spread = float(image.mean(axis=2).std())
    if colours < MIN_COLOURS or spread < MIN_SPREAD:
        raise CheckFailed(f"the screenshot {path} looks blank ({colours} colours, grey spread {spread:.1f})")
    return {"size": list(image.shape[1::-1]), "colours": colours}


@contextmanager
def xvfb():
    """A virtual X screen on a free display (Xvfb picks it and writes its number)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise CheckFailed("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def demo(exe: Path, folder: Path, name: str, *options: str, **env: str) -> dict:
    screenshot = folder / f"demo-{name}.png"
    run(exe, folder, "demo", "--lab", "text", "--train-seconds", "5", "--screenshot", str(screenshot), *options,
        **env)
    return check_screenshot(screenshot)


def train_and_sample(exe: Path, folder: Path) -> dict:
    output = run(exe, folder, "train", "gan", "--data", "ring", "--steps", "200", "--out", "m.safetensors")
    losses = re.findall(r"loss[^0-9\n]*([0-9]+\.[0-9]+)", output, flags=re.IGNORECASE)
    if not losses:
        raise CheckFailed(f"`train gan` printed no loss:\n{output[-2000:]}")
    if not (folder / "m.safetensors").is_file():
        raise CheckFailed("`train gan` saved no model")
    run(exe, folder, "sample", "m.safetensors", "-n", "64", "--out", "points.npy")
    points = np.load(folder / "points.npy")
    if points.shape != (64, 2) or not np.isfinite(points).all():
        raise CheckFailed(f"`sample` gave {points.shape} points, or points that are not finite")
    return {"last_loss": float(losses[-1])}


def desktop_entry(exe: Path, folder: Path) -> dict:
    share = folder / "share"
    run(exe, folder, "install-desktop", XDG_DATA_HOME=str(share))
    entry = (share / "applications" / "genviz.desktop").read_text(encoding="utf-8")
    if f'Exec="{exe.resolve()}"' not in entry.replace("\\\\", "\\"):
        raise CheckFailed(f"the desktop entry does not start the bundle:\n{entry}")
    run(exe, folder, "install-desktop", "--remove", XDG_DATA_HOME=str(share))
    if (share / "applications" / "genviz.desktop").exists():
        raise CheckFailed("install-desktop --remove left the desktop entry")
    return {}


def main() -> int:
    exe = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "dist" / "genviz" / "genviz").resolve()
    if not exe.is_file():
        print(f"app-test: no bundle at {exe}; build it with `make app`", file=sys.stderr)
        return 1
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="genviz-app-test-") as temporary:
        folder = Path(temporary)
        (folder / "home").mkdir()
        checks = {
            "version": lambda: {"printed": version_check(exe, folder)},
            "demo_offscreen": lambda: demo(exe, folder, "offscreen", "--language", "ar", QT_QPA_PLATFORM="offscreen"),
            "train_and_sample": lambda: train_and_sample(exe, folder),
            "desktop_entry": lambda: desktop_entry(exe, folder),
        }
        if sys.platform.startswith("linux"):
            checks["demo_xcb"] = lambda: demo_on_x11(exe, folder)
        for name, check in checks.items():
            start = time.perf_counter()
            try:
                results[name] = {**check(), "seconds": round(time.perf_counter() - start, 1)}
            except (CheckFailed, subprocess.TimeoutExpired) as failure:
                print(f"app-test: {name} failed: {failure}", file=sys.stderr)
                print(f"app-test: {len(results)} passed, 1 failed")
                return 1
            print(f"app-test: {name} passed ({results[name]['seconds']} s)", file=sys.stderr)
    print(json.dumps({"app_test": results, "bundle": str(exe)}))
    print(f"app-test: {len(results)} passed, 0 failed")
    return 0


def version_check(exe: Path, folder: Path) -> str:
    printed = run(exe, folder, "--version").strip()
    if printed != f"genviz {version()}":
        raise CheckFailed(f"--version printed {printed!r}, not 'genviz {version()}'")
    return printed


def demo_on_x11(exe: Path, folder: Path) -> dict:
    """The demo on X11; while it runs, X is asked for its window's icon, which Qt sets only when the icon (our
    SVG, through Qt's SVG plugin in the bundle) loaded."""
    with xvfb() as display:
        screenshot = folder / "demo-xcb.png"
        demo = start(exe, folder, "demo", "--lab", "text", "--train-seconds", "5", "--screenshot", str(screenshot),
                     QT_QPA_PLATFORM="xcb", DISPLAY=display)
        icon = None
        while icon is None and demo.poll() is None:
            icon = window_icon(display)
            time.sleep(0.2)
        finish(demo)
    if not icon:
        raise CheckFailed("the window on X11 has no icon (_NET_WM_ICON)")
    return {**check_screenshot(screenshot), "icon": icon}


def window_icon(display: str) -> str | None:
    """The sizes of the icon X holds for genviz's main window: None before the window exists, "" without one."""
    x = {"DISPLAY": display, "PATH": os.environ["PATH"]}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=x, capture_output=True, text=True).stdout
    window = re.search(r'^\s*(0x[0-9a-f]+) "genviz:', tree, flags=re.MULTILINE)
    if window is None:
        return None
    icon = subprocess.run(["xprop", "-id", window[1], "_NET_WM_ICON"], env=x, capture_output=True, text=True).stdout
    return ", ".join(re.findall(r"Icon \((\d+ x \d+)\)", icon))


if __name__ == "__main__":
    sys.exit(main())
