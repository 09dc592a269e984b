"""Pieces every lab's commands share: checked numbers, training progress on stderr, and Ctrl+C that says what
was kept."""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module

MAX_SEED = 2**63 - 1  # torch and NumPy take 64-bit seeds


def whole_number(low: int, high: int | None = None, noun: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from low to high (no upper end when high is None), counting `noun`s."""

    def counted(value: int) -> str:
        return f"{value:,} {noun}{'' if value == 1 else 's'}" if noun else f"{value:,}"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text[:40]!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {counted(low)}, not {text[:40]}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"must be at most {counted(high)}, not {text[:40]}")
        return value

    return parse


def number(low: float, high: float = math.inf, low_open: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number from low (excluded when low_open) to high."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, not {text[:40]!r}") from None
        if not math.isfinite(value) or value < low or (low_open and value == low) or value > high:
            wanted = f"above {low:g}" if low_open else f"at least {low:g}"
            wanted += "" if high == math.inf else f" and at most {high:g}"
            raise argparse.ArgumentTypeError(f"must be a finite number {wanted}, not {text[:40]}")
        return value

    return parse


seed = whole_number(0, MAX_SEED)


class Progress:
    """A bar on a terminal, plain lines otherwise (a log, CI)."""

    def __init__(self, total_steps: int | None, total_seconds: float | None) -> None:
        self.total_steps, self.total_seconds = total_steps, total_seconds
        self.tty = sys.stderr.isatty()

    def __call__(self, step: int, loss: float, elapsed: float) -> None:
        fraction = (step / self.total_steps) if self.total_steps else min(1.0, elapsed / self.total_seconds)
        if self.tty:
            bar = "#" * int(30 * fraction)
            sys.stderr.write(f"\r[{bar:<30}] {fraction:4.0%}  step {step}  loss {loss:.4f}  {elapsed:5.1f}s")
            if fraction >= 1:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(f"step {step}  loss {loss:.4f}  {elapsed:.1f}s\n")
        sys.stderr.flush()


class CountProgress:
    """done of total for a long output (tokens, denoising steps), drawn on a terminal's stderr only: a pipe or a log
    gets the result alone, unless GENVIZ_PROGRESS=lines asks for "progress DONE TOTAL WHAT" lines (the app's
    Record… follows a replay by them)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.tty = sys.stderr.isatty()
        self.lines = os.environ.get("GENVIZ_PROGRESS") == "lines"
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if not (self.tty or self.lines) or percent == self._shown:  # redraw only when the figure changes
            return
        self._shown = percent
        if self.lines:
            print(f"progress {done} {total} {self.what}", file=sys.stderr, flush=True)
            return
        bar = "#" * (30 * done // max(total, 1))
        sys.stderr.write(f"\r[{bar:<30}] {percent:3d}%  {done:,} of {total:,} {self.what}")
        if done >= total:
            sys.stderr.write("\r\033[K")  # the result follows on a clean line
        sys.stderr.flush()


def add_budget_arguments(parser) -> None:
    """--steps or --seconds, exactly one; and --no-history."""
    budget = parser.add_mutually_exclusive_group(required=True)
    budget.add_argument("--steps", type=whole_number(1), help="train for this many steps (at least 1)")
    budget.add_argument("--seconds", type=number(0, low_open=True), help="train for this many seconds (above 0)")
    parser.add_argument("--no-history", action="store_true",
                        help="save only the final weights, not the training timeline (a smaller file)")


def add_step_argument(parser) -> None:
    parser.add_argument("--step", type=whole_number(0), default=None,
                        help="use the model as it was at this training step: the nearest step its timeline kept "
                             "(genviz timeline MODEL lists them)")


def go_back_to(step: int | None, file, model) -> None:
    """With --step: put the weights of the kept step nearest to `step` into `model` (a sampler or predictor)."""
    if step is None:
        return
    kept, weights = file.nearest_checkpoint(step)
    import torch

    from genviz.core.timeline import load_weights

    load_weights(model, {name: torch.tensor(array) for name, array in weights.items()})
    print(f"The model as it was at step {kept:,} (the kept step nearest to {step:,}).", file=sys.stderr)


@contextmanager
def interrupts_deferred(message: str) -> Iterator[None]:
    """Ctrl+C waits for the block to end, then raises KeyboardInterrupt(message): a save is whole or not begun."""
    pressed: list[bool] = []
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt(message)


def train_then_save(session, args) -> float:
    """Train a built session for the budget in `args` and save it to args.out; returns the last loss.

    Ctrl+C while training saves nothing, and says so; Ctrl+C while saving lets the save finish first.
    """
    try:
        from genviz.core.training import train

        loss = train(session, steps=args.steps, seconds=args.seconds, on_progress=Progress(args.steps, args.seconds))
    except KeyboardInterrupt:
        raise KeyboardInterrupt(f"interrupted at step {session.step_count}; nothing was saved.") from None
    with interrupts_deferred(f"interrupted; the model was saved to {args.out} first."):
        if not args.no_history:
            session.follow_unasked()
            if session.tracker.tracking is not None:  # an image lab's sampling at each kept step takes seconds
                print(f"Measuring at each kept step of the timeline: {session.tracker.tracking.name}", file=sys.stderr)
        session.save(args.out, history=not args.no_history)
    return loss


def start_torch() -> None:
    """Import torch and size its thread pool, once a command's input is checked: torch takes seconds to import,
    and a refusal should not wait for it."""
    from genviz.core.device import configure_threads

    configure_threads()


def check_before_training(config, args) -> None:
    """Refuse bad settings and an --out that cannot or must not be written, before any data is read or torch is
    imported: a mistake is reported at once, and training is never lost to a failed save."""
    from genviz.core.safe_files import check_output

    config.validate()
    check_output(args.out, inputs=[args.data])


def training_data(config):
    """The data set an image or 2-D lab's config names (a seeded subset of `train_images` when it has one), loaded as
    its session would load it, but before torch is imported, so that a bad folder is reported at once."""
    from genviz.core.data.datasets import load_dataset

    return load_dataset(config.data, n=getattr(config, "train_images", None), seed=config.seed,
                        image_size=config.image_size, color=getattr(config, "color", False),
                        mnist_folder=getattr(config, "mnist_folder", "") or None)


def start_session(config, session_class: str, what: Callable[[object], str]):
    """The session `session_class` ("module:Class") on the config's data set, which is loaded before torch starts
    (a bad folder is reported at once); says on stderr what trains on what: `what(session)`, e.g. "a VAE"."""
    dataset = training_data(config)
    start_torch()
    module, name = session_class.split(":")
    session = getattr(import_module(module), name)(config, dataset)
    if session.dataset.notes:
        print(" ".join(map(str, session.dataset.notes)), file=sys.stderr)
    print(f"Training {what(session)} on {session.dataset.name} ({len(session.dataset.x):,} examples, "
          f"{session.device_name})", file=sys.stderr)
    return session


def train_and_save(session, args) -> None:
    """train_then_save, then report the final loss."""
    loss = train_then_save(session, args)
    print(f"final loss {loss:.4f} after {session.step_count} steps; saved {args.out}")
