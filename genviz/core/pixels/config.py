"""Settings of a Pixels lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

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

DIGIT_LEVELS = 17  # the built-in digits are counts of ink from 0 to 16: 17 levels keep them exactly


@dataclass
class PixelsConfig:
    data: str = "digits"  # a built-in image set (digits, mnist, fashion) or a folder of images (read in grey)
    levels: int = setting(
        DIGIT_LEVELS, translatable("Grey levels"), translatable(
            "How many shades of grey a pixel can take: each is one token of the model's vocabulary. The built-in "
            "digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images "
            "are turned grey first."), low=2, high=64, flag="levels")
    n_layer: int = setting(1, translatable("Layers"), translatable("Transformer blocks stacked on top of each other."),
                           low=1, high=12, flag="layers")
    n_head: int = setting(4, translatable("Heads"), translatable(
        "Attention heads per block: each can look back at different pixels (the one to the left, the one above). "
        "The width must divide evenly among them."), low=1, high=16, flag="heads")
    n_embd: int = setting(64, translatable("Width"), translatable(
        "Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns "
        "more, but trains slower."), low=8, high=512, step=16, flag="width")
    batch_size: int = setting(64, translatable("Batch"), translatable(
        "Images per training step; each gives a guess for every one of its pixels."), low=1, high=1024, step=8,
        flag="batch-size")
    learning_rate: float = learning_rate_setting(5e-3, "AdamW")
    seed: int = seed_setting(translatable("the starting weights and of the batches"))
    image_size: int = image_size_setting()
    train_images: int | None = train_images_setting()
    dropout: float = 0.0  # the GPT's, off: a small model on thousands of images does not over-fit in minutes

    def validate(self) -> None:
        check_settings(self)
        if self.n_embd % self.n_head:
            raise ConfigError(translatable("The width ({width}) must be a multiple of the heads ({heads})."),
                              width=self.n_embd, heads=self.n_head)
