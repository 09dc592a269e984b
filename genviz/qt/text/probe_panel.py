"""Probe any token: type a word, see how probable the model finds it next, and where it ranks.

The classic example of every explanation of a language model: after "The capital of France is", "Paris" gets a
high probability and "pizza" a very low one. It is computed from the distribution the bars show, so it follows the
prompt, the model and the timeline without asking the training process anything.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from genviz.core.sampling import Distribution
from genviz.core.text.tokenizers import Tokenizer
from genviz.qt.number_format import local_number, local_text
from genviz.qt.text.tokens import visible_token
from genviz.qt.translation import translate

UNKNOWN_ID = 0


@dataclass(frozen=True)
class ProbeAnswer:
    token: int  # the word's token, or its first one when it is several
    pieces: int  # how many tokens the word is
    probability: float  # the model's own probability of `token` next
    rank: int  # 1 for the most probable token


def share(p: float) -> str:
    """A probability as a percentage with two significant digits when it is tiny: "pizza" is 0.0012%, not 0.0%."""
    if p >= 0.001 or p == 0:
        return local_number(p, ".1%")
    return local_text(np.format_float_positional(p * 100, precision=2, unique=True, fractional=False, trim="-")) + "%"


def rank_of(probabilities: np.ndarray, token: int) -> int:
    """The token's place in the bars' order (most probable first, ties in id order), counting from 1."""
    order = np.argsort(-np.asarray(probabilities), kind="stable")
    return int(np.flatnonzero(order == token)[0]) + 1


def word_tokens(word: str, tokenizer: Tokenizer, lookup: dict[str, int]) -> list[int]:
    """The word's token ids: one token if the vocabulary has the word as typed or with a leading space (tokenizers
    whose tokens carry the space before them), else what the tokenizer cuts it into; 0 for an unknown piece."""
    for text in (word, " " + word.lstrip()):
        if text in lookup:
            return [lookup[text]]
    return tokenizer.encode(word.strip())


def probe(word: str, tokenizer: Tokenizer, lookup: dict[str, int], raw: np.ndarray) -> ProbeAnswer | None:
    """The word's probability and rank next, or None when it is not in the vocabulary."""
    ids = word_tokens(word, tokenizer, lookup)
    if not ids or UNKNOWN_ID in ids:
        return None
    return ProbeAnswer(ids[0], len(ids), float(raw[ids[0]]), rank_of(raw, ids[0]))


class ProbePanel(QWidget):
    """A line edit for a word and one line that says its probability and rank after the current text."""

    word_entered = Signal()  # a new word is probed: the timeline follows its probability

    def __init__(self) -> None:
        super().__init__()
        self.word = QLineEdit()
        self.word.setProperty("user_text", True)
        self.word.setPlaceholderText(translate("text", "Probe a word"))
        self.word.setToolTip(translate(
            "text", "Type any word and press Enter to see how probable the model finds it as the next token, and "
            "where it ranks among all the tokens it knows."))
        self.word.setMaximumWidth(220)
        self.result = QLabel()
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setBold(True)  # only bold: the size still follows the app's font scale
        self.result.setFont(font)
        self.result.setToolTip(self.word.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.word)
        layout.addWidget(self.result, 1)
        self.answer: ProbeAnswer | None = None  # for the word last entered, after the current text
        self._probed = ""
        self._tokenizer: Tokenizer | None = None
        self._vocab: list[str] = []
        self._lookup: dict[str, int] = {}
        self._distribution: Distribution | None = None
        self.word.returnPressed.connect(self._on_word_return_pressed)

    def set_tokenizer(self, tokenizer: Tokenizer, vocab: list[str]) -> None:
        self._tokenizer, self._vocab = tokenizer, vocab
        self._lookup = {tokenizer.decode([i]): i for i in range(1, tokenizer.vocab_size)}
        self._refresh()

    def show_distribution(self, distribution: Distribution) -> None:
        self._distribution = distribution
        self._refresh()

    def _refresh(self) -> None:
        word = self._probed
        if not word.strip() or self._tokenizer is None or self._distribution is None:
            self.answer = None
            self.result.setText("")
            return
        raw = self._distribution.raw
        self.answer = probe(word, self._tokenizer, self._lookup, raw)
        self.result.setText(self._sentence(word, self.answer, len(raw)))

    def _sentence(self, word: str, answer: ProbeAnswer | None, size: int) -> str:
        count = local_number(size, ",")
        if answer is None:
            if self._tokenizer.kind == "char":
                return translate("text", "'{word}' has a character this model never saw: its vocabulary is "
                                 "{count} characters.").format(word=word, count=count)
            return translate("text", "'{word}' is not in this model's vocabulary of {count} tokens.").format(
                word=word, count=count)
        token = visible_token(self._vocab[answer.token])
        if answer.pieces > 1:
            return translate("text", "'{word}' is {pieces} tokens for this model. Its first, '{token}', next: "
                             "P = {share} · rank {rank} of {count}").format(
                word=word, pieces=answer.pieces, token=token, share=share(answer.probability), rank=answer.rank,
                count=count)
        return translate("text", "P('{token}') = {share} · rank {rank} of {count}").format(
            token=token, share=share(answer.probability), rank=answer.rank, count=count)

    @property
    def token(self) -> int | None:
        """The token probed (a word's first), None when there is none."""
        return None if self.answer is None else self.answer.token

    def _on_word_return_pressed(self) -> None:
        self._probed = self.word.text()
        self._refresh()
        self.word_entered.emit()
