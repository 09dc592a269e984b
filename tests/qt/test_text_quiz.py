"""The Text lab's "What comes next?" quiz and its word probe, in the real main window."""

import numpy as np
import pytest

from genviz.core.text.generation import distribution_for
from genviz.qt.text.probe_panel import rank_of, share
from genviz.qt.text.quiz_panel import ASKING, OFF, READY, REVEALED, quiz_candidates

START_TIMEOUT = 60_000  # a training process imports torch first


@pytest.fixture
def text_lab(qtbot, window):
    controller = window.controllers["text"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    view = controller.view
    qtbot.waitUntil(lambda: view.prediction is not None)
    return window, controller, view


def shown_distribution(view):
    return distribution_for(view.prediction.logits, view.sampling_settings())


def test_candidates_are_the_top_three_and_one_from_further_down_the_same_for_the_same_seed():
    raw = np.linspace(1.0, 0.0, 50)  # token i is ranked i + 1
    candidates = quiz_candidates(raw, seed=3, question=1)
    assert sorted(candidates)[:3] == [0, 1, 2] and 7 <= sorted(candidates)[3] <= 19
    assert quiz_candidates(raw, seed=3, question=1) == candidates
    assert sorted(quiz_candidates(np.array([0.5, 0.3, 0.2, 0.0]), seed=0, question=1)) == [0, 1, 2, 3]


def test_quiz_hides_the_bars_asks_four_candidates_then_reveals_the_marked_guess_and_scores(qtbot, text_lab):
    _, _, view = text_lab
    quiz = view.quiz
    distribution = shown_distribution(view)
    top = list(np.argsort(-distribution.raw, kind="stable")[:3])
    quiz.toggle.click()
    assert quiz.state == ASKING and not view.probabilities.isVisible()
    assert not view.next_button.isEnabled() and not view.generate_button.isEnabled()  # a draw would tell
    candidates = quiz.question.candidates
    assert len(set(candidates)) == 4 and set(top) <= set(candidates)
    assert all(button.isVisible() and button.text() for button in quiz.candidates)
    assert not quiz.reveal_button.isEnabled()

    favourite = top[0]
    quiz.candidates[candidates.index(favourite)].click()
    quiz.reveal_button.click()
    assert quiz.state == REVEALED and view.probabilities.isVisible()
    assert view.probabilities.bars.highlight == favourite
    assert favourite in view.probabilities.shown_tokens()
    assert "favourite" in quiz.result.text() and share(float(distribution.raw[favourite])) in quiz.result.text()
    assert (quiz.right, quiz.asked) == (1, 1) and "1 of 1" in quiz.score.text()

    quiz.ask_button.click()
    wrong = next(t for t in quiz.question.candidates if t != favourite)
    quiz.choose(wrong)
    quiz.reveal()
    assert f"number {rank_of(distribution.raw, wrong)}" in quiz.result.text()
    assert (quiz.right, quiz.asked) == (1, 2) and "1 of 2" in quiz.score.text()
    # every candidate gets a bar, the one from far down too
    assert set(quiz.question.candidates) <= set(view.probabilities.shown_tokens())

    quiz.toggle.click()
    assert quiz.state == OFF and (quiz.right, quiz.asked) == (0, 0) and view.next_button.isEnabled()


def test_editing_the_prompt_withdraws_an_open_question_without_scoring_it(qtbot, text_lab):
    _, _, view = text_lab
    view.quiz.toggle.click()
    assert view.quiz.state == ASKING
    view.prompt.setText("The capital of Spain is")
    view.prompt.textEdited.emit(view.prompt.text())
    assert view.quiz.state == READY and view.quiz.asked == 0 and view.probabilities.isVisible()
    qtbot.waitUntil(lambda: view.prediction is not None and view.quiz.ask_button.isEnabled())
    view.quiz.ask_button.click()
    assert view.quiz.state == ASKING


def test_quiz_asks_the_model_as_it_was_at_a_past_timeline_step(qtbot, window, text_lab):
    _, controller, view = text_lab
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 60, timeout=30_000)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: not controller.training, timeout=10_000)
    view.quiz.toggle.click()
    trained = view.quiz.question.distribution.raw
    view.quiz.choose(view.quiz.question.candidates[0])
    view.quiz.reveal()

    window.timeline.slider.setValue(0)  # the untrained model
    qtbot.waitUntil(lambda: controller.last_snapshot["viewing"] == 0, timeout=5_000)
    qtbot.waitUntil(lambda: view.prediction is not None)
    view.quiz.ask_button.click()
    untrained = view.quiz.question.distribution.raw
    assert view.quiz.state == ASKING and not np.allclose(untrained, trained)
    assert np.allclose(untrained, shown_distribution(view).raw)
    view.quiz.choose(view.quiz.question.candidates[0])
    view.quiz.reveal()
    assert view.quiz.asked == 2


def probe(qtbot, view, word):
    view.probabilities.probe.word.setText(word)
    qtbot.keyClick(view.probabilities.probe.word, "\r")
    return view.probabilities.probe


def test_probing_a_word_in_the_vocabulary_says_its_probability_and_rank(qtbot, text_lab):
    _, _, view = text_lab
    panel = probe(qtbot, view, "Paris")
    raw = shown_distribution(view).raw
    token = view.tokenizer.encode("Paris")[0]
    assert panel.answer is not None and panel.answer.token == token
    assert panel.answer.probability == pytest.approx(raw[token])
    assert panel.answer.rank == int(np.flatnonzero(np.argsort(-raw, kind="stable") == token)[0]) + 1
    assert f"rank {panel.answer.rank} of {len(raw):,}" in panel.result.text()

    view.prompt.setText("The capital of Spain is")  # the probe follows the text
    view.prompt.textEdited.emit(view.prompt.text())
    qtbot.waitUntil(lambda: view.prediction is not None)
    assert panel.answer.probability == pytest.approx(shown_distribution(view).raw[token])


def test_probing_a_word_outside_the_vocabulary_says_so_in_a_sentence(qtbot, text_lab):
    _, _, view = text_lab
    panel = probe(qtbot, view, "pizzazzxq")
    assert panel.answer is None
    assert panel.result.text() == (f"'pizzazzxq' is not in this model's vocabulary of {len(view.vocab):,} tokens.")


def test_a_word_of_several_characters_is_probed_by_its_first_and_an_unseen_character_is_named():
    from genviz.core.text.tokenizers import CharTokenizer
    from genviz.qt.text.probe_panel import probe as probe_word

    tokenizer = CharTokenizer.build("Paris is big")
    lookup = {tokenizer.decode([i]): i for i in range(1, tokenizer.vocab_size)}
    raw = np.linspace(1.0, 0.1, tokenizer.vocab_size)
    raw /= raw.sum()
    answer = probe_word("Paris", tokenizer, lookup, raw)
    first = tokenizer.encode("P")[0]
    assert (answer.token, answer.pieces, answer.rank) == (first, 5, first + 1)
    assert probe_word("pizza", tokenizer, lookup, raw) is None  # no z in its vocabulary


def test_the_open_quiz_and_the_probe_show_no_untranslated_text(qtbot, qapp, settings):
    from genviz.qt.app import create_window
    from genviz.qt.translation import ENGLISH, PSEUDO, install_language
    from tests.qt.untranslated import untranslated

    install_language(qapp, PSEUDO)
    try:
        window = create_window(settings)
        qtbot.addWidget(window)
        window.show()
        view = window.controllers["text"].view
        qtbot.waitUntil(lambda: view.prediction is not None, timeout=START_TIMEOUT)
        view.quiz.toggle.click()
        view.quiz.choose(view.quiz.question.candidates[0])
        assert untranslated(window) == []
        view.quiz.reveal()
        probe(qtbot, view, "Paris")
        assert untranslated(window) == []
        probe(qtbot, view, "pizzazzxq")
        assert untranslated(window) == []
        window.close()
    finally:
        install_language(qapp, ENGLISH)
