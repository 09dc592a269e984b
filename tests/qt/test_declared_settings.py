"""Each setting is declared once (genviz/core/settings.py): the settings form, the config's check and the command
line's option all take their range from it, so none can accept what another refuses."""

import argparse
import dataclasses
import math
from importlib import import_module

import pytest

from genviz.commands.settings_options import add_setting_options
from genviz.core.errors import ConfigError
from genviz.core.modelfile import CONFIG_CLASSES
from genviz.core.settings import check_settings, declared, range_words


def config_classes():
    """Every lab's config, and the Text lab's sampling settings."""
    from genviz.core.text.generation import SamplingSettings

    classes = [getattr(import_module(module), name) for module, name in
               (path.split(":") for path in CONFIG_CLASSES.values())]
    return [*classes, SamplingSettings]


def numeric(cls):
    return [(name, item) for name, item in declared(cls).items() if item.kind in (int, float) and not item.choices]


def below(item):
    """The number just under a setting's range."""
    return 1 if item.kind is int else 10 ** -item.decimals


@pytest.mark.parametrize("cls", config_classes(), ids=lambda cls: cls.__name__)
def test_the_form_offers_exactly_the_declared_range_and_choices(qtbot, cls):
    from genviz.qt.widgets.settings_form import SettingsForm

    form = SettingsForm(cls, declared(cls))
    for name, item in declared(cls).items():
        widget = form.widgets[name]
        assert widget.toolTip() == item.tip
        if item.choices:
            assert [widget.itemData(i) for i in range(widget.count())] == item.values()
            continue
        if item.kind is bool:
            continue
        lowest = item.low + (below(item) if item.low_open else 0)
        if item.none:  # one step under the range, where the box reads "auto" or "off"
            assert widget.minimum() == pytest.approx(lowest - below(item)), name
            assert widget.specialValueText() == item.none
        else:
            assert widget.minimum() == pytest.approx(lowest), name
        assert widget.maximum() == pytest.approx(item.high), name
    assert form.values() == {name: getattr(cls(), name) for name in declared(cls)}  # the defaults, as declared


@pytest.mark.parametrize("cls", config_classes(), ids=lambda cls: cls.__name__)
def test_the_config_refuses_just_past_either_end_and_takes_both_ends(cls):
    for name, item in numeric(cls):
        beyond = 1 if item.kind is int else 1e-9
        for value in (item.low - beyond, item.high + beyond, math.nan):
            with pytest.raises(ConfigError, match=item.label.split(" ")[0]):
                check_settings(dataclasses.replace(cls(), **{name: value}))  # what every validate() runs first


@pytest.mark.parametrize("cls", config_classes(), ids=lambda cls: cls.__name__)
def test_the_command_line_takes_the_same_range_and_says_it(cls):
    parser = argparse.ArgumentParser(exit_on_error=False)
    add_setting_options(parser, cls)
    help_text = " ".join(parser.format_help().split())
    for name, item in numeric(cls):
        if not item.flag:
            continue
        high = int(item.high) if item.kind is int else item.high
        assert getattr(parser.parse_args([f"--{item.flag}", str(high)]), name) == high
        with pytest.raises(argparse.ArgumentError):
            parser.parse_args([f"--{item.flag}", str(high + (1 if item.kind is int else 1e-6))])
        assert range_words(item) in help_text
        if item.none:
            assert getattr(parser.parse_args([f"--{item.flag}", item.none]), name) is None


def test_the_diffusion_schedules_offered_are_the_ones_there_are():
    from genviz.core.diffusion.config import DiffusionConfig
    from genviz.core.diffusion.schedules import SCHEDULES

    assert set(declared(DiffusionConfig)["schedule"].values()) == set(SCHEDULES)


@pytest.mark.parametrize("cls", config_classes(), ids=lambda cls: cls.__name__)
def test_the_command_line_says_each_default_as_it_is_typed(cls):
    parser = argparse.ArgumentParser()
    add_setting_options(parser, cls)
    help_text = " ".join(parser.format_help().split())
    for name, item in declared(cls).items():
        default = getattr(cls(), name)
        if not item.flag or item.kind is bool:
            continue
        words = item.none if default is None else str(default) if item.kind is str else f"{default:g}"
        assert f"default {words})" in help_text, name
