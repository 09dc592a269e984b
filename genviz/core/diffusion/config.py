"""Settings of a Diffusion lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass, replace

from genviz.core.settings import (
    AUTO,
    check_settings,
    image_size_setting,
    learning_rate_setting,
    seed_setting,
    setting,
    train_images_setting,
)
from genviz.core.translatable import translatable

# Network sizes that learn each kind of data in a classroom minute on a laptop CPU.
DEFAULT_WIDTH = {"points": 64, "images": 16}  # MLP hidden units / the U-Net's first-level channels
DEFAULT_DEPTH = {"points": 3, "images": 2}  # MLP hidden layers / U-Net halvings of the image
DEFAULT_BATCH = {"points": 512, "images": 64}  # a 2-D point is cheap: big batches make every step count more
DEFAULT_LR = {"points": 5e-3, "images": 2e-3}
# Min-SNR weighting: after the same 100 s of training, the digit judge recognised samples 0.93 as often as real digits
# with gamma 1 or 2, 0.90 with 5, 0.88 with 10 and 0.81 without. It slows the 2-D mixtures, whose sharp modes are
# learnt at low noise: exactly the steps it weights down.
DEFAULT_MIN_SNR = {"points": 0.0, "images": 2.0}


@dataclass
class DiffusionConfig:
    data: str = "digits"  # an image set (digits, ...), a 2-D set (ring, grid, ...) or a folder of images. Digits: the
    #                       noise-to-image frames are what the lab is for, and 8 x 8 digits learn in a minute
    train_images: int | None = train_images_setting()  # a seeded subset; for a 2-D set, this many points
    schedule: str = setting(
        "cosine", translatable("Schedule"), translatable(
            "The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys "
            "most of the signal early; cosine (Nichol & Dhariwal 2021) fades it more evenly, so more steps carry "
            "useful information."), choices=(("cosine", translatable("cosine")), ("linear", translatable("linear"))),
        flag="schedule")
    timesteps: int = setting(  # quality levels off well before 1000, and DDPM sampling costs one pass per step
        200, translatable("Steps T"), translatable(
            "T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; "
            "DDIM can skip."), low=10, high=2000, step=50, flag="timesteps")
    width: int | None = setting(
        None, translatable("Width"), translatable(
            "Network width: hidden units of the 2-D MLP, or channels of the U-Net's first level. 'auto' picks "
            "{points} for 2-D data and {images} for images."), DEFAULT_WIDTH, low=8, high=512, step=8,
        none=AUTO, kind=int, flag="width")
    depth: int | None = setting(
        None, translatable("Depth"), translatable(
            "Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. 'auto' picks "
            "{points} for 2-D data and {images} for images."), DEFAULT_DEPTH, low=1, high=4, none=AUTO,
        kind=int, flag="depth")
    batch_size: int | None = setting(
        None, translatable("Batch"), translatable(
            "Examples per training step, each noised to its own random t. 'auto' picks {points} for 2-D data and "
            "{images} for images."), DEFAULT_BATCH, low=2, high=1024, step=32, none=AUTO, kind=int,
        flag="batch-size")
    # `more` is translated whole, so it cannot hold DEFAULT_LR's numbers: "Built with" shows the rate picked
    learning_rate: float | None = learning_rate_setting(None, "AdamW", translatable(
        " 'auto' picks a larger rate for 2-D data than for images."), none=AUTO)
    ema_decay: float = setting(
        0.999, translatable("EMA decay"), translatable(
            "Samples come from a moving average of the weights (EMA): after each step it moves this little towards "
            "the new weights (1 - decay). It smooths out the jitter of single steps."),
        low=0.0, high=0.9999, step=0.001, flag="ema")
    min_snr: float | None = setting(
        None, translatable("Min-SNR weight"), translatable(
            "Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the "
            "data and its large, jumpy errors steer training; each timestep's loss is scaled by min(SNR, gamma) / "
            "SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It "
            "helps images, but 2-D mixtures learn their sharp modes at low noise. 'auto' picks {points} for 2-D "
            "data and {images} for images."), DEFAULT_MIN_SNR,
        low=0.0, high=100.0, step=1.0, decimals=1, none=AUTO, kind=float, flag="min-snr")
    seed: int = seed_setting(translatable("the starting weights, the batches and their noise"))
    image_size: int = image_size_setting()
    color: bool = setting(False, translatable("Keep colours"), translatable(
        "Train a folder of images in colour (three channels) instead of grey."), flag="color")

    def resolved(self, kind: str) -> DiffusionConfig:
        """A copy with every automatic (None) size filled in for 'points' or 'images'."""
        return replace(self, width=self.width or DEFAULT_WIDTH[kind], depth=self.depth or DEFAULT_DEPTH[kind],
                       batch_size=self.batch_size or DEFAULT_BATCH[kind],
                       min_snr=DEFAULT_MIN_SNR[kind] if self.min_snr is None else self.min_snr,
                       learning_rate=self.learning_rate or DEFAULT_LR[kind])

    def validate(self) -> None:
        check_settings(self)
