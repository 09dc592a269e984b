"""`genviz train pixels`: the Text lab's GPT on images read as sentences of grey levels, without the GUI."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from genviz.commands.common import add_budget_arguments, check_before_training, start_session, train_then_save
from genviz.commands.settings_options import add_setting_options, setting_values


def register(commands, train_labs) -> None:
    from genviz.core.pixels.config import PixelsConfig

    d = PixelsConfig()
    train = train_labs.add_parser("pixels", help="a GPT that draws images one pixel at a time")
    train.add_argument("--data", default=d.data,
                       help=f"digits, mnist, fashion, or a folder of PNG/JPEG images, read in grey (default {d.data})")
    add_budget_arguments(train)
    add_setting_options(train, PixelsConfig)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from genviz.core.pixels.config import PixelsConfig

    config = PixelsConfig(data=args.data, **setting_values(PixelsConfig, args))
    check_before_training(config, args)
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.pixels.session:PixelsSession", lambda s: (
        f"a {num_parameters(s.model):,}-weight GPT on {s.tokenizer.shape[0]} × {s.tokenizer.shape[1]} images of "
        f"{s.tokenizer.levels} grey levels"))
    loss = train_then_save(session, args)
    print(f"final loss {loss:.4f} nats per pixel (guessing at random: {math.log(config.levels):.4f}) after "
          f"{session.step_count} steps; saved {args.out}")
    return 0
