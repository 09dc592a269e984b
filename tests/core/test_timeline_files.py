"""A model file keeps its training timeline: genviz timeline lists it, --step goes back to it, a lab opens it."""

import json

import numpy as np
import pytest

from genviz import cli
from genviz.core.modelfile import load_model


@pytest.fixture(scope="module")
def gan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "ring.safetensors"
    assert cli.main(["train", "gan", "--data", "ring", "--steps", "300", "--out", str(path)]) == 0
    return path


def test_a_saved_model_keeps_its_timeline_from_the_first_step_to_the_saved_one(gan_file, capsys):
    file = load_model(gan_file)
    steps = [entry["step"] for entry in file.timeline]
    assert steps[0] == 0 and steps[-1] == 300 and len(steps) <= 64
    assert steps == sorted(set(steps))
    assert all(entry["loss"] is not None for entry in file.timeline[1:])
    assert not any(name.startswith("timeline.") for name in file.tensors)  # the model's own weights stay apart
    assert cli.main(["timeline", str(gan_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["steps"]
    assert [entry["step"] for entry in listed] == steps


def test_sample_at_a_step_uses_the_nearest_kept_checkpoint(gan_file, tmp_path, capsys):
    outputs = {}
    for step in ("0", "1", "300"):
        out = tmp_path / f"at{step}.npy"
        assert cli.main(["sample", str(gan_file), "-n", "64", "--step", step, "--out", str(out)]) == 0
        outputs[step] = np.load(out)
    assert cli.main(["sample", str(gan_file), "-n", "64", "--out", str(tmp_path / "now.npy")]) == 0
    now = np.load(tmp_path / "now.npy")
    assert np.abs(outputs["300"] - now).max() < 0.01  # the last checkpoint is the saved model (half precision)
    assert np.abs(outputs["0"] - now).mean() > 0.1  # the untrained generator draws something else
    assert not np.array_equal(outputs["0"], outputs["1"])
    assert "at step 0 " in capsys.readouterr().err


def test_no_history_saves_only_the_model_and_then_has_no_earlier_steps(tmp_path, capsys, gan_file):
    path = tmp_path / "bare.safetensors"
    assert cli.main(["train", "gan", "--data", "ring", "--steps", "20", "--no-history", "--out", str(path)]) == 0
    assert load_model(path).timeline == []
    assert path.stat().st_size < gan_file.stat().st_size / 10
    capsys.readouterr()
    assert cli.main(["sample", str(path), "--step", "5", "--out", str(tmp_path / "x.npy")]) == 2
    assert "keeps no training timeline" in capsys.readouterr().err
    assert cli.main(["timeline", str(path)]) == 2


def test_a_lab_opens_a_file_with_its_timeline_to_scrub_at_once(gan_file):
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.session import GanSession
    from genviz.core.session import config_from_mapping
    from genviz.core.timeline import showing_past

    file = load_model(gan_file)
    session = GanSession(config_from_mapping(GanConfig, file.config), model_file=str(gan_file))
    assert session.timeline.steps == [entry["step"] for entry in file.timeline]
    first_weight = next(iter(session.generator.parameters()))
    live = first_weight.detach().clone()
    with showing_past(session, 0):
        assert not np.allclose(first_weight.detach().numpy(), live.numpy())
    assert np.array_equal(first_weight.detach().numpy(), live.numpy())


def test_a_damaged_timeline_is_refused_in_one_sentence(gan_file, tmp_path):
    from safetensors import safe_open
    from safetensors.numpy import load as load_tensors
    from safetensors.numpy import save_file

    from genviz.core.errors import ModelFileError

    with safe_open(str(gan_file), "np") as handle:
        metadata = handle.metadata()
    tensors = load_tensors(gan_file.read_bytes())
    metadata["timeline"] = json.dumps([{"step": -3, "loss": 1.0}])
    damaged = tmp_path / "damaged.safetensors"
    save_file(tensors, str(damaged), metadata=metadata)
    with pytest.raises(ModelFileError, match="damaged training timeline"):
        load_model(damaged)
