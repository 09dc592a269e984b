"""One file per trained model: safetensors weights plus JSON metadata, loaded without running code.

The metadata names the lab, the format version, the model config and lab extras (a tokenizer, say),
so a file can be refused with a clear sentence when it is truncated, foreign or too new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import save_file

from genviz.core.errors import ModelFileError

FORMAT = "genviz-model"
FORMAT_VERSION = 1


@dataclass
class ModelFile:
    lab: str
    config: dict[str, Any]
    tensors: dict[str, torch.Tensor]
    extras: dict[str, Any]


def save_model(path: str | Path, lab: str, config: dict[str, Any], tensors: dict[str, torch.Tensor],
               extras: dict[str, Any] | None = None) -> None:
    metadata = {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "lab": lab,
        "config": json.dumps(config, sort_keys=True),
        "extras": json.dumps(extras or {}, sort_keys=True),
    }
    # safetensors refuses shared or non-contiguous storage; detach and copy to the CPU first.
    cpu = {name: t.detach().to("cpu").contiguous().clone() for name, t in tensors.items()}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(cpu, str(path), metadata=metadata)


def load_model(path: str | Path, expected_lab: str | None = None) -> ModelFile:
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ModelFileError(f"There is no model file at {path}.")
    try:
        with safe_open(str(path), framework="pt") as f:
            metadata = f.metadata() or {}
            tensors = {key: f.get_tensor(key) for key in f.keys()}  # noqa: SIM118 (safe_open is not a dict)
    except (SafetensorError, OSError, ValueError) as error:
        raise ModelFileError(f"{name} is not a genviz model file, or it is damaged or cut short.") from error
    if metadata.get("format") != FORMAT:
        raise ModelFileError(f"{name} is a safetensors file but was not written by genviz.")
    try:
        version = int(metadata["format_version"])
        config = json.loads(metadata["config"])
        extras = json.loads(metadata["extras"])
        lab = metadata["lab"]
    except (KeyError, ValueError) as error:
        raise ModelFileError(f"{name} has damaged genviz metadata.") from error
    if version > FORMAT_VERSION:
        raise ModelFileError(
            f"{name} was written by a newer genviz (model format {version}); this one reads format "
            f"{FORMAT_VERSION} or older: please update genviz."
        )
    if expected_lab is not None and lab != expected_lab:
        raise ModelFileError(f"{name} holds a {lab} model, not a {expected_lab} model.")
    return ModelFile(lab=lab, config=config, tensors=tensors, extras=extras)
