""""What comes next?": the class predicts the model's next token before it sees the bars.

Four candidates stand as big buttons: the model's three most probable tokens and one from further down, shuffled.
The teacher clicks the class's guess; Reveal shows the bars with the guess marked and keeps a score. A question
keeps the distribution it was asked about, so the answer is the one to that question even if training goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genviz.core.sampling import Distribution
from genviz.qt.style import VERMILLION
from genviz.qt.text.probability_panel import bold
from genviz.qt.text.probe_panel import rank_of, share
from genviz.qt.text.tokens import visible_token
from genviz.qt.translation import translate
from genviz.qt.widgets.flow_layout import FlowLayout

TOP = 3  # the model's favourites among the candidates
FAR_RANKS = (8, 20)  # the fourth comes from these ranks (counting from 1): likely enough to tempt, not a favourite
CANDIDATE_FONT = 1.6  # times the app's font: read from the back of a classroom
OFF, READY, ASKING, REVEALED = "off", "ready", "asking", "revealed"


def quiz_candidates(raw: np.ndarray, seed: int, question: int) -> list[int]:
    """The top three tokens and one ranked 8th to 20th (or the last there is), shuffled. The same seed and question
    number give the same four in the same order."""
    order = np.argsort(-np.asarray(raw), kind="stable")
    candidates = [int(t) for t in order[:TOP]]
    rng = np.random.default_rng([seed, question])
    if len(order) > TOP:
        low, high = (min(rank, len(order)) for rank in FAR_RANKS)
        candidates.append(int(order[rng.integers(low, high + 1) - 1]))
    rng.shuffle(candidates)
    return candidates


def repolish(widget: QWidget) -> None:
    """Style the widget again: a changed property picks another style sheet rule only then."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@dataclass(frozen=True)
class Question:
    distribution: Distribution  # what the model said when the question was asked
    candidates: list[int]


class QuizPanel(QWidget):
    """The quiz's buttons, its four candidates and its score. The view asks, and hides or shows the bars."""

    state_changed = Signal()  # off, ready, asking or revealed: the view hides or shows the bars
    ask_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.state = OFF
        self.question: Question | None = None
        self.guess: int | None = None
        self.asked = 0  # questions revealed since the quiz was turned on
        self.right = 0  # of them, guesses that were the model's favourite
        self._number = 0  # questions asked, withdrawn ones too: it picks the candidates
        self._vocab: list[str] = []

        self.toggle = QPushButton(translate("text", "What comes next?"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(translate(
            "text", "A quiz: the bars hide and four candidates appear, the model's three favourites and one from "
            "further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows "
            "the bars. Try it on the untrained model, then on the trained one."))
        self.ask_button = QPushButton(translate("text", "New question"))
        self.ask_button.setToolTip(translate(
            "text", "Ask about the text as it is now. The sampling seed and the question's number pick and shuffle "
            "the candidates, so the same seed asks the same questions again."))
        self.reveal_button = QPushButton(translate("text", "Reveal"))
        self.reveal_button.setToolTip(translate("text", "Show the bars, with the class's guess marked."))
        self.score = QLabel()
        self.buttons = QButtonGroup(self)
        self.candidates = [QPushButton() for _ in range(TOP + 1)]
        for index, button in enumerate(self.candidates):
            button.setCheckable(True)
            button.setProperty("user_text", True)  # the corpus's tokens
            button.setToolTip(translate("text", "Click the token the class guesses."))
            self.buttons.addButton(button, index)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.setStyleSheet(f"QPushButton[guess=\"true\"] {{ border: 4px solid {VERMILLION}; }}")

        candidate_row = QHBoxLayout()
        for button in self.candidates:
            candidate_row.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(FlowLayout(widgets=(self.toggle, self.ask_button, self.reveal_button, self.score)))
        layout.addLayout(candidate_row)
        layout.addWidget(self.result)
        self._scale_fonts()

        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.ask_button.clicked.connect(self.ask_clicked)
        self.reveal_button.clicked.connect(self.reveal)
        self.buttons.idClicked.connect(self._on_buttons_id_clicked)
        self._show_state()

    @property
    def holds_bars(self) -> bool:
        """While a question is open or revealed, the bars are the quiz's, not the live model's."""
        return self.state in (ASKING, REVEALED)

    def set_ready(self, ready: bool) -> None:
        """Whether there is a distribution to ask about."""
        self.ask_button.setEnabled(ready)

    def ask(self, distribution: Distribution, vocab: list[str], seed: int) -> None:
        self._number += 1
        self.question = Question(distribution, quiz_candidates(distribution.raw, seed, self._number))
        self._vocab = vocab
        self.guess = None
        for button, token in zip(self.candidates, self.question.candidates, strict=False):
            button.setText(visible_token(vocab[token]))
        self._set_state(ASKING)

    def choose(self, token: int) -> None:
        """The class's guess, one of the candidates."""
        if self.state == ASKING and token in self.question.candidates:
            self.guess = token
            self.candidates[self.question.candidates.index(token)].setChecked(True)
            for button, candidate in zip(self.candidates, self.question.candidates, strict=False):
                button.setProperty("guess", candidate == token)  # a border the back row sees, not only "pressed"
                repolish(button)
            self.reveal_button.setEnabled(True)

    def reveal(self) -> None:
        if self.state != ASKING or self.guess is None:
            return
        raw = self.question.distribution.raw
        rank = rank_of(raw, self.guess)
        self.asked += 1
        self.right += rank == 1
        name = visible_token(self._vocab[self.guess])
        if rank == 1:
            text = translate("text", "Yes: '{token}' is the model's favourite, at {share}.").format(
                token=name, share=share(float(raw[self.guess])))
        else:
            best = int(np.argmax(raw))
            text = translate("text", "'{token}' is the model's choice number {rank}, at {share}. Its favourite is "
                             "'{best}', at {best_share}.").format(
                token=name, rank=rank, share=share(float(raw[self.guess])),
                best=visible_token(self._vocab[best]), best_share=share(float(raw[best])))
        self.result.setText(text)
        for button, token in zip(self.candidates, self.question.candidates, strict=False):
            button.setText(f"{visible_token(self._vocab[token])}\n{share(float(raw[token]))}")
        self._set_state(REVEALED)

    def withdraw(self) -> None:
        """The text or the model changed under an open or revealed question: it is dropped, and not scored."""
        if self.holds_bars:
            self._set_state(READY)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's font scale: the candidates grow with it
            self._scale_fonts()

    def _scale_fonts(self) -> None:
        for button in self.candidates:
            button.setFont(bold(self.font(), CANDIDATE_FONT))
        self.result.setFont(bold(self.font(), 1.2))
        self.score.setFont(bold(self.font()))

    def _set_state(self, state: str) -> None:
        self.state = state
        self._show_state()
        self.state_changed.emit()

    def _show_state(self) -> None:
        on, open_ = self.state != OFF, self.holds_bars
        self.ask_button.setVisible(on)
        self.reveal_button.setVisible(on)
        self.reveal_button.setEnabled(self.state == ASKING and self.guess is not None)
        self.score.setVisible(on)
        self.score.setText(translate("text", "Score: {right} of {asked} guesses were the model's favourite").format(
            right=self.right, asked=self.asked))
        for index, button in enumerate(self.candidates):
            button.setVisible(open_ and self.question is not None and index < len(self.question.candidates))
        if self.state == ASKING:
            self.result.setText(translate("text", "Which one does the model find most likely next? Click the "
                                          "class's guess, then Reveal."))
        if self.state != REVEALED:
            self.buttons.setExclusive(False)  # an exclusive group cannot uncheck its last checked button
            for button in self.candidates:
                button.setChecked(False)
                button.setProperty("guess", False)
                repolish(button)
            self.buttons.setExclusive(True)
        self.result.setVisible(open_)

    def _on_toggle_toggled(self, on: bool) -> None:
        self.asked = self.right = 0
        self.question = None
        self._set_state(READY if on else OFF)
        if on and self.ask_button.isEnabled():
            self.ask_clicked.emit()

    def _on_buttons_id_clicked(self, index: int) -> None:
        if self.state == REVEALED:  # the answer is out: the guess stays what it was
            self.candidates[self.question.candidates.index(self.guess)].setChecked(True)
            return
        self.choose(self.question.candidates[index])
