"""The command line's options for a lab's declared settings (genviz/core/settings.py): the same ranges, defaults
and sentences as the settings form."""

from __future__ import annotations

import argparse
from typing import Any

from genviz.commands.common import number, whole_number
from genviz.core.settings import declared, range_words


def add_setting_options(parser: argparse.ArgumentParser, config_class: type) -> None:
    """--flag for every declared setting that has one."""
    defaults = config_class()
    for name, item in declared(config_class).items():
        if not item.flag:
            continue
        default = getattr(defaults, name)
        tip = item.tip.replace("%", "%%")  # argparse formats help with %
        if item.choices:
            parser.add_argument(f"--{item.flag}", dest=name, default=default,
                                choices=[value for value, _ in item.choices], help=f"{tip} (default {default})")
        else:
            kind = whole_number(int(item.low), int(item.high)) if isinstance(default, int) else \
                number(item.low, item.high, low_open=item.low_open)
            parser.add_argument(f"--{item.flag}", dest=name, type=kind, default=default,
                                help=f"{tip} ({range_words(item)}; default {default:g})")


def setting_values(config_class: type, args: argparse.Namespace) -> dict[str, Any]:
    """The declared settings the command line has options for, as config keyword arguments."""
    return {name: getattr(args, name) for name, item in declared(config_class).items() if item.flag}
