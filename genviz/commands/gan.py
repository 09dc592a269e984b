"""`genviz train gan`: train a generator against a discriminator without the GUI and save the pair."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from genviz.commands.common import add_budget_arguments, check_before_training, start_session, train_then_save
from genviz.commands.data import add_image_arguments, download_if_asked
from genviz.commands.settings_options import add_setting_options, setting_type, setting_values


def register(commands, train_labs) -> None:
    from genviz.core.gan.config import GanConfig, default_config
    from genviz.core.gan.presets import PRESET_NAMES
    from genviz.core.settings import declared, range_words

    points, images = default_config("ring"), default_config("digits")
    train = train_labs.add_parser("gan", help="a generator and a discriminator on 2-D points or images")
    train.add_argument("--data", default="ring",
                       help="ring, grid, moons, spiral, line, digits, mnist, fashion, or a folder of PNG/JPEG images")
    add_budget_arguments(train)
    train.add_argument("--out", required=True, type=Path, help="the model file to write (.safetensors)")
    seed = declared(GanConfig)["seed"]  # given with a preset too, so not among the options that override it
    train.add_argument("--seed", type=setting_type(seed), default=0, help=f"{seed.tip} ({range_words(seed)})")
    train.add_argument("--preset", choices=PRESET_NAMES, default=None,
                       help="start from a named run (options given as well override it)")

    def both(name: str) -> str:
        point, image = getattr(points, name), getattr(images, name)
        return f"default {point}" if point == image else f"default {point} for points, {image} for images"

    add_setting_options(train, GanConfig, unset_default=both)  # given options override the data set's defaults
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
    from genviz.core.gan.config import GanConfig

    given = {name: value for name, value in setting_values(GanConfig, args).items() if value is not None}
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
