import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genviz.core.data.corpora import capitals_corpus
from genviz.core.errors import DataError
from genviz.core.text.tokenizers import (
    UNK,
    CharTokenizer,
    Tokenizer,
    WordTokenizer,
    tokenizer_from_dict,
)

SETTINGS = settings(max_examples=60, deadline=None)

words = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)
possessives = st.sampled_from(["", "", "'s"])
punctuation = st.sampled_from(["", "", "", ".", ",", ";", ":", "!", "?"])
# A word as it appears in prose: possibly possessive, possibly followed by punctuation.
prose_words = st.tuples(words, possessives, punctuation).map("".join)


@st.composite
def prose(draw):
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        sentence = draw(st.lists(prose_words, min_size=1, max_size=10))
        if draw(st.booleans()):
            # A parenthesis around a run of words, as in "the capital (Paris) is".
            start = draw(st.integers(0, len(sentence) - 1))
            stop = draw(st.integers(start + 1, len(sentence)))
            sentence[start] = "(" + sentence[start]
            sentence[stop - 1] += ")"
        lines.append(" ".join(sentence))
    return "\n".join(lines)


def test_word_tokens_have_no_spaces_so_the_capital_follows_is():
    tok = WordTokenizer.build("The capital of France is Paris. The capital of Spain is Madrid.")
    pieces = [tok.token_text(i) for i in tok.encode("The capital of France is Paris")]
    assert pieces == ["The", "capital", "of", "France", "is", "Paris"]


def test_word_tokenizer_splits_punctuation_and_newlines():
    text = "Q: What's 42?\nA: Paris."
    tok = WordTokenizer.build(text)
    assert [tok.decode([i]) for i in tok.encode(text)] == [
        "Q", ":", "What", "'", "s", "42", "?", "\n", "A", ":", "Paris", ".",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The capital of France is Paris.",
        "France's capital is Paris.",
        "Q: What is the capital of France? A: Paris.",
        "If you visit France, you may start in Paris, its capital.",
        "Paris (the capital) is big; Lyon is not!\nDon't stop.",
    ],
)
def test_word_decode_restores_ordinary_prose(text):
    tok = WordTokenizer.build(text)
    assert tok.decode(tok.encode(text)) == text


@SETTINGS
@given(prose())
def test_word_round_trip_holds_for_prose_with_single_spaces(text):
    tok = WordTokenizer.build(text)
    assert tok.decode(tok.encode(text)) == text


def test_the_capitals_corpus_survives_a_word_round_trip():
    text = capitals_corpus()
    tok = WordTokenizer.build(text)
    assert tok.decode(tok.encode(text)) == text
    assert 0 not in tok.encode(text)


@SETTINGS
@given(st.text(min_size=1, max_size=200))
def test_char_round_trip_is_exact(text):
    tok = CharTokenizer.build(text)
    assert tok.decode(tok.encode(text)) == text
    assert tok.pieces(text) == list(text)


@SETTINGS
@given(st.text(max_size=200))
def test_word_pieces_join_back_to_the_text_one_per_token(text):
    tok = WordTokenizer.build(text + " x")
    pieces = tok.pieces(text)
    assert len(pieces) == len(tok.encode(text))
    if pieces:
        assert "".join(pieces) == text


def test_word_pieces_carry_the_space_before_them():
    tok = WordTokenizer.build("a")
    assert tok.pieces("The capital is  Paris. ") == ["The", " capital", " is", "  Paris", ". "]


def test_vocabulary_is_ordered_by_frequency_then_alphabet_after_unk():
    tok = WordTokenizer.build("b a c b a b")
    assert [tok.token_text(i) for i in range(tok.vocab_size)] == [UNK, "b", "a", "c"]
    assert CharTokenizer.build("bab").to_dict()["vocab"] == [UNK, "b", "a"]


def test_build_is_deterministic():
    text = "the cat sat on the mat. the dog sat too."
    assert WordTokenizer.build(text).to_dict() == WordTokenizer.build(text).to_dict()


def test_unseen_tokens_become_unk():
    tok = WordTokenizer.build("The capital of France is Paris.")
    ids = tok.encode("The capital of Peru is Lima.")
    assert ids[3] == 0 and ids[5] == 0
    assert tok.decode(ids) == "The capital of <unk> is <unk>."
    char = CharTokenizer.build("abc")
    assert char.encode("abz") == [char.encode("a")[0], char.encode("b")[0], 0]


def test_word_vocabulary_is_capped_at_the_most_frequent():
    text = " ".join(f"w{i}" for i in range(100) for _ in range(100 - i))
    tok = WordTokenizer.build(text, max_vocab=10)
    assert tok.vocab_size == 10
    assert tok.encode("w0 w8 w9") == [1, 9, 0]
    assert WordTokenizer.build(" ".join(f"w{i}" for i in range(6000))).vocab_size == 5000


def test_token_text_makes_whitespace_visible():
    tok = CharTokenizer.build("a b\n")
    assert tok.token_text(tok.encode(" ")[0]) == "␣"
    assert tok.token_text(tok.encode("\n")[0]) == "↵"
    assert tok.token_text(0) == UNK


def test_out_of_range_ids_are_refused():
    tok = CharTokenizer.build("ab")
    with pytest.raises(IndexError):
        tok.decode([3])
    with pytest.raises(IndexError):
        tok.decode([-1])


def test_decode_accepts_numpy_ids():
    tok = WordTokenizer.build("hello world")
    assert tok.decode(np.array(tok.encode("hello world"))) == "hello world"


@pytest.mark.parametrize("cls", [CharTokenizer, WordTokenizer])
def test_to_dict_round_trips_through_json(cls):
    tok = cls.build("The capital of France is Paris.\nFrance's capital is Paris.")
    rebuilt = tokenizer_from_dict(json.loads(json.dumps(tok.to_dict())))
    assert isinstance(rebuilt, cls) and isinstance(rebuilt, Tokenizer)
    assert rebuilt.kind == tok.kind
    assert rebuilt.to_dict() == tok.to_dict()
    assert rebuilt.encode("Paris is the capital") == tok.encode("Paris is the capital")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "bpe", "vocab": [UNK, "a"]}, "unknown kind"),
        ({"kind": "char"}, "damaged"),
        ({"kind": "char", "vocab": ["a", "b"]}, "damaged"),
        ({"kind": "word", "vocab": [UNK, "a", "a"]}, "damaged"),
        ({"kind": "word", "version": 99, "vocab": [UNK, "a"]}, "newer genviz"),
        ("not a dict", "damaged"),
    ],
)
def test_bad_saved_tokenizers_are_refused_with_a_clear_message(data, message):
    with pytest.raises(DataError, match=message):
        tokenizer_from_dict(data)


@pytest.mark.parametrize("cls", [CharTokenizer, WordTokenizer])
def test_building_from_text_without_tokens_is_refused(cls):
    with pytest.raises(DataError, match="no tokens"):
        cls.build("" if cls is CharTokenizer else "  \t ")
