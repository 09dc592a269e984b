"""Named runs that show a GAN's classic behaviours on purpose: one healthy, three failure modes.

Each preset is a change to the data set's default settings, so it means the same on the ring and on digits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from genviz.core.errors import ConfigError
from genviz.core.gan.config import GanConfig, default_config
from genviz.core.translatable import translatable


@dataclass(frozen=True)
class Preset:
    name: str
    title: str  # title and watch are marked translatable: the window shows them in its language
    watch: str  # what the class should look for, shown when the preset is chosen
    changes: Callable[[GanConfig], dict]  # from the data set's defaults to this preset's settings


PRESETS: tuple[Preset, ...] = (
    Preset("healthy", translatable("Healthy run"), translatable(
           "The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over "
           "every part of the data."),
           lambda d: {}),
    Preset("mode-collapse", translatable("Mode collapse"), translatable(
           "The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes "
           "and hop between them instead of covering all of them."),
           lambda d: {"lr_g": d.lr_g * 10, "lr_d": d.lr_d / 10, "noise_dim": 1, "batch_size": 32}),
    Preset("d-wins", translatable("Discriminator wins too fast"), translatable(
           "D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no "
           "gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G's loss lies flat just below 0, "
           "and the fakes creep instead of spreading over the modes."),
           lambda d: {"loss": "minimax", "d_steps": 5, "lr_d": d.lr_d * 5, "lr_g": d.lr_g / 10}),
    Preset("lr-too-high", translatable("Learning rate too high"), translatable(
           "Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the "
           "plane without settling."),
           lambda d: {"lr_g": min(1.0, d.lr_g * 40), "lr_d": min(1.0, d.lr_d * 40)}),
)
PRESET_NAMES = tuple(p.name for p in PRESETS)


def preset(name: str) -> Preset:
    for candidate in PRESETS:
        if candidate.name == name:
            return candidate
    raise ConfigError(translatable("There is no preset '{name}'; choose one of: {choices}."), name=name,
                      choices=", ".join(PRESET_NAMES))


def preset_config(name: str, data: str, seed: int = 0) -> GanConfig:
    """The settings of a preset for a data set (the data set's defaults plus the preset's changes)."""
    defaults = default_config(data, seed=seed)
    return replace(defaults, **preset(name).changes(defaults))
