"""The Text lab's training session: a tiny GPT learning a corpus, one AdamW step at a time."""

from __future__ import annotations

import functools
import math
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import torch
from torch.nn import functional as F

from genviz.core.data.corpora import BUILTIN_CORPORA, load_corpus
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.errors import DataError
from genviz.core.modelfile import load_model, num_parameters, saved_count
from genviz.core.session import Session
from genviz.core.text.config import DEFAULT_PROMPT, TextConfig
from genviz.core.text.model import GPT
from genviz.core.text.predictor import TextPredictor
from genviz.core.text.tokenizers import CharTokenizer, WordTokenizer
from genviz.core.tracking import Tracking
from genviz.core.translatable import Sentence, translatable

VALIDATION_SHARE = 0.1  # the end of the corpus is held out to show over-fitting
VALIDATION_EVERY = 25  # steps between validation-loss measurements
VALIDATION_BATCHES = 4
RECENT_STEPS = 20  # training losses averaged to judge whether the loss has risen
DIVERGED_FACTOR = 1.5  # a recent loss this many times the first one: the steps overshoot, training diverged
COLLAPSED_SHARE = 0.9  # one token is the favourite at this share of the held-out positions, ...
COLLAPSED_CONFIDENCE = 0.9  # ... with this probability on average: the model says one word whatever the text


def _tokens(text: str, kind: str) -> tuple[WordTokenizer | CharTokenizer, torch.Tensor]:
    """A tokenizer built from `text` ("word" or "char") and the text's token ids."""
    tokenizer = (WordTokenizer if kind == "word" else CharTokenizer).build(text)
    return tokenizer, torch.tensor(tokenizer.encode(text), dtype=torch.long)


@functools.lru_cache(maxsize=2)
def _builtin_tokens(corpus: str, kind: str) -> tuple[WordTokenizer | CharTokenizer, torch.Tensor]:
    """The same for a built-in corpus, kept: the 2 MB capitals text takes half a second to make and cut, and
    every Reset would wait for it. Sessions only read both."""
    return _tokens(load_corpus(corpus), kind)


class TextSession(Session):
    lab = "text"

    def __init__(self, config: TextConfig, model_file: str | Path | None = None, text: str | None = None,
                 device: torch.device | None = None) -> None:
        """`model_file`: go on from a saved model (File > Open model), whose settings `config` then is; its
        weights and tokenizer are used, and training goes on with `config`'s corpus."""
        super().__init__(config)
        config.validate()
        file = load_model(model_file, expected_lab="text") if model_file is not None else None
        self._device = device or pick_device()
        torch.manual_seed(config.seed)
        if file is None:
            if text is None and config.corpus in BUILTIN_CORPORA:  # most new models: Reset, New model
                tokenizer, data = _builtin_tokens(config.corpus, config.tokenizer)
            else:
                tokenizer, data = _tokens(load_corpus(config.corpus) if text is None else text, config.tokenizer)
            model = GPT(config, tokenizer.vocab_size).to(self._device)
            self.predictor = TextPredictor(model, tokenizer, config, self._device)
        else:
            self.predictor = TextPredictor.from_file(file, self._device)
            tokenizer, data = self.predictor.tokenizer, None
            self.step_count = saved_count(file, "step")
            self.restore(file)
        self._generator = torch.Generator().manual_seed(config.seed)
        self._tokenizer_dict = tokenizer.to_dict()
        # An opened model reads its corpus and cuts it into its own tokens when it first trains or is validated:
        # a lesson shows it at once, even where the corpus it learnt is not on this computer.
        self._text = text
        self._train_data: torch.Tensor | None = None
        if data is not None:
            self._cut(data)
        self.best_validation: tuple[int, float] | None = None  # (step, loss): where the held-out loss was lowest
        self._first_loss = math.nan
        self._recent: deque[float] = deque(maxlen=RECENT_STEPS)
        self._collapsed_on: int | None = None  # the one token a collapsed model predicts everywhere

    def _cut(self, data: torch.Tensor) -> None:
        """The corpus's tokens, split into the training part and the held-out end, with the validation batches."""
        block = self.config.block_size
        split = int(len(data) * (1 - VALIDATION_SHARE))
        if split <= block + 1 or len(data) - split <= block + 1:
            raise DataError(translatable("The corpus has only {tokens} tokens: a context length of {block} needs at "
                                         "least {needed}; use a longer text or a shorter context."),
                            tokens=len(data), block=block, needed=10 * (block + 2))
        self._train_data, self._val_data = data[:split], data[split:]
        self._val_batches = [self._batch(self._val_data) for _ in range(VALIDATION_BATCHES)]

    def _corpus(self) -> None:
        if self._train_data is None:
            text = load_corpus(self.config.corpus) if self._text is None else self._text
            self._cut(torch.tensor(self.predictor.tokenizer.encode(text), dtype=torch.long))

    @property
    def model(self) -> GPT:
        return self.predictor.model

    def modules(self) -> dict[str, torch.nn.Module]:
        return {"model": self.model}

    @property
    def device_name(self) -> Sentence:
        return describe(self._device)

    def _batch(self, data: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        T = self.config.block_size
        starts = torch.randint(len(data) - T - 1, (self.config.batch_size, 1), generator=self._generator)
        windows = data[starts + torch.arange(T + 1)]  # (B, T + 1)
        x, y = windows[:, :-1], windows[:, 1:]  # y is x shifted by one: each position predicts the next token
        return x.to(self._device), y.to(self._device)

    def _loss(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The mean cross-entropy, and the logits flattened to (B * T, vocab)."""
        logits, _ = self.model(x)
        logits = logits.reshape(-1, logits.size(-1))
        return F.cross_entropy(logits, y.reshape(-1)), logits

    @functools.cached_property
    def _optimizer(self) -> torch.optim.Optimizer:
        # Built at the first step: building one imports torch's compiler (about 2 s), which a model only
        # shown (a lesson's first step) never needs.
            return torch.optim.AdamW(self.model.parameters(), lr=self.config.learning_rate, betas=(0.9, 0.99),
                                     weight_decay=self.config.weight_decay, **FOREACH)

    def step(self) -> float:
        self._corpus()
        x, y = self._batch(self._train_data)
        loss, _ = self._loss(x, y)
        self._optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self._optimizer.step()
        self.step_count += 1
        value = loss.item()
        self.history.add("train", self.step_count, value)
        if not self._recent:
            self._first_loss = value
        self._recent.append(value)
        if self.step_count % VALIDATION_EVERY == 0 or len(self._recent) == 1:
            self._validate()
        return value

    def _validate(self) -> None:
        loss, self._collapsed_on = self._evaluate()
        self.history.add("validation", self.step_count, loss)
        if math.isfinite(loss) and (self.best_validation is None or loss < self.best_validation[1]):
            self.best_validation = (self.step_count, loss)

    def validation_loss(self) -> float:
        return self._evaluate()[0]

    @torch.no_grad()
    def _evaluate(self) -> tuple[float, int | None]:
        """The held-out loss, and the token the model predicts at almost every held-out position with almost
        all its probability, if there is one (a collapsed model)."""
        self._corpus()
        self.model.eval()
        try:
            losses, probabilities = [], []
            for x, y in self._val_batches:
                loss, logits = self._loss(x, y)
                losses.append(loss.item())
                probabilities.append(logits.float().softmax(dim=-1))
        finally:
            self.model.train()
        top, favourites = torch.cat(probabilities).max(dim=-1)
        counts = favourites.bincount()
        favourite = int(counts.argmax())
        collapsed = (counts[favourite] >= COLLAPSED_SHARE * len(favourites)
                     and top.mean() >= COLLAPSED_CONFIDENCE)
        return sum(losses) / len(losses), favourite if collapsed else None

    def trouble(self) -> Sentence | None:
        """One sentence when training has gone wrong (the loss rose far above where it began, or the model
        collapsed onto one token) and what to do about it, else None."""
        if not self._recent:
            return None
        rate = self.config.learning_rate
        recent = sum(self._recent) / len(self._recent)
        if not math.isfinite(recent):
            return Sentence(translatable("Training diverged: the loss is no longer a number. Lower the learning rate "
                                         "(now {rate:g}) or press Back to default settings, then New model."),
                            {"rate": rate})
        if recent > DIVERGED_FACTOR * self._first_loss:
            return Sentence(translatable("Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, "
                                         "because each step overshoots. Lower the learning rate (now {rate:g}) or "
                                         "press Back to default settings, then New model."),
                            {"first": self._first_loss, "recent": recent, "rate": rate})
        if self._collapsed_on is not None:
            token = self.predictor.tokenizer.token_text(self._collapsed_on)
            return Sentence(translatable("The model collapsed onto one token: it predicts '{token}' almost whatever "
                                         "the text. Lower the learning rate (now {rate:g}) or press Back to default "
                                         "settings, then New model."), {"token": token, "rate": rate})
        return None

    def probability_of(self, prompt: str, token: str) -> float:
        """P(token | prompt) under the current model: the figure the capitals demo is judged by."""
        tokenizer = self.predictor.tokenizer
        prediction = self.predictor.predict(tokenizer.encode(prompt))
        target = tokenizer.encode(token)
        if prediction is None or len(target) != 1:
            raise DataError(translatable("'{token}' is not a single token of this model's vocabulary."), token=token)
        logits = torch.from_numpy(prediction.logits)
        return float(logits.softmax(dim=0)[target[0]])

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """P(token | the prompt and the tokens generated) over the timeline: the token the view probes ("track", an
        id), else the model's favourite now (after the capitals, "Paris" for "The capital of France is", the prompt
        when there is no window to give one)."""
        tokenizer = self.predictor.tokenizer
        ids = tokenizer.encode(probe.get("prompt", DEFAULT_PROMPT)) + list(probe.get("generated", ()))
        if not ids:
            return None
        token = probe.get("track")
        if not isinstance(token, int) or not 0 <= token < tokenizer.vocab_size:
            token = int(self.predictor.predict(ids).logits.argmax())

        def measure() -> float:
            return float(torch.from_numpy(self.predictor.predict(ids).logits).softmax(dim=0)[token])

        name = Sentence(translatable('P("{token}" | the text)'), {"token": tokenizer.token_text(token).strip()})
        return Tracking(("next token", tuple(ids), token), name, measure)

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
            "parameters": num_parameters(self.model),
            "best_validation": self.best_validation,
            "trouble": self.trouble(),
            **self.answer(probe),
        }

    def write_model(self, path: str | Path) -> None:
        self.predictor.save(path, {"step": self.step_count})
