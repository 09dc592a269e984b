"""Character- and word-level tokenizers for the Text lab.

Both learn their vocabulary from a corpus, map anything unseen to id 0 (``"<unk>"``), and save as
a small JSON-ready dict so a model file can carry the tokenizer it was trained with.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Self

from genviz.core.errors import DataError
from genviz.core.translatable import translatable

UNK = "<unk>"
FORMAT_VERSION = 1

# Whitespace has no token of its own (except newlines), so it is shown with visible marks.
_VISIBLE_WHITESPACE = str.maketrans({" ": "␣", "\n": "↵", "\t": "⇥", "\r": "␍"})


class Tokenizer(ABC):
    """A vocabulary of token strings; a token's id is its index, and id 0 is ``"<unk>"``."""

    kind: ClassVar[str]

    def __init__(self, vocab: Sequence[str]) -> None:
        vocab = list(vocab)
        if (
            not vocab
            or vocab[0] != UNK
            or not all(isinstance(token, str) and token for token in vocab)
            or len(set(vocab)) != len(vocab)
        ):
            raise DataError(translatable("The tokenizer's vocabulary is damaged."))
        self._vocab = vocab
        self._ids = {token: i for i, token in enumerate(vocab)}

    @classmethod
    def build(cls, text: str, max_vocab: int | None = None) -> Self:
        """Learn the vocabulary of ``text``: its most frequent tokens (ties alphabetical), after ``<unk>``."""
        counts = Counter(cls._split(text))
        if not counts:
            raise DataError(translatable("The text has no tokens to learn a vocabulary from."))
        ranked = sorted(counts, key=lambda token: (-counts[token], token))
        if max_vocab is not None:
            if max_vocab < 2:
                raise DataError(translatable("A vocabulary needs room for at least one token besides {unknown}."),
                                unknown=UNK)
            ranked = ranked[: max_vocab - 1]
        return cls([UNK, *ranked])

    @staticmethod
    @abstractmethod
    def _split(text: str) -> list[str]:
        """The token strings of ``text``, in order."""

    @abstractmethod
    def pieces(self, text: str) -> list[str]:
        """``text`` cut into one substring per token, for drawing token boundaries."""

    @abstractmethod
    def decode(self, ids: Iterable[int]) -> str:
        """The text that the token ids stand for."""

    @property
    def vocab_size(self) -> int:
        return len(self._vocab)

    def encode(self, text: str) -> list[int]:
        """The token ids of ``text``; tokens outside the vocabulary become 0."""
        ids = self._ids
        return [ids.get(token, 0) for token in self._split(text)]

    def token_text(self, token_id: int) -> str:
        """How one token is shown to the user: its text, with whitespace made visible."""
        return self._token(token_id).translate(_VISIBLE_WHITESPACE)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "version": FORMAT_VERSION, "vocab": list(self._vocab)}

    def _token(self, token_id: int) -> str:
        token_id = int(token_id)
        # Guard explicitly: a negative id would silently index from the end of the list.
        if not 0 <= token_id < len(self._vocab):
            raise IndexError(f"token id {token_id} is outside a vocabulary of {len(self._vocab)}")
        return self._vocab[token_id]


class CharTokenizer(Tokenizer):
    """One token per character: a tiny vocabulary, and any text in it decodes back exactly."""

    kind = "char"

    @staticmethod
    def _split(text: str) -> list[str]:
        return list(text)

    def pieces(self, text: str) -> list[str]:
        return list(text)

    def decode(self, ids: Iterable[int]) -> str:
        return "".join(self._token(i) for i in ids)


# Words and numbers, single punctuation marks, and newlines; other whitespace only separates tokens.
_WORD_TOKEN = re.compile(r"\w+|\n|[^\w\s]")
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}'\n")
_NO_SPACE_AFTER = frozenset("([{\n")


class WordTokenizer(Tokenizer):
    """One token per word, punctuation mark or newline; spaces are implied, so "Paris" follows "is".

    ``decode`` puts spaces back the way ordinary prose has them, so prose with single spaces
    survives an encode-decode round trip.
    """

    kind = "word"

    @classmethod
    def build(cls, text: str, max_vocab: int | None = 5000) -> Self:
        return super().build(text, max_vocab)

    @staticmethod
    def _split(text: str) -> list[str]:
        return _WORD_TOKEN.findall(text)

    def pieces(self, text: str) -> list[str]:
        """One piece per token, each carrying the whitespace before it, so that the pieces join back to
        ``text`` (trailing whitespace goes with the last piece)."""
        ends = [match.end() for match in _WORD_TOKEN.finditer(text)]
        if not ends:
            return []
        ends[-1] = len(text)
        starts = [0, *ends[:-1]]
        return [text[start:end] for start, end in zip(starts, ends, strict=True)]

    def decode(self, ids: Iterable[int]) -> str:
        out: list[str] = []
        before_previous = previous = ""
        for token_id in ids:
            token = self._token(token_id)
            # An apostrophe right after a word joins it to the next one too: France's, don't.
            contraction = previous == "'" and _is_word(before_previous)
            if out and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER and not contraction:
                out.append(" ")
            out.append(token)
            before_previous, previous = previous, token
        return "".join(out)


def _is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum() or token[0] == "_")


_KINDS: dict[str, type[Tokenizer]] = {cls.kind: cls for cls in (CharTokenizer, WordTokenizer)}


def tokenizer_from_dict(data: dict[str, Any]) -> Tokenizer:
    """Rebuild a tokenizer saved with ``to_dict``."""
    if not isinstance(data, dict) or not isinstance(data.get("vocab"), list):
        raise DataError(translatable("The saved tokenizer is damaged."))
    kind = data.get("kind")
    if kind not in _KINDS:
        raise DataError(translatable("The saved tokenizer is of an unknown kind ({kind})."), kind=repr(kind))
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int):
        raise DataError(translatable("The saved tokenizer is damaged."))
    if version > FORMAT_VERSION:
        raise DataError(translatable("The saved tokenizer was made by a newer genviz; please update genviz to open "
                                     "it."))
    return _KINDS[kind](data["vocab"])
