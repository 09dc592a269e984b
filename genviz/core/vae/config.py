"""Settings of a VAE lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass

from genviz.core.errors import ConfigError

NETWORKS = ("mlp", "conv")
DEFAULT_WIDTHS = {"mlp": 128, "conv": 32}  # the MLP width learns the digits best in a minute on a CPU
BETA_RANGE = (0.0, 10.0)
PRIOR_SAMPLES = {"images": 20, "points": 100}  # the lab's samples from the prior: few enough to read


@dataclass
class VaeConfig:
    data: str = "digits"  # a built-in data set (digits, mnist, fashion, ring, moons, ...) or a folder of images
    latent_size: int = 2  # 2 draws the latent space as it is; larger sizes are drawn through a PCA projection
    network: str = "mlp"  # "mlp" (fully connected, fastest on a CPU) or "conv" (images only)
    width: int = DEFAULT_WIDTHS["mlp"]  # hidden units of the MLP, or channels of the first conv layer (doubled next)
    beta: float = 1.0  # weight of the KL term; 1 is the true evidence lower bound, and it can change mid-run
    learning_rate: float = 3e-3  # Adam; high because the model is small and the demo is short
    batch_size: int = 128  # examples per optimizer step
    seed: int = 0
    image_size: int = 16  # a folder of images is resized to this square; built-in sets keep theirs (digits 8x8)

    def validate(self) -> None:
        if self.network not in NETWORKS:
            raise ConfigError(f"Unknown network '{self.network}': choose mlp or conv.")
        limits = {"latent_size": (2, 64), "width": (8, 1024), "batch_size": (1, 4096), "image_size": (8, 32)}
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high}, not {value}.")
        if self.network == "conv" and self.image_size % 4:
            raise ConfigError(f"The conv network halves the image twice, so the image size must be a multiple "
                              f"of 4, not {self.image_size}.")
        check_beta(self.beta)
        if not 0 < self.learning_rate <= 1:
            raise ConfigError(f"The learning rate must be above 0 and at most 1, not {self.learning_rate}.")


def check_beta(beta: float) -> None:
    low, high = BETA_RANGE
    if not low <= beta <= high:
        raise ConfigError(f"beta must be between {low:g} and {high:g}, not {beta}.")
