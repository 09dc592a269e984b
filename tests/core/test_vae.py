import math

import numpy as np
import pytest
import torch

from genviz.core.data.datasets import load_dataset
from genviz.core.errors import ConfigError, DataError, ModelFileError
from genviz.core.modelfile import save_model
from genviz.core.vae import session as session_module
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.losses import (
    bernoulli_reconstruction,
    gaussian_reconstruction,
    kl_to_standard_normal,
    vae_loss,
)
from genviz.core.vae.models import VAE, reparameterize
from genviz.core.vae.projection import LatentProjection
from genviz.core.vae.sampler import load_sampler
from genviz.core.vae.session import VaeSession
from tests.core.lab_cli import lab_cli

TINY = {"width": 16, "batch_size": 32}


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits", n=200, seed=0)


def digit_session(digits, **settings) -> VaeSession:
    return VaeSession(VaeConfig(**{**TINY, **settings}), dataset=digits, device=torch.device("cpu"))


# Losses, against values worked out by hand
def test_bernoulli_reconstruction_is_the_summed_cross_entropy():
    # logit 0 is p = 1/2: -log(1/2) per pixel, whatever the pixel; logit log 3 is p = 3/4.
    logits = torch.tensor([[0.0, 0.0, math.log(3.0)]])
    x = torch.tensor([[1.0, 0.0, 0.5]])
    expected = math.log(2) + math.log(2) - (0.5 * math.log(0.75) + 0.5 * math.log(0.25))
    assert bernoulli_reconstruction(logits, x).item() == pytest.approx(expected, rel=1e-6)


def test_gaussian_reconstruction_is_squared_error_over_twice_the_variance():
    mean = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
    x = torch.tensor([[0.1, 0.2], [1.0, 1.0]])
    # Example 1: (0.01 + 0.04) / (2 * 0.01) = 2.5; example 2: 0; the batch mean is 1.25.
    assert gaussian_reconstruction(mean, x, std=0.1).item() == pytest.approx(1.25, rel=1e-5)


def test_kl_matches_the_closed_form_worked_by_hand():
    mu = torch.tensor([[1.0, 0.0]])
    logvar = torch.tensor([[0.0, math.log(2.0)]])
    # 0.5 * [(1 + 1 - 0 - 1) + (0 + 2 - log 2 - 1)] = 1 - log(2) / 2
    assert kl_to_standard_normal(mu, logvar).item() == pytest.approx(1 - math.log(2) / 2, rel=1e-6)
    assert kl_to_standard_normal(torch.zeros(3, 4), torch.zeros(3, 4)).item() == 0.0


def test_kl_agrees_with_torch_distributions():
    mu, logvar = torch.randn(5, 3), torch.randn(5, 3)
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros(3), torch.ones(3))
    expected = torch.distributions.kl_divergence(q, p).sum(dim=1).mean()
    assert kl_to_standard_normal(mu, logvar).item() == pytest.approx(expected.item(), rel=1e-5)


def test_the_total_weighs_the_kl_by_beta():
    logits, x = torch.zeros(2, 4), torch.ones(2, 4)
    mu, logvar = torch.ones(2, 2), torch.zeros(2, 2)
    loss = vae_loss(logits, x, mu, logvar, beta=0.25, is_image=True)
    assert loss.reconstruction.item() == pytest.approx(4 * math.log(2), rel=1e-6)
    assert loss.kl.item() == pytest.approx(1.0)  # 0.5 * (1 + 1 - 0 - 1) per dimension, two dimensions
    assert loss.total.item() == pytest.approx(4 * math.log(2) + 0.25, rel=1e-6)


# The reparameterisation trick
def test_gradients_flow_to_the_mean_and_the_variance():
    mu = torch.tensor([[0.5, -1.0]], requires_grad=True)
    logvar = torch.tensor([[0.0, math.log(4.0)]], requires_grad=True)
    generator = torch.Generator().manual_seed(0)
    z = reparameterize(mu, logvar, generator)
    z.sum().backward()
    eps = torch.randn(1, 2, generator=torch.Generator().manual_seed(0))
    sigma = torch.tensor([[1.0, 2.0]])
    assert torch.allclose(z.detach(), mu.detach() + sigma * eps)
    assert torch.allclose(mu.grad, torch.ones(1, 2))  # dz/dmu = 1
    assert torch.allclose(logvar.grad, 0.5 * sigma * eps)  # dz/dlogvar = 0.5 * sigma * eps


def test_reparameterised_draws_have_the_encoded_mean_and_spread():
    mu = torch.full((20_000, 1), 3.0)
    logvar = torch.full((20_000, 1), math.log(0.25))
    z = reparameterize(mu, logvar, torch.Generator().manual_seed(1))
    assert z.mean().item() == pytest.approx(3.0, abs=0.02)
    assert z.std().item() == pytest.approx(0.5, abs=0.02)


# Shapes
@pytest.mark.parametrize(("network", "shape"), [("mlp", (8, 8)), ("conv", (8, 8)), ("conv", (12, 12, 3)),
                                                ("mlp", (2,))])
@pytest.mark.parametrize("latent", [2, 5])
def test_encode_and_decode_keep_the_data_shape(network, shape, latent):
    model = VAE(VaeConfig(network=network, latent_size=latent, width=8), shape)
    x = torch.rand(3, *shape)
    mu, logvar = model.encode(x)
    assert mu.shape == logvar.shape == (3, latent)
    out, _, _ = model(x)
    assert out.shape == (3, *shape)
    assert model.decode_mean(torch.zeros(4, latent)).shape == (4, *shape)


def test_decoded_images_are_brightnesses_in_zero_to_one():
    model = VAE(VaeConfig(width=8), (8, 8))
    pixels = model.decode_mean(10 * torch.randn(50, 2))
    assert pixels.min() >= 0 and pixels.max() <= 1


# Settings
@pytest.mark.parametrize("settings", [{"network": "rnn"}, {"latent_size": 1}, {"beta": -0.5}, {"beta": 11},
                                      {"learning_rate": 0}, {"network": "conv", "image_size": 10}])
def test_bad_settings_are_refused_with_a_config_error(settings):
    with pytest.raises(ConfigError):
        VaeConfig(**settings).validate()


def test_the_conv_network_refuses_points():
    with pytest.raises(ConfigError, match="mlp"):
        VaeSession(VaeConfig(data="ring", network="conv"))


# The session
def test_training_lowers_the_loss(digits):
    session = digit_session(digits, learning_rate=3e-3)
    first = session.step()
    for _ in range(60):
        last = session.step()
    assert last < 0.8 * first
    history = session.history.arrays()
    assert set(history) == {"reconstruction", "kl", "total"}
    assert len(history["total"]) == 61


def test_beta_changes_the_weighted_sum_from_the_next_step(digits):
    session = digit_session(digits)
    session.step()
    session.set_beta(0.0)
    session.step()
    assert session.history.last("total") == pytest.approx(session.history.last("reconstruction"))
    assert session.history.last("kl") > 0
    with pytest.raises(ConfigError):
        session.set_beta(-1)


def test_a_snapshot_decodes_the_probed_point_and_caches_the_map(digits):
    session = digit_session(digits)
    session.step()
    snapshot = session.snapshot({"latent": (0.3, -0.4)})
    assert snapshot["step"] == 1
    assert snapshot["map"]["points"].shape == (200, 2)
    assert snapshot["map"]["reconstructions"].shape == (10, 8, 8)
    assert snapshot["manifold"]["decoded"].shape == (8, 8, 8, 8)
    assert np.allclose(snapshot["decoded_at_probe"], session.decode(np.array([[0.3, -0.4]]))[0])
    again = session.snapshot({})
    assert again["map"] is snapshot["map"]  # nothing trained: the same pictures, not recomputed
    assert again["decoded_at_probe"] is None
    session.step()
    session.refresh_pictures()
    assert session.snapshot({})["map"]["step"] == 2


def test_the_reconstruction_row_holds_one_digit_of_each_class(digits):
    session = digit_session(digits)
    assert sorted(digits.labels[session.example_indices]) == list(range(10))


def test_the_manifold_covers_the_latent_map(digits):
    session = digit_session(digits)
    for _ in range(20):
        session.step()
    snapshot = session.snapshot({})
    x0, x1, y0, y1 = snapshot["manifold"]["extent"]
    points = snapshot["map"]["points"]
    inside = (points[:, 0] >= x0) & (points[:, 0] <= x1) & (points[:, 1] >= y0) & (points[:, 1] <= y1)
    assert inside.mean() >= 0.95


def test_interpolation_runs_from_one_examples_code_to_the_others(digits):
    session = digit_session(digits)
    for _ in range(10):
        session.step()
    result = session.interpolate(3, 7, steps=6)
    codes = session.encode(digits.x[[3, 7]])
    assert result["frames"].shape == (6, 8, 8)
    assert np.allclose(result["frames"][[0, -1]], session.decode(codes), atol=1e-6)
    assert np.allclose(result["path"][[0, -1]], codes, atol=1e-6)  # a 2-D latent space is its own map
    with pytest.raises(DataError):
        session.interpolate(0, 10_000)


def test_the_first_snapshot_has_a_walk_and_prior_samples_that_follow_the_weights(digits, monkeypatch):
    session = digit_session(digits)
    gallery = session.snapshot({})["gallery"]
    first, second = gallery["walk"]["indices"]
    assert digits.labels[first] != digits.labels[second]  # a walk between two classes, from the start
    assert gallery["walk"]["frames"].shape == (6, 8, 8)
    assert gallery["samples"]["samples"].shape == (20, 8, 8) and gallery["samples"]["seed"] == 0
    assert session.snapshot({})["gallery"] is gallery  # nothing trained: the same pictures, not recomputed
    monkeypatch.setattr(session_module.LivePicture, "get", lambda self, key, training, compute: compute())
    for _ in range(30):
        session.step()
    later = session.snapshot({})["gallery"]
    assert later["walk"]["indices"] == (first, second) and later["samples"]["seed"] == 0  # the same pair and seed
    assert np.allclose(later["samples"]["samples"], session.sample_prior(20, seed=0)["samples"])  # new weights
    assert not np.allclose(later["samples"]["samples"], gallery["samples"]["samples"], atol=0.01)


def test_a_walk_or_samples_asked_for_are_the_gallerys_from_then_on(digits):
    session = digit_session(digits)
    session.snapshot({})
    for _ in range(3):
        session.step()  # while training, the gallery would wait for its interval
    session.interpolate(4, 9)
    session.sample_prior(5, seed=7)
    gallery = session.snapshot({})["gallery"]
    assert gallery["walk"]["indices"] == (4, 9) and gallery["step"] == 3
    assert gallery["samples"]["seed"] == 7 and len(gallery["samples"]["samples"]) == 5
    session.refresh_pictures()
    session.step()
    assert session.snapshot({})["gallery"]["step"] == 4  # paused: the view asks for pictures of the weights now


def test_a_session_goes_on_from_a_saved_models_weights_and_step(digits, tmp_path):
    session = digit_session(digits)
    for _ in range(12):
        session.step()
    path = tmp_path / "vae.safetensors"
    session.save(path)
    opened = VaeSession(session.config, digits, torch.device("cpu"), path)
    assert opened.step_count == 12
    codes = np.array([[0.5, -1.0], [2.0, 0.0]], np.float32)
    assert np.allclose(opened.decode(codes), session.decode(codes), atol=1e-6)
    opened.step()
    assert opened.snapshot({})["step"] == 13
    with pytest.raises(ModelFileError, match="does not match"):
        VaeSession(VaeConfig(**{**TINY, "width": 24}), digits, torch.device("cpu"), path)


def test_wide_latent_spaces_are_mapped_through_their_principal_plane():
    rng = np.random.default_rng(0)
    codes = rng.normal(size=(500, 5)) * [5.0, 2.0, 0.1, 0.1, 0.1] @ np.linalg.qr(rng.normal(size=(5, 5)))[0]
    projection = LatentProjection.fit(codes.astype(np.float32))
    assert projection.explained[0] > projection.explained[1] > 0.1
    assert sum(projection.explained) > 0.99
    on_plane = projection.to_latent(projection.to_map(codes))
    assert np.abs(on_plane - codes).max() < 0.6  # only the three thin directions are lost
    flipped = LatentProjection.fit(codes[::-1].astype(np.float32), previous=projection)
    assert np.allclose(flipped.axes, projection.axes, atol=1e-4)  # no sign flip between two fits


def test_wide_latent_sessions_decode_map_points_on_the_plane(digits):
    session = digit_session(digits, latent_size=6)
    session.step()
    snapshot = session.snapshot({"latent": (0.0, 0.0)})
    assert snapshot["map"]["points"].shape == (200, 2)
    assert snapshot["map"]["explained"] is not None
    plane_centre = session.decode(session.projection.mean[None])[0]
    assert np.allclose(snapshot["decoded_at_probe"], plane_centre, atol=1e-6)


def test_point_sets_train_with_the_gaussian_reconstruction():
    session = VaeSession(VaeConfig(data="moons", **TINY), device=torch.device("cpu"))
    for _ in range(5):
        session.step()
    snapshot = session.snapshot({"latent": (0.0, 0.0)})
    assert snapshot["kind"] == "points"
    assert snapshot["decoded_at_probe"].shape == (2,)
    assert snapshot["manifold"]["decoded"].shape == (17, 17, 2)
    assert session.sample_prior(7, seed=0)["samples"].shape == (7, 2)


# Saving and sampling
def test_a_saved_model_samples_exactly_as_the_session_did(digits, tmp_path):
    session = digit_session(digits, network="conv", latent_size=3)
    for _ in range(5):
        session.step()
    path = tmp_path / "vae.safetensors"
    session.save(path)
    sampler = load_sampler(path, device=torch.device("cpu"))
    samples = sampler.sample(9, seed=4)
    assert samples.shape == (9, 8, 8) and samples.dtype == np.float32
    assert np.allclose(samples, session.sample_prior(9, seed=4)["samples"], atol=1e-6)
    assert not np.allclose(samples, sampler.sample(9, seed=5))


def test_the_sampler_refuses_diffusion_options_and_other_labs(digits, tmp_path):
    session = digit_session(digits)
    path = tmp_path / "vae.safetensors"
    session.save(path)
    with pytest.raises(ConfigError, match="steps"):
        load_sampler(path).sample(4, seed=0, steps=10)
    with pytest.raises(ConfigError):
        load_sampler(path).sample(0, seed=0)
    other = tmp_path / "text.safetensors"
    save_model(other, "text", {}, {"w": torch.zeros(1)})
    with pytest.raises(ModelFileError, match="text model"):
        load_sampler(other)


def test_the_command_line_trains_a_vae_that_genviz_sample_reads(tmp_path, monkeypatch, capsys):
    cli = lab_cli(monkeypatch, "vae")
    model = tmp_path / "vae.safetensors"
    assert cli.main(["train", "vae", "--data", "moons", "--steps", "5", "--latent", "3", "--width", "16",
                     "--out", str(model)]) == 0
    assert "after 5 steps" in capsys.readouterr().out
    assert cli.main(["sample", str(model), "-n", "6", "--seed", "2", "--out", str(tmp_path / "s.npy")]) == 0
    assert np.load(tmp_path / "s.npy").shape == (6, 2)
    assert cli.main(["sample", str(model), "--sampler", "ddim", "--out", str(tmp_path / "s.npy")]) == 2
    assert "no sampler option" in capsys.readouterr().err
    assert cli.main(["train", "vae", "--data", "ring", "--network", "conv", "--steps", "1", "--out", str(model)]) == 2
    assert "choose mlp" in capsys.readouterr().err
