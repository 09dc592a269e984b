"""An image as a sentence of pixels: each pixel's grey level is one token, read row by row (raster order).

Torch-free, so the GUI turns tokens back into pictures itself. Images are grey, values in [0, 1]; with L levels a
value v becomes the token round(v * (L - 1)) and a token t the value t / (L - 1). The built-in digits hold
multiples of 1/16, so with 17 levels they go to tokens and back exactly.

Every sentence starts with one extra token, START (= L), that is never a pixel: the model's guess after START is
its guess for the first pixel, so every pixel, the first too, is predicted from what comes before it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from genviz.core.errors import DataError
from genviz.core.translatable import translatable

UNKNOWN = np.nan  # a pixel not drawn yet, in the frames of a generation


@dataclass(frozen=True)
class PixelTokenizer:
    levels: int  # grey levels, tokens 0 .. levels - 1
    shape: tuple[int, int]  # (H, W) of every image

    @property
    def start(self) -> int:
        """The token that begins every sentence: the model's guess after it is the first pixel's."""
        return self.levels

    @property
    def vocab_size(self) -> int:
        return self.levels + 1

    @property
    def length(self) -> int:
        """Pixels per image: tokens per sentence, START aside."""
        return self.shape[0] * self.shape[1]

    def quantise(self, images: np.ndarray) -> np.ndarray:
        """(N, H, W) values in [0, 1] -> the same values rounded to the nearest of the levels."""
        return self.decode(self.encode(images))

    def encode(self, images: np.ndarray) -> np.ndarray:
        """(N, H, W) values in [0, 1] -> (N, H * W) int64 tokens, row by row. Colour images (N, H, W, 3) are
        made grey first (the mean of the channels)."""
        images = np.asarray(images, dtype=np.float64)
        if images.ndim == 4 and images.shape[-1] == 3:
            images = images.mean(axis=-1)
        if images.ndim != 3 or images.shape[1:] != self.shape:
            raise DataError(translatable("The Pixels lab reads images of {height} × {width} pixels; these are shaped "
                                         "{shape}."), height=self.shape[0], width=self.shape[1],
                            shape=images.shape[1:])
        levels = np.rint(np.clip(images, 0.0, 1.0) * (self.levels - 1))
        return levels.astype(np.int64).reshape(len(images), -1)

    def decode(self, tokens: np.ndarray) -> np.ndarray:
        """(N, H * W) tokens -> (N, H, W) float32 values in [0, 1]."""
        tokens = np.asarray(tokens)
        return (tokens.reshape(len(tokens), *self.shape) / (self.levels - 1)).astype(np.float32)

    def partial(self, tokens: np.ndarray | list[int]) -> np.ndarray:
        """One image's first tokens (fewer than H * W) -> (H, W) float32, UNKNOWN where no pixel is drawn yet."""
        tokens = np.asarray(tokens, dtype=np.float64)
        picture = np.full(self.length, UNKNOWN, dtype=np.float32)
        picture[: len(tokens)] = tokens / (self.levels - 1)
        return picture.reshape(self.shape)

    def grey(self, token: int) -> float:
        """The value in [0, 1] of a level."""
        return token / (self.levels - 1)
