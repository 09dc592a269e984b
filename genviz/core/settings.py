"""Each setting of a lab declared once, on its config dataclass: default, range or choices, label and the sentence
that teaches it. The settings form (genviz/qt/widgets/settings_form.py), the command line's options
(genviz/commands/settings_options.py) and `check_settings` are built from the declaration, so they cannot disagree.

    n_layer: int = setting(1, translatable("Layers"), translatable("Transformer blocks stacked on top of each other."),
                           low=1, high=12)

Labels, tips, choice titles and none words are marked `translatable`: the window shows them in its language
(genviz.qt.translation.core_text); the command line and the error messages say them in English. A tip that names
something only its caller knows is a template whose placeholders `tip_values` fill, after translating.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from genviz.core.data.images import MAX_IMAGE_SIZE, MIN_IMAGE_SIZE
from genviz.core.errors import ConfigError
from genviz.core.translatable import Sentence, translatable

AUTO = translatable("auto")  # how the form and the command line name an automatic setting's None
MAX_SEED = 2**31 - 1  # the largest a settings form's spin box holds; far more seeds than a class tries


@dataclass(frozen=True)
class Setting:
    label: str  # a few words, for the form and the error messages
    tip: str  # the tooltip and the --help line: what the setting does
    low: float | None = None  # numbers: the range, both ends included (see low_open)
    high: float | None = None
    step: float = 1  # the spin box's step
    decimals: int = 4  # float settings: digits after the point in the form
    choices: tuple[tuple[Any, ...], ...] = ()  # (value, title) or (value, title, tooltip): a choice, not a number
    low_open: bool = False  # low itself excluded (a learning rate above 0)
    none: str = ""  # the word for None where None is allowed: "auto" (the session picks) or "off"
    kind: type = float  # bool, int, float or str: what the form shows and the command line parses
    flag: str = ""  # the command line's option, --flag; "" for none (the data set has its own)
    tip_template: str = ""  # the tip before tip_values filled it: what the window translates
    tip_values: tuple[tuple[str, Any], ...] = ()  # (placeholder, value); a str value is translatable text too

    def values(self) -> list[Any]:
        """The values of a choice."""
        return [choice[0] for choice in self.choices]


def setting(default: Any, label: str, tip: str, tip_values: dict[str, Any] | None = None,
            **declaration: Any) -> Any:
    """A dataclass field with its Setting in the metadata; `kind` is the default's type unless given (an
    automatic setting's default is None). With `tip_values`, `tip` is a template of named placeholders."""
    declaration.setdefault("kind", type(default))
    if tip_values:
        declaration.update(tip_template=tip, tip_values=tuple(tip_values.items()))
        tip = tip.format(**tip_values)
    return dataclasses.field(default=default, metadata={"setting": Setting(label, tip, **declaration)})


def declared(config_class: type) -> dict[str, Setting]:
    """name: Setting, in declaration order, of every field declared with `setting`."""
    return {field.name: field.metadata["setting"] for field in dataclasses.fields(config_class)
            if "setting" in field.metadata}


def _shown(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def range_words(item: Setting) -> str:
    """"from 1 to 12", "above 0 and at most 1": how --help says a range."""
    if item.low_open:
        return f"above {_shown(item.low)} and at most {_shown(item.high)}"
    return f"from {_shown(item.low)} to {_shown(item.high)}"


def check_settings(config: Any) -> None:
    """ConfigError, one sentence, for the first declared setting outside its range or choices."""
    for name, item in declared(type(config)).items():
        value = getattr(config, name)
        if value is None and item.none:
            continue
        if item.choices:
            values = item.values()
            if value not in values:
                raise ConfigError(translatable("{label} cannot be {value}: choose {choices} or {last}."),
                                  label=Sentence(item.label), value=repr(value),
                                  choices=", ".join(map(str, values[:-1])), last=values[-1])
            continue
        if item.low is None:
            continue
        too_low = value < item.low or (item.low_open and value == item.low)
        if not math.isfinite(value) or too_low or value > item.high:
            template = (translatable("{label} must be above {low} and at most {high}, not {value}.") if item.low_open
                        else translatable("{label} must be from {low} to {high}, not {value}."))
            raise ConfigError(template, label=Sentence(item.label), low=_shown(item.low), high=_shown(item.high),
                              value=value)


# Settings every lab has, declared alike.
def seed_setting(randomness: str, flag: str = "seed") -> Any:
    """`randomness`: what the seed draws, words the caller marks translatable."""
    return setting(0, translatable("Seed"), translatable(
        "The random seed of {randomness}: the same seed and settings train the same model again."),
        {"randomness": randomness}, low=0, high=MAX_SEED, flag=flag)


def learning_rate_setting(default: float | None, optimizer: str, more: str = "", **declaration: Any) -> Any:
    """`more`: a sentence added to the tip (what "auto" picks), marked translatable by the caller."""
    declaration.setdefault("kind", float)
    return setting(default, translatable("Learning rate"), translatable(
        "How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes "
        "NaN; too low and learning crawls.{more}"), {"optimizer": optimizer, "more": more}, low=0.0, high=1.0,
        low_open=True, step=0.0005, flag="lr", **declaration)


def image_size_setting(flag: str = "image-size") -> Any:
    return setting(16, translatable("Image size"), translatable(
        "A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their "
        "own size."), low=MIN_IMAGE_SIZE, high=MAX_IMAGE_SIZE, step=4, flag=flag)


def train_images_setting(flag: str = "train-images") -> Any:
    """How many images of the data set to train on (a seeded subset); None for all. Few images make a model
    memorise them: the Compare lab's lesson on copies."""
    return setting(None, translatable("Training images"), translatable(
        "Train on only this many images of the data set, picked at random with the seed. With very few (16) a "
        "model can learn them by heart and hand back copies; with all of them it has to learn what digits have in "
        "common."), low=2, high=1_000_000, kind=int, none=translatable("all"), flag=flag)
