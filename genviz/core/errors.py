"""Errors a user may cause. Each message is one clear sentence shown as it is, never a traceback.

An error carries its sentence as a translatable template and its values (a Sentence), so that the window shows
it in its own language (genviz.qt.translation.core_sentence) while str(error), what the command line prints, is
the English sentence:

    raise ConfigError(translatable("The temperature must be from {low} to {high}, not {value}."),
                      low=0.1, high=2, value=t)

A value that is itself words the core picks (a setting's label) is a Sentence too, so that it can be translated
with the sentence around it."""

from __future__ import annotations

from typing import Any

from genviz.core.translatable import Sentence, translatable


class GenvizError(Exception):
    """Base class: the message is written for the user. `template` is marked with translatable and has named
    placeholders that `values` fill; without values it is the sentence itself, shown as it is (braces and all):
    the command line's own errors, or a sentence the window already translated. It pickles as any exception
    does (built again from its English text, then its sentence put back), so it crosses a process pipe whole."""

    def __init__(self, template: str, **values: Any) -> None:
        if not values:
            template = template.replace("{", "{{").replace("}", "}}")
        self.sentence = Sentence(template, values)
        super().__init__(str(self.sentence))


class DataError(GenvizError):
    """A corpus, data set or file cannot be used (empty, binary, too large, wrong format)."""


class ModelFileError(GenvizError):
    """A model file is truncated, foreign, or of a format version this genviz cannot read."""


class ConfigError(GenvizError):
    """A setting is out of its allowed range."""


class TrainingDiverged(GenvizError):
    """The loss became NaN or infinite."""


class OutputError(GenvizError):
    """An output cannot be written where asked: a folder, a device, an input file, or a missing folder."""


class LessonError(GenvizError):
    """A lesson file is truncated, foreign, of a newer format, or holds something genviz does not accept."""


class UsageError(GenvizError):
    """The command line itself is wrong: an unknown option, a missing one, or a value out of its range."""


def diverged_message(loss: float, step: int, paused: bool) -> Sentence:
    """The sentence for a loss that became NaN or infinite: in the app training pauses, a command stops."""
    if paused:
        return Sentence(translatable("The loss became {loss} at step {step}, so training was paused: lower the "
                                     "learning rate and press Reset."), {"loss": loss, "step": step})
    return Sentence(translatable("The loss became {loss} at step {step}: lower the learning rate and try again."),
                    {"loss": loss, "step": step})
