"""`genviz compare` as a user types it, and `--train-images` for the labs it compares."""

import json

import numpy as np
import pytest

from genviz.core.data.datasets import load_dataset
from genviz.core.modelfile import load_model
from tests.core.lab_cli import lab_cli

ROW = {"quality", "classes", "evenness", "copies", "copies_real_baseline", "ms_per_sample", "steps"}


@pytest.fixture
def cli(monkeypatch):
    return lab_cli(monkeypatch, "gan", "genviz.commands.vae", "genviz.commands.diffusion", "genviz.commands.compare")


def test_a_short_compare_writes_samples_models_and_the_report(cli, tmp_path, capsys):
    out = tmp_path / "run"
    assert cli.main(["compare", "--families", "gan,diffusion", "--train-images", "200", "--seconds", "3",
                     "--samples", "50", "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text())
    assert set(report["families"]) == {"gan", "diffusion"} and report["train_images"] == 200
    for family, row in report["families"].items():
        assert set(row) >= ROW
        assert 0 <= row["quality"] <= 2 and 0 <= row["classes"] <= 10 and 0 <= row["copies"] <= 1
        assert row["steps"] > 0 and row["ms_per_sample"] > 0
        assert np.load(out / f"{family}.npy").shape == (50, 8, 8)
        assert load_model(out / f"{family}.safetensors", expected_lab=family).config["train_images"] == 200
    captured = capsys.readouterr()
    assert "gan step" in captured.err and "diffusion step" in captured.err  # progress while it trains
    assert "quality" in captured.out


@pytest.mark.parametrize(("families", "said"), [
    ("gan,flow", "There is no family called 'flow': choose from gan, vae, diffusion, pixels."),
    ("gan,,vae", "List the families separated by commas"),
    ("gan,gan", "Each family may be listed once"),
])
def test_a_bad_families_list_is_refused_in_one_sentence_before_any_work(cli, tmp_path, capsys, families, said):
    out = tmp_path / "run"
    assert cli.main(["compare", "--families", families, "--seconds", "60", "--out", str(out)]) == 2
    error = capsys.readouterr().err.strip()
    assert said in error and error.count("\n") == 0
    assert not out.exists()


def test_more_training_images_than_the_set_has_is_refused_before_any_work(cli, tmp_path, capsys):
    assert cli.main(["compare", "--families", "vae", "--train-images", "5000", "--seconds", "60",
                     "--out", str(tmp_path / "run")]) == 2
    assert "digits has 1797 images; ask for at most 1797." in capsys.readouterr().err


@pytest.mark.parametrize("lab", ["gan", "vae", "diffusion"])
def test_train_takes_a_seeded_subset_of_the_images(cli, tmp_path, capsys, lab):
    path = tmp_path / f"{lab}.safetensors"
    assert cli.main(["train", lab, "--data", "digits", "--train-images", "16", "--seed", "3", "--steps", "2",
                     "--out", str(path)]) == 0
    assert "digits (16 examples" in capsys.readouterr().err
    assert load_model(path, expected_lab=lab).config["train_images"] == 16


@pytest.mark.parametrize("lab", ["gan", "vae", "diffusion"])
def test_a_session_trains_on_the_seeded_subset(lab):
    from importlib import import_module

    config_module = import_module(f"genviz.core.{lab}.config")
    config_class = {"gan": "GanConfig", "vae": "VaeConfig", "diffusion": "DiffusionConfig"}[lab]
    config = getattr(config_module, config_class)(data="digits", train_images=16, seed=3)
    session_class = {"gan": "GanSession", "vae": "VaeSession", "diffusion": "DiffusionSession"}[lab]
    session = getattr(import_module(f"genviz.core.{lab}.session"), session_class)(config)
    np.testing.assert_array_equal(session.dataset.x, load_dataset("digits", n=16, seed=3).x)
    assert not np.array_equal(session.dataset.x, load_dataset("digits", n=16, seed=4).x)


def test_pixels_is_refused_for_a_2d_set_and_left_out_of_its_default_families(cli, tmp_path, capsys):
    from genviz.core.compare.families import default_families

    assert cli.main(["compare", "--data", "ring", "--families", "gan,pixels", "--seconds", "60",
                     "--out", str(tmp_path / "run")]) == 2
    assert "cannot learn the 2-D set ring" in capsys.readouterr().err
    assert default_families("ring") == ("gan", "vae", "diffusion")
    assert default_families("digits")[:3] == ("gan", "vae", "diffusion")


def test_the_command_takes_the_labs_own_declared_settings(cli, tmp_path, capsys):
    from genviz.core.compare.config import CompareConfig
    from genviz.core.settings import MAX_SEED, declared

    with pytest.raises(SystemExit):
        cli.main(["compare", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for item in declared(CompareConfig).values():
        assert " ".join(item.tip.split()[:6]) in help_text
    assert cli.main(["compare", "--seed", str(MAX_SEED + 1), "--seconds", "1", "--out", str(tmp_path / "run")]) == 2
    assert "--seed" in capsys.readouterr().err and not (tmp_path / "run").exists()
