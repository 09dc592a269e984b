"""The command line: a thin layer over the core (and over the GUI for `gui` and `demo`)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from genviz.core.errors import GenvizError

EXIT_USER_ERROR = 2


def _add_sampling_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--temperature", type=float, default=1.0, help="0.1 to 3 (default 1)")
    parser.add_argument("--top-k", type=int, default=None, help="keep only the k most probable tokens")
    parser.add_argument("--top-p", type=float, default=None, help="keep the fewest tokens whose mass reaches p")


def _add_text_model_arguments(parser: argparse.ArgumentParser) -> None:
    from genviz.core.text.config import TextConfig

    d = TextConfig()
    parser.add_argument("--tokenizer", choices=["word", "char"], default=d.tokenizer)
    parser.add_argument("--layers", type=int, default=d.n_layer, help=f"transformer blocks (default {d.n_layer})")
    parser.add_argument("--heads", type=int, default=d.n_head, help=f"attention heads (default {d.n_head})")
    parser.add_argument("--width", type=int, default=d.n_embd, help=f"embedding width (default {d.n_embd})")
    parser.add_argument("--context", type=int, default=d.block_size, help=f"context length (default {d.block_size})")
    parser.add_argument("--batch-size", type=int, default=d.batch_size)
    parser.add_argument("--lr", type=float, default=d.learning_rate, help=f"learning rate (default {d.learning_rate})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="genviz", description="Watch small generative models learn.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help="open the app (the default)")

    train = commands.add_parser("train", help="train a model without the GUI and save it")
    labs = train.add_subparsers(dest="lab", required=True)
    text = labs.add_parser("text", help="a tiny GPT on a corpus")
    text.add_argument("--data", default="capitals", help="capitals, python, or a path to a UTF-8 .txt file")
    budget = text.add_mutually_exclusive_group(required=True)
    budget.add_argument("--steps", type=int, help="train for this many steps")
    budget.add_argument("--seconds", type=float, help="train for this many seconds")
    text.add_argument("--seed", type=int, default=0)
    _add_text_model_arguments(text)
    text.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")

    next_token = commands.add_parser("next-token", help="the next-token probabilities of a trained text model")
    next_token.add_argument("model", type=Path)
    next_token.add_argument("--prompt", required=True)
    _add_sampling_arguments(next_token)
    next_token.add_argument("--top", type=int, default=10, help="how many tokens to list (default 10)")
    next_token.add_argument("--json", action="store_true", help="print JSON instead of a table")

    generate = commands.add_parser("generate", help="continue a prompt with a trained text model")
    generate.add_argument("model", type=Path)
    generate.add_argument("--prompt", required=True)
    generate.add_argument("--tokens", type=int, required=True)
    generate.add_argument("--seed", type=int, default=0)
    generate.add_argument("--greedy", action="store_true", help="always take the most probable token")
    _add_sampling_arguments(generate)

    demo = commands.add_parser("demo", help="open the real window, train, generate, save a screenshot, exit")
    demo.add_argument("--lab", default="text")
    demo.add_argument("--data", default=None, help="the lab's data set (a name or a path)")
    demo.add_argument("--train-seconds", type=float, default=10.0)
    demo.add_argument("--screenshot", type=Path, required=True)
    return parser


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


def _train(args: argparse.Namespace) -> int:
    from genviz.core.device import configure_threads
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession
    from genviz.core.training import train

    configure_threads()
    config = TextConfig(corpus=args.data, tokenizer=args.tokenizer, n_layer=args.layers, n_head=args.heads,
                        n_embd=args.width, block_size=args.context, batch_size=args.batch_size,
                        learning_rate=args.lr, seed=args.seed)
    session = TextSession(config)
    print(f"Training a {session.model.num_parameters():,}-weight GPT on {args.data} ({session.device_name})",
          file=sys.stderr)
    loss = train(session, steps=args.steps, seconds=args.seconds, on_progress=Progress(args.steps, args.seconds))
    session.save(args.out)
    print(f"final loss {loss:.4f} after {session.step_count} steps; "
          f"validation loss {session.validation_loss():.4f}; saved {args.out}")
    return 0


def _sampling_settings(args: argparse.Namespace, greedy: bool = False):
    from genviz.core.text.generation import SamplingSettings

    return SamplingSettings(temperature=args.temperature, top_k=args.top_k, top_p=args.top_p, greedy=greedy)


def _next_token(args: argparse.Namespace) -> int:
    from genviz.core.sampling import top_tokens
    from genviz.core.text.generation import distribution_for
    from genviz.core.text.predictor import TextPredictor

    predictor = TextPredictor.load(args.model)
    prediction = predictor.predict(predictor.tokenizer.encode(args.prompt))
    if prediction is None:
        raise GenvizError("The prompt is empty: give the model some text to continue.")
    distribution = distribution_for(prediction.logits, _sampling_settings(args))
    ids, probs, rest = top_tokens(distribution.filtered, args.top)
    tokens = [{"token": predictor.tokenizer.token_text(int(i)), "probability": round(float(p), 6)}
              for i, p in zip(ids, probs, strict=True) if p > 0]
    if args.json:
        print(json.dumps({"prompt": args.prompt, "tokens": tokens, "rest": round(rest, 6)}, ensure_ascii=False))
    else:
        width = max(len(t["token"]) for t in tokens)
        for t in tokens:
            print(f"{t['token']!r:>{width + 2}}  {t['probability']:7.2%}  {'#' * round(40 * t['probability'])}")
        print(f"{'(all others)':>{width + 2}}  {rest:7.2%}")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from genviz.core.text.predictor import TextPredictor

    predictor = TextPredictor.load(args.model)
    ids = predictor.tokenizer.encode(args.prompt)
    if not ids:
        raise GenvizError("The prompt is empty: give the model some text to continue.")
    generated = predictor.generate(args.prompt, args.tokens, _sampling_settings(args, args.greedy), args.seed)
    print(predictor.tokenizer.decode(ids + generated))
    return 0


def _gui(_: argparse.Namespace) -> int:
    from genviz.qt.app import run_gui

    return run_gui()


def _demo(args: argparse.Namespace) -> int:
    from genviz.qt.demo import run_demo

    return run_demo(args.lab, args.data, args.train_seconds, args.screenshot)


COMMANDS = {None: _gui, "gui": _gui, "train": _train, "next-token": _next_token, "generate": _generate,
            "demo": _demo}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except GenvizError as error:
        print(f"genviz: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        print(f"genviz: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("genviz: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line for the user, the details on request
        if os.environ.get("GENVIZ_DEBUG"):
            raise
        print(f"genviz: unexpected error ({type(error).__name__}: {error}); set GENVIZ_DEBUG=1 for details",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
