"""The command line, as a user types it: exit codes, JSON, one-line errors, and the demo screenshot."""

import json
import os
import subprocess
import sys

import pytest

from genviz.cli import main

CORPUS = "the red fox runs . the blue bird sings . the red bird runs . " * 50


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    corpus = folder / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    path = folder / "model.safetensors"
    assert main(["train", "text", "--data", str(corpus), "--steps", "60", "--width", "32", "--heads", "2",
                 "--context", "8", "--out", str(path)]) == 0
    return path


def test_train_reports_progress_and_the_final_loss(model, capsys):
    assert model.is_file()


def test_next_token_json_gives_filtered_probabilities(model, capsys):
    assert main(["next-token", str(model), "--prompt", "the red", "--top-k", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["prompt"] == "the red"
    assert 1 <= len(result["tokens"]) <= 3
    total = sum(t["probability"] for t in result["tokens"]) + result["rest"]
    assert total == pytest.approx(1.0, abs=1e-4)
    assert result["rest"] == pytest.approx(0.0, abs=1e-6)  # top-k 3 and 3 tokens listed: nothing else is left
    assert {t["token"] for t in result["tokens"]} <= set(CORPUS.split())


def test_next_token_table(model, capsys):
    assert main(["next-token", str(model), "--prompt", "the blue"]) == 0
    assert "(all others)" in capsys.readouterr().out


def generate(model, capsys, *options):
    assert main(["generate", str(model), "--prompt", "the", "--tokens", "6", *options]) == 0
    return capsys.readouterr().out.strip()


def test_generate_is_reproducible_for_a_seed(model, capsys):
    from genviz.core.text.predictor import TextPredictor

    first = generate(model, capsys, "--seed", "5", "--temperature", "2")
    assert first == generate(model, capsys, "--seed", "5", "--temperature", "2")
    assert len(TextPredictor.load(model).tokenizer.encode(first)) == 7  # the prompt and six new tokens


def test_greedy_generation_ignores_the_seed(model, capsys):
    assert generate(model, capsys, "--greedy", "--seed", "1") == generate(model, capsys, "--greedy", "--seed", "2")


@pytest.mark.parametrize(("argv", "message"), [
    (["next-token", "missing.safetensors", "--prompt", "x"], "no model file"),
    (["generate", "{model}", "--prompt", "", "--tokens", "3"], "prompt is empty"),
    (["train", "text", "--data", "{empty}", "--steps", "1", "--out", "{out}"], "empty"),
    (["train", "text", "--data", "{corpus}", "--steps", "1", "--width", "30", "--heads", "4", "--out", "{out}"],
     "multiple of the heads"),
])
def test_errors_are_one_line_with_a_nonzero_status(model, tmp_path, capsys, argv, message):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS)
    filled = [a.format(model=model, empty=empty, out=tmp_path / "m.safetensors", corpus=corpus) for a in argv]
    assert main(filled) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("genviz: ") and message in err[-1]
    assert not any("Traceback" in line for line in err)


def test_demo_saves_a_screenshot_of_the_real_window(tmp_path):
    shot = tmp_path / "demo.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "genviz.cli", "demo", "--lab", "text", "--train-seconds", "1", "--screenshot",
         str(shot)], capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a whole window, not an empty image
