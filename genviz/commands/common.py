"""Pieces every lab's commands share: training progress on stderr."""

from __future__ import annotations

import sys


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


def add_budget_arguments(parser) -> None:
    """--steps or --seconds, exactly one."""
    budget = parser.add_mutually_exclusive_group(required=True)
    budget.add_argument("--steps", type=int, help="train for this many steps")
    budget.add_argument("--seconds", type=float, help="train for this many seconds")


def train_and_save(session, args) -> None:
    """Train a built session for the budget in `args`, report, and save it to args.out."""
    from genviz.core.training import train

    loss = train(session, steps=args.steps, seconds=args.seconds, on_progress=Progress(args.steps, args.seconds))
    session.save(args.out)
    print(f"final loss {loss:.4f} after {session.step_count} steps; saved {args.out}")
