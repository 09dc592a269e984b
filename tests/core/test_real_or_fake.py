""""Real or fake?": the quiz's mix of real images and a model's fakes, the GAN's discriminator verdicts, and the
quiz of the Diffusion, VAE and Pixels labs, whose fakes are their own samples."""

import math

import numpy as np
import pytest
import torch

from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.errors import DataError
from genviz.core.gan.config import default_config
from genviz.core.gan.session import GanSession
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.session import PixelsSession
from genviz.core.real_or_fake import FAKES, TILES, quiz_round
from genviz.core.timeline import showing_past
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.sampler import prior_codes
from genviz.core.vae.session import VaeSession

SMALL = {"depth": 1, "width": 16, "batch_size": 32}
CPU = torch.device("cpu")


def gan(data="digits") -> GanSession:
    return GanSession(default_config(data, **SMALL), None, CPU)


def diffusion(data="digits") -> DiffusionSession:
    return DiffusionSession(DiffusionConfig(data=data, timesteps=20, **SMALL), device=CPU)


def vae(data="digits") -> VaeSession:
    return VaeSession(VaeConfig(data=data, width=32, batch_size=32), device=CPU)


def pixels(levels=17) -> PixelsSession:
    return PixelsSession(PixelsConfig(n_layer=1, n_embd=32, batch_size=32, levels=levels), device=CPU)


LABS = {"diffusion": diffusion, "vae": vae, "pixels": pixels}


def same_images(shuffled: np.ndarray, made: np.ndarray, atol: float = 1e-6) -> bool:
    """The quiz's fakes, in its shuffled order, are the images `made`, each once."""
    distances = np.abs(shuffled[:, None] - made[None]).reshape(len(shuffled), len(made), -1).max(axis=-1)
    match = distances.argmin(axis=1)
    return len(shuffled) == len(made) and len(set(match)) == len(made) and bool((distances.min(axis=1) <= atol).all())


def weights(session) -> list[torch.Tensor]:
    return [tensor.detach().clone() for module in session.modules().values() for tensor in module.state_dict().values()]


def test_a_round_mixes_real_rows_and_fakes_in_a_shuffled_grid_that_the_seed_repeats():
    real = np.arange(40 * 4, dtype=np.float32).reshape(40, 2, 2)
    quiz = quiz_round(real, lambda count: np.full((count, 2, 2), -1.0), seed=3)
    assert quiz["images"].shape == (TILES, 2, 2) and quiz["images"].dtype == np.float32
    assert FAKES[0] <= quiz["fake"].sum() <= FAKES[1]
    assert (quiz["images"][quiz["fake"]] == -1).all() and (quiz["rows"][quiz["fake"]] == -1).all()
    rows = quiz["rows"][~quiz["fake"]]
    assert len(set(rows)) == len(rows) and np.array_equal(quiz["images"][~quiz["fake"]], real[rows])
    again = quiz_round(real, lambda count: np.full((count, 2, 2), -1.0), seed=3)
    assert all(np.array_equal(quiz[key], again[key]) for key in quiz)
    counts = {int(quiz_round(real, lambda count: np.zeros((count, 2, 2)), seed)["fake"].sum()) for seed in range(40)}
    assert len(counts) > 3 and min(counts) >= FAKES[0] and max(counts) <= FAKES[1]  # the class cannot count


def test_real_rows_become_what_the_model_sees_and_fakes_stay_as_made():
    real = np.arange(40 * 4, dtype=np.float32).reshape(40, 2, 2)
    quiz = quiz_round(real, lambda count: np.full((count, 2, 2), -1.0), seed=3, as_model_sees=lambda rows: -rows)
    rows = quiz["rows"][~quiz["fake"]]
    assert np.array_equal(quiz["images"][~quiz["fake"]], -real[rows]) and (quiz["images"][quiz["fake"]] == -1).all()
    assert np.array_equal(quiz["fake"], quiz_round(real, lambda count: np.zeros((count, 2, 2)), seed=3)["fake"])


def test_the_gan_quiz_holds_16_digits_real_rows_fakes_and_ds_verdicts_in_0_to_1():
    session = gan()
    quiz = session.real_or_fake(7)
    assert quiz["images"].shape == (TILES, *session.dataset.x.shape[1:])
    real = ~quiz["fake"]
    assert np.array_equal(quiz["images"][real], session.dataset.x[quiz["rows"][real]])
    assert quiz["d_real"].shape == (TILES,) and ((quiz["d_real"] >= 0) & (quiz["d_real"] <= 1)).all()
    assert quiz["step"] == 0


def test_the_quiz_leaves_training_as_it_was():
    fakes = []
    for asked in (True, False):  # one session after the other: a session seeds torch's global generator too
        session = gan()
        if asked:
            session.real_or_fake(1)
        session.step()
        fakes.append(session.snapshot({})["fakes"])
    assert np.array_equal(*fakes)


def test_a_past_step_shown_on_the_timeline_answers_with_that_steps_weights():
    session = gan()
    session.timeline.offer(session, math.nan)
    untrained = session.real_or_fake(2)
    for _ in range(5):
        session.timeline.offer(session, session.step())
    with showing_past(session, 0):
        past = session.real_or_fake(2)
    # the timeline keeps weights in half precision
    assert past["step"] == 0 and np.allclose(past["d_real"], untrained["d_real"], atol=1e-3)
    assert not np.allclose(session.real_or_fake(2)["d_real"], untrained["d_real"])


def test_point_data_has_no_quiz():
    with pytest.raises(DataError, match="needs a data set of images"):
        gan("ring").real_or_fake(0)


def test_the_diffusion_quiz_holds_real_digits_and_samples_denoised_as_the_lab_asks():
    session = diffusion()
    for _ in range(3):
        session.step()
    quiz = session.real_or_fake(5, "ddim", 3)
    fake = quiz["fake"]
    assert quiz["images"].shape == (TILES, *session.dataset.x.shape[1:]) and quiz["step"] == 3
    assert np.array_equal(quiz["images"][~fake], session.dataset.x[quiz["rows"][~fake]])
    # the fakes are the moving average's samples, from the round's seed, by the sampler and steps asked for
    expected = session.sampler().sample(int(fake.sum()), 5, "ddim", 3)
    assert same_images(quiz["images"][fake], expected)
    assert not same_images(session.real_or_fake(5, "ddim", 10)["images"][fake], expected, atol=1e-3)
    assert not same_images(session.real_or_fake(5, "ddpm")["images"][fake], expected, atol=1e-3)


def test_the_vae_quiz_holds_real_digits_and_decoded_prior_samples():
    session = vae()
    session.step()
    quiz = session.real_or_fake(4)
    fake = quiz["fake"]
    assert quiz["images"].shape == (TILES, *session.dataset.x.shape[1:]) and quiz["step"] == 1
    assert np.array_equal(quiz["images"][~fake], session.dataset.x[quiz["rows"][~fake]])
    codes = prior_codes(int(fake.sum()), session.config.latent_size, 4)
    assert same_images(quiz["images"][fake], session.decode(codes))
    assert ((quiz["images"] >= 0) & (quiz["images"] <= 1)).all()


def test_the_pixels_quiz_shows_real_images_in_the_models_grey_levels_beside_images_it_drew():
    session = pixels(levels=4)  # the digits' 17 greys rounded to 4: a real image must not give itself away
    quiz = session.real_or_fake(6, temperature=0.8)
    fake = quiz["fake"]
    real = session.dataset.x[quiz["rows"][~fake]]
    assert not np.array_equal(quiz["images"][~fake], real)
    assert np.array_equal(quiz["images"][~fake], session.tokenizer.quantise(real))
    greys = np.unique(quiz["images"]) * 3
    assert np.allclose(greys, np.round(greys))  # every tile, real or fake, in the same 4 greys
    assert same_images(quiz["images"][fake], session.sampler().sample(int(fake.sum()), 6, temperature=0.8), 0)
    assert not np.array_equal(session.real_or_fake(6, temperature=2.0)["images"][fake], quiz["images"][fake])


@pytest.mark.parametrize("lab", sorted(LABS))
def test_a_quiz_of_the_new_labs_leaves_training_as_it_was(lab):
    after = []
    for asked in (True, False):  # one session after the other: a session seeds torch's global generator too
        session = LABS[lab]()
        session.step()
        if asked:
            session.real_or_fake(1)
        session.step()
        after.append(weights(session))
    assert all(torch.equal(a, b) for a, b in zip(*after, strict=True))


@pytest.mark.parametrize("lab", sorted(LABS))
def test_a_past_step_on_the_timeline_makes_the_fakes_of_that_steps_weights(lab):
    session = LABS[lab]()
    session.timeline.offer(session, math.nan)
    untrained = session.real_or_fake(2)
    for _ in range(5):
        session.timeline.offer(session, session.step())
    with showing_past(session, 0):
        past = session.real_or_fake(2)
    fake = untrained["fake"]
    assert past["step"] == 0 and session.real_or_fake(2)["step"] == 5
    # the timeline keeps weights in half precision: the same fakes, near enough (the Pixels lab's greys exactly)
    assert np.abs(past["images"][fake] - untrained["images"][fake]).mean() < 0.01
    assert np.abs(session.real_or_fake(2)["images"][fake] - untrained["images"][fake]).mean() > 0.01


@pytest.mark.parametrize("make", [diffusion, vae], ids=["diffusion", "vae"])
def test_point_data_has_no_quiz_in_the_diffusion_and_vae_labs(make):
    with pytest.raises(DataError, match="needs a data set of images"):
        make("ring").real_or_fake(0)
