"""The Pixels lab's training session: the Text lab's GPT learning images as sentences of pixels.

Each training image is a sentence of H * W grey-level tokens after a START token (genviz/core/pixels/tokenizer.py);
the model learns to guess every pixel from the pixels before it in raster order, with the same cross-entropy as the
Text lab's next token. Besides the loss, a snapshot carries a grid of samples from a fixed seed, drawn again every
second or so while training, the model's guess for the next pixel of the picture the student is drawing, and
the first halves of a few real images for that picture to start from.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.nn import functional as F

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.errors import DataError
from genviz.core.modelfile import build_model, load_model, num_parameters, save_model, saved_count
from genviz.core.pixels.config import PixelsConfig
from genviz.core.pixels.sampler import LAB, PixelsSampler, build_gpt, tokenizer_from_file
from genviz.core.pixels.tokenizer import PixelTokenizer
from genviz.core.real_or_fake import quiz_round
from genviz.core.session import LivePicture, Session
from genviz.core.tracking import DIGIT_SETS, TRACKED_SAMPLES, TRACKED_SEED, Tracking, looks_like_digits
from genviz.core.translatable import Sentence, translatable

SAMPLES = 24  # the grid of samples the class watches improve: four rows of six
SAMPLE_SEED = 0
HALVES = 10  # real images whose first half the drawing can start from: the model draws the rest
SAMPLES_EVERY_S = 1.0  # while training, the grid is drawn again this often for 8x8 digits; larger images less often
WEIGHT_DECAY = 0.01
MAX_GRAD_NORM = 1.0


class PixelsSession(Session):
    lab = LAB
    requests = frozenset({"save", "refresh_samples", "real_or_fake"})

    def __init__(self, config: PixelsConfig, dataset: Dataset | None = None, device: torch.device | None = None,
                 model_file: str | Path | None = None) -> None:
        """`model_file`: go on from a saved model's weights and step (File > Open model); `config` is then the
        file's settings."""
        super().__init__(config)
        config.validate()
        if dataset is None:
            dataset = load_dataset(config.data, n=config.train_images, seed=config.seed, image_size=config.image_size)
        if dataset.kind != "images":
            raise DataError(translatable("The Pixels lab draws images, and {name} is a set of 2-D points: choose the "
                                         "digits, MNIST, Fashion-MNIST or a folder of images."), name=dataset.name)
        if len(dataset.x) < 2:
            raise DataError(translatable("The data set {name} has fewer than two images: the Pixels lab needs more."),
                            name=dataset.name)
        self.dataset = dataset
        self.tokenizer = PixelTokenizer(config.levels, tuple(dataset.x.shape[1:3]))
        self._device = device or pick_device()
        torch.manual_seed(config.seed)
        model = build_gpt(config, self.tokenizer) if model_file is None else self._load(model_file)
        self.model = model.to(self._device)
        tokens = torch.from_numpy(self.tokenizer.encode(dataset.x))  # (N, T)
        start = torch.full((len(tokens), 1), self.tokenizer.start, dtype=torch.long)
        self._sentences = torch.cat([start, tokens], dim=1).to(self._device)  # (N, T + 1)
        self._generator = torch.Generator().manual_seed(config.seed)
        rows = np.random.default_rng(config.seed).choice(len(dataset.x), min(HALVES, len(dataset.x)), replace=False)
        height, width = self.tokenizer.shape  # half the rows and half the next: the next pixel is mid-picture
        self.halves = np.ascontiguousarray(tokens.numpy()[rows, : (height // 2) * width + width // 2])
        # Drawing the grid costs one pass per pixel: an image four times larger waits four times longer.
        self._samples = LivePicture(SAMPLES_EVERY_S * max(1.0, self.tokenizer.length / 64))

    def _load(self, path: str | Path):
        file = load_model(path, expected_lab=self.lab)
        if tokenizer_from_file(file, self.config) != self.tokenizer:
            height, width = self.tokenizer.shape
            raise DataError(translatable("{name} draws images of another size than the {height} × {width} images of "
                                         "{data}."), name=file.name, height=height, width=width,
                            data=self.dataset.name)
        model = build_model(file, lambda: build_gpt(self.config, self.tokenizer))
        self.step_count = saved_count(file, "step")
        self.restore(file)
        return model

    @property
    def device_name(self) -> Sentence:
        return describe(self._device)

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """Over the timeline, on the digits: the share of drawn samples that look like digits."""
        if self.dataset.name not in DIGIT_SETS:
            return None
        return looks_like_digits(lambda: self.sampler().sample(TRACKED_SAMPLES, TRACKED_SEED))

    def sampler(self) -> PixelsSampler:
        """The live model as a sampler (the Compare lab samples every family's session alike)."""
        return PixelsSampler(self.model, self.tokenizer)

    # Training
    @functools.cached_property
    def _optimizer(self) -> torch.optim.Optimizer:
        # Built at the first step: building one imports torch's compiler (about 2 s), which a model only
        # shown (a lesson's first step) never needs.
            return torch.optim.AdamW(self.model.parameters(), lr=self.config.learning_rate, betas=(0.9, 0.99),
                                     weight_decay=WEIGHT_DECAY, **FOREACH)

    def step(self) -> float:
        index = torch.randint(len(self._sentences), (self.config.batch_size,), generator=self._generator)
        batch = self._sentences[index.to(self._device)]  # (B, T + 1)
        x, y = batch[:, :-1], batch[:, 1:]  # each position guesses the next pixel: START guesses the first
        logits, _ = self.model(x)  # (B, T, levels + 1)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
        self._optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), MAX_GRAD_NORM)
        self._optimizer.step()
        self.step_count += 1
        value = loss.item()
        self.history.add("train", self.step_count, value)
        return value

    # Pictures
    def refresh_samples(self) -> None:
        """Draw the grid again with the weights as they are now (the view asks when training paused between two
        grids)."""
        self._samples.refresh()

    def _draw_samples(self) -> dict[str, Any]:
        images = self.sampler().sample(SAMPLES, SAMPLE_SEED)
        return {"step": self.step_count, "images": images}

    def real_or_fake(self, seed: int, temperature: float = 1.0) -> dict[str, Any]:
        """The "Real or fake?" quiz: real training images, rounded to the model's grey levels (the only greys it
        can draw), and images drawn pixel by pixel from random numbers seeded with `seed` at `temperature` (see
        quiz_round); "step", the step of the weights used (the timeline's, when it shows a past step). The
        random numbers have their own generator, so a quiz never changes training."""
        quiz = quiz_round(self.dataset.x, lambda count: self.sampler().sample(count, seed, temperature=temperature),
                          seed, as_model_sees=self.tokenizer.quantise)
        quiz["step"] = self.step_count
        return quiz

    def answer(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        """The model's scores for the grey level of the next pixel of the picture being drawn (probe["pixels"],
        its levels so far in raster order); None when it is complete or is not a picture of this model."""
        pixels = tuple(probe.get("pixels", ()))
        fits = len(pixels) < self.tokenizer.length and all(
            type(p) is int and 0 <= p < self.tokenizer.levels for p in pixels)
        return {"prediction": self.sampler().next_logits(pixels) if fits else None}

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "step": self.step_count,
            "loss": self.history.last("train"),
            "history": self.history.arrays(),
            "parameters": num_parameters(self.model),
            "levels": self.tokenizer.levels,
            "image_shape": self.tokenizer.shape,
            "uniform_loss": math.log(self.tokenizer.levels),
            "notes": self.dataset.notes,
            "halves": self.halves,
            "samples": self._samples.get(self.step_count, self.training, self._draw_samples),
            **self.answer(probe),
        }

    def write_model(self, path: str | Path) -> None:
        save_model(path, self.lab, dataclasses.asdict(self.config), self.model.state_dict(), {
            "step": self.step_count,
            "image_shape": list(self.tokenizer.shape),
            "data": self.dataset.name,
        })

