"""The Text lab's training session: a tiny GPT learning a corpus, one AdamW step at a time."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import torch
from torch.nn import functional as F

from genviz.core.data.corpora import load_corpus
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.errors import DataError
from genviz.core.session import Session
from genviz.core.text.config import TextConfig
from genviz.core.text.model import GPT
from genviz.core.text.predictor import TextPredictor
from genviz.core.text.tokenizers import CharTokenizer, WordTokenizer

VALIDATION_SHARE = 0.1  # the end of the corpus is held out to show over-fitting
VALIDATION_EVERY = 25  # steps between validation-loss measurements
VALIDATION_BATCHES = 4


class TextSession(Session):
    lab = "text"

    def __init__(self, config: TextConfig, text: str | None = None, device: torch.device | None = None) -> None:
        super().__init__(config)
        config.validate()
        text = load_corpus(config.corpus) if text is None else text
        tokenizer_class = WordTokenizer if config.tokenizer == "word" else CharTokenizer
        tokenizer = tokenizer_class.build(text)
        data = torch.tensor(tokenizer.encode(text), dtype=torch.long)
        split = int(len(data) * (1 - VALIDATION_SHARE))
        if split <= config.block_size + 1 or len(data) - split <= config.block_size + 1:
            raise DataError(
                f"The corpus has only {len(data)} tokens: a context length of {config.block_size} needs "
                f"at least {10 * (config.block_size + 2)}; use a longer text or a shorter context."
            )
        self._train_data, self._val_data = data[:split], data[split:]
        self._generator = torch.Generator().manual_seed(config.seed)
        torch.manual_seed(config.seed)
        self._device = device or pick_device()
        model = GPT(config, tokenizer.vocab_size).to(self._device)
        self.predictor = TextPredictor(model, tokenizer, config, self._device)
        self._tokenizer_dict = tokenizer.to_dict()
        self._optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate,
                                            betas=(0.9, 0.99), weight_decay=0.01, **FOREACH)
        self._val_batches = [self._batch(self._val_data) for _ in range(VALIDATION_BATCHES)]

    @property
    def model(self) -> GPT:
        return self.predictor.model

    @property
    def device_name(self) -> str:
        return describe(self._device)

    def _batch(self, data: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        T = self.config.block_size
        starts = torch.randint(len(data) - T - 1, (self.config.batch_size, 1), generator=self._generator)
        windows = data[starts + torch.arange(T + 1)]  # (B, T + 1)
        x, y = windows[:, :-1], windows[:, 1:]  # y is x shifted by one: each position predicts the next token
        return x.to(self._device), y.to(self._device)

    def _loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        logits, _ = self.model(x)
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))

    def step(self) -> float:
        x, y = self._batch(self._train_data)
        loss = self._loss(x, y)
        self._optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self._optimizer.step()
        self.step_count += 1
        value = loss.item()
        self.history.add("train", self.step_count, value)
        if self.step_count % VALIDATION_EVERY == 0 or self.step_count == 1:
            self.history.add("validation", self.step_count, self.validation_loss())
        return value

    @torch.no_grad()
    def validation_loss(self) -> float:
        self.model.eval()
        try:
            losses = [self._loss(x, y).item() for x, y in self._val_batches]
        finally:
            self.model.train()
        return sum(losses) / len(losses)

    def probability_of(self, prompt: str, token: str) -> float:
        """P(token | prompt) under the current model: the figure the capitals demo is judged by."""
        tokenizer = self.predictor.tokenizer
        prediction = self.predictor.predict(tokenizer.encode(prompt))
        target = tokenizer.encode(token)
        if prediction is None or len(target) != 1:
            raise DataError(f"'{token}' is not a single token of this model's vocabulary.")
        logits = torch.from_numpy(prediction.logits)
        return float(logits.softmax(dim=0)[target[0]])

    def answer(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        """What the model says after the prompt and the tokens generated so far."""
        ids = self.predictor.tokenizer.encode(probe.get("prompt", "")) + list(probe.get("generated", ()))
        return {"prediction": self.predictor.predict(ids)}

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "step": self.step_count,
            "loss": self.history.last("train"),
            "history": self.history.arrays(),
            "tokenizer": self._tokenizer_dict,
            "parameters": self.model.num_parameters(),
            **self.answer(probe),
        }

    def save(self, path: str | Path) -> None:
        self.predictor.save(path, {"step": self.step_count})
