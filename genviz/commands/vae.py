"""`genviz train vae`: a variational autoencoder on a built-in data set or a folder of images."""

from __future__ import annotations

import argparse
from pathlib import Path

from genviz.commands.common import add_budget_arguments, check_before_training, start_session, train_and_save
from genviz.commands.settings_options import add_setting_options, setting_type, setting_values


def register(commands, train_labs) -> None:
    from genviz.core.settings import declared, range_words
    from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig

    d = VaeConfig()
    train = train_labs.add_parser("vae", help="a variational autoencoder on images or 2-D points")
    train.add_argument("--data", default=d.data,
                       help="digits, mnist, fashion, ring, grid, moons, spiral, line, or a folder of images "
                            f"(default {d.data})")
    add_budget_arguments(train)
    add_setting_options(train, VaeConfig)
    width = declared(VaeConfig)["width"]  # its default depends on the network
    train.add_argument("--width", type=setting_type(width), default=None,
                       help=f"{width.tip} ({range_words(width)}; default {DEFAULT_WIDTHS['mlp']} for mlp, "
                            f"{DEFAULT_WIDTHS['conv']} for conv)")
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig

    settings = setting_values(VaeConfig, args)
    width = DEFAULT_WIDTHS[settings["network"]] if args.width is None else args.width
    config = VaeConfig(data=args.data, width=width, **settings)
    check_before_training(config, args)
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.vae.session:VaeSession",
                            lambda s: f"a {num_parameters(s.model):,}-weight VAE")
    train_and_save(session, args)
    return 0
