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


def test_an_older_file_with_a_float32_timeline_opens_and_its_past_looks_as_it_did(tmp_path, monkeypatch):
    import torch

    from genviz.core import timeline
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.sampler import sampler_from_file
    from genviz.core.gan.session import GanSession
    from genviz.core.session import config_from_mapping

    old = tmp_path / "old.safetensors"
    with monkeypatch.context() as patched:  # as genviz wrote timelines before they were kept in half precision
        patched.setattr(timeline, "_half", lambda tensor: tensor)
        assert cli.main(["train", "gan", "--data", "ring", "--steps", "40", "--out", str(old)]) == 0
    file = load_model(old)
    assert file.checkpoints[5]["generator.net.0.weight"].dtype == np.float32
    session = GanSession(config_from_mapping(GanConfig, file.config), model_file=str(old))
    assert next(iter(session.timeline.checkpoints[5].weights.values())).dtype == torch.float16  # kept as now
    with timeline.showing_past(session, 5):
        scrubbed = session.sampler().sample(256, seed=1)
    exact = sampler_from_file(file)
    timeline.load_weights(exact, {name: torch.tensor(array) for name, array in file.checkpoints[5].items()})
    assert np.abs(scrubbed - exact.sample(256, seed=1)).max() < 0.01  # half precision draws the same points
    assert np.abs(scrubbed - session.sampler().sample(256, seed=1)).mean() > 0.01  # and not the present's


def test_a_lesson_of_the_three_default_models_with_their_timelines_is_under_60_mb(tmp_path):
    from genviz.commands.lesson import BUILTINS
    from genviz.core.lesson import Lesson, LessonLab, LessonStep, write_lesson

    models = {}
    for recipe in BUILTINS.values():  # 200 steps keep as many checkpoints (64) as a longer run
        models[recipe["lab"]] = tmp_path / f"{recipe['lab']}.safetensors"
        assert cli.main(["train", *recipe["train"], "--steps", "200", "--out", str(models[recipe["lab"]])]) == 0
    assert len(load_model(models["text"]).timeline) == 64
    lesson = Lesson("Three labs", [LessonLab(lab, f"{lab}.safetensors") for lab in models],
                    [LessonStep("## Three labs", lab) for lab in models])
    path = write_lesson(tmp_path / "three.genviz", lesson, models)
    assert path.stat().st_size <= 60_000_000


def test_a_saved_model_keeps_its_loss_curves_and_its_tracked_quantity_and_opens_with_them(gan_file, capsys):
    from genviz.core.gan.config import GanConfig
    from genviz.core.gan.session import GanSession
    from genviz.core.session import config_from_mapping

    file = load_model(gan_file)
    assert file.tracked == {"name": "Modes covered (of 8)", "low": 0.0, "high": 8.0}
    covered = [entry["tracked"] for entry in file.timeline]
    assert all(0 <= value <= 8 and value == int(value) for value in covered)
    assert file.history["discriminator"][-1, 0] == 300 and len(file.history["discriminator"]) >= 100
    assert cli.main(["timeline", str(gan_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["tracked"] == "Modes covered (of 8)" and [s["tracked"] for s in listed["steps"]] == covered
    session = GanSession(config_from_mapping(GanConfig, file.config), model_file=str(gan_file))
    curves = session.snapshot({})["history"]  # a model opened in class shows how it trained
    assert np.allclose(curves["discriminator"][-1], file.history["discriminator"][-1])


def test_an_image_lab_trained_without_a_window_waits_for_the_digit_judge_and_keeps_its_curve(tmp_path, monkeypatch,
                                                                                             capsys):
    from genviz.core import tracking

    monkeypatch.setattr(tracking, "_judge", [])  # as in a new process: the judge is not fitted yet at the save
    monkeypatch.setattr(tracking, "_fitting", [])
    path = tmp_path / "gan.safetensors"
    assert cli.main(["train", "gan", "--data", "digits", "--steps", "10", "--out", str(path)]) == 0
    assert "Measuring at each kept step of the timeline: Samples that look like digits" in capsys.readouterr().err
    file = load_model(path)
    assert file.tracked["name"] == "Samples that look like digits" and len(file.timeline) == 11
    assert all(0 <= entry["tracked"] <= 1 for entry in file.timeline)


def test_the_text_labs_file_keeps_p_paris_and_next_token_at_a_step_says_the_same(tmp_path, capsys):
    path = tmp_path / "capitals.safetensors"
    assert cli.main(["train", "text", "--steps", "300", "--out", str(path)]) == 0
    file = load_model(path)
    assert file.tracked["name"].startswith('P("') and file.tracked["name"].endswith('" | the text)')
    token = file.tracked["name"].split('"')[1]  # the favourite after "The capital of France is" at step 300
    entry = file.timeline[len(file.timeline) // 2]
    capsys.readouterr()
    assert cli.main(["next-token", str(path), "--prompt", "The capital of France is", "--top", "1000",
                     "--step", str(entry["step"]), "--json"]) == 0
    tokens = json.loads(capsys.readouterr().out)["tokens"]
    probability = next(t["probability"] for t in tokens if t["token"].strip() == token)
    assert probability == pytest.approx(entry["tracked"], abs=1e-6)


@pytest.mark.parametrize(("key", "value", "sentence"), [
    ("history", json.dumps({"train": [[5, 1.0], [3, 2.0]]}), "damaged loss curves"),
    ("history", json.dumps({"train": [[1, "x"]]}), "damaged loss curves"),
    ("tracked", json.dumps({"name": "P", "low": 0, "high": "1"}), "damaged tracked quantity"),
    ("timeline", json.dumps([{"step": 0, "loss": None, "tracked": "high"}]), "damaged training timeline"),
])
def test_damaged_curves_or_tracked_values_are_refused_in_one_sentence(gan_file, tmp_path, key, value, sentence):
    from safetensors import safe_open
    from safetensors.numpy import load as load_tensors
    from safetensors.numpy import save_file

    from genviz.core.errors import ModelFileError

    with safe_open(str(gan_file), "np") as handle:
        metadata = handle.metadata()
    metadata[key] = value
    damaged = tmp_path / "damaged.safetensors"
    tensors = load_tensors(gan_file.read_bytes())
    if key == "timeline":
        tensors = {name: array for name, array in tensors.items() if not name.startswith("timeline.")}
    save_file(tensors, str(damaged), metadata=metadata)
    with pytest.raises(ModelFileError, match=sentence):
        load_model(damaged)
