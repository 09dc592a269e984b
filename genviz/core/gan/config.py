"""Settings of a GAN lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass, replace

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.data.images import MAX_IMAGE_SIZE, MIN_IMAGE_SIZE
from genviz.core.errors import ConfigError

OPTIMIZERS = ("adam", "sgd")
LOSSES = ("minimax", "non-saturating", "least-squares")
DRAWN = "drawn"  # the data name of points the user drew on the canvas


@dataclass
class GanConfig:
    data: str = "ring"  # a 2-D set, an image set, "drawn", or a folder of images
    noise_dim: int = 2  # numbers in each noise vector z; 2 lets the lab draw how G warps the noise plane
    depth: int = 2  # hidden layers in G and in D
    width: int = 64  # units per hidden layer
    lr_g: float = 2e-3  # generator learning rate
    lr_d: float = 2e-3  # discriminator learning rate
    optimizer: str = "adam"  # "adam" (beta1 = 0.5, as in DCGAN) or "sgd" (with momentum 0.9)
    d_steps: int = 1  # discriminator updates before each generator update
    d_dropout: float = 0.0  # dropout in D's hidden layers: keeps D from memorising a small image set
    batch_size: int = 256  # real and fake samples per update: big batches keep both players' gradients steady
    loss: str = "non-saturating"  # "minimax", "non-saturating" or "least-squares"
    seed: int = 0
    image_size: int = 16  # a folder's images are resized to this (built-in image sets keep their size)
    color: bool = False  # keep a folder's images in colour
    mnist_folder: str = ""  # where the MNIST / Fashion-MNIST IDX files are; "" = the download cache

    @property
    def is_points(self) -> bool:
        return self.data in POINT_SETS or self.data == DRAWN

    def validate(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ConfigError(f"Unknown optimizer '{self.optimizer}': choose {' or '.join(OPTIMIZERS)}.")
        if self.loss not in LOSSES:
            raise ConfigError(f"Unknown loss '{self.loss}': choose one of {', '.join(LOSSES)}.")
        limits = {"noise_dim": (1, 256), "depth": (1, 8), "width": (4, 2048), "d_steps": (1, 20),
                  "batch_size": (2, 4096), "image_size": (MIN_IMAGE_SIZE, MAX_IMAGE_SIZE)}
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high}, not {value}.")
        if not 0 <= self.d_dropout < 1:
            raise ConfigError(f"d_dropout (a share of units) must be at least 0 and below 1, not {self.d_dropout}.")
        for name in ("lr_g", "lr_d"):
            if not 0 < getattr(self, name) <= 1:
                raise ConfigError(f"{name} (a learning rate) must be above 0 and at most 1, not {getattr(self, name)}.")


def default_config(data: str = "ring", **changes) -> GanConfig:
    """Good starting settings for a data set: a small MLP pair for points, a wider one for images."""
    config = GanConfig(data=data)
    if data not in POINT_SETS and data != DRAWN:
        # Dropout in D, as in the original GAN's digit experiments: without it D memorises the 1,797 digits during
        # a long run and G drops the digits D is surest about (10 classes became 7 in 13,000 steps, seed 1).
        config = replace(config, noise_dim=32, depth=2, width=256, lr_g=1e-3, lr_d=1e-3, batch_size=64, d_dropout=0.3)
    return replace(config, **changes)


def is_image_set(data: str) -> bool:
    """True for a built-in image set or a folder (anything that is not a 2-D set)."""
    return data in IMAGE_SETS or (data not in POINT_SETS and data != DRAWN)
