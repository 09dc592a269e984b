"""The core's error sentences in the window's language: a core error the window catches, and one the training
process sends through its pipe, are shown translated (the command line keeps them in English)."""

import pytest

from genviz.core.host import SessionSpec

START_TIMEOUT = 60_000  # a training process imports torch first


@pytest.fixture
def german(qapp):
    from genviz.qt.translation import ENGLISH, install_language

    assert install_language(qapp, "de") == "de", "the German translation is not built: make setup"
    yield
    install_language(qapp, ENGLISH)


def test_a_bad_model_file_is_refused_in_german_in_the_banner(qtbot, german, settings, tmp_path):
    from genviz.qt.app import create_window

    path = tmp_path / "broken.safetensors"
    path.write_bytes(b"not a model at all")
    window = create_window(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_model(path)
    assert window.banner.label.text() == ("broken.safetensors ist keine genviz-Modelldatei, oder sie ist beschädigt "
                                          "oder abgeschnitten.")
    window.close()


def test_a_failure_in_the_training_process_is_shown_in_german(qtbot, german):
    from genviz.qt.worker import HostHandle

    broken = SessionSpec("tests.core.counting_session:CountingSession", (1.0, 0.0, None, True))  # build fails
    handle = HostHandle(broken)
    failures = []
    handle.listener.failed.connect(lambda run_id, message: failures.append(message))
    try:
        qtbot.waitUntil(lambda: bool(failures), timeout=START_TIMEOUT)
    finally:
        handle.shutdown()
    assert failures == ["Die Datei notes.txt ist leer."]


def test_a_setting_out_of_range_names_the_setting_and_its_value_in_german(german):
    from genviz.core.errors import ConfigError
    from genviz.core.settings import check_settings
    from genviz.core.text.config import TextConfig
    from genviz.qt.translation import core_sentence

    with pytest.raises(ConfigError) as caught:
        check_settings(TextConfig(learning_rate=5.0))
    assert core_sentence(caught.value.sentence) == "Lernrate muss über 0 und höchstens 1 sein, nicht 5,0."
