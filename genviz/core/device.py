"""Pick where models run: CUDA or Apple MPS when present, otherwise the CPU."""

from __future__ import annotations

import torch

from genviz.core.host import training_threads
from genviz.core.translatable import Sentence, translatable

# Optimizers update every tensor in one call: on a CPU the per-tensor loop dominated a tiny model's step
# (Adam: 15% of the VAE's steps/s, 7% of the GPT's).
FOREACH = {"foreach": True}


def configure_threads(threads: int | None = None) -> int:
    """Call before any torch work in a process. Returns the thread count."""
    threads = threads or training_threads()
    torch.set_num_threads(threads)
    return threads


def pick_device() -> torch.device:
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def describe(device: torch.device) -> Sentence:
    """What the status bar says a session trains on."""
    if device.type == "cuda":
        return Sentence(translatable("CUDA GPU ({name})"), {"name": torch.cuda.get_device_name(device)})
    if device.type == "mps":
        return Sentence(translatable("Apple GPU (MPS)"))
    threads = torch.get_num_threads()
    if threads == 1:
        return Sentence(translatable("CPU (1 thread)"))
    return Sentence(translatable("CPU ({threads} threads)"), {"threads": threads})
