"""The autoregressive text lab: tokenizers, a tiny GPT and its training session."""
