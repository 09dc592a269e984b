"""The command line: a thin layer over the core (and over the GUI for `gui` and `demo`).

Each lab's commands live in genviz/commands/<lab>.py; adding a lab adds one line to LAB_COMMANDS.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import typing
from importlib import import_module
from pathlib import Path

from genviz import __version__
from genviz.commands.common import number
from genviz.core.errors import GenvizError, UsageError
from genviz.core.safe_files import check_output

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl+C
LAB_COMMANDS = [
    "genviz.commands.text",
    "genviz.commands.gan",
    "genviz.commands.diffusion",
    "genviz.commands.vae",
    "genviz.commands.pixels",
    "genviz.commands.data",
    "genviz.commands.sample",
    "genviz.commands.timeline",
    "genviz.commands.replay",
    "genviz.commands.desktop",
    "genviz.commands.compare",
    "genviz.commands.lesson",
]


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line like any other: what is wrong, and where the help is."""

    def error(self, message: str) -> typing.NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help).")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="genviz", description="Watch small generative models learn.")
    parser.add_argument("--version", action="version", version=f"genviz {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help="open the app (the default)").set_defaults(func=_gui)
    train = commands.add_parser("train", help="train a model without the GUI and save it")
    train_labs = train.add_subparsers(dest="lab", required=True)
    for module in LAB_COMMANDS:
        import_module(module).register(commands, train_labs)

    demo = commands.add_parser("demo", help="open the real window, train, show the lab off, save a screenshot, exit")
    demo.add_argument("--lab", default="text")
    demo.add_argument("--data", default=None, help="the lab's data set (a name or a path)")
    demo.add_argument("--train-seconds", type=number(0, low_open=True), default=10.0,
                      help="seconds of training before the screenshot (default 10)")
    demo.add_argument("--screenshot", type=Path, required=True)
    demo.add_argument("--lesson", type=Path, default=None,
                      help="open this lesson (.genviz) instead of training, and save its first step (--lab, --data "
                           "and --train-seconds are then not used)")
    demo.add_argument("--presenter", action="store_true", help="with --lesson: in presenter mode (F5)")
    demo.add_argument("--language", default="en",
                      help="the window's language as View > Language sets it: en, de, fr, es, zh_CN or ar (default en)")
    demo.add_argument("--projector", action="store_true", help="with View > Projector colours")
    demo.add_argument("--report", type=Path, default=None,
                      help="also write what was measured while training, as JSON (steps, frames, panel refreshes "
                           "on screen, GUI timer gaps, memory)")
    demo.set_defaults(func=_demo)
    parser.set_defaults(func=_gui)
    return parser


def _gui(_: argparse.Namespace) -> int:
    from genviz.qt.app import run_gui

    return run_gui()


def _demo(args: argparse.Namespace) -> int:
    look = {"language": args.language, "projector": args.projector}  # what View sets, for this window only
    for path in (args.screenshot, args.report):  # before the window opens and trains, not after
        if path is not None:
            check_output(path)
    if args.lesson is not None:
        from genviz.qt.demo import run_lesson_demo

        return run_lesson_demo(args.lesson, args.screenshot, args.presenter, look)
    from genviz.qt.demo import run_demo

    return run_demo(args.lab, args.data, args.train_seconds, args.screenshot, args.report, look)


def main(argv: list[str] | None = None) -> int:
    try:
        from genviz.commands.lesson import lesson_argument

        args = build_parser().parse_args(lesson_argument(sys.argv[1:] if argv is None else argv))
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return args.func(args)
    except GenvizError as error:
        print(f"genviz: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        print(f"genviz: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt as interrupt:  # Ctrl+C: one line, saying what was kept when a command knows
        if sys.stderr.isatty():
            sys.stderr.write("\n")  # off the line a progress bar was drawing
        print(f"genviz: {str(interrupt) or 'interrupted.'}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: still one line for the user, the details on request
        if os.environ.get("GENVIZ_DEBUG"):
            raise
        print(f"genviz: unexpected error ({type(error).__name__}: {error}); set GENVIZ_DEBUG=1 for details",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
