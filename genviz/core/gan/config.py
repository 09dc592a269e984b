"""Settings of a GAN lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass, replace

from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS
from genviz.core.settings import check_settings, image_size_setting, seed_setting, setting, train_images_setting
from genviz.core.translatable import translatable

DRAWN = "drawn"  # the data name of points the user drew on the canvas


def _rate(label: str, flag: str, tip: str) -> object:
    return setting(2e-3, label, tip, low=0.0, high=1.0, low_open=True, step=0.0001, decimals=5, flag=flag)


@dataclass
class GanConfig:
    data: str = "ring"  # a 2-D set, an image set, "drawn", or a folder of images
    train_images: int | None = train_images_setting()  # a seeded subset; for a 2-D set, this many points
    noise_dim: int = setting(  # 2 lets the lab draw how G warps the noise plane
        2, translatable("Noise size"), translatable(
            "Numbers in each noise vector z, the generator's only input. With 2 the lab can draw how G bends the "
            "noise plane (the warped grid)."), low=1, high=256, flag="noise-dim")
    depth: int = setting(2, translatable("Layers"), translatable(
        "Hidden layers in each network. Deeper can draw sharper shapes but trains slower."), low=1, high=8,
        flag="depth")
    width: int = setting(64, translatable("Width"), translatable("Units per hidden layer: the networks' capacity."),
                         low=4, high=2048, step=8, flag="width")
    lr_g: float = _rate(translatable("G learning rate"), "lr-g", translatable(
        "Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; "
        "too low and they crawl."))
    lr_d: float = _rate(translatable("D learning rate"), "lr-d", translatable(
        "Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G "
        "anything."))
    optimizer: str = setting(  # Adam with beta1 = 0.5, as in DCGAN; SGD with momentum 0.9
        "adam", translatable("Optimizer"), translatable(
            "How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for "
            "GANs; plain SGD oscillates more."),
        choices=(("adam", translatable("Adam")), ("sgd", translatable("SGD with momentum"))), flag="optimizer")
    d_steps: int = setting(
        1, translatable("D steps per G step"), translatable(
            "Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a "
            "perfect one leaves G without a useful gradient."), low=1, high=20, flag="d-steps")
    d_dropout: float = setting(
        0.0, translatable("D dropout"), translatable(
            "Share of D's units switched off at random in each update. On a small image set it stops D from "
            "memorising the real images, which would make G give up on whole classes."), low=0.0, high=0.9,
        step=0.1, decimals=2, flag="d-dropout")
    batch_size: int = setting(  # big batches keep both players' gradients steady
        256, translatable("Batch"), translatable("Real and fake samples in each update."), low=2, high=4096, step=16,
        flag="batch-size")
    loss: str = setting(
        "non-saturating", translatable("Loss"), translatable(
            "The game's rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes "
            "are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is "
            "right."), choices=(
            ("non-saturating", translatable("non-saturating"),
             translatable("G minimises −log D(G(z)): strong gradients even when D wins.")),
            ("minimax", translatable("minimax"),
             translatable("G minimises log(1 − D(G(z))), the original game: flat when D is sure.")),
            ("least-squares", translatable("least squares"),
             translatable("D regresses real → 1, fake → 0; G pulls its fakes towards 1."))),
        flag="loss")
    seed: int = seed_setting(translatable("the starting weights, the noise and the batches"), flag="")
    image_size: int = image_size_setting(flag="")  # the command line has its own, for every image command
    color: bool = False  # keep a folder's images in colour
    mnist_folder: str = ""  # where the MNIST / Fashion-MNIST IDX files are; "" = the download cache

    @property
    def is_points(self) -> bool:
        return self.data in POINT_SETS or self.data == DRAWN

    def validate(self) -> None:
        check_settings(self)


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
