""""Real or fake?" in the Diffusion, VAE and Pixels labs: the quiz opens over the lab's pictures with the model's own
samples as fakes, the class picks and reveals, a new round mixes again; without images there is no quiz."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.qt import test_diffusion_view, test_pixels_lab, test_translation, test_vae_view
from tests.qt.test_diffusion_view import SAMPLE_TIMEOUT
from tests.qt.untranslated import leftover, untranslated

TIMEOUT = 60_000  # a training process imports torch first
ring_lab = test_diffusion_view.ring_lab  # a small diffusion model on the ring that has drawn its first samples
digits_lab = test_diffusion_view.digits_lab  # ... on the digits
vae_lab = test_vae_view.lab  # a small VAE on the digits
pixels_lab = test_pixels_lab.lab  # a small Pixels model on the digits
pseudo_window = test_translation.pseudo_window  # every lab, every translated string wrapped as [[...]]


def train(qtbot, controller, steps: int) -> None:
    start = controller.last_snapshot["step"]
    controller.train()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= start + steps, timeout=TIMEOUT)
    controller.pause()
    qtbot.waitUntil(lambda: not controller.last_snapshot["training"], timeout=TIMEOUT)


def sent_requests(view) -> list[tuple[str, tuple]]:
    sent = []
    view.request_sent.connect(lambda name, args: sent.append((name, args)))
    return sent


def open_quiz(qtbot, view, stack):
    """Press the lab's button and wait for the quiz to take the column."""
    assert view.real_or_fake.isEnabled()
    view.real_or_fake.click()
    qtbot.waitUntil(lambda: stack.currentWidget() is view.quiz, timeout=TIMEOUT)
    return view.quiz


def play_a_round(qtbot, quiz, step: int) -> None:
    """Pick two fakes and one real image, reveal, and check the marks and the score of a lab without a judge."""
    fakes = [tile for tile in quiz.tiles if tile.fake]
    reals = [tile for tile in quiz.tiles if not tile.fake]
    assert 5 <= len(fakes) <= 11 and all(tile.verdict is None for tile in quiz.tiles)
    assert not quiz.revealed and not any(tile.label() or tile.captions() for tile in quiz.tiles)  # no hint
    assert quiz.step == step
    for tile in (*fakes[:2], reals[0]):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert sum(quiz.picked()) == 3 and quiz.score.text().startswith("Picked as fake: 3 of 16.")
    quiz.reveal_button.click()
    assert quiz.revealed and not quiz.reveal_button.isEnabled()
    assert quiz.score.text().split("\n") == [
        f"You found 2 of {len(fakes)} fakes. 1 real image was taken for a fake.",
        f"The class judged {16 - (len(fakes) - 2) - 1} of 16 images correctly. The fakes came from the model at "
        f"step {step:,}."]
    assert (fakes[0].label(), reals[0].label(), reals[-1].label()) == ("FAKE", "REAL", "REAL")
    # no judge: one line under each image, the class's result, and no discriminator's verdict
    assert [tile.captions() for tile in (fakes[0], fakes[-1], reals[0], reals[-1])] == [
        ["✓ found"], ["✗ missed"], ["✗ not a fake"], ["✓ right"]]
    assert "judge" not in quiz.reveal_button.toolTip()


def new_round_then_close(qtbot, view, quiz, stack) -> None:
    first = [tile.image for tile in quiz.tiles]
    quiz.new_round_button.click()
    qtbot.waitUntil(lambda: not quiz.revealed, timeout=TIMEOUT)
    assert not any(quiz.picked()) and quiz.reveal_button.isEnabled()
    assert [tile.image for tile in quiz.tiles] != first
    quiz.close_button.click()
    assert stack.currentIndex() == 0


def tile_pixels(tile) -> np.ndarray:
    image = tile.image
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[:, :image.width()]


def test_diffusion_a_round_of_real_digits_and_samples_denoised_with_the_labs_sampler(qtbot, digits_lab):
    _, controller, view = digits_lab
    train(qtbot, controller, 20)
    reverse = view.reverse
    reverse.steps.setValue(3)  # DDIM in 3 steps: what the reverse process shows, and the quiz's fakes too
    qtbot.waitUntil(lambda: not reverse.busy and reverse.run.steps == 3, timeout=SAMPLE_TIMEOUT)
    sent = sent_requests(view)
    assert "the reverse process's sampler and steps" in view.real_or_fake.toolTip()
    quiz = open_quiz(qtbot, view, view.centre)
    assert [args[1:] for name, args in sent if name == "real_or_fake"] == [("ddim", 3)]
    step = controller.last_snapshot["step"]
    play_a_round(qtbot, quiz, step)
    new_round_then_close(qtbot, view, quiz, view.centre)
    assert view.reverse.isVisible() and not quiz.isVisible()


def test_diffusion_the_button_beside_the_sampler_goes_with_its_panel_enlarged(qtbot, digits_lab):
    window, _, view = digits_lab
    assert view.reverse.isAncestorOf(view.real_or_fake) and view.real_or_fake.isVisible()
    window.enlarge_panel("reverse")  # the quiz's column is hidden: a button that opened it would show nothing
    qtbot.waitUntil(lambda: not view.real_or_fake.isVisible())
    window.enlarge_panel(None)
    qtbot.waitUntil(view.real_or_fake.isVisible)
    window.enlarge_panel("forward")  # the button is hidden with the column
    qtbot.waitUntil(lambda: not view.reverse.isVisible())
    window.enlarge_panel(None)
    qtbot.waitUntil(view.real_or_fake.isVisible)


def test_diffusion_on_points_has_no_quiz_and_a_new_model_closes_an_open_one(qtbot, digits_lab):
    window, controller, view = digits_lab
    quiz = open_quiz(qtbot, view, view.centre)
    view.select_data("ring")
    window.reset()  # the quiz's fakes were the old model's
    qtbot.waitUntil(lambda: view.centre.currentIndex() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.last_snapshot is not None and controller.last_snapshot["kind"] == "points",
                    timeout=TIMEOUT)
    assert not view.real_or_fake.isEnabled() and "needs images" in view.real_or_fake.toolTip()
    assert not quiz.isVisible()


def test_diffusion_starts_without_a_quiz_on_points(qtbot, ring_lab):
    _, controller, view = ring_lab
    assert controller.last_snapshot["kind"] == "points"
    assert not view.real_or_fake.isEnabled() and "needs images" in view.real_or_fake.toolTip()


def test_vae_a_round_of_real_digits_and_decoded_prior_samples(qtbot, vae_lab):
    _, view, controller = vae_lab
    train(qtbot, controller, 15)
    assert "decoded from random codes" in view.real_or_fake.toolTip()
    quiz = open_quiz(qtbot, view, view.middle)
    assert not view.latent_map.isVisible()  # the quiz has the column the map had
    play_a_round(qtbot, quiz, controller.last_snapshot["step"])
    new_round_then_close(qtbot, view, quiz, view.middle)
    assert view.latent_map.isVisible()


def test_vae_on_points_has_no_quiz_and_a_new_model_closes_an_open_one(qtbot, vae_lab):
    window, view, controller = vae_lab
    quiz = open_quiz(qtbot, view, view.middle)
    view.select_data("moons")
    window.reset()
    qtbot.waitUntil(lambda: view.middle.currentIndex() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.last_snapshot is not None and controller.last_snapshot["kind"] == "points",
                    timeout=TIMEOUT)
    assert not view.real_or_fake.isEnabled() and "needs images" in view.real_or_fake.toolTip()
    assert not quiz.isVisible()


def test_pixels_a_round_of_real_digits_in_the_models_greys_and_images_drawn_pixel_by_pixel(qtbot, pixels_lab):
    window, view, controller = pixels_lab
    view.settings.levels.setValue(3)  # black, grey and white: a real digit of 17 greys would stand out
    window.reset()
    qtbot.waitUntil(lambda: controller.last_snapshot is not None and controller.last_snapshot["levels"] == 3,
                    timeout=TIMEOUT)
    train(qtbot, controller, 10)
    view.temperature.setValue(0.7)
    sent = sent_requests(view)
    assert "drawn by the model pixel by pixel" in view.real_or_fake.toolTip()
    quiz = open_quiz(qtbot, view, view.middle)
    assert [args[1:] for name, args in sent if name == "real_or_fake"] == [(0.7,)]
    assert not view.canvas.isVisible()
    greys = np.unique(np.concatenate([tile_pixels(tile).ravel() for tile in quiz.tiles]))
    assert set(greys) <= {0, 128, 255}  # every tile, real or fake, in the model's three greys
    play_a_round(qtbot, quiz, controller.last_snapshot["step"])
    new_round_then_close(qtbot, view, quiz, view.middle)
    assert view.canvas.isVisible()
    open_quiz(qtbot, view, view.middle)
    window.reset()  # a new model: the old one's quiz goes
    qtbot.waitUntil(lambda: view.middle.currentIndex() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: controller.last_snapshot is not None and controller.last_snapshot["step"] == 0 and
                    view.real_or_fake.isEnabled(), timeout=TIMEOUT)


@pytest.mark.parametrize("lab", ["diffusion", "vae", "pixels"])
def test_the_quiz_shows_no_untranslated_text_before_or_after_the_reveal(qtbot, pseudo_window, lab):
    window = pseudo_window
    window.tabs.setCurrentIndex(window.lab_names.index(lab))
    controller = window.controllers[lab]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=TIMEOUT)
    view = controller.view
    quiz = open_quiz(qtbot, view, view.centre if lab == "diffusion" else view.middle)
    quiz.tiles[0].click()
    before = untranslated(window)
    quiz.reveal_button.click()
    painted = [text for tile in quiz.tiles for text in (tile.label(), *tile.captions())]
    assert before == [] and untranslated(window) == []
    assert [text for text in painted if leftover(text)] == []
