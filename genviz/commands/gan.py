"""`genviz train gan`: train a generator against a discriminator without the GUI and save the pair."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from genviz.commands.common import (
    add_budget_arguments,
    check_before_training,
    seed,
    start_session,
    train_then_save,
)
from genviz.commands.data import add_image_arguments, download_if_asked

# options named like their GanConfig fields, left unset unless given: their defaults depend on the data set
_MODEL_OPTIONS = ("noise_dim", "depth", "width", "lr_g", "lr_d", "optimizer", "d_steps", "d_dropout", "batch_size",
                  "loss")


def register(commands, train_labs) -> None:
    from genviz.core.gan.config import LOSSES, OPTIMIZERS, default_config
    from genviz.core.gan.presets import PRESET_NAMES

    points, images = default_config("ring"), default_config("digits")
    train = train_labs.add_parser("gan", help="a generator and a discriminator on 2-D points or images")
    train.add_argument("--data", default="ring",
                       help="ring, grid, moons, spiral, line, digits, mnist, fashion, or a folder of PNG/JPEG images")
    add_budget_arguments(train)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    train.add_argument("--seed", type=seed, default=0)
    train.add_argument("--preset", choices=PRESET_NAMES, default=None,
                       help="start from a named run (options given as well override it)")

    def both(name: str) -> str:
        return f"(default {getattr(points, name)} for points, {getattr(images, name)} for images)"

    train.add_argument("--noise-dim", type=int, help=f"numbers in each noise vector z {both('noise_dim')}")
    train.add_argument("--depth", type=int, help=f"hidden layers in G and in D {both('depth')}")
    train.add_argument("--width", type=int, help=f"units per hidden layer {both('width')}")
    train.add_argument("--lr-g", type=float, help=f"generator learning rate {both('lr_g')}")
    train.add_argument("--lr-d", type=float, help=f"discriminator learning rate {both('lr_d')}")
    train.add_argument("--optimizer", choices=OPTIMIZERS, help=f"default {points.optimizer}")
    train.add_argument("--d-steps", type=int, help=f"D updates per G update (default {points.d_steps})")
    train.add_argument("--d-dropout", type=float, help=f"dropout in D's hidden layers {both('d_dropout')}")
    train.add_argument("--batch-size", type=int, help=f"samples per update {both('batch_size')}")
    train.add_argument("--loss", choices=LOSSES, help=f"default {points.loss}")
    add_image_arguments(train)
    train.set_defaults(func=_train)


def config_from_args(args: argparse.Namespace):
    """The GanConfig the options describe: the data set's defaults (or a preset's), then every option given."""
    from genviz.core.gan.config import default_config
    from genviz.core.gan.presets import preset_config

    if args.preset:
        config = preset_config(args.preset, args.data, args.seed)
    else:
        config = default_config(args.data, seed=args.seed)
    given = {name: getattr(args, name) for name in _MODEL_OPTIONS if getattr(args, name) is not None}
    return replace(config, **given, image_size=args.image_size, color=args.color, mnist_folder=args.mnist_folder or "")


def _train(args: argparse.Namespace) -> int:
    check_before_training(config_from_args(args), args)  # before a download, too
    download_if_asked(args, args.data)
    config = config_from_args(args)  # a download tells where MNIST now is
    from genviz.core.modelfile import num_parameters

    session = start_session(config, "genviz.core.gan.session:GanSession", lambda s: (
        f"a GAN ({num_parameters(s.generator):,} generator + {num_parameters(s.discriminator):,} discriminator "
        "weights)"))
    train_then_save(session, args)
    snap = session.snapshot({})
    last = snap["last"]
    summary = (f"after {session.step_count} steps: G loss {last['generator']:.4f}, D loss {last['discriminator']:.4f}, "
               f"D(real) {last['d_real']:.2f}, D(fake) {last['d_fake']:.2f}")
    if "coverage" in snap:
        covered, modes, near = snap["coverage"]
        summary += f"; {covered} of {modes} modes covered, {near:.0%} of samples near a mode"
    print(f"{summary}; saved {args.out}")
    if snap["collapse"]:
        print(snap["collapse"], file=sys.stderr)
    return 0
