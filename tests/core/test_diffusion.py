import math
from dataclasses import replace

import numpy as np
import pytest
import torch

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.data.evaluation import mode_coverage
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.data_scale import DataScale
from genviz.core.diffusion.sampler import load_sampler
from genviz.core.diffusion.sampling import ETA, q_sample, reverse_process, sampler_timesteps
from genviz.core.diffusion.schedules import SCHEDULES, cosine_schedule, linear_schedule, make_schedule
from genviz.core.diffusion.session import DiffusionSession, loss_weights, session_from_file
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.modelfile import save_model
from tests.core.lab_cli import lab_cli

TINY_IMAGES = {"width": 8, "depth": 1, "batch_size": 16, "timesteps": 20}


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits", n=64, seed=0)


def digit_session(digits, **settings) -> DiffusionSession:
    config = DiffusionConfig(data="digits", **{**TINY_IMAGES, **settings})
    return DiffusionSession(config, dataset=digits, device=torch.device("cpu"))


# Schedules
@pytest.mark.parametrize("name", SCHEDULES)
@pytest.mark.parametrize("T", [20, 200, 1000])
def test_the_noise_level_rises_monotonically_from_data_to_pure_noise(name, T):
    schedule = make_schedule(name, T)
    assert len(schedule.alpha_bar) == T + 1
    assert schedule.alpha_bar[0] == 1.0 and schedule.noise[0] == 0.0  # t = 0 is the data itself
    assert np.all(np.diff(schedule.noise) > 0)
    assert np.all(np.diff(schedule.signal) < 0)
    assert np.all((schedule.betas[1:] > 0) & (schedule.betas[1:] < 1))
    assert schedule.signal[-1] < 0.01  # x_T keeps under 1% of the data


def test_x_T_is_close_to_pure_noise_whatever_the_data():
    schedule = make_schedule("cosine", 200)
    alpha_bar = torch.tensor(schedule.alpha_bar, dtype=torch.float32)
    generator = torch.Generator().manual_seed(0)
    x0 = torch.full((20_000, 2), 3.0)  # far from the noise's mean of 0
    noise = torch.randn(x0.shape, generator=generator)
    x_T = q_sample(alpha_bar, x0, torch.full((len(x0),), 200), noise)
    assert abs(x_T.mean().item()) < 0.03
    assert x_T.std().item() == pytest.approx(1.0, abs=0.02)


def test_the_schedules_are_the_published_ones():
    linear = linear_schedule(1000)
    assert linear.betas[1] == pytest.approx(1e-4) and linear.betas[-1] == pytest.approx(0.02)  # Ho et al.
    cosine = cosine_schedule(1000)
    s = 0.008
    t = 500
    expected = math.cos((t / 1000 + s) / (1 + s) * math.pi / 2) ** 2 / math.cos(s / (1 + s) * math.pi / 2) ** 2
    assert cosine.alpha_bar[t] == pytest.approx(expected, rel=1e-9)  # Nichol & Dhariwal eq. 17


def test_an_unknown_schedule_is_one_clear_sentence():
    with pytest.raises(ConfigError, match="linear or cosine"):
        make_schedule("quadratic", 100)


# The forward process
def test_q_sample_is_the_closed_form_for_each_example_at_its_own_timestep():
    schedule = make_schedule("linear", 100)
    alpha_bar = torch.tensor(schedule.alpha_bar, dtype=torch.float32)
    x0, noise = torch.randn(3, 1, 4, 4), torch.randn(3, 1, 4, 4)
    t = torch.tensor([0, 37, 100])
    x_t = q_sample(alpha_bar, x0, t, noise)
    for i, ti in enumerate(t.tolist()):
        ab = schedule.alpha_bar[ti]
        expected = math.sqrt(ab) * x0[i] + math.sqrt(1 - ab) * noise[i]
        np.testing.assert_allclose(x_t[i].numpy(), expected.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(x_t[0].numpy(), x0[0].numpy())  # t = 0: nothing added


@pytest.mark.parametrize("name", SCHEDULES)
def test_one_jump_matches_adding_noise_step_by_step(name):
    """q(x_t | x_0) in closed form has the mean and spread of t single steps x_t = sqrt(1 - b) x_{t-1} + sqrt(b) z."""
    schedule = make_schedule(name, 50)
    generator = torch.Generator().manual_seed(1)
    x = torch.full((100_000,), 1.5, dtype=torch.float64)
    for t in range(1, 31):
        beta = schedule.betas[t]
        x = math.sqrt(1 - beta) * x + math.sqrt(beta) * torch.randn(x.shape, generator=generator, dtype=x.dtype)
    assert x.mean().item() == pytest.approx(math.sqrt(schedule.alpha_bar[30]) * 1.5, abs=0.01)
    assert x.std().item() == pytest.approx(math.sqrt(1 - schedule.alpha_bar[30]), abs=0.01)


# The reverse process, with the exact denoiser of Gaussian data: samplers must recover the data's distribution
def gaussian_oracle(alpha_bar: np.ndarray, mean: float, std: float):
    """For x_0 ~ N(mean, std^2): E[eps | x_t] = b (x_t - a mean) / (a^2 std^2 + b^2), a = sqrt(ab), b = sqrt(1 - ab)."""

    def predict(x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        ab = torch.tensor(alpha_bar, dtype=x.dtype)[t].reshape(-1, 1)
        a, b = ab.sqrt(), (1 - ab).sqrt()
        return b * (x - a * mean) / (a**2 * std**2 + b**2)

    return predict


def oracle_samples(sampler: str, steps: int, T: int = 100) -> torch.Tensor:
    """10,000 2-D samples of N(2, 0.5^2) data drawn with the exact denoiser."""
    schedule = make_schedule("cosine", T)
    generator = torch.Generator().manual_seed(0)
    x_T = torch.randn((10_000, 2), generator=generator, dtype=torch.float64)
    return reverse_process(gaussian_oracle(schedule.alpha_bar, 2.0, 0.5), schedule.alpha_bar, x_T,
                           sampler_timesteps(T, sampler, steps), ETA[sampler], generator, keep_frames=False)


@pytest.mark.parametrize("sampler", ["ddpm", "ddim"])
def test_samplers_with_as_many_steps_as_T_reproduce_the_data_distribution(sampler):
    x = oracle_samples(sampler, 100)
    assert torch.isfinite(x).all()
    assert x.mean().item() == pytest.approx(2.0, abs=0.02)
    # DDPM's step noise is the posterior variance, the lower of Ho et al.'s two choices (sec. 3.2): at T = 100 it
    # leaves the spread about 4% short (under 1% at T = 1000).
    assert x.std().item() == pytest.approx(0.5, rel=0.05)


def test_ddim_with_fewer_steps_lands_on_the_data_but_with_less_variety():
    """Each DDIM jump shrinks the spread a little (Cauchy-Schwarz on its linear update); many small jumps do not."""
    spreads = [oracle_samples("ddim", steps).std().item() for steps in (10, 20, 100)]
    assert spreads[0] < spreads[1] < spreads[2] <= 0.5
    assert spreads[0] > 0.4  # still clearly the data's spread, not a collapse
    assert oracle_samples("ddim", 10).mean().item() == pytest.approx(2.0, abs=0.02)


def test_ddim_is_deterministic_and_ddpm_is_not():
    schedule = make_schedule("cosine", 50)
    oracle = gaussian_oracle(schedule.alpha_bar, 0.0, 1.0)
    x_T = torch.randn(500, 2, generator=torch.Generator().manual_seed(0))

    def run(sampler: str, seed: int) -> torch.Tensor:
        timesteps = sampler_timesteps(50, sampler, None)
        return reverse_process(oracle, schedule.alpha_bar, x_T, timesteps, ETA[sampler],
                               torch.Generator().manual_seed(seed), keep_frames=False)

    np.testing.assert_array_equal(run("ddim", 1).numpy(), run("ddim", 2).numpy())  # no randomness after x_T
    assert not torch.allclose(run("ddpm", 1), run("ddpm", 2))  # fresh noise is added at every step


def test_sampler_timesteps_run_from_T_to_zero():
    assert sampler_timesteps(200, "ddpm", None).tolist() == list(range(200, -1, -1))
    ddim = sampler_timesteps(200, "ddim", None)
    assert len(ddim) == 51 and ddim[0] == 200 and ddim[-1] == 0 and np.all(np.diff(ddim) < 0)
    assert sampler_timesteps(200, "ddim", 3).tolist() == [200, 133, 67, 0]
    with pytest.raises(ConfigError, match="between 1 and T = 200"):
        sampler_timesteps(200, "ddim", 201)
    with pytest.raises(ConfigError, match="ddpm or ddim"):
        sampler_timesteps(200, "euler", 10)


def test_min_snr_weights_down_only_the_low_noise_steps():
    schedule = make_schedule("cosine", 200)
    weights = loss_weights(schedule.alpha_bar, 5.0)
    snr = schedule.alpha_bar[1:] / (1 - schedule.alpha_bar[1:])
    high_noise = snr <= 5
    np.testing.assert_allclose(weights[1:][high_noise], 1.0)
    np.testing.assert_allclose(weights[1:][~high_noise], 5 / snr[~high_noise])
    assert weights[1] < 0.01  # at t = 1 the noise is tiny and its guess is down-weighted hard
    np.testing.assert_array_equal(loss_weights(schedule.alpha_bar, 0.0), 1.0)  # off: Ho et al.'s plain loss


# Data scale
def test_points_are_centred_and_scaled_and_come_back_unchanged():
    points = np.random.default_rng(0).normal([5.0, -3.0], [2.0, 1.0], size=(500, 2)).astype(np.float32)
    scale = DataScale.fit("points", points)
    z = scale.encode(points)
    assert abs(z.mean().item()) < 1e-5 and z.pow(2).mean().item() == pytest.approx(1.0, rel=1e-4)
    np.testing.assert_allclose(scale.decode(z), points, atol=1e-4)


def test_colour_images_go_channels_first_and_back():
    images = np.random.default_rng(0).random((3, 8, 8, 3)).astype(np.float32)
    scale = DataScale.fit("images", images)
    z = scale.encode(images)
    assert z.shape == (3, 3, 8, 8) and z.min() >= -1 and z.max() <= 1
    np.testing.assert_allclose(scale.decode(z), images, atol=1e-6)
    assert scale.decode(z * 3).max() == 1.0  # images always come back clipped to [0, 1]


# The session
def test_a_step_records_the_loss_and_the_loss_by_timestep(digits):
    session = digit_session(digits)
    before = [p.detach().clone() for p in session.model.parameters()]
    loss = session.step()
    assert session.step_count == 1 and math.isfinite(loss) and session.history.last("train") == loss
    assert any(not torch.equal(a, b) for a, b in zip(before, session.model.parameters(), strict=True))
    centres, losses = session.loss_by_timestep()
    assert len(centres) == len(losses) == 20  # T = 20: one bin per timestep
    assert np.isfinite(losses).sum() >= 8  # a batch of 16 hits many of the 20 timesteps


def test_same_seed_same_training(digits):
    a, b = digit_session(digits, seed=4), digit_session(digits, seed=4)
    assert [a.step() for _ in range(3)] == [b.step() for _ in range(3)]


def test_the_ema_weights_trail_the_trained_ones(digits):
    session = digit_session(digits, ema_decay=0.99)
    for _ in range(20):
        session.step()
    live = torch.cat([p.flatten() for p in session.model.parameters()])
    ema = torch.cat([p.flatten() for p in session.ema_model.parameters()])
    assert not torch.equal(live, ema)
    assert not any(p.requires_grad for p in session.ema_model.parameters())


def test_the_snapshot_holds_arrays_not_tensors_and_the_forward_strip_of_one_example(digits):
    session = digit_session(digits)
    session.step()
    snapshot = session.snapshot({})
    assert snapshot["step"] == 1 and snapshot["kind"] == "images" and snapshot["T"] == 20
    forward = snapshot["forward"]
    assert forward["frames"].shape == (21, 8, 8)  # x_0 ... x_T of one training digit
    np.testing.assert_allclose(forward["frames"][0], digits.x[forward["index"]], atol=1e-6)
    assert forward["frames"].dtype == np.float32
    np.testing.assert_allclose(forward["signal"] ** 2 + forward["noise"] ** 2, 1.0)
    assert "field" not in snapshot  # arrows are for 2-D data

    def tensors(value):
        if isinstance(value, torch.Tensor):
            return 1
        if isinstance(value, dict):
            return sum(tensors(v) for v in value.values())
        if isinstance(value, tuple | list):
            return sum(tensors(v) for v in value)
        return 0

    assert tensors(snapshot) == 0


def test_reverse_process_returns_every_frame_with_its_predictions(digits):
    session = digit_session(digits)
    trajectory = session.reverse_process(5, seed=3, sampler="ddim", steps=4)
    assert trajectory.timesteps.tolist() == [20, 15, 10, 5, 0]
    assert trajectory.x.shape == (5, 5, 8, 8)
    assert trajectory.x0.shape == trajectory.eps.shape == (4, 5, 8, 8)
    assert trajectory.x.min() >= 0 and trajectory.x.max() <= 1
    np.testing.assert_array_equal(trajectory.x[-1], session.sampler().sample(5, 3, "ddim", 4))


def test_colour_images_train_and_sample_in_colour():
    pictures = np.random.default_rng(0).random((10, 8, 8, 3)).astype(np.float32)
    session = DiffusionSession(DiffusionConfig(data="mine", **TINY_IMAGES),
                               dataset=Dataset("mine", "images", pictures, None, (), None), device=torch.device("cpu"))
    session.step()
    assert session.snapshot({})["forward"]["frames"].shape == (21, 8, 8, 3)
    trajectory = session.reverse_process(2, seed=0, sampler="ddim", steps=3)
    assert trajectory.x.shape == (4, 2, 8, 8, 3) and trajectory.eps.shape == (3, 2, 8, 8, 3)


def test_the_2d_denoising_field_covers_the_data_on_a_grid():
    session = DiffusionSession(DiffusionConfig(data="ring", width=16, depth=1), device=torch.device("cpu"))
    field = session.snapshot({"field_t": 30})["field"]
    assert field.t == 30
    assert field.points.shape == field.direction.shape == (15 * 15, 2)
    assert field.points.min() < -2 and field.points.max() > 2  # the ring has radius 2


def test_a_seeded_2d_run_covers_every_mode_of_the_ring():
    session = DiffusionSession(DiffusionConfig(data="ring", seed=0), device=torch.device("cpu"))
    for _ in range(600):
        session.step()
    samples = session.sampler().sample(1000, seed=1, sampler="ddim", steps=20)
    covered, near = mode_coverage(samples, session.dataset.modes, session.dataset.mode_std)
    assert covered == 8
    assert near >= 0.5  # untrained, about 0.1 land near a mode


# Samplers from a saved file: what `genviz sample` calls
def test_saved_model_samples_like_the_session_in_the_data_shapes(digits, tmp_path):
    session = digit_session(digits)
    session.step()
    session.save(tmp_path / "d.safetensors")
    sampler = load_sampler(tmp_path / "d.safetensors")
    samples = sampler.sample(4, seed=2)
    assert samples.shape == (4, 8, 8) and samples.dtype == np.float32
    np.testing.assert_array_equal(samples, session.sampler().sample(4, seed=2))
    np.testing.assert_array_equal(sampler.sample(4, 2, "ddim", 20), sampler.sample(4, 2, "ddim", 20))


def test_frames_run_from_pure_noise_to_the_sample(digits, tmp_path):
    session = digit_session(digits)
    session.save(tmp_path / "d.safetensors")
    sampler = load_sampler(tmp_path / "d.safetensors")
    ddpm = sampler.sample(3, seed=5, frames=True)
    assert ddpm.shape == (21, 3, 8, 8)  # every one of T = 20 steps, plus the starting noise
    ddim = sampler.sample(3, seed=5, sampler="ddim", steps=20, frames=True)
    assert ddim.shape == (21, 3, 8, 8)  # DDIM with as many steps as DDPM
    assert np.isfinite(ddim).all() and ddim.min() >= 0 and ddim.max() <= 1
    np.testing.assert_array_equal(ddim[-1], sampler.sample(3, seed=5, sampler="ddim", steps=20))
    assert sampler.sample(3, seed=5, sampler="ddim", steps=5, frames=True).shape == (6, 3, 8, 8)


def test_a_session_opened_from_a_file_goes_on_from_its_step_and_samples_like_the_saved_model(tmp_path):
    config = DiffusionConfig(data="ring", width=16, depth=1, batch_size=32, timesteps=20)
    session = DiffusionSession(config, device=torch.device("cpu"))
    for _ in range(5):
        session.step()
    session.save(tmp_path / "ring.safetensors")
    opened = session_from_file(session.config, str(tmp_path / "ring.safetensors"))
    assert opened.step_count == 5 and opened.snapshot({})["step"] == 5
    np.testing.assert_allclose(opened.sampler().sample(8, 3, "ddim", 5), session.sampler().sample(8, 3, "ddim", 5),
                               atol=1e-5)
    opened.step()  # it trains on, from the saved (moving-average) weights
    assert opened.step_count == 6
    with pytest.raises(ModelFileError, match="does not match"):
        session_from_file(replace(session.config, width=32), str(tmp_path / "ring.safetensors"))


def test_a_file_of_another_lab_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "text.safetensors"
    save_model(path, "text", {}, {"w": torch.zeros(1)})
    with pytest.raises(ModelFileError, match="holds a text model, not a diffusion model"):
        load_sampler(path)


# Settings
@pytest.mark.parametrize(("setting", "match"), [
    ({"schedule": "quadratic"}, "cosine or linear"),
    ({"timesteps": 5}, "Steps T must be from 10 to 2,000, not 5"),
    ({"learning_rate": 0.0}, "Learning rate must be above 0"),
    ({"ema_decay": 1.0}, "EMA decay"),
    ({"min_snr": -1.0}, "Min-SNR"),
    ({"width": 4}, "Width must be from 8 to 512"),
])
def test_bad_settings_are_one_clear_sentence(setting, match):
    with pytest.raises(ConfigError, match=match):
        DiffusionConfig(**setting).validate()


def test_automatic_sizes_depend_on_the_kind_of_data():
    points, images = DiffusionConfig().resolved("points"), DiffusionConfig().resolved("images")
    assert points.width != images.width and points.batch_size != images.batch_size
    assert points.min_snr == 0 and images.min_snr > 0  # Min-SNR helps images, slows the sharp 2-D modes
    assert DiffusionConfig(min_snr=0.0).resolved("images").min_snr == 0
    assert DiffusionConfig(width=40).resolved("images").width == 40


def test_the_command_line_trains_a_model_that_genviz_sample_reads_with_frames(tmp_path, monkeypatch, capsys):
    cli = lab_cli(monkeypatch, "diffusion")
    model = tmp_path / "diffusion.safetensors"
    assert cli.main(["train", "diffusion", "--data", "ring", "--steps", "3", "--timesteps", "30", "--width", "16",
                     "--out", str(model)]) == 0
    assert "after 3 steps" in capsys.readouterr().out
    out = tmp_path / "s.npy"
    assert cli.main(["sample", str(model), "-n", "5", "--out", str(out)]) == 0
    assert np.load(out).shape == (5, 2)  # like `genviz data ring`
    assert cli.main(["sample", str(model), "-n", "5", "--frames", "--out", str(out)]) == 0
    assert np.load(out).shape == (31, 5, 2)  # DDPM: every one of T = 30 steps, plus the noise it starts from
    assert cli.main(["sample", str(model), "-n", "5", "--sampler", "ddim", "--steps", "6", "--frames",
                     "--out", str(out)]) == 0
    assert np.load(out).shape == (7, 5, 2)
    assert cli.main(["sample", str(model), "--sampler", "ddim", "--steps", "31", "--out", str(out)]) == 2
    assert "between 1 and T = 30" in capsys.readouterr().err
    assert cli.main(["sample", str(model), "-n", "0", "--out", str(out)]) == 2
    assert "at least 1 sample" in capsys.readouterr().err
    assert cli.main(["train", "diffusion", "--data", "nowhere", "--steps", "1", "--out", str(model)]) == 2
    assert "neither a built-in data set" in capsys.readouterr().err
