import json
import struct

import pytest

from genviz.core.errors import ModelFileError
from genviz.core.modelfile import FORMAT_VERSION, load_model, save_model
from genviz.core.text.config import TextConfig
from genviz.core.text.generation import SamplingSettings
from genviz.core.text.predictor import TextPredictor
from genviz.core.text.session import TextSession

TEXT = "one two three four five six seven eight nine ten . " * 30


@pytest.fixture
def trained(tmp_path):
    session = TextSession(TextConfig(n_embd=16, n_head=2, block_size=8, batch_size=8), text=TEXT)
    for _ in range(20):
        session.step()
    path = tmp_path / "model.safetensors"
    session.save(path)
    return session, path


def test_a_saved_model_predicts_exactly_as_before(trained):
    session, path = trained
    loaded = TextPredictor.load(path)
    ids = session.predictor.tokenizer.encode("one two three")
    assert loaded.tokenizer.to_dict() == session.predictor.tokenizer.to_dict()
    assert loaded.predict(ids).logits == pytest.approx(session.predictor.predict(ids).logits, abs=1e-5)


def test_generation_is_reproducible_for_a_seed(trained):
    _, path = trained
    model = TextPredictor.load(path)
    settings = SamplingSettings(temperature=1.5)
    assert model.generate("one", 8, settings, seed=4) == model.generate("one", 8, settings, seed=4)


def test_a_truncated_file_is_refused(trained, tmp_path):
    _, path = trained
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(ModelFileError, match="damaged or cut short"):
        TextPredictor.load(cut)


def test_a_foreign_file_is_refused(tmp_path):
    foreign = tmp_path / "notes.safetensors"
    foreign.write_text("just some text")
    with pytest.raises(ModelFileError, match="not a genviz model file"):
        load_model(foreign)


def test_a_safetensors_file_from_elsewhere_is_refused(tmp_path):
    import torch
    from safetensors.torch import save_file

    other = tmp_path / "other.safetensors"
    save_file({"w": torch.zeros(2)}, str(other), metadata={"format": "pt"})
    with pytest.raises(ModelFileError, match="not written by genviz"):
        load_model(other)


def test_a_newer_format_version_is_refused(trained, tmp_path):
    _, path = trained
    data = path.read_bytes()
    header_size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + header_size])
    header["__metadata__"]["format_version"] = str(FORMAT_VERSION + 1)
    new_header = json.dumps(header).encode()
    new_header += b" " * (-len(new_header) % 8)
    newer = tmp_path / "newer.safetensors"
    newer.write_bytes(struct.pack("<Q", len(new_header)) + new_header + data[8 + header_size:])
    with pytest.raises(ModelFileError, match="newer genviz"):
        load_model(newer)


def test_a_model_of_another_lab_is_refused(tmp_path):
    import torch

    path = tmp_path / "gan.safetensors"
    save_model(path, "gan", {}, {"w": torch.zeros(1)})
    with pytest.raises(ModelFileError, match="holds a gan model"):
        TextPredictor.load(path)
