"""A trained GPT with its tokenizer: next-token logits and attention for any context."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

import torch

from genviz.core.device import pick_device
from genviz.core.errors import DataError, ModelFileError
from genviz.core.modelfile import ModelFile, build_model, load_model, save_model
from genviz.core.session import config_from_mapping
from genviz.core.text.config import TextConfig
from genviz.core.text.generation import Prediction, SamplingSettings, choose_next
from genviz.core.text.model import GPT
from genviz.core.text.tokenizers import Tokenizer, tokenizer_from_dict
from genviz.core.translatable import translatable


class TextPredictor:
    def __init__(self, model: GPT, tokenizer: Tokenizer, config: TextConfig, device: torch.device) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.config = config
        self.device = device
        self._last: tuple[tuple, Prediction] | None = None  # (context and weights, what they said)

    def modules(self) -> dict[str, torch.nn.Module]:
        """Its network, named as the session names it: a checkpoint of the training timeline loads into it."""
        return {"model": self.model}

    @torch.no_grad()
    def predict(self, ids: Sequence[int]) -> Prediction | None:
        """None for an empty context: there is nothing to continue."""
        if not ids:
            return None
        context = list(ids)[-self.model.block_size:]
        # A snapshot asks twice with the same context and weights (what the timeline tracks, then the bars): the
        # second gets the first's answer. Each change of a weight (a step, a timeline checkpoint) bumps its version.
        key = (tuple(context), tuple((id(p), p._version) for p in self.model.parameters()))
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        was_training = self.model.training
        self.model.eval()
        try:
            x = torch.tensor([context], dtype=torch.long, device=self.device)
            logits, attention = self.model(x, capture_attention=True)
        finally:
            self.model.train(was_training)
        prediction = Prediction(
            context=context,
            logits=logits[0, -1].double().cpu().numpy(),
            attention=torch.stack([a[0] for a in attention]).float().cpu().numpy(),
        )
        self._last = key, prediction
        return prediction

    def generate(self, prompt: str, tokens: int, settings: SamplingSettings, seed: int,
                 on_token: Callable[[int, int], None] | None = None) -> list[int]:
        """Token ids drawn one at a time after `prompt`, as the GUI's Next token button draws them;
        on_token(done, tokens) after each."""
        ids = self.tokenizer.encode(prompt)
        if not ids:
            return []
        generated: list[int] = []
        for position in range(tokens):
            prediction = self.predict(ids + generated)
            generated.append(choose_next(prediction.logits, settings, seed, position).token)
            if on_token is not None:
                on_token(position + 1, tokens)
        return generated

    def save(self, path: str | Path, extras: dict | None = None) -> None:
        save_model(path, "text", dataclasses.asdict(self.config), self.model.state_dict(),
                   {"tokenizer": self.tokenizer.to_dict(), **(extras or {})})

    @classmethod
    def load(cls, path: str | Path, device: torch.device | None = None) -> TextPredictor:
        return cls.from_file(load_model(path, expected_lab="text"), device)

    @classmethod
    def from_file(cls, file: ModelFile, device: torch.device | None = None) -> TextPredictor:
        """The predictor in a checked model file (see load_model), on `device` (default: the best one here)."""
        config = config_from_mapping(TextConfig, file.config)
        try:
            tokenizer = tokenizer_from_dict(file.extras.get("tokenizer"))
        except (DataError, TypeError, ValueError) as error:
            raise ModelFileError(translatable("{name} holds a damaged tokenizer."), name=file.name) from error
        model = build_model(file, lambda: GPT(config, tokenizer.vocab_size))
        device = device or pick_device()
        return cls(model.to(device), tokenizer, config, device)
