"""`genviz train diffusion`: a denoising diffusion model on a 2-D set, built-in images or a folder of images."""

from __future__ import annotations

import argparse
from pathlib import Path

from genviz.commands.common import add_budget_arguments, check_before_training, start_session, train_and_save
from genviz.commands.settings_options import add_setting_options, setting_values


def register(commands, train_labs) -> None:
    from genviz.core.diffusion.config import DiffusionConfig

    train = train_labs.add_parser("diffusion", help="a denoising diffusion model (DDPM) on points or images")
    train.add_argument("--data", default=DiffusionConfig().data,
                       help="ring, grid, moons, spiral, line, digits, mnist, fashion, or a folder of images")
    add_budget_arguments(train)
    add_setting_options(train, DiffusionConfig)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from genviz.core.diffusion.config import DiffusionConfig

    config = DiffusionConfig(data=args.data, **setting_values(DiffusionConfig, args))
    check_before_training(config, args)
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.diffusion.session:DiffusionSession", lambda s: (
        f"a {num_parameters(s.model):,}-weight diffusion model (T = {s.T}, {s.config.schedule} schedule)"))
    train_and_save(session, args)
    return 0
