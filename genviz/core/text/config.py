"""Settings of a Text lab run. Torch-free, so the GUI can show them before torch is imported."""

from __future__ import annotations

from dataclasses import dataclass

from genviz.core.errors import ConfigError
from genviz.core.settings import check_settings, learning_rate_setting, seed_setting, setting
from genviz.core.translatable import translatable

DEFAULT_PROMPT = "The capital of France is"  # a prompt in the built-in corpora's language: never translated


@dataclass
class TextConfig:
    corpus: str = "capitals"  # a built-in corpus name or a path to a UTF-8 .txt file
    tokenizer: str = setting(
        "word", translatable("Tokens"), translatable(
            "How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or "
            "single characters (a small vocabulary, but longer sequences)."),
        choices=(("word", translatable("words")), ("char", translatable("characters"))), flag="tokenizer")
    n_layer: int = setting(  # one block learns the capitals demo in seconds on a laptop CPU
        1, translatable("Layers"), translatable("Transformer blocks stacked on top of each other."), low=1, high=12,
        flag="layers")
    n_head: int = setting(4, translatable("Heads"), translatable(
        "Attention heads per block: each can look for a different pattern. The width must divide evenly among them."),
        low=1, high=16, flag="heads")
    n_embd: int = setting(64, translatable("Width"), translatable(
        "Numbers used to represent each token inside the model (the width of the residual stream). Wider learns "
        "more, but trains slower."), low=8, high=512, step=16, flag="width")
    block_size: int = setting(16, translatable("Context"), translatable(
        "Context length: how many tokens the model can look back at when predicting the next one."), low=4,
        high=512, step=8, flag="context")
    batch_size: int = setting(32, translatable("Batch"), translatable("Sequences per training step."), low=1,
                              high=1024, step=4, flag="batch-size")
    learning_rate: float = learning_rate_setting(5e-3, "AdamW")  # high: the model is small, the demo short
    # Dropout 0.1 took twice the steps to learn Paris; the 2 MB corpus alone keeps the model from over-fitting.
    dropout: float = setting(
        0.0, translatable("Dropout"), translatable(
            "Regularisation: while training, this share of the activations is zeroed at random, so the model cannot "
            "lean on any one of them to memorise its text. 0 turns it off."), low=0.0, high=0.9, step=0.05,
        decimals=2, flag="dropout")
    weight_decay: float = setting(
        0.01, translatable("Weight decay"), translatable(
            "Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on "
            "many sentences stay large. 0 turns it off."), low=0.0, high=1.0, step=0.05, decimals=2,
        flag="weight-decay")
    seed: int = seed_setting(translatable("the starting weights and of the batches"))

    def validate(self) -> None:
        check_settings(self)
        if self.n_embd % self.n_head:
            raise ConfigError(translatable("The width ({width}) must be a multiple of the heads ({heads})."),
                              width=self.n_embd, heads=self.n_head)


# Over-fitting on purpose, for a lesson: a text short enough to memorise, and no regularisation.
OVERFITTING = TextConfig(corpus="capitals-small", dropout=0.0, weight_decay=0.0)
