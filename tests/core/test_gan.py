"""The GAN lab's core: losses, updates, the walkthrough, snapshots, presets, saving and sampling, the CLI."""

import dataclasses

import numpy as np
import pytest
import torch

from genviz.core.data.datasets import load_dataset, points_dataset
from genviz.core.data.evaluation import mode_coverage
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.gan import losses
from genviz.core.gan.config import GanConfig, default_config
from genviz.core.gan.presets import PRESET_NAMES, preset_config
from genviz.core.gan.sampler import load_sampler
from genviz.core.gan.session import FAILURE_BLOCK, WARMUP, GanSession
from genviz.core.gan.walkthrough import KEYS, TITLES
from genviz.core.modelfile import num_parameters
from tests.core.lab_cli import lab_cli

SMALL = {"depth": 1, "width": 16, "batch_size": 32}


def small_session(data="ring", dataset=None, model_file=None, **changes) -> GanSession:
    return GanSession(default_config(data, **{**SMALL, **changes}), dataset, torch.device("cpu"), model_file)


def test_config_validation_refuses_what_cannot_train():
    default_config().validate()
    for bad in ({"optimizer": "rmsprop"}, {"loss": "wasserstein"}, {"noise_dim": 0}, {"lr_g": 0.0},
                {"d_steps": 50}, {"image_size": 64}):
        with pytest.raises(ConfigError):
            dataclasses.replace(GanConfig(), **bad).validate()
    assert default_config("digits").noise_dim > default_config("ring").noise_dim


def test_non_saturating_loss_keeps_a_gradient_when_d_is_sure_and_minimax_does_not():
    confident_fake = torch.tensor([-6.0], requires_grad=True)  # D's logit: sure the sample is fake
    gradients = {}
    for kind in ("minimax", "non-saturating"):
        (grad,) = torch.autograd.grad(losses.generator_loss(confident_fake, kind), confident_fake)
        gradients[kind] = abs(grad.item())
    assert gradients["non-saturating"] > 100 * gradients["minimax"]
    real, fake = torch.tensor([3.0]), torch.tensor([-3.0])
    for kind in ("minimax", "least-squares"):
        assert losses.discriminator_loss(real, fake, kind) < losses.discriminator_loss(fake, real, kind)


def test_a_step_does_d_steps_discriminator_updates_then_one_generator_update():
    session = small_session(d_steps=3)
    loss = session.step()
    assert session.step_count == 1 and session.d_updates == 3 and session.g_updates == 1
    snapshot = session.snapshot({})
    assert loss == snapshot["last"]["generator"]
    assert snapshot["parameters"] == (num_parameters(session.generator), num_parameters(session.discriminator))
    history = session.history.arrays()
    assert set(history) == {"generator", "discriminator", "d_real", "d_fake"}
    assert history["discriminator"][:, 0].tolist() == [1]  # the three D updates of step 1 make one point


def test_training_d_alone_separates_real_from_fake_and_leaves_the_fakes_where_they_were():
    session = small_session(lr_d=1e-2)
    before = session.snapshot({})["fakes"]
    first = session.train_discriminator_once()
    for _ in range(30):
        last = session.train_discriminator_once()
    assert last["d_real"] - last["d_fake"] > first["d_real"] - first["d_fake"] + 0.2
    assert np.array_equal(session._fixed_fakes(), before) and session.g_updates == 0


def test_training_g_alone_moves_the_fakes_and_not_the_discriminator():
    session = small_session()
    d_weights = [p.clone() for p in session.discriminator.parameters()]
    before = session._fixed_fakes()
    session.train_generator_once()
    assert not np.allclose(session._fixed_fakes(), before)
    assert all(torch.equal(a, b) for a, b in zip(d_weights, session.discriminator.parameters(), strict=True))


def test_the_walkthrough_is_one_real_update_in_six_described_sub_steps():
    session = small_session(d_steps=3)
    steps = session.walkthrough()
    assert [s.key for s in steps] == list(KEYS) and session.step_count == 1
    assert [s.title for s in steps] == list(TITLES.values())  # the titles the view lists before an update
    assert session.d_updates == 3 and session.g_updates == 1  # a step like any other: the counts agree
    assert "3 times" in str(steps[5].sentence)
    assert all(str(s.sentence) and s.title for s in steps)
    score = steps[2]
    assert f"{score.arrays['d_real'].mean():.2f}" in str(score.sentence)
    assert score.arrays["real"].shape == (32, 2) and score.arrays["d_fake"].shape == (32,)
    assert not np.allclose(steps[5].arrays["fakes_after"], steps[5].arrays["fakes"])


def test_the_gradient_arrows_point_where_d_finds_the_fakes_more_real():
    session = small_session()
    for _ in range(20):
        session.train_discriminator_once()
    fakes, arrows = session.generator_arrows()
    unit = arrows / np.linalg.norm(arrows, axis=1, keepdims=True)
    with torch.no_grad():
        realness = lambda x: session.discriminator(torch.from_numpy(x)).numpy()  # noqa: E731
        gain = realness((fakes + 0.01 * unit).astype(np.float32)) - realness(fakes)
    assert (gain > 0).mean() > 0.95


def test_a_snapshot_holds_only_copies_and_draws_what_the_probe_asks_for():
    session = small_session()
    session.step()
    plain = session.snapshot({})
    assert {"step", "loss", "history", "fakes", "real", "heatmap", "coverage"} <= plain.keys()
    assert "arrows" not in plain and "warped_grid" not in plain
    assert not any(isinstance(v, torch.Tensor) for v in plain.values())
    assert plain["heatmap"].min() >= 0.0 and plain["heatmap"].max() <= 1.0
    probed = session.snapshot({"arrows": True, "grid": True})
    assert probed["arrows"].shape == probed["arrow_points"].shape
    lines = probed["warped_grid"]
    assert lines.ndim == 3 and lines.shape[2] == 2
    plain["fakes"][:] = 99.0  # a copy: changing it changes nothing in the session
    assert not np.allclose(session._fixed_fakes(), 99.0)


def test_dropout_in_d_trains_but_never_flickers_the_pictures():
    assert default_config("digits").d_dropout > 0 and default_config("ring").d_dropout == 0
    session = small_session(d_dropout=0.5)
    session.step()
    assert np.array_equal(session.heatmap(), session.heatmap())
    assert np.array_equal(session.generator_arrows()[1], session.generator_arrows()[1])
    assert session.discriminator.training  # back to dropout for the next update


def test_a_seeded_run_covers_the_ring():
    session = GanSession(default_config("ring"))
    for _ in range(800):
        session.step()
    covered, near = mode_coverage(session._fixed_fakes(), session.dataset.modes, session.dataset.mode_std)
    assert covered >= 7 and near > 0.5  # the eighth mode comes a little later with some thread counts
    assert session.snapshot({})["collapse"] is None


def test_a_generator_stuck_on_one_point_is_flagged_as_mode_collapse():
    for data, words in (("ring", "covers only 1 of the 8 modes"), ("moons", "bunched together")):
        session = small_session(data)
        with torch.no_grad():
            last = session.generator.net[-1]
            last.weight.zero_()
            last.bias.copy_(torch.tensor([2.0, 0.0]))  # every fake lands on the first ring mode
        session.step_count = WARMUP
        assert words in str(session.snapshot({})["collapse"])


def test_updates_by_hand_are_counted_apart_from_the_steps():
    session = small_session(d_steps=2)
    session.train_discriminator_once()
    session.train_generator_once()
    session.walkthrough()
    session.step()
    snap = session.snapshot({})
    assert (snap["step"], snap["d_updates"], snap["g_updates"], snap["by_hand"]) == (2, 5, 3, (1, 1))
    # On the curves an update by hand shares the point of the step it follows (here step 0), at once.
    assert snap["history"]["generator"][:, 0].tolist() == [0, 1, 2]


def _failure_after(session, g_losses, verdict_gap) -> str:
    """The banner once the last updates had these G losses and this D(real) - D(fake), with fakes that spread
    like the data."""
    session.step_count = WARMUP
    session._g_losses.extend(g_losses)
    session._verdict_gaps.extend([verdict_gap] * 200)
    failure = session._failure(session._shown_real, None)
    return "" if failure is None else str(failure)


def test_the_banner_names_the_failure_the_numbers_show():
    block = FAILURE_BLOCK
    calm = np.full(1000, 0.8)
    swinging = np.repeat(np.tile([0.5, 2.5], 25), block)  # block means jump by 2 from one block to the next
    assert _failure_after(small_session(), calm, 0.1) == ""
    assert _failure_after(small_session(), swinging, 0.8).startswith("Unstable")  # D ahead too, but it swings
    assert _failure_after(small_session(), calm, 0.8).startswith("The discriminator has won")
    assert _failure_after(small_session(), np.linspace(4.5, 1, 1000), 0.8) == ""  # G still learns: D has not won
    session = small_session()
    session.step_count = WARMUP - 1
    session._g_losses.extend(swinging)
    assert session._failure(session._shown_real, None) is None  # every run looks failed at first


def test_image_runs_show_fixed_noise_fakes_and_a_strip_of_earlier_steps():
    session = small_session("digits", dataset=load_dataset("digits", n=100))
    for _ in range(50):
        session.step()
    snap = session.snapshot({"arrows": True})
    assert snap["fakes"].shape == (36, 8, 8) and snap["fakes"].min() >= 0.0 and snap["fakes"].max() <= 1.0
    assert [step for step, _ in snap["strip"]] == [0, 25, 50] and "arrows" not in snap
    assert snap["strip"][1][1].shape == (4, 8, 8)  # the first four fakes: few, large tiles
    assert session.walkthrough()[4].arrays["arrows"].shape == (32, 8, 8)


def test_drawn_points_train_like_any_other_data():
    drawn = points_dataset(np.random.default_rng(0).normal(size=(50, 2)))
    session = small_session("drawn", dataset=drawn)
    session.step()
    assert session.snapshot({})["data"] == "drawn"


def test_every_preset_is_a_valid_change_of_the_defaults():
    defaults = default_config("ring")
    for name in PRESET_NAMES:
        config = preset_config(name, "ring")
        config.validate()
        assert (config == defaults) == (name == "healthy")
    assert preset_config("d-wins", "ring").loss == "minimax"
    with pytest.raises(ConfigError, match="no preset"):
        preset_config("perfect", "ring")


def test_a_saved_gan_samples_like_genviz_data(tmp_path):
    for data, dataset, shape in (("ring", None, (10, 2)), ("digits", load_dataset("digits", n=50), (10, 8, 8))):
        session = small_session(data, dataset)
        session.step()
        session.save(tmp_path / f"{data}.safetensors")
        sampler = load_sampler(tmp_path / f"{data}.safetensors")
        a, b = sampler.sample(10, seed=3), sampler.sample(10, seed=3)
        assert a.shape == shape and a.dtype == np.float32 and np.array_equal(a, b)
        assert not np.array_equal(a, sampler.sample(10, seed=4))
    assert a.min() >= 0.0 and a.max() <= 1.0
    with pytest.raises(ConfigError, match="no steps option"):
        sampler.sample(4, 0, steps=10)


def test_a_session_goes_on_from_a_saved_file_with_its_weights_step_and_drawing(tmp_path):
    drawn = points_dataset(np.random.default_rng(0).normal(size=(50, 2)))
    for data, dataset in (("ring", None), ("drawn", drawn)):
        session = small_session(data, dataset, d_steps=2)
        for _ in range(30):
            session.step()
        session.train_generator_once()
        session.save(tmp_path / "gan.safetensors")
        again = GanSession(session.config, dataset, torch.device("cpu"), tmp_path / "gan.safetensors")
        snap = again.snapshot({})
        assert (snap["step"], snap["d_updates"], snap["g_updates"], snap["by_hand"]) == (30, 60, 31, (0, 1))
        assert np.allclose(snap["fakes"], session.snapshot({})["fakes"], atol=1e-6)
        assert [step for step, _ in again._strip] == [30] and again._next_milestone == 50
    from genviz.core.modelfile import load_model

    assert np.array_equal(load_model(tmp_path / "gan.safetensors").tensors["drawn_points"], drawn.x)
    with pytest.raises(ModelFileError, match="does not match"):
        small_session(width=32, model_file=tmp_path / "gan.safetensors")


def test_a_file_that_is_not_a_gan_is_refused(tmp_path):
    from genviz.core.modelfile import save_model

    save_model(tmp_path / "other.safetensors", "vae", {}, {"w": torch.zeros(1)})
    with pytest.raises(ModelFileError, match="not a gan model"):
        load_sampler(tmp_path / "other.safetensors")


def test_the_command_line_trains_saves_and_writes_data(tmp_path, monkeypatch, capsys):
    cli = lab_cli(monkeypatch, "gan", "genviz.commands.data")
    model = tmp_path / "ring.safetensors"
    assert cli.main(["train", "gan", "--data", "ring", "--steps", "5", "--width", "16", "--out", str(model)]) == 0
    assert "of 8 modes covered" in capsys.readouterr().out
    assert load_sampler(model).generator.net[0].out_features == 16
    assert cli.main(["sample", str(model), "-n", "5", "--out", str(tmp_path / "fake.npy")]) == 0
    assert np.load(tmp_path / "fake.npy").shape == (5, 2)
    assert cli.main(["sample", str(model), "--steps", "10", "--out", str(tmp_path / "x.npy")]) == 2
    assert "takes no steps option" in capsys.readouterr().err
    assert cli.main(["data", "spiral", "-n", "7", "--out", str(tmp_path / "s.npy")]) == 0
    assert np.load(tmp_path / "s.npy").shape == (7, 2)
    assert cli.main(["train", "gan", "--data", "nowhere", "--steps", "1", "--out", str(model)]) == 2
    assert "neither a built-in data set" in capsys.readouterr().err
