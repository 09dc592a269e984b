import math

import numpy as np
import pytest
import torch

from genviz.core.errors import ConfigError, DataError
from genviz.core.text.config import OVERFITTING, TextConfig
from genviz.core.text.session import TextSession

TINY_TEXT = "the cat sat on the mat . the dog sat on the log . " * 40


def tiny_session(**overrides) -> TextSession:
    config = TextConfig(n_embd=16, n_head=2, block_size=8, batch_size=8, **overrides)
    return TextSession(config, text=TINY_TEXT)


def test_step_does_one_update_and_records_the_loss():
    session = tiny_session()
    before = {k: v.clone() for k, v in session.model.state_dict().items()}
    loss = session.step()
    assert session.step_count == 1
    assert math.isfinite(loss)
    assert session.history.last("train") == loss
    changed = [k for k, v in session.model.state_dict().items() if not np.allclose(v, before[k])]
    assert changed, "one optimizer step must change the weights"


def test_training_lowers_the_loss():
    session = tiny_session()
    first = session.validation_loss()
    for _ in range(60):
        session.step()
    assert session.validation_loss() < first - 0.5


def test_same_seed_same_training():
    a, b = tiny_session(seed=3), tiny_session(seed=3)
    assert [a.step() for _ in range(5)] == [b.step() for _ in range(5)]


def test_snapshot_holds_copies_not_live_tensors():
    session = tiny_session()
    session.step()
    snapshot = session.snapshot({"prompt": "the cat", "generated": ()})
    prediction = snapshot["prediction"]
    assert isinstance(prediction.logits, np.ndarray)
    assert prediction.logits.shape == (session.predictor.tokenizer.vocab_size,)
    assert prediction.attention.shape == (1, 2, 2, 2)  # (layers, heads, T, T) for two prompt tokens
    kept = prediction.logits.copy()
    for _ in range(3):
        session.step()
    np.testing.assert_array_equal(prediction.logits, kept)  # training does not change a taken snapshot


def test_a_prediction_is_made_once_per_context_and_weights():
    session = tiny_session()
    first = session.predictor.predict([1, 2, 3])
    assert session.predictor.predict([1, 2, 3]) is first  # a snapshot's tracking and bars ask alike
    assert session.predictor.predict([1, 2]) is not first
    session.step()
    after_step = session.predictor.predict([1, 2, 3])
    assert after_step is not first and not np.array_equal(after_step.logits, first.logits)
    session.model.load_state_dict(session.model.state_dict())  # what a timeline checkpoint does to the weights
    assert session.predictor.predict([1, 2, 3]) is not after_step


def test_attention_rows_are_causal_distributions():
    session = tiny_session()
    attention = session.snapshot({"prompt": "the cat sat on"})["prediction"].attention
    np.testing.assert_allclose(attention.sum(axis=-1), 1.0, atol=1e-5)
    assert np.all(np.triu(attention[0, 0], k=1) == 0)  # no token looks at a later one


def test_empty_prompt_has_no_prediction():
    assert tiny_session().snapshot({"prompt": ""})["prediction"] is None


def test_corpus_shorter_than_the_context_is_refused():
    with pytest.raises(DataError, match="only"):
        TextSession(TextConfig(block_size=32), text="too short to learn from")


@pytest.mark.parametrize("change", [{"n_embd": 30, "n_head": 4}, {"tokenizer": "bytes"}, {"learning_rate": 0.0}])
def test_bad_settings_are_refused_in_one_sentence(change):
    with pytest.raises(ConfigError):
        TextConfig(**change).validate()


def test_capitals_demo_learns_paris():
    """The classic example: a seeded run on the built-in corpus puts >= 90% on Paris."""
    session = TextSession(TextConfig(seed=0))
    probability = 0.0
    for _ in range(30):
        for _ in range(40):
            session.step()
        probability = session.probability_of("The capital of France is", "Paris")
        if probability >= 0.9:
            break
    assert probability >= 0.9, f"P(Paris) = {probability:.2f} after {session.step_count} steps"


def test_a_healthy_run_reports_no_trouble():
    session = tiny_session()
    for _ in range(60):
        session.step()
    assert session.snapshot({})["trouble"] is None


def test_a_loss_far_above_its_start_is_reported_with_what_to_do():
    session = tiny_session(learning_rate=1.0)
    for _ in range(30):
        session.step()
    trouble = str(session.snapshot({})["trouble"])
    assert trouble.startswith("Training diverged")
    assert "learning rate (now 1)" in trouble and "Back to default settings" in trouble


def test_a_model_that_says_one_token_everywhere_is_reported_as_collapsed():
    session = tiny_session()
    session.step()
    the = session.predictor.tokenizer.encode("the")[0]
    with torch.no_grad():  # whatever the input, the final layer norm puts out a long embedding of "the"
        session.model.token_embedding.weight[the] = 3.0
        session.model.ln_f.weight.zero_()
        session.model.ln_f.bias.copy_(session.model.token_embedding.weight[the])
    session._validate()
    trouble = session.trouble()
    assert "collapsed onto one token" in str(trouble) and "'the'" in str(trouble)
    assert trouble.values["token"] == "the"  # the token is filled in after the window translates the sentence


def test_the_best_held_out_loss_and_its_step_are_in_the_snapshot():
    session = tiny_session()
    for _ in range(100):
        session.step()
    step, loss = session.snapshot({})["best_validation"]
    validation = session.history.arrays(max_points=None)["validation"]
    assert loss == validation[:, 1].min()
    assert step == validation[validation[:, 1].argmin(), 0]


def test_a_session_goes_on_from_a_saved_model(tmp_path):
    session = tiny_session()
    for _ in range(30):
        session.step()
    path = tmp_path / "model.safetensors"
    session.save(path)
    resumed = TextSession(session.config, path, text=TINY_TEXT)
    assert resumed.step_count == 30
    ids = session.predictor.tokenizer.encode("the cat sat")
    assert resumed.predictor.predict(ids).logits == pytest.approx(session.predictor.predict(ids).logits, abs=1e-5)
    resumed.step()
    assert resumed.snapshot({})["step"] == 31


def test_a_saved_model_opens_where_its_corpus_is_gone_and_training_then_says_why_it_cannot(tmp_path):
    """A lesson made at home opens in class, where the teacher's text file is not."""
    corpus = tmp_path / "poems.txt"
    corpus.write_text(TINY_TEXT, encoding="utf-8")
    session = TextSession(TextConfig(n_embd=16, n_head=2, block_size=8, batch_size=8, corpus=str(corpus)))
    for _ in range(5):
        session.step()
    path = tmp_path / "model.safetensors"
    session.save(path)
    corpus.unlink()
    opened = TextSession(session.config, path)
    assert opened.snapshot({"prompt": "the cat"})["step"] == 5
    with pytest.raises(DataError, match=r"poems\.txt"):
        opened.step()



def test_the_overfitting_preset_over_fits_within_seconds():
    """benchmarks/text_overfitting.py checks that the defaults do not, over minutes of training."""
    session = TextSession(OVERFITTING)
    for _ in range(400):
        session.step()
    assert session.history.last("validation") > 1.2 * session.best_validation[1]
