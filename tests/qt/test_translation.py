"""Every visible string goes through Qt's translation system: under the pseudo-translation, which wraps each
translated string as [[...]], no lab shows English outside the brackets, before training or after."""

import pytest

from tests.qt.untranslated import leftover, untranslated

START_TIMEOUT = 60_000  # a training process imports torch first
LABS = ("text", "gan", "diffusion", "vae", "pixels", "compare")


@pytest.fixture
def pseudo_window(qtbot, qapp, settings):
    from genviz.qt.app import create_window
    from genviz.qt.translation import ENGLISH, PSEUDO, install_language

    install_language(qapp, PSEUDO)
    window = create_window(settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    install_language(qapp, ENGLISH)


def test_leftover_sees_english_outside_the_brackets_and_nothing_else():
    assert leftover("[[Step {step}]]".replace("{step}", "12")) == ""
    assert leftover("[[[[Loss]] at [[step]] 3]] · 1e-3") == ""
    assert leftover("[[Train]] now") == "now"
    assert leftover("<b>[[Noise]]</b> Paris") == "Paris"


@pytest.mark.parametrize("lab", LABS)
def test_no_lab_shows_untranslated_text_before_or_after_training(qtbot, pseudo_window, lab):
    window = pseudo_window
    window.tabs.setCurrentIndex(window.lab_names.index(lab))
    controller = window.controllers[lab]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    before = untranslated(window)
    window.transport.train_button.click()
    step = controller.last_snapshot["step"]
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= step + 20, timeout=30_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.training, timeout=10_000)
    qtbot.wait(300)  # the paused model's pictures
    assert before == [] and untranslated(window) == []
