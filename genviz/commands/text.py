"""`genviz train text`, `genviz next-token` and `genviz generate`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from genviz.commands.common import (
    CountProgress,
    add_budget_arguments,
    add_step_argument,
    check_before_training,
    go_back_to,
    seed,
    start_torch,
    train_and_save,
    whole_number,
)
from genviz.commands.settings_options import add_setting_options, setting_values
from genviz.core.errors import GenvizError

MAX_TOKENS = 10_000  # about ten minutes on a laptop CPU at the largest settings; far more than a class reads


def register(commands, train_labs) -> None:
    from genviz.core.data.corpora import BUILTIN_CORPORA
    from genviz.core.text.config import TextConfig

    d = TextConfig()
    train = train_labs.add_parser("text", help="a tiny GPT on a corpus")
    train.add_argument("--data", default=d.corpus,
                       help=f"{', '.join(BUILTIN_CORPORA)}, or a path to a UTF-8 .txt file (default {d.corpus})")
    add_budget_arguments(train)
    add_setting_options(train, TextConfig)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)

    next_token = commands.add_parser("next-token", help="the next-token probabilities of a trained text model")
    next_token.add_argument("model", type=Path)
    next_token.add_argument("--prompt", required=True)
    _add_sampling_arguments(next_token)
    next_token.add_argument("--top", type=whole_number(1), default=10, help="how many tokens to list (default 10)")
    next_token.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_step_argument(next_token)
    next_token.set_defaults(func=_next_token)

    generate = commands.add_parser("generate", help="continue a prompt with a trained text model")
    generate.add_argument("model", type=Path)
    generate.add_argument("--prompt", required=True)
    generate.add_argument("--tokens", type=whole_number(0, MAX_TOKENS, noun="token"), required=True,
                          help=f"how many tokens to add (0 to {MAX_TOKENS:,})")
    generate.add_argument("--seed", type=seed, default=0)
    _add_sampling_arguments(generate)
    add_step_argument(generate)
    generate.set_defaults(func=_generate)


def _add_sampling_arguments(parser: argparse.ArgumentParser) -> None:
    from genviz.core.text.generation import SamplingSettings

    add_setting_options(parser, SamplingSettings)


def _sampling_settings(args: argparse.Namespace):
    from genviz.core.text.generation import SamplingSettings

    return SamplingSettings(**setting_values(SamplingSettings, args))


def _train(args: argparse.Namespace) -> int:
    from genviz.core.data.corpora import load_corpus
    from genviz.core.text.config import TextConfig

    config = TextConfig(corpus=args.data, **setting_values(TextConfig, args))
    check_before_training(config, args)
    text = load_corpus(args.data)  # read before torch is imported: a bad file is refused at once
    start_torch()
    from genviz.core.modelfile import num_parameters
    from genviz.core.text.session import TextSession

    session = TextSession(config, text=text)
    print(f"Training a {num_parameters(session.model):,}-weight GPT on {args.data} ({session.device_name})",
          file=sys.stderr)
    train_and_save(session, args)
    print(f"validation loss {session.validation_loss():.4f}")
    return 0


def _next_token(args: argparse.Namespace) -> int:
    from genviz.core.sampling import top_tokens
    from genviz.core.text.generation import distribution_for
    predictor = _load_predictor(args.model, args.step)
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
            print(f"{t['token']:>{width}}  {t['probability']:7.2%}  {'#' * round(40 * t['probability'])}")
        print(f"{'(all others)':>{width}}  {rest:7.2%}")
    return 0


def _generate(args: argparse.Namespace) -> int:
    predictor = _load_predictor(args.model, args.step)
    ids = predictor.tokenizer.encode(args.prompt)
    if not ids:
        raise GenvizError("The prompt is empty: give the model some text to continue.")
    try:
        generated = predictor.generate(args.prompt, args.tokens, _sampling_settings(args), args.seed,
                                       on_token=CountProgress("tokens"))
    except KeyboardInterrupt:
        raise KeyboardInterrupt("interrupted; nothing was printed.") from None
    print(predictor.tokenizer.decode(ids + generated))
    return 0


def _load_predictor(path: Path, step: int | None):
    """The file is read and checked before torch is imported, so a bad one is refused at once; at `step`, the
    kept checkpoint nearest to it."""
    from genviz.core.modelfile import load_model

    file = load_model(path, expected_lab="text")
    from genviz.core.text.predictor import TextPredictor

    predictor = TextPredictor.from_file(file)
    go_back_to(step, file, predictor)
    return predictor
