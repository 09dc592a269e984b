"""`genviz replay`: a panel of a model's lab through its training timeline, as a GIF (and an MP4 with PyAV), rendered
by the lab's own window offscreen; refusals in one sentence, before any work where they can be."""

import itertools

import numpy as np
import pytest
from PIL import Image, ImageSequence

from genviz.cli import EXIT_USER_ERROR, main
from genviz.core.animation import choose, enlarged, even
from genviz.core.modelfile import load_model


@pytest.fixture(scope="module")
def gan_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("replay") / "ring.safetensors"
    assert main(["train", "gan", "--data", "ring", "--steps", "200", "--out", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def kept_steps(gan_model):
    return [entry["step"] for entry in load_model(gan_model).timeline]


def gif_frames(path):
    with Image.open(path) as gif:
        return [np.asarray(frame.convert("RGB")) for frame in ImageSequence.Iterator(gif)]


def test_a_replay_has_a_frame_per_kept_step_and_they_change_as_the_model_learns(gan_model, kept_steps, tmp_path,
                                                                              capsys):
    out = tmp_path / "ring.gif"
    assert main(["replay", str(gan_model), "--out", str(out), "--size", "128x96"]) == 0
    frames = gif_frames(out)
    assert len(frames) == len(kept_steps) > 30
    assert frames[0].shape == (96, 128, 3)
    assert np.abs(frames[0].astype(int) - frames[-1]).mean() > 1  # the fakes moved from a blob to the ring
    assert sum(not np.array_equal(a, b) for a, b in itertools.pairwise(frames)) > len(frames) // 2
    assert f"saved {len(frames)} frames" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["ring.gif"]  # no temporary file left


def test_frames_picks_that_many_steps_first_and_last_included(gan_model, kept_steps, tmp_path):
    out = tmp_path / "few.gif"
    assert main(["replay", str(gan_model), "--out", str(out), "--frames", "5", "--panel", "pictures",
                 "--size", "160x120", "--fps", "4"]) == 0
    frames = gif_frames(out)
    assert len(frames) == 5
    with Image.open(out) as gif:
        assert gif.info["duration"] == 250
    assert choose(len(kept_steps), 5)[0] == 0 and choose(len(kept_steps), 5)[-1] == len(kept_steps) - 1


def test_mp4_is_written_when_pyav_is_installed(gan_model, tmp_path):
    av = pytest.importorskip("av")
    out = tmp_path / "ring.mp4"
    assert main(["replay", str(gan_model), "--out", str(out), "--frames", "6", "--size", "131x99"]) == 0
    with av.open(str(out)) as video:
        stream = video.streams.video[0]
        decoded = list(video.decode(stream))
    assert len(decoded) == 6
    assert (stream.codec_context.width, stream.codec_context.height) == (130, 98)  # H.264 wants even sizes


def test_mp4_without_pyav_is_refused_before_any_work(gan_model, tmp_path, capsys, monkeypatch):
    import importlib.util

    finds = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "av" else finds(name, *a))
    assert main(["replay", str(gan_model), "--out", str(tmp_path / "x.mp4")]) == EXIT_USER_ERROR
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and 'pip install "genviz[video]"' in error
    assert not (tmp_path / "x.mp4").exists()


def test_a_model_without_timeline_is_refused_in_one_sentence(tmp_path, capsys):
    path = tmp_path / "bare.safetensors"
    assert main(["train", "gan", "--data", "ring", "--steps", "5", "--no-history", "--out", str(path)]) == 0
    capsys.readouterr()
    assert main(["replay", str(path), "--out", str(tmp_path / "x.gif")]) == EXIT_USER_ERROR
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "keeps no training timeline" in error and "Traceback" not in error
    assert not (tmp_path / "x.gif").exists()


def test_a_bad_panel_name_is_refused_with_the_labs_panel_names(gan_model, tmp_path, capsys):
    assert main(["replay", str(gan_model), "--out", str(tmp_path / "x.gif"), "--panel", "heatmap",
                 "--frames", "2"]) == EXIT_USER_ERROR
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert "no panel called heatmap" in error and "pictures, losses, verdicts" in error
    assert not (tmp_path / "x.gif").exists()


@pytest.mark.parametrize(("out", "said"), [("x.avi", "neither a .gif nor an .mp4"),
                                           ("missing/x.gif", "does not exist")])
def test_an_output_that_cannot_be_written_is_refused_at_once(gan_model, tmp_path, capsys, out, said):
    assert main(["replay", str(gan_model), "--out", str(tmp_path / out)]) == EXIT_USER_ERROR
    assert said in capsys.readouterr().err


def test_tiny_pictures_grow_by_whole_factors_into_sharp_squares_of_even_size():
    digit = np.arange(28 * 27 * 3, dtype=np.uint8).reshape(28, 27, 3)
    big = enlarged(digit, 256)
    assert big.shape == (280, 270, 3)  # x10: the shorter side reaches 256
    assert (big[:10, :10] == digit[0, 0]).all() and (big[10:20, 10:20] == digit[1, 1]).all()
    assert even(np.zeros((99, 131, 3), np.uint8)).shape == (98, 130, 3)
