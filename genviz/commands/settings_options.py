"""The command line's options for a lab's declared settings (genviz/core/settings.py): the same ranges, defaults
and sentences as the settings form."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genviz.commands.common import number, whole_number
from genviz.core.settings import Setting, declared, range_words


def add_setting_options(parser: argparse.ArgumentParser, config_class: type,
                        unset_default: Callable[[str], str] | None = None) -> None:
    """--flag for every declared setting that has one. With `unset_default`, an option not given is None (the
    command then picks the default, by the data set say) and unset_default(name) says what it is."""
    defaults = config_class()
    for name, item in declared(config_class).items():
        if not item.flag:
            continue
        default = None if unset_default else getattr(defaults, name)
        said = unset_default(name) if unset_default else f"default {_shown(item, default)}"
        tip = item.tip.replace("%", "%%")  # argparse formats help with %
        metavar = item.flag.upper().replace("-", "_")
        if item.kind is bool:
            parser.add_argument(f"--{item.flag}", dest=name, action="store_true", help=tip)
        elif item.choices:
            parser.add_argument(f"--{item.flag}", dest=name, default=default,
                                choices=item.values(), help=f"{tip} ({said})",
                                metavar="{" + ",".join(map(str, item.values())) + "}")
        else:
            parser.add_argument(f"--{item.flag}", dest=name, type=setting_type(item), default=default, metavar=metavar,
                                help=f"{tip} ({range_words(item)}{f' or {item.none}' if item.none else ''}; {said})")


def _shown(item: Setting, value: Any) -> str:
    """A value as --help says it: a choice as it is typed, None by its word ("auto", "off"), a number short."""
    if value is None:
        return item.none
    return str(value) if item.kind is str else f"{value:g}"


def setting_type(item: Setting) -> Callable[[str], Any]:
    """An argparse type for the setting's range, and its word for None ("auto", "off") where None is allowed."""
    parse = whole_number(int(item.low), int(item.high)) if item.kind is int else \
        number(item.low, item.high, low_open=item.low_open)
    if not item.none:
        return parse
    return lambda text: None if text == item.none else parse(text)


def setting_values(config_class: type, args: argparse.Namespace) -> dict[str, Any]:
    """The declared settings the command line has options for, as config keyword arguments."""
    return {name: getattr(args, name) for name, item in declared(config_class).items() if item.flag}
