"""Errors a user may cause. Each message is one clear sentence shown as it is, never a traceback."""


class GenvizError(Exception):
    """Base class: the message is written for the user."""


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


def diverged_message(loss: float, step: int, paused: bool) -> str:
    """The sentence for a loss that became NaN or infinite: in the app training pauses, a command stops."""
    if paused:
        return (f"The loss became {loss} at step {step}, so training was paused: lower the learning rate and "
                "press Reset.")
    return f"The loss became {loss} at step {step}: lower the learning rate and try again."
