"""Settings of a VAE lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from genviz.core.errors import ConfigError
from genviz.core.settings import (
    check_settings,
    image_size_setting,
    learning_rate_setting,
    seed_setting,
    setting,
    train_images_setting,
)
from genviz.core.translatable import translatable

DEFAULT_WIDTHS = {"mlp": 128, "conv": 32}  # the MLP width learns the digits best in a minute on a CPU
PRIOR_SAMPLES = {"images": 20, "points": 100}  # the lab's samples from the prior: few enough to read


@dataclass
class VaeConfig:
    data: str = "digits"  # a built-in data set (digits, mnist, fashion, ring, moons, ...) or a folder of images
    train_images: int | None = train_images_setting()  # a seeded subset; for a 2-D set, this many points
    latent_size: int = setting(
        2, translatable("Latent size"), translatable(
            "How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent "
            "space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs "
            "better."), low=2, high=64, flag="latent")
    network: str = setting(
        "mlp", translatable("Network"), translatable(
            "Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small "
            "patches and suit larger images."),
        choices=(("mlp", translatable("fully connected (MLP)")), ("conv", translatable("convolutional (images)"))),
        flag="network")
    width: int = setting(
        DEFAULT_WIDTHS["mlp"], translatable("Width"), translatable(
            "Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits "
            "more detail but trains slower."), low=8, high=1024, step=8)
    beta: float = setting(
        1.0, translatable("β (KL weight)"), translatable(
            "The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the "
            "prior, and it can change while the model trains."), low=0.0, high=10.0, step=0.1, flag="beta")
    learning_rate: float = learning_rate_setting(3e-3, "Adam")
    batch_size: int = setting(128, translatable("Batch"), translatable("Examples per training step."), low=1,
                              high=4096, step=8, flag="batch-size")
    seed: int = seed_setting(translatable(
        "the starting weights, the batches and the noise of the reparameterisation"))
    image_size: int = image_size_setting()

    def validate(self) -> None:
        check_settings(self)
        if self.network == "conv" and self.image_size % 4:
            raise ConfigError(translatable("The conv network halves the image twice, so the image size must be a "
                                           "multiple of 4, not {size}."), size=self.image_size)


def check_beta(beta: float) -> None:
    check_settings(dataclasses.replace(VaeConfig(), beta=beta))


