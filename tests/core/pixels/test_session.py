import math

import numpy as np
import pytest
import torch

from genviz.core.data.datasets import load_dataset
from genviz.core.errors import ConfigError, DataError, ModelFileError
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.sampler import load_sampler
from genviz.core.pixels.session import PixelsSession
from genviz.core.text.model import KVCache
from tests.core.lab_cli import lab_cli

TINY = {"n_layer": 1, "n_embd": 32, "batch_size": 32}
CPU = torch.device("cpu")


@pytest.fixture(scope="module")
def trained():
    """A seeded short run on every built-in digit."""
    session = PixelsSession(PixelsConfig(**TINY, seed=3), device=CPU)
    losses = [session.step() for _ in range(150)]
    return session, losses


def test_a_seeded_short_run_learns_far_below_guessing(trained):
    session, losses = trained
    assert losses[0] == pytest.approx(math.log(18), abs=0.15)  # at first every token about equally likely
    assert np.mean(losses[-10:]) < 0.6 * math.log(17)  # guessing every grey equally: log 17 = 2.83 nats
    assert session.snapshot({})["uniform_loss"] == pytest.approx(math.log(17))


def test_the_same_seed_trains_the_same_model():
    runs = []
    for _ in range(2):
        session = PixelsSession(PixelsConfig(**TINY, seed=5), dataset=load_dataset("digits", n=100), device=CPU)
        runs.append([session.step() for _ in range(5)])
    assert runs[0] == runs[1]


def test_the_cached_model_guesses_as_the_whole_context_does(trained):
    session, _ = trained
    model = session.model.eval()
    x = torch.randint(17, (3, 20))
    full, _ = model(x)
    cache = KVCache()
    first, _ = model(x[:, :5], cache=cache)  # the first tokens at once, then one at a time
    steps = [first] + [model(x[:, t : t + 1], cache=cache)[0] for t in range(5, 20)]
    assert torch.allclose(torch.cat(steps, dim=1), full, atol=1e-5)
    with pytest.raises(ValueError):
        model(x[:, :2], cache=cache)


def test_samples_have_the_shapes_of_genviz_data(trained):
    session, _ = trained
    sampler = session.sampler()
    samples = sampler.sample(5, seed=1)
    assert samples.shape == (5, 8, 8) and samples.dtype == np.float32
    assert np.array_equal(samples * 16, np.rint(samples * 16))  # every pixel one of the 17 levels
    assert np.array_equal(sampler.sample(5, seed=1), samples)
    assert not np.array_equal(sampler.sample(5, seed=2), samples)
    cold = sampler.sample(200, seed=1, temperature=0.3)
    assert cold.std(axis=0).mean() < sampler.sample(200, seed=1).std(axis=0).mean()  # colder: less varied


def test_frames_fill_in_pixel_by_pixel(trained):
    session, _ = trained
    sampler = session.sampler()
    progress = []
    frames = sampler.sample(4, seed=1, frames=True, on_progress=lambda done, total: progress.append((done, total)))
    assert frames.shape == (65, 4, 8, 8)
    assert np.isnan(frames[0]).all()
    assert np.array_equal(frames[-1], sampler.sample(4, seed=1))
    drawn = ~np.isnan(frames.reshape(65, 4, 64))
    for k in (1, 10, 64):
        assert drawn[k].sum(axis=1).tolist() == [k] * 4 and drawn[k, :, :k].all()  # the first k, raster order
    assert progress[-1] == (64, 64) and len(progress) == 64


def test_samples_do_not_depend_on_how_many_are_drawn_at_once(trained, monkeypatch):
    from genviz.core.pixels import sampler as sampler_module

    session, _ = trained
    whole = session.sampler().sample(6, seed=4)
    monkeypatch.setattr(sampler_module, "CACHE_BUDGET", 2 * 64 * 32 * 2)  # two images a chunk
    assert np.array_equal(session.sampler().sample(6, seed=4), whole)


def test_the_next_pixel_is_answered_for_the_picture_being_drawn(trained):
    session, _ = trained
    answer = session.answer({"pixels": (0, 0, 5)})
    assert answer["prediction"].shape == (17,)
    assert session.answer({"pixels": (0,) * 64})["prediction"] is None  # complete: nothing comes next
    assert session.answer({"pixels": (17,)})["prediction"] is None  # not a grey of this model


def test_a_saved_model_loads_samples_and_trains_on(trained, tmp_path):
    session, _ = trained
    path = tmp_path / "pixels.safetensors"
    session.save(path)
    assert np.array_equal(load_sampler(path, CPU).sample(8, seed=2), session.sampler().sample(8, seed=2))
    again = PixelsSession(session.config, device=CPU, model_file=path)
    assert again.step_count == session.step_count
    assert again.answer({"pixels": (1, 2)})["prediction"] == pytest.approx(
        session.answer({"pixels": (1, 2)})["prediction"], abs=1e-5)


def test_a_model_of_other_images_is_refused(trained, tmp_path):
    session, _ = trained
    path = tmp_path / "pixels.safetensors"
    session.save(path)
    folder = tmp_path / "images"
    folder.mkdir()
    from PIL import Image

    for i in range(3):
        Image.fromarray(np.full((20, 20), 40 * i, dtype=np.uint8)).save(folder / f"{i}.png")
    config = PixelsConfig(**TINY, seed=3, data=str(folder), image_size=12)
    with pytest.raises(DataError, match=r"^pixels\.safetensors draws images of another size than the 12 × 12"):
        PixelsSession(config, device=CPU, model_file=path)
    with pytest.raises(ModelFileError, match="holds a pixels model, not a vae model"):
        from genviz.core.vae.sampler import load_sampler as load_vae

        load_vae(path)


def test_bad_settings_and_data_are_refused_in_one_sentence():
    with pytest.raises(ConfigError, match=r"^Grey levels must be from 2 to 64, not 1\.$"):
        PixelsConfig(levels=1).validate()
    with pytest.raises(ConfigError, match=r"^The width \(30\) must be a multiple of the heads \(4\)\.$"):
        PixelsConfig(n_embd=30).validate()
    with pytest.raises(DataError, match=r"^The Pixels lab draws images, and ring is a set of 2-D points"):
        PixelsSession(PixelsConfig(data="ring"), device=CPU)
    with pytest.raises(ConfigError, match=r"^A Pixels model draws one pixel at a time, so it takes no steps option"):
        PixelsSession(PixelsConfig(**TINY), dataset=load_dataset("digits", n=10), device=CPU).sampler().sample(
            1, 0, steps=3)


def test_the_command_line_trains_saves_and_samples(monkeypatch, tmp_path, capsys):
    cli = lab_cli(monkeypatch, "pixels")
    model = tmp_path / "m.safetensors"
    assert cli.main(["train", "pixels", "--steps", "3", "--width", "16", "--layers", "1", "--train-images", "50",
                     "--out", str(model)]) == 0
    assert "saved" in capsys.readouterr().out
    samples, frames = tmp_path / "s.npy", tmp_path / "f.npy"
    assert cli.main(["sample", str(model), "-n", "4", "--out", str(samples)]) == 0
    assert np.load(samples).shape == (4, 8, 8)
    assert cli.main(["sample", str(model), "-n", "2", "--frames", "--out", str(frames)]) == 0
    assert np.load(frames).shape == (65, 2, 8, 8)
    capsys.readouterr()
    assert cli.main(["train", "pixels", "--steps", "3", "--levels", "1", "--out", str(model)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("genviz: ") and "levels" in error and len(error.splitlines()) == 1
