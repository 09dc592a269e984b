"""Settings of a Diffusion lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass, replace

from genviz.core.diffusion.schedules import SCHEDULES
from genviz.core.errors import ConfigError

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
    schedule: str = "cosine"  # "linear" (Ho et al. 2020) or "cosine" (Nichol & Dhariwal 2021)
    timesteps: int = 200  # T; quality levels off well before 1000, and DDPM sampling costs one pass per step
    width: int | None = None  # None: DEFAULT_WIDTH for the kind of data
    depth: int | None = None  # None: DEFAULT_DEPTH for the kind of data
    learning_rate: float | None = None  # AdamW; None: DEFAULT_LR for the kind of data
    batch_size: int | None = None  # examples per step, each at its own random timestep; None: DEFAULT_BATCH
    ema_decay: float = 0.999  # sampling uses this moving average of the weights: smoother than the raw ones
    min_snr: float | None = None  # Min-SNR-gamma loss weighting (Hang et al. 2023): a step whose signal-to-noise
    #                               ratio is above gamma counts gamma / SNR as much. 0: the plain loss of Ho et al.
    #                               2020; None: DEFAULT_MIN_SNR for the kind of data
    seed: int = 0
    image_size: int = 16  # a folder of images is resized to this many pixels square (built-in sets keep theirs)
    color: bool = False  # keep red, green and blue for a folder of colour images

    def resolved(self, kind: str) -> DiffusionConfig:
        """A copy with every automatic (None) size filled in for 'points' or 'images'."""
        return replace(self, width=self.width or DEFAULT_WIDTH[kind], depth=self.depth or DEFAULT_DEPTH[kind],
                       batch_size=self.batch_size or DEFAULT_BATCH[kind],
                       min_snr=DEFAULT_MIN_SNR[kind] if self.min_snr is None else self.min_snr,
                       learning_rate=self.learning_rate or DEFAULT_LR[kind])

    def validate(self) -> None:
        if self.schedule not in SCHEDULES:
            raise ConfigError(f"Unknown noise schedule '{self.schedule}': choose linear or cosine.")
        limits = {"timesteps": (10, 2000), "width": (8, 512), "depth": (1, 4), "batch_size": (2, 1024),
                  "image_size": (8, 32)}
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if value is not None and not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high}, not {value}.")
        if self.learning_rate is not None and not 0 < self.learning_rate <= 1:
            raise ConfigError(f"The learning rate must be above 0 and at most 1, not {self.learning_rate}.")
        if self.min_snr is not None and not 0 <= self.min_snr <= 100:
            raise ConfigError(f"The Min-SNR weight limit must be between 0 (off) and 100, not {self.min_snr}.")
        if not 0 <= self.ema_decay < 1:
            raise ConfigError(f"The EMA decay must be at least 0 and below 1, not {self.ema_decay}.")
