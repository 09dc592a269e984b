"""Settings of a Text lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass

from genviz.core.errors import ConfigError


@dataclass
class TextConfig:
    corpus: str = "capitals"  # a built-in corpus name or a path to a UTF-8 .txt file
    tokenizer: str = "word"  # "word" or "char"
    n_layer: int = 1  # transformer blocks; one learns the capitals demo in seconds on a laptop CPU
    n_head: int = 4  # attention heads per block
    n_embd: int = 64  # width of the residual stream
    block_size: int = 16  # context length in tokens
    dropout: float = 0.0  # 0.1 took twice the steps to learn Paris; the 2 MB corpus alone keeps it from over-fitting
    weight_decay: float = 0.01  # AdamW's pull of every weight towards 0: regularisation against memorising
    learning_rate: float = 5e-3  # AdamW; high because the model is small and the demo is short
    batch_size: int = 32  # sequences per optimizer step
    seed: int = 0

    def validate(self) -> None:
        if self.tokenizer not in ("word", "char"):
            raise ConfigError(f"Unknown tokenizer '{self.tokenizer}': choose word or char.")
        limits = {"n_layer": (1, 12), "n_head": (1, 16), "n_embd": (8, 512), "block_size": (4, 512),
                  "batch_size": (1, 1024)}
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high}, not {value}.")
        if self.n_embd % self.n_head:  # after the ranges: a head count of 0 is refused there
            raise ConfigError(f"The width ({self.n_embd}) must be a multiple of the heads ({self.n_head}).")
        if not 0 <= self.dropout < 1:
            raise ConfigError(f"The dropout must be at least 0 and below 1, not {self.dropout}.")
        if not 0 <= self.weight_decay <= 1:
            raise ConfigError(f"The weight decay must be between 0 and 1, not {self.weight_decay}.")
        if not 0 < self.learning_rate <= 1:
            raise ConfigError(f"The learning rate must be above 0 and at most 1, not {self.learning_rate}.")


# Over-fitting on purpose, for a lesson: a text short enough to memorise, and no regularisation.
OVERFITTING = TextConfig(corpus="capitals-small", dropout=0.0, weight_decay=0.0)
