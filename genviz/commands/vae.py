"""`genviz train vae`: a variational autoencoder on a built-in data set or a folder of images."""

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
    from genviz.core.vae.config import DEFAULT_WIDTHS, NETWORKS, VaeConfig

    d = VaeConfig()
    train = train_labs.add_parser("vae", help="a variational autoencoder on images or 2-D points")
    train.add_argument("--data", default=d.data,
                       help="digits, mnist, fashion, ring, grid, moons, spiral, line, or a folder of images "
                            f"(default {d.data})")
    add_budget_arguments(train)
    train.add_argument("--latent", type=int, default=d.latent_size,
                       help=f"latent size (default {d.latent_size}: a map you can draw directly)")
    train.add_argument("--network", choices=NETWORKS, default=d.network,
                       help=f"encoder and decoder: fully connected or convolutional, images only (default "
                            f"{d.network})")
    train.add_argument("--width", type=int, default=None,
                       help=f"hidden units (mlp, default {DEFAULT_WIDTHS['mlp']}) or first-layer channels (conv, "
                            f"default {DEFAULT_WIDTHS['conv']})")
    train.add_argument("--beta", type=float, default=d.beta, help=f"weight of the KL term (default {d.beta:g})")
    train.add_argument("--lr", type=float, default=d.learning_rate,
                       help=f"learning rate (default {d.learning_rate:g})")
    train.add_argument("--batch-size", type=int, default=d.batch_size)
    train.add_argument("--image-size", type=int, default=d.image_size,
                       help=f"side a folder of images is resized to (default {d.image_size})")
    train.add_argument("--seed", type=seed, default=0)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig

    width = DEFAULT_WIDTHS[args.network] if args.width is None else args.width
    config = VaeConfig(data=args.data, latent_size=args.latent, network=args.network, width=width,
                       beta=args.beta, learning_rate=args.lr, batch_size=args.batch_size,
                       image_size=args.image_size, seed=args.seed)
    check_before_training(config, args)
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.vae.session:VaeSession",
                            lambda s: f"a {num_parameters(s.model):,}-weight VAE")
    train_and_save(session, args)
    return 0
