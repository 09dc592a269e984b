"""`genviz train diffusion`: a denoising diffusion model on a 2-D set, built-in images or a folder of images."""

from __future__ import annotations

import argparse
from pathlib import Path

from genviz.commands.common import (
    add_budget_arguments,
    check_before_training,
    seed,
    start_session,
    train_and_save,
)


def register(commands, train_labs) -> None:
    from genviz.core.diffusion.config import (
        DEFAULT_BATCH,
        DEFAULT_DEPTH,
        DEFAULT_LR,
        DEFAULT_MIN_SNR,
        DEFAULT_WIDTH,
        DiffusionConfig,
    )
    from genviz.core.diffusion.schedules import SCHEDULES

    d = DiffusionConfig()
    train = train_labs.add_parser("diffusion", help="a denoising diffusion model (DDPM) on points or images")
    train.add_argument("--data", default=d.data,
                       help="ring, grid, moons, spiral, line, digits, mnist, fashion, or a folder of images")
    add_budget_arguments(train)
    train.add_argument("--seed", type=seed, default=d.seed)
    train.add_argument("--schedule", choices=SCHEDULES, default=d.schedule,
                       help=f"noise schedule (default {d.schedule})")
    train.add_argument("--timesteps", type=int, default=d.timesteps, help=f"T, noising steps (default {d.timesteps})")
    train.add_argument("--width", type=int, default=None,
                       help=f"MLP hidden units (2-D data, default {DEFAULT_WIDTH['points']}) or the U-Net's first "
                            f"channels (images, default {DEFAULT_WIDTH['images']})")
    train.add_argument("--depth", type=int, default=None,
                       help=f"MLP hidden layers (default {DEFAULT_DEPTH['points']}) or U-Net halvings "
                            f"(default {DEFAULT_DEPTH['images']})")
    train.add_argument("--batch-size", type=int, default=None,
                       help=f"examples per step (default {DEFAULT_BATCH['points']} for 2-D data, "
                            f"{DEFAULT_BATCH['images']} for images)")
    train.add_argument("--lr", type=float, default=None,
                       help=f"learning rate (default {DEFAULT_LR['points']} for 2-D data, {DEFAULT_LR['images']} "
                            "for images)")
    train.add_argument("--ema", type=float, default=d.ema_decay,
                       help=f"decay of the weights' moving average used for sampling (default {d.ema_decay})")
    train.add_argument("--min-snr", type=float, default=None,
                       help=f"Min-SNR loss weighting limit (Hang et al. 2023; default {DEFAULT_MIN_SNR['images']:g} "
                            "for images, 0 for 2-D data); 0 trains with the plain loss of Ho et al. 2020")
    train.add_argument("--image-size", type=int, default=d.image_size,
                       help=f"pixels per side for a folder of images (default {d.image_size})")
    train.add_argument("--color", action="store_true", help="keep the colours of a folder of images")
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from genviz.core.diffusion.config import DiffusionConfig

    config = DiffusionConfig(data=args.data, schedule=args.schedule, timesteps=args.timesteps, width=args.width,
                             depth=args.depth, learning_rate=args.lr, batch_size=args.batch_size,
                             ema_decay=args.ema, min_snr=args.min_snr, seed=args.seed, image_size=args.image_size,
                             color=args.color)
    check_before_training(config, args)
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.diffusion.session:DiffusionSession", lambda s: (
        f"a {num_parameters(s.model):,}-weight diffusion model (T = {s.T}, {s.config.schedule} schedule)"))
    train_and_save(session, args)
    return 0
