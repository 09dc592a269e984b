"""A small decoder-only transformer in the style of nanoGPT, able to hand back its attention weights.

The Text lab's tokens and the Pixels lab's grey levels go through the same model: it takes any settings object
with the fields of `TransformerShape`. A `KVCache` lets a sampler feed one new token at a time (each layer keeps
the keys and values it has seen) instead of running the whole context again for every token.
"""

from __future__ import annotations

import math
from typing import Protocol

import torch
from torch import nn
from torch.nn import functional as F


class TransformerShape(Protocol):
    n_layer: int
    n_head: int
    n_embd: int
    block_size: int  # the longest context, in tokens
    dropout: float


class KVCache:
    """Each layer's keys and values (B, n_head, T, head_size) of the tokens fed so far."""

    def __init__(self) -> None:
        self.layers: list[tuple[torch.Tensor, torch.Tensor]] = []
        self.length = 0

    def extend(self, layer: int, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if layer == len(self.layers):
            self.layers.append((k, v))
        else:
            old_k, old_v = self.layers[layer]
            self.layers[layer] = (torch.cat([old_k, k], dim=2), torch.cat([old_v, v], dim=2))
        return self.layers[layer]


class CausalSelfAttention(nn.Module):
    def __init__(self, config: TransformerShape) -> None:
        super().__init__()
        self.n_head = config.n_head
        self.qkv = nn.Linear(config.n_embd, 3 * config.n_embd)
        self.proj = nn.Linear(config.n_embd, config.n_embd)
        self.dropout = config.dropout

    def forward(self, x: torch.Tensor, capture: bool, cache: KVCache | None = None, layer: int = 0
                ) -> tuple[torch.Tensor, torch.Tensor | None]:
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=2)
        # (B, T, C) -> (B, n_head, T, head_size)
        q, k, v = (t.view(B, T, self.n_head, C // self.n_head).transpose(1, 2) for t in (q, k, v))
        if cache is not None and cache.length:  # one new token: it may look at every token before it
            k, v = cache.extend(layer, k, v)
            weights = None
            y = F.scaled_dot_product_attention(q, k, v)
        elif cache is not None:  # the first tokens of a cached run: causal, as without a cache
            cache.extend(layer, k, v)
            weights = None
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        elif capture:
            # The explicit path: the weights are what the attention heatmap draws.
            scores = (q @ k.transpose(-2, -1)) / math.sqrt(k.size(-1))  # (B, nh, T, T)
            mask = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()
            weights = scores.masked_fill(~mask, float("-inf")).softmax(dim=-1)
            y = weights @ v
        else:
            weights = None
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True,
                                               dropout_p=self.dropout if self.training else 0.0)
        y = y.transpose(1, 2).contiguous().view(B, T, C)  # re-assemble heads side by side
        return self.proj(y), weights


class Block(nn.Module):
    def __init__(self, config: TransformerShape) -> None:
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.n_embd)
        self.attn = CausalSelfAttention(config)
        self.ln_2 = nn.LayerNorm(config.n_embd)
        self.mlp = nn.Sequential(
            nn.Linear(config.n_embd, 4 * config.n_embd),
            nn.GELU(),
            nn.Linear(4 * config.n_embd, config.n_embd),
            nn.Dropout(config.dropout),
        )

    def forward(self, x: torch.Tensor, capture: bool, cache: KVCache | None = None, layer: int = 0
                ) -> tuple[torch.Tensor, torch.Tensor | None]:
        attended, weights = self.attn(self.ln_1(x), capture, cache, layer)
        x = x + attended
        x = x + self.mlp(self.ln_2(x))
        return x, weights


class GPT(nn.Module):
    def __init__(self, config: TransformerShape, vocab_size: int) -> None:
        super().__init__()
        self.block_size = config.block_size
        self.token_embedding = nn.Embedding(vocab_size, config.n_embd)
        self.position_embedding = nn.Embedding(config.block_size, config.n_embd)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.n_layer))
        self.ln_f = nn.LayerNorm(config.n_embd)
        self.lm_head = nn.Linear(config.n_embd, vocab_size, bias=False)
        self.lm_head.weight = self.token_embedding.weight  # weight tying, as in GPT-2
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear | nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, idx: torch.Tensor, capture_attention: bool = False, cache: KVCache | None = None
                ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Logits (B, T, vocab) and, when asked, each layer's attention weights (B, n_head, T, T). With a
        `cache`, `idx` continues the tokens fed before (all of them at once when the cache is empty, else one);
        the cache then holds these too, and no attention weights are captured."""
        T = idx.shape[1]
        start = cache.length if cache is not None else 0
        if cache is not None and start and T != 1:
            raise ValueError("a filled cache takes one token at a time")
        positions = torch.arange(start, start + T, device=idx.device)
        x = self.token_embedding(idx) + self.position_embedding(positions)  # (B, T, C)
        attention = []
        for layer, block in enumerate(self.blocks):
            x, weights = block(x, capture_attention, cache, layer)
            if weights is not None:
                attention.append(weights)
        if cache is not None:
            cache.length += T
        return self.lm_head(self.ln_f(x)), attention

