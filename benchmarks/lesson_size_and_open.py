"""A lesson of the three default models with their timelines, and launching the app with a lesson of two labs.

Targets (issue 13): the lesson holding the three default models (the ready lessons' capitals text, GAN on the ring,
diffusion on the digits), each with its timeline, takes <= 60 MB; opening a lesson with two trained labs shows its
first step within 3 s of launch, with no training. Each model trains for --seconds as `genviz lesson builtin` trains
it (64 kept checkpoints once a run passes 200 steps, so a short run gives the full size). The launch is the app's
own `genviz open LESSON` (a new process, as a double-click starts it), timed from the process's start to the first
step's whole state on screen: its lab, its prompt and its timeline step (LessonPlayer.step_shown), painted. Prints
JSON (median of several launches).

    python benchmarks/lesson_size_and_open.py [--seconds 25] [--runs 5] [--labs text,diffusion]
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import parser, print_json

CHILD = """
import sys, time, tempfile
from pathlib import Path
from genviz.core.host import HOSTS
HOSTS.start_spare()  # as `genviz open` does
from PySide6.QtCore import QSettings, QTimer
from genviz.qt.app import application, create_window
app = application()
window = create_window(QSettings(str(Path(tempfile.mkdtemp()) / "open.ini"), QSettings.Format.IniFormat))
window.show()
window.open_lesson(Path(sys.argv[1]))
player = window.lesson_player
if player is None:
    sys.exit(window.banner.label.text())
shown = []

def on_step_shown(index):
    window.repaint()  # the step painted, not only set
    shown.append(time.time())
    app.quit()

player.step_shown.connect(on_step_shown)
QTimer.singleShot(60_000, app.quit)
app.exec()
trained = any((controller.last_snapshot or {}).get("training") for controller in window.controllers.values())
window.close()
HOSTS.close()
if not shown or trained:
    sys.exit("the first step was not shown within 60 s" if not shown else "a lab trained while the lesson opened")
print(shown[0])
"""


def train_models(folder: Path, seconds: float) -> dict[str, Path]:
    """Each default model trained as `genviz lesson builtin` trains it: lab -> its model file."""
    from genviz.cli import main
    from genviz.commands.lesson import BUILTINS

    models = {}
    for recipe in BUILTINS.values():
        models[recipe["lab"]] = folder / f"{recipe['lab']}.safetensors"
        with contextlib.redirect_stdout(sys.stderr):  # stdout is the JSON's
            code = main(["train", *recipe["train"], "--seconds", str(seconds), "--out", str(models[recipe["lab"]])])
        if code != 0:
            raise SystemExit(f"training the {recipe['lab']} model failed")
    return models


def write(path: Path, labs: list[str], models: dict[str, Path]) -> Path:
    """A lesson of these labs, with the ready lessons' scripts one after the other."""
    from genviz.commands.lesson import BUILTINS
    from genviz.core.lesson import Lesson, LessonLab, parse_steps, write_lesson

    recipes = {recipe["lab"]: recipe for recipe in BUILTINS.values()}
    steps = [step for lab in labs for step in parse_steps(recipes[lab]["steps"], [lab], lab)]
    prompts = {lab: next((step.prompt for step in steps if step.lab == lab and step.prompt), None) for lab in labs}
    lesson = Lesson(" + ".join(recipes[lab]["title"] for lab in labs),
                    [LessonLab(lab, f"{lab}.safetensors", prompt=prompts[lab], hide=["settings"]) for lab in labs],
                    steps)
    return write_lesson(path, lesson, {lab: models[lab] for lab in labs})


def launch_once(lesson: Path) -> float:
    """Seconds from starting the app's process to the lesson's first step shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(lesson)], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"the launch failed: {out.stderr.strip().splitlines()[-1:]}")
    return float(out.stdout.split()[-1]) - start


def main() -> None:
    from genviz.core.modelfile import load_model

    options = parser(__doc__)
    options.add_argument("--seconds", type=float, default=25.0, help="training seconds of each model")
    options.add_argument("--runs", type=int, default=5, help="launches with the two-lab lesson")
    options.add_argument("--labs", default="text,diffusion", help="the two labs of the lesson that is launched")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="genviz-lesson-benchmark-") as folder:
        folder = Path(folder)
        models = train_models(folder, args.seconds)
        three = write(folder / "three.genviz", list(models), models)
        two = write(folder / "two.genviz", args.labs.split(","), models)
        launches = [launch_once(two) for _ in range(args.runs)]
        print_json("lesson_size_and_open", {
            "training_seconds_each": args.seconds,
            "three_models_lesson_mb": round(three.stat().st_size / 1e6, 2),
            "target_three_models_lesson_mb": 60,
            "models": {lab: {"mb": round(path.stat().st_size / 1e6, 2),
                             "kept_steps": len(load_model(path).timeline)} for lab, path in models.items()},
            "two_labs": args.labs,
            "two_labs_lesson_mb": round(two.stat().st_size / 1e6, 2),
            "runs": args.runs,
            "first_step_shown_s": {"median": round(statistics.median(launches), 2), "max": round(max(launches), 2)},
            "target_first_step_shown_s": 3.0,
        })


if __name__ == "__main__":
    main()
