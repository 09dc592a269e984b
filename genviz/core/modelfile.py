"""One file per trained model: safetensors weights plus JSON metadata, loaded without running code.

The metadata names the lab, the format version, the model config and lab extras (a tokenizer, say),
so a file can be refused with a clear sentence when it is truncated, foreign or too new.

Loading trusts nothing in the file: it is read through a size limit, every setting is typed and range-checked by
the lab's own config before a model is built, the weights must be finite numbers, and the model the settings
describe is first built on torch's "meta" device (shapes only, no memory) and compared with the weights, so an
absurd size is refused before anything is allocated. Reading and checking need no torch, so a bad file is refused
in a fraction of a second.
"""

from __future__ import annotations

import dataclasses
import json
import math
import struct
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np

from genviz.core.errors import ConfigError, ModelFileError
from genviz.core.safe_files import read_limited, write_atomically
from genviz.core.translatable import translatable

FORMAT = "genviz-model"
FORMAT_VERSION = 1
MODEL_SUFFIX = ".safetensors"  # what File > Open model offers, and a dropped file of it opens as a model
MAX_MODEL_FILE_BYTES = 1_000_000_000  # the labs' largest settings give a few hundred MB
CONFIG_CLASSES = {  # lab -> the config class that types and ranges its settings; one line per lab
    "text": "genviz.core.text.config:TextConfig",
    "gan": "genviz.core.gan.config:GanConfig",
    "diffusion": "genviz.core.diffusion.config:DiffusionConfig",
    "vae": "genviz.core.vae.config:VaeConfig",
    "pixels": "genviz.core.pixels.config:PixelsConfig",
}


@dataclass
class ModelFile:
    lab: str
    config: dict[str, Any]  # checked against the lab's config class: known fields have the right types and ranges
    tensors: dict[str, np.ndarray]  # finite numbers
    extras: dict[str, Any]
    name: str = "the model file"  # for messages
    # The training timeline (genviz/core/timeline.py), when the file keeps one: [{"step", "loss"}] oldest first,
    # and each checkpoint's weights by the names of the session's modules.
    timeline: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    checkpoints: list[dict[str, np.ndarray]] = dataclasses.field(default_factory=list)
    history: dict[str, np.ndarray] = dataclasses.field(default_factory=dict)  # loss curves: (n, 2) [step, value]
    tracked: dict[str, Any] | None = None  # the tracked quantity's "name", "low", "high"; its values are the entries'

    def nearest_checkpoint(self, step: int) -> tuple[int, dict[str, np.ndarray]]:
        """(kept step, weights) nearest to `step` (the earlier of two as near); ModelFileError without a
        timeline."""
        if not self.timeline:
            raise ModelFileError(translatable("{name} keeps no training timeline (it was saved without its "
                                              "history), so it has no earlier steps."), name=self.name)
        steps = [entry["step"] for entry in self.timeline]
        index = min(range(len(steps)), key=lambda i: (abs(steps[i] - step), steps[i]))
        return steps[index], self.checkpoints[index]


def save_model(path: str | Path, lab: str, config: dict[str, Any], tensors: Mapping[str, Any],
               extras: dict[str, Any] | None = None) -> None:
    """Write the model file (see _write)."""
    metadata = {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "lab": lab,
        "config": json.dumps(config, sort_keys=True),
        "extras": json.dumps(extras or {}, sort_keys=True),
    }
    # safetensors refuses shared or non-contiguous storage; detach and copy to the CPU first.
    _write(path, {name: t.detach().to("cpu").contiguous().clone() for name, t in tensors.items()}, metadata)


def _write(path: str | Path, tensors: dict[str, Any], metadata: dict[str, str]) -> None:
    """Write atomically: an existing file is replaced only once the new one is written and reads back whole."""
    from safetensors.torch import save_file

    shapes = {name: tuple(t.shape) for name, t in tensors.items()}

    def read_back(written: Path) -> None:
        header = _header(written.read_bytes(), written.name)
        stored = {name: tuple(entry["shape"]) for name, entry in header.items() if name != "__metadata__"}
        if header.get("__metadata__") != metadata or stored != shapes:
            raise ModelFileError(translatable("The model file written to {path} did not read back as written."),
                                 path=path)

    write_atomically(path, lambda temporary: save_file(tensors, str(temporary), metadata=metadata), read_back)


def add_timeline(path: str | Path, timeline: Any, history: Mapping[str, np.ndarray] | None = None,
                 tracked: Mapping[str, Any] | None = None) -> None:
    """Add a session's training history to the model file just written at `path`: the weights of the checkpoints
    of its timeline (genviz/core/timeline.py) that a file keeps (Timeline.saved, half precision) as tensors named
    timeline.<index>.<weight>, their steps and losses in the metadata; the loss curves (`history`, name -> (n, 2)
    [step, value]); and the tracked quantity (genviz/core/tracking.py: its name, scale and value at each kept step).
    Still one safetensors file that loads without running code."""
    from safetensors.torch import load

    data = Path(path).read_bytes()
    entries = timeline.metadata()
    metadata = {**_header(data, Path(path).name)["__metadata__"]}
    if tracked is not None:
        for entry in entries:
            value = tracked["values"].get(entry["step"])
            entry["tracked"] = value if value is not None and math.isfinite(value) else None
        metadata["tracked"] = json.dumps({"name": str(tracked["name"]), "low": tracked["low"], "high": tracked["high"]})
    metadata["timeline"] = json.dumps(entries)
    if history:
        metadata["history"] = json.dumps({curve: points.tolist() for curve, points in history.items()})
    tensors = load(data)
    tensors.update({name: tensor.contiguous() for name, tensor in timeline.tensors().items()})
    _write(path, tensors, metadata)


def _header(data: bytes, name: str) -> dict[str, Any]:
    """The JSON header of safetensors bytes: 8 bytes giving its length, then the JSON itself."""
    damaged = ModelFileError(translatable("{name} is not a genviz model file, or it is damaged or cut short."),
                             name=name)
    if len(data) < 8:
        raise damaged
    (size,) = struct.unpack("<Q", data[:8])
    if size > len(data) - 8:
        raise damaged
    try:
        header = json.loads(data[8 : 8 + size])
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python's stack
        raise damaged from None
    if not isinstance(header, dict):
        raise damaged
    return header


def load_model(path: str | Path, expected_lab: str | None = None) -> ModelFile:
    """The checked contents of a model file; ModelFileError, with one sentence, for anything else."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ModelFileError(translatable("There is no model file at {path}."), path=path)
    data = read_limited(path, MAX_MODEL_FILE_BYTES, ModelFileError)
    metadata = _header(data, name).get("__metadata__")
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT:
        raise ModelFileError(translatable("{name} is a safetensors file but was not written by genviz."), name=name)
    try:
        version = int(metadata["format_version"])
        config = json.loads(metadata["config"])
        extras = json.loads(metadata["extras"])
        lab = metadata["lab"]
    except (KeyError, TypeError, ValueError, RecursionError) as error:
        raise ModelFileError(translatable("{name} has damaged genviz metadata."), name=name) from error
    if version > FORMAT_VERSION:
        raise ModelFileError(translatable("{name} was written by a newer genviz (model format {version}); this one "
                                          "reads format {readable} or older: please update genviz."), name=name,
                             version=version, readable=FORMAT_VERSION)
    if not isinstance(lab, str) or lab not in CONFIG_CLASSES:
        raise ModelFileError(translatable("{name} holds a kind of model this genviz does not know ({lab})."),
                             name=name, lab=repr(str(lab)[:40]))
    if expected_lab is not None and lab != expected_lab:
        raise ModelFileError(translatable("{name} holds a {lab} model, not a {expected} model."), name=name, lab=lab,
                             expected=expected_lab)
    if not isinstance(config, dict) or not isinstance(extras, dict):
        raise ModelFileError(translatable("{name} has damaged genviz metadata."), name=name)
    check_config(_config_class(lab), config, name)
    tensors = _tensors(data, name)
    timeline, checkpoints = _timeline(metadata.get("timeline"), tensors, name)
    return ModelFile(lab=lab, config=config, tensors=tensors, extras=extras, name=name, timeline=timeline,
                     checkpoints=checkpoints, history=_history(metadata.get("history"), name),
                     tracked=_tracked(metadata.get("tracked"), name))


def _history(text: Any, name: str) -> dict[str, np.ndarray]:
    """The loss curves a file keeps: name -> (n, 2) [step, value], steps whole and rising, values finite."""
    if text is None:
        return {}
    damaged = ModelFileError(translatable("{name} has damaged loss curves."), name=name)
    try:
        curves = json.loads(text)
        if not isinstance(curves, dict) or not all(isinstance(key, str) for key in curves):
            raise damaged
        arrays = {key: np.asarray(points, dtype=np.float64).reshape(-1, 2) for key, points in curves.items()}
    except (TypeError, ValueError, RecursionError):
        raise damaged from None
    for points in arrays.values():
        steps = points[:, 0]
        if not np.isfinite(points).all() or (steps < 0).any() or (steps != np.round(steps)).any() or \
                (np.diff(steps) < 0).any():
            raise damaged
    return arrays


def _tracked(text: Any, name: str) -> dict[str, Any] | None:
    """The tracked quantity's name (in English) and scale, as a file keeps them; None when it keeps none."""
    if text is None:
        return None
    damaged = ModelFileError(translatable("{name} has a damaged tracked quantity."), name=name)
    try:
        tracked = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        raise damaged from None
    if not isinstance(tracked, dict) or not isinstance(tracked.get("name"), str) or \
            not all(type(tracked.get(key)) in (int, float) and math.isfinite(tracked[key]) for key in ("low", "high")):
        raise damaged
    return {"name": tracked["name"][:200], "low": float(tracked["low"]), "high": float(tracked["high"])}


def _timeline(text: Any, tensors: dict[str, np.ndarray], name: str
              ) -> tuple[list[dict[str, Any]], list[dict[str, np.ndarray]]]:
    """The timeline's entries and checkpoints, taken out of `tensors`; checked like the rest of the file."""
    from genviz.core.timeline import HISTORY_PREFIX

    kept = [key for key in tensors if key.startswith(HISTORY_PREFIX)]
    if text is None and not kept:
        return [], []
    damaged = ModelFileError(translatable("{name} has a damaged training timeline."), name=name)
    try:
        entries = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        raise damaged from None
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and type(e.get("step")) is int and e["step"] >= 0
            and (e.get("loss") is None or type(e["loss"]) in (int, float))
            and (e.get("tracked") is None or type(e["tracked"]) in (int, float))
            and isinstance(e.get("counters", {}), dict)
            and all(type(v) is int and v >= 0 for v in e.get("counters", {}).values()) for e in entries):
        raise damaged
    checkpoints: list[dict[str, np.ndarray]] = [{} for _ in entries]
    for key in kept:
        index, _, weight = key[len(HISTORY_PREFIX):].partition(".")
        if not index.isdigit() or int(index) >= len(entries) or not weight:
            raise damaged
        checkpoints[int(index)][weight] = tensors.pop(key)
    if any(set(c) != set(checkpoints[0]) for c in checkpoints):
        raise damaged
    return [{"step": e["step"], "loss": e.get("loss"), "tracked": e.get("tracked"), "counters": e.get("counters", {})}
            for e in entries], checkpoints


def _config_class(lab: str) -> type:
    module, _, cls = CONFIG_CLASSES[lab].partition(":")
    return getattr(import_module(module), cls)


def _tensors(data: bytes, name: str) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load

    try:
        tensors = load(data)
    except (SafetensorError, ValueError, TypeError, KeyError, OverflowError) as error:
        raise ModelFileError(translatable("{name} is not a genviz model file, or it is damaged or cut short."),
                             name=name) from error
    for array in tensors.values():
        if array.dtype.kind in "fc" and not np.isfinite(array).all():
            raise ModelFileError(translatable("{name} cannot be used: the model's weights are damaged (some are NaN "
                                              "or infinite)."), name=name)
    return tensors


def _fits(value: Any, annotation: Any) -> bool:
    """Whether a JSON value has the type a config field declares (int, float, str, bool, or X | None)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(_fits(value, option) for option in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    if annotation is float:  # JSON writes 1.0 as 1; NaN and infinity are never a setting
        return type(value) in (int, float) and math.isfinite(value)
    return type(value) is annotation  # bool is not an int here: True is no layer count


def check_config(config_class: type, values: Mapping[str, Any], name: str) -> Any:
    """The config the values describe, typed field by field and range-checked by the class's own validate().
    Keys the class does not know (an older or newer genviz wrote them) are ignored."""
    hints = typing.get_type_hints(config_class)
    known = {}
    for field in dataclasses.fields(config_class):
        if field.name in values:
            value = values[field.name]
            if not _fits(value, hints[field.name]):
                shown = repr(value) if len(repr(value)) <= 40 else f"{repr(value)[:37]}..."
                raise ModelFileError(translatable("{name} has a damaged setting: {setting} is {value}, which is not "
                                                  "{kind}."), name=name, setting=field.name, value=shown,
                                     kind=_type_words(hints[field.name]))
            known[field.name] = value
    config = config_class(**known)
    try:
        config.validate()
    except ConfigError as error:
        raise ModelFileError(translatable("{name} has settings genviz cannot use: {reason}"), name=name,
                             reason=error.sentence) from None
    return config


def _type_words(annotation: Any) -> str:
    words = {int: "a whole number", float: "a finite number", str: "text", bool: "true or false",
             type(None): "empty"}
    options = typing.get_args(annotation) or (annotation,)
    return " or ".join(words.get(option, str(option)) for option in options)


def saved_count(file: ModelFile, key: str, default: int = 0) -> int:
    """A count the file's extras keep (its training step, a GAN's updates): a whole number from 0, or the file is
    refused; the labs go on from it when a model is opened."""
    value = file.extras.get(key, default)
    if type(value) is not int or value < 0:
        raise ModelFileError(translatable("{name} has a damaged step count."), name=file.name)
    return value


def build_model(file: ModelFile, build: Callable[[], Any], prefix: str = "") -> Any:
    """The torch module build() makes, holding the file's weights named prefix + ...

    build() runs first on the meta device, where a module has shapes but no memory: weights that do not fit the
    model the settings describe, however large it claims to be, are refused before a byte is allocated.
    """
    import torch

    tensors = {key[len(prefix) :]: array for key, array in file.tensors.items() if key.startswith(prefix)}
    with torch.device("meta"), _shapes_only():
        expected = {key: tuple(value.shape) for key, value in build().state_dict().items()}
    if expected != {key: array.shape for key, array in tensors.items()}:
        raise ModelFileError(translatable("{name} does not match the model its settings describe."), name=file.name)
    model = build()
    model.load_state_dict({key: torch.from_numpy(array) for key, array in tensors.items()})
    return model


def _shapes_only():
    """A torch function mode that skips torch.nn.init's fills: shapes need none, and a fill on the meta device
    (an embedding's normal_) imports torch's compiler, 2 s before a lesson's first picture."""
    import torch
    from torch.overrides import TorchFunctionMode

    class ShapesOnly(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            if getattr(func, "__module__", None) == torch.nn.init.__name__:
                return kwargs["tensor"] if "tensor" in kwargs else args[0]
            return func(*args, **kwargs)

    return ShapesOnly()


def num_parameters(model: Any) -> int:
    """How many weights a torch module has: what every lab and command shows as the model's size."""
    return sum(p.numel() for p in model.parameters())
