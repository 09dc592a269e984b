""""Real or fake?" in the GAN lab: open the quiz, pick the fakes, reveal the truth and the score, play again."""

from PySide6.QtCore import Qt

from tests.qt.test_gan_view import TIMEOUT


def gan_lab(qtbot, window):
    window.activateWindow()
    window.tabs.setCurrentIndex(window.lab_names.index("gan"))
    controller = window.controllers["gan"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=TIMEOUT)
    return controller.view, controller


def test_point_data_has_no_quiz_and_the_button_says_why(qtbot, window):
    view, controller = gan_lab(qtbot, window)
    assert controller.last_snapshot["kind"] == "points"
    assert not view.real_or_fake.isEnabled() and "needs images" in view.real_or_fake.toolTip()


def test_the_class_picks_fakes_reveals_its_score_and_ds_and_plays_a_new_round(qtbot, window):
    view, controller = gan_lab(qtbot, window)
    view.select_data("digits")
    for box, value in ((view.settings.width, 16), (view.settings.depth, 1), (view.settings.batch_size, 32)):
        box.setValue(value)  # a tiny GAN: the quiz needs weights, not good ones
    view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["data"] == "digits" and view.real_or_fake.isEnabled(),
                    timeout=TIMEOUT)
    view.real_or_fake.click()
    qtbot.waitUntil(lambda: view.middle.currentWidget() is view.quiz, timeout=TIMEOUT)
    quiz = view.quiz
    fakes = [tile for tile in quiz.tiles if tile.fake]
    reals = [tile for tile in quiz.tiles if not tile.fake]
    assert 5 <= len(fakes) <= 11 and all(0 <= tile.verdict <= 1 for tile in quiz.tiles)
    assert not quiz.revealed and not any(tile.label() or tile.captions() for tile in quiz.tiles)  # no hint
    for tile in fakes[:3]:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    reals[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(reals[0], Qt.Key.Key_Space)  # a tile toggles from the keyboard too
    assert sum(quiz.picked()) == 4 and reals[0].label() == "fake?" and reals[0].captions() == []
    assert quiz.score.text().startswith("Picked as fake: 4 of 16.")

    quiz.reveal_button.click()
    assert quiz.revealed and not quiz.reveal_button.isEnabled()
    d_right = sum((tile.verdict < 0.5) == tile.fake for tile in quiz.tiles)
    lines = quiz.score.text().split("\n")
    assert lines[0] == f"You found 3 of {len(fakes)} fakes. 1 real image was taken for a fake."
    assert lines[1] == (f"The class judged {16 - (len(fakes) - 3) - 1} of 16 images correctly. The discriminator "
                        f"(step {quiz.step:,}) judged {d_right} of 16 correctly: it calls an image real above 0.5.")
    assert (fakes[0].label(), reals[0].label()) == ("FAKE", "REAL")
    assert fakes[0].captions() == ["✓ found", f"D: {fakes[0].verdict:.2f} real"]
    assert [tile.captions()[0] for tile in (fakes[-1], reals[0], reals[-1])] == ["✗ missed", "✗ not a fake",
                                                                                 "✓ right"]
    qtbot.mouseClick(fakes[-1], Qt.MouseButton.LeftButton)  # the guesses are in
    assert not fakes[-1].isChecked()

    first = [tile.image for tile in quiz.tiles]
    quiz.new_round_button.click()
    qtbot.waitUntil(lambda: not quiz.revealed, timeout=TIMEOUT)
    assert not any(quiz.picked()) and quiz.reveal_button.isEnabled()
    assert [tile.image for tile in quiz.tiles] != first
    quiz.close_button.click()
    assert view.middle.currentIndex() == 0 and view.pictures.currentWidget() is view.images
