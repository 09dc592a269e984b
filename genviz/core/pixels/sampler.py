"""A trained Pixels model as a sampler: images drawn one pixel at a time, each grey level from the model's guess
given every pixel before it.

The random numbers are fixed by the seed before drawing begins, one per pixel of each image: pixel k of image i is
the level where u[i, k] falls on the cumulative distribution of the model's guess. So the same seed gives the same
images, and while a model trains, the images of one seed change only where its guesses change: a class watches
the same samples improve, as with a GAN's fixed noise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from genviz.core.device import pick_device
from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.modelfile import ModelFile, build_model, load_model
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.tokenizer import UNKNOWN, PixelTokenizer
from genviz.core.sampling import MAX_TEMPERATURE, MIN_TEMPERATURE
from genviz.core.session import config_from_mapping
from genviz.core.text.model import GPT, KVCache, TransformerShape
from genviz.core.translatable import translatable

LAB = "pixels"
CACHE_BUDGET = 2**22  # numbers in one chunk's keys and values (16 MB): 512 digits at once, 40 MNIST images


def transformer_shape(config: PixelsConfig, tokenizer: PixelTokenizer) -> TransformerShape:
    """The GPT's settings: the lab's model settings, and a context of one image's pixels."""
    return _Shape(config.n_layer, config.n_head, config.n_embd, tokenizer.length, config.dropout)


@dataclass(frozen=True)
class _Shape:
    n_layer: int
    n_head: int
    n_embd: int
    block_size: int
    dropout: float


def build_gpt(config: PixelsConfig, tokenizer: PixelTokenizer) -> GPT:
    return GPT(transformer_shape(config, tokenizer), tokenizer.vocab_size)


class PixelsSampler:
    """The model and its tokenizer. `sample` returns what `genviz data` returns: (N, H, W) images in [0, 1]."""

    def __init__(self, model: GPT, tokenizer: PixelTokenizer) -> None:
        self.model = model
        self.tokenizer = tokenizer

    def modules(self) -> dict[str, torch.nn.Module]:
        """Its network, named as the session names it: a checkpoint of the training timeline loads into it."""
        return {"model": self.model}

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @torch.no_grad()
    def next_logits(self, tokens: list[int] | tuple[int, ...]) -> np.ndarray | None:
        """The model's scores (levels,) for the grey level of the pixel after `tokens` (the pixels drawn so far,
        in raster order); None when the image is complete."""
        if len(tokens) >= self.tokenizer.length:
            return None
        x = torch.tensor([[self.tokenizer.start, *tokens]], dtype=torch.long, device=self.device)
        with _evaluating(self.model):
            logits, _ = self.model(x)
        return logits[0, -1, : self.tokenizer.levels].double().cpu().numpy()

    @torch.no_grad()
    def sample(self, n: int, seed: int = 0, on_progress: Callable[[int, int], None] | None = None,
               frames: bool = False, temperature: float = 1.0, **options) -> np.ndarray:
        """(n, H, W) images in [0, 1]. With `frames`, (H * W + 1, n, H, W): the images as they fill in, frame k
        holding the first k pixels in raster order and NaN (UNKNOWN) where a pixel is not drawn yet; frame 0 is
        all NaN, the last the finished images. on_progress(done, total) after each pixel of each chunk."""
        if options:
            raise ConfigError(translatable("A Pixels model draws one pixel at a time, so it takes no {options} option "
                                           "(those are for diffusion models)."), options=", ".join(sorted(options)))
        if n < 1:
            raise ConfigError(translatable("Ask for at least 1 sample, not {n}."), n=n)
        if not MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE:
            raise ConfigError(translatable("The temperature must be from {low:g} to {high:g}, not {value:g}."),
                              low=MIN_TEMPERATURE, high=MAX_TEMPERATURE, value=temperature)
        T = self.tokenizer.length
        u = torch.rand(n, T, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)
        chunk = max(1, CACHE_BUDGET // (2 * T * self.model.token_embedding.embedding_dim * len(self.model.blocks)))
        starts = range(0, n, chunk)
        tokens = torch.empty(n, T, dtype=torch.long)
        with _evaluating(self.model):
            for index, first in enumerate(starts):
                def on_pixel(done: int, before: int = index * T) -> None:
                    if on_progress is not None:
                        on_progress(before + done, len(starts) * T)

                tokens[first : first + chunk] = self._draw(u[first : first + chunk], temperature, on_pixel)
        images = self.tokenizer.decode(tokens.numpy())
        if not frames:
            return images
        # Frame k: the first k pixels of every image drawn, the rest unknown.
        flat = images.reshape(n, T)
        drawn = np.arange(T + 1)[:, None] > np.arange(T)[None, :]  # (T + 1, T): pixel j drawn in frame k
        out = np.where(drawn[:, None, :], flat[None, :, :], np.float32(UNKNOWN))  # (T + 1, n, T)
        return out.reshape(T + 1, n, *self.tokenizer.shape).astype(np.float32)

    def _draw(self, u: torch.Tensor, temperature: float, on_pixel: Callable[[int], None]) -> torch.Tensor:
        """(B, T) tokens, pixel by pixel: each new pixel is fed to the model once, its keys and values cached."""
        B, T = u.shape
        levels = self.tokenizer.levels
        cache = KVCache()
        x = torch.full((B, 1), self.tokenizer.start, dtype=torch.long, device=self.device)
        out = torch.empty(B, T, dtype=torch.long)
        for position in range(T):
            logits, _ = self.model(x, cache=cache)
            probabilities = (logits[:, -1, :levels].double() / temperature).softmax(dim=-1).cpu()  # (B, levels)
            cumulative = probabilities.cumsum(dim=-1)
            # The level whose stretch of [0, 1) holds u; rounding may leave the last sum a hair under 1.
            token = (cumulative < u[:, position : position + 1]).sum(dim=-1).clamp(max=levels - 1)
            out[:, position] = token
            x = token[:, None].to(self.device)
            on_pixel(position + 1)
        return out


@contextmanager
def _evaluating(model: torch.nn.Module) -> Iterator[None]:
    """The model in eval mode for a block (no dropout), back in the mode it was in after."""
    was_training = model.training
    model.eval()
    try:
        yield
    finally:
        model.train(was_training)


def load_sampler(path: str | Path, device: torch.device | None = None) -> PixelsSampler:
    return sampler_from_file(load_model(path, expected_lab=LAB), device)


def tokenizer_from_file(file: ModelFile, config: PixelsConfig) -> PixelTokenizer:
    try:
        height, width = (int(side) for side in file.extras["image_shape"])
    except (KeyError, TypeError, ValueError) as error:
        raise ModelFileError(translatable("{name} does not say the size of its images."), name=file.name) from error
    if not (0 < height <= 64 and 0 < width <= 64):
        raise ModelFileError(translatable("{name} has a damaged image size."), name=file.name)
    return PixelTokenizer(config.levels, (height, width))


def sampler_from_file(file: ModelFile, device: torch.device | None = None) -> PixelsSampler:
    """The model in a checked Pixels model file (see load_model), on `device` (default: the best one here)."""
    config = config_from_mapping(PixelsConfig, file.config)
    tokenizer = tokenizer_from_file(file, config)
    try:
        model = build_model(file, lambda: build_gpt(config, tokenizer))
    except (TypeError, ValueError, OverflowError, RuntimeError) as error:
        raise ModelFileError(translatable("{name} does not match the Pixels model its settings describe."),
                             name=file.name) from error
    return PixelsSampler(model.to(device or pick_device()), tokenizer)
