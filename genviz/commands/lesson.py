"""`genviz open LESSON` (also `genviz LESSON`), `genviz lesson make` and `genviz lesson builtin`.

A lesson (.genviz, genviz/core/lesson.py) holds labs' trained models and a script of steps. `lesson make` builds one
from model files and a STEPS.md; `lesson builtin` trains one of the ready lessons briefly and builds it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from genviz.commands.common import number
from genviz.core.errors import UsageError

# The ready lessons: what each trains (genviz train ...), its title, what it hides and its script. Each trains for
# BUILTIN_SECONDS: enough for the change the steps point at, in tens of seconds on a laptop CPU.
BUILTIN_SECONDS = 25.0
BUILTINS = {
    "capitals": {
        "title": "How a language model picks the next word",
        "train": ["text", "--data", "capitals"],
        "lab": "text",
        "hide": ["settings"],
        "steps": """\
## A model that has never read a word
lab: text, step: 0, prompt: The capital of France is
Each bar is one **token** the model could write next, and how likely it thinks it is. Untrained, it guesses
almost evenly. *What will it say after "The capital of France is"?*

## A few steps later
step: 40
The bars have started to lean. Which words has it learnt first, and why those?

## After training
step: now
Now one token stands out. *Predict before the next click:* what happens if we ask about Spain?

## Another country
prompt: The capital of Spain is
Same model, new prompt: the bars moved because the **context** changed, not the weights.
""",
    },
    "gan": {
        "title": "Counterfeiter vs detective",
        "train": ["gan", "--data", "ring", "--preset", "mode-collapse"],
        "lab": "gan",
        "hide": ["settings"],
        "steps": """\
## The counterfeiter starts with noise
lab: gan, step: 0
The **generator** (the counterfeiter) makes points; the **discriminator** (the detective) learns to tell them
from the real ring. *Where will the fake points go first?*

## The game begins
step: 100
Every step, the detective learns, and the counterfeiter learns to fool it.

## Mode collapse
step: now
This run uses settings known for **mode collapse**. Count the modes the fakes cover: the whole ring, or a
few spots? *Why is fooling the detective not the same as drawing the whole ring?*
""",
    },
    "diffusion": {
        "title": "From noise to digits",
        "train": ["diffusion", "--data", "digits"],
        "lab": "diffusion",
        "hide": ["settings"],
        "steps": """\
## Untrained: noise in, noise out
lab: diffusion, step: 0
A diffusion model learns to **remove a little noise** at a time. Untrained, it cannot.

## Learning to denoise
step: 200
*Predict:* which appears first, the rough shape of a digit or its fine strokes?

## Trained
step: now
Start from pure noise and denoise again and again: digits appear. Nobody drew them.
""",
    },
}


def register(commands, train_labs) -> None:
    opening = commands.add_parser("open", help="open the app with a lesson (.genviz) at its first step")
    opening.add_argument("lesson", type=Path)
    opening.set_defaults(func=_open)

    lesson = commands.add_parser("lesson", help="build lessons: trained models, what each lab shows, a script")
    kinds = lesson.add_subparsers(dest="lesson_command", required=True)
    make = kinds.add_parser("make", help="a lesson from model files and a Markdown script of steps")
    make.add_argument("--model", type=Path, action="append", required=True,
                      help="a model file (genviz train ... --out); give one per lab, in the order of the tabs")
    make.add_argument("--title", required=True, help="the lesson's title, as the class sees it")
    make.add_argument("--steps", type=Path, default=None,
                      help="STEPS.md: one step per '## ' heading, its caption the heading and the text under it; "
                           "an optional first line under a heading sets the step's state, as 'lab: text, step: 200, "
                           "prompt: The capital of France is' (step a number or now; the prompt takes the rest of "
                           "the line). Default: one step per model, as it was saved")
    make.add_argument("--hide", default="",
                      help="window controls the class does not need, comma-separated: settings, transport, timeline, "
                           "tabs")
    make.add_argument("--prompt", default=None, help="the Text lab's prompt")
    make.add_argument("--font-scale", type=number(0.8, 2.5), default=None,
                      help="the text size the lesson opens at (0.8 to 2.5; the window's View > Larger text)")
    make.add_argument("--out", type=Path, required=True, help="the lesson file to write (.genviz)")
    make.set_defaults(func=_make)

    builtin = kinds.add_parser("builtin", help="train one of the ready lessons briefly and write it")
    builtin.add_argument("name", choices=list(BUILTINS))
    builtin.add_argument("--seconds", type=number(0, low_open=True), default=BUILTIN_SECONDS,
                         help=f"seconds of training (default {BUILTIN_SECONDS:g})")
    builtin.add_argument("--out", type=Path, required=True, help="the lesson file to write (.genviz)")
    builtin.set_defaults(func=_builtin)


def lesson_argument(argv: list[str]) -> list[str]:
    """`genviz LESSON.genviz` is `genviz open LESSON.genviz` (a desktop's double-click)."""
    from genviz.core.lesson import LESSON_SUFFIX

    if len(argv) == 1 and argv[0].endswith(LESSON_SUFFIX) and not argv[0].startswith("-"):
        return ["open", argv[0]]
    return argv


def _open(args: argparse.Namespace) -> int:
    from genviz.core.host import HOSTS

    HOSTS.start_spare()
    from genviz.qt.app import application, create_window

    app = application()
    window = create_window()
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    window.open_lesson(args.lesson)  # a bad lesson: one sentence in the window's banner
    try:
        return app.exec()
    finally:
        HOSTS.close()


def _make(args: argparse.Namespace) -> int:
    from genviz.core.lesson import HIDEABLE, NOW, Lesson, LessonLab, LessonStep, parse_steps, write_lesson
    from genviz.core.modelfile import load_model
    from genviz.core.safe_files import check_output, read_limited

    check_output(args.out, inputs=[*args.model, args.steps])
    hide = [name.strip() for name in args.hide.split(",") if name.strip()]
    for name in hide:
        if name not in HIDEABLE:
            raise UsageError(f"--hide {name}: a lesson can hide {', '.join(HIDEABLE)}.")
    files = {}
    for path in args.model:
        file = load_model(path)
        if file.lab in files:
            raise UsageError(f"--model {path} is a second {file.lab} model: a lesson holds one model per lab.")
        files[file.lab] = path
    labs = list(files)
    if args.prompt is not None and "text" not in files:
        raise UsageError("--prompt is the Text lab's, and no --model is a text model.")
    if args.steps is not None:
        text = read_limited(args.steps, 1_000_000, UsageError).decode("utf-8", errors="replace")
        steps = parse_steps(text, labs, args.steps.name)
    else:
        steps = [LessonStep(f"## {args.title}", lab, NOW) for lab in labs]
    lesson = Lesson(args.title, [LessonLab(lab, f"{lab}.safetensors", prompt=args.prompt if lab == "text" else None,
                                           hide=hide, font_scale=args.font_scale) for lab in labs], steps)
    write_lesson(args.out, lesson, files)
    print(f"saved the lesson {args.title!r} ({len(labs)} lab{'s' * (len(labs) > 1)}, {len(steps)} steps) to "
          f"{args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


def _builtin(args: argparse.Namespace) -> int:
    from genviz.cli import main
    from genviz.core.lesson import Lesson, LessonLab, parse_steps, write_lesson
    from genviz.core.safe_files import check_output

    check_output(args.out)
    recipe = BUILTINS[args.name]
    with tempfile.TemporaryDirectory(prefix="genviz-builtin-") as folder:
        model = Path(folder) / f"{recipe['lab']}.safetensors"
        print(f"Training the model of {recipe['title']!r} for {args.seconds:g} s", file=sys.stderr)
        code = main(["train", *recipe["train"], "--seconds", str(args.seconds), "--out", str(model)])
        if code != 0:
            return code
        steps = parse_steps(recipe["steps"], [recipe["lab"]], f"the {args.name} lesson")
        lab = LessonLab(recipe["lab"], model.name, hide=recipe["hide"],
                        prompt=steps[0].prompt if recipe["lab"] == "text" else None)
        write_lesson(args.out, Lesson(recipe["title"], [lab], steps), {recipe["lab"]: model})
    print(f"saved the lesson {recipe['title']!r} to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0
