"""A user's error carries its sentence as a translatable template and values: str() is the English sentence the
command line prints, and the sentence crosses the training process's pipe whole, for the window to translate."""

import pickle

import pytest

from genviz.core.errors import ConfigError, DataError, GenvizError, diverged_message
from genviz.core.host import host_died, user_message
from genviz.core.settings import check_settings
from genviz.core.text.config import TextConfig
from genviz.core.translatable import Sentence, translatable


def test_an_error_is_its_english_sentence_and_keeps_the_template_and_values():
    error = DataError(translatable("The file {name} is empty."), name="notes.txt")
    assert str(error) == "The file notes.txt is empty."
    assert error.sentence == Sentence("The file {name} is empty.", {"name": "notes.txt"})


def test_an_error_survives_pickling_with_its_sentence():
    error = ConfigError(translatable("Top-p must be above 0 and at most 1, not {value:g}."), value=1.5)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ConfigError and str(again) == "Top-p must be above 0 and at most 1, not 1.5."
    assert again.sentence == error.sentence


def test_a_sentence_without_values_is_shown_as_written_braces_and_all():
    error = GenvizError("The folder {a} cannot be opened.")  # a command line's own f-string, a path with braces
    assert str(error) == str(error.sentence) == "The folder {a} cannot be opened."
    assert pickle.loads(pickle.dumps(error)).sentence == error.sentence


def test_a_setting_out_of_range_names_it_with_a_translatable_label():
    with pytest.raises(ConfigError, match=r"^Learning rate must be above 0 and at most 1, not 5\.0\.$") as caught:
        check_settings(TextConfig(learning_rate=5.0))
    assert caught.value.sentence.template == "{label} must be above {low} and at most {high}, not {value}."
    assert caught.value.sentence.values["label"] == Sentence("Learning rate")


def test_the_host_sends_sentences_for_our_errors_and_for_unexpected_ones():
    error = DataError(translatable("The file {name} is empty."), name="notes.txt")
    assert user_message(error) is error.sentence
    unexpected = user_message(ZeroDivisionError("division by zero"))
    assert str(unexpected) == ("That failed because of an unexpected error (ZeroDivisionError: division by zero). "
                               "Press Reset.")
    assert str(host_died(-9)) == ("The training process stopped unexpectedly (killed by signal 9). Press Reset to "
                                  "start again.")
    assert str(diverged_message(float("nan"), 12, paused=False)) == ("The loss became nan at step 12: lower the "
                                                                     "learning rate and try again.")
