"""Every visible string goes through Qt's translation system: under the pseudo-translation, which wraps each
translated string as [[...]], no lab shows English outside the brackets, before training or after."""

import pytest

from tests.qt.shared_window import window_with_labs_started
from tests.qt.untranslated import leftover, untranslated

LABS = ("text", "gan", "diffusion", "vae", "pixels", "compare")


@pytest.fixture(scope="module")
def pseudo_window(qapp, tmp_path_factory):
    """One window for every lab's test, each lab started and still untrained when its test begins."""
    from genviz.qt.translation import ENGLISH, PSEUDO, install_language

    install_language(qapp, PSEUDO)
    try:
        with window_with_labs_started(tmp_path_factory.mktemp("pseudo"), LABS) as window:
            yield window
    finally:
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
    assert controller.last_snapshot["step"] == 0  # untrained: no other test trained it
    before = untranslated(window)
    window.transport.train_button.click()
    step = controller.last_snapshot["step"]
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= step + 20, timeout=30_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.training, timeout=10_000)
    qtbot.wait(300)  # the paused model's pictures
    assert before == [] and untranslated(window) == []
