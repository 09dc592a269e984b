"""The model-file loaders against hostile files: random mutations of real model files' header and metadata (types,
ranges, nesting, sizes) are loaded or refused with ModelFileError, in one sentence, quickly and in little memory."""

import json
import math
import resource
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.sampler import load_sampler as load_diffusion
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.errors import ModelFileError
from genviz.core.gan.config import default_config
from genviz.core.gan.sampler import load_sampler as load_gan
from genviz.core.gan.session import GanSession
from genviz.core.modelfile import ModelFile, saved_count
from genviz.core.text.config import TextConfig
from genviz.core.text.predictor import TextPredictor
from genviz.core.text.session import TextSession
from genviz.core.vae.config import VaeConfig
from genviz.core.vae.sampler import load_sampler as load_vae
from genviz.core.vae.session import VaeSession
from tests.core.model_file_bytes import join, split, with_first_weight, with_settings

LOADERS = {"text": TextPredictor.load, "gan": load_gan, "diffusion": load_diffusion, "vae": load_vae}
MEMORY_BOUND_MB = 200  # the files are under 0.1 MB and a model they can describe is refused before it is built
TEXT = "one two three four five six seven eight nine ten . " * 30


@pytest.fixture(scope="module")
def model_files(tmp_path_factory):
    """One small real model file per lab, as bytes, and the process's peak memory before any is mutated."""
    folder = tmp_path_factory.mktemp("fuzz")
    sessions = {
        "text": TextSession(TextConfig(n_embd=16, n_head=2, block_size=8, batch_size=8), text=TEXT),
        "gan": GanSession(default_config("ring", width=16, batch_size=32)),
        "diffusion": DiffusionSession(DiffusionConfig(data="ring", width=16, depth=1, batch_size=32, timesteps=20)),
        "vae": VaeSession(VaeConfig(data="ring", width=16, batch_size=32)),
    }
    files = {}
    for lab, session in sessions.items():
        session.step()
        session.save(folder / f"{lab}.safetensors")
        LOADERS[lab](folder / f"{lab}.safetensors")  # the real file loads (and the loader's first-call costs are paid)
        files[lab] = (folder / f"{lab}.safetensors").read_bytes()
    return files, folder, _peak_mb()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KB


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.sampled_from([0, -1, 1, 10**6, 10**9, 2**63])
    | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def mutate(data: bytes, draw) -> bytes:
    """One random change to a model file: a setting, the settings, an extra, a metadata field, a tensor entry, the
    header's length, deep nesting, or the bytes themselves."""
    header, body = split(data)
    metadata = header["__metadata__"]
    config, extras = json.loads(metadata["config"]), json.loads(metadata["extras"])
    kind = draw(st.sampled_from(["setting", "settings", "extra", "extras", "metadata", "tensor", "length", "nesting",
                                 "cut", "bytes"]))
    if kind == "setting":
        config[draw(st.sampled_from(sorted(config)))] = draw(json_values)
    elif kind == "settings":
        config = draw(json_values)
    elif kind == "extra" and extras:
        key = draw(st.sampled_from(sorted(extras)))
        extras[key] = draw(json_values | st.just(extras[key]).map(lambda v: [v, v]))
    elif kind == "extras":
        extras = draw(json_values)
    elif kind == "metadata":
        metadata[draw(st.sampled_from(sorted(metadata)))] = draw(st.text(max_size=30) | json_values.map(json.dumps))
    elif kind == "tensor":
        name = draw(st.sampled_from(sorted(k for k in header if k != "__metadata__")))
        field = draw(st.sampled_from(["dtype", "shape", "data_offsets"]))
        header[name][field] = draw(st.sampled_from(["F16", "BF16", "F64", "I64", "BOOL", "U8", "nonsense"])
                                   if field == "dtype" else st.lists(st.integers(-1, 2**40), max_size=4))
    elif kind == "length":
        return struct.pack("<Q", draw(st.integers(0, 2**64 - 1))) + data[8:]
    elif kind == "nesting":
        depth = draw(st.integers(100, 50_000))
        metadata[draw(st.sampled_from(["config", "extras"]))] = "[" * depth + "]" * depth
    elif kind == "cut":
        return data[: draw(st.integers(0, len(data) - 1))]
    elif kind == "bytes":  # a flipped byte in the weights can make a NaN
        at = draw(st.integers(0, len(body) - 1))
        body = body[:at] + bytes([draw(st.integers(0, 255))]) + body[at + 1 :]
    if kind in ("setting", "settings", "extra", "extras"):
        metadata["config"], metadata["extras"] = json.dumps(config), json.dumps(extras)
    return join(header, body)


@settings(max_examples=200, deadline=1000, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                                 HealthCheck.too_slow])
@given(lab=st.sampled_from(sorted(LOADERS)), data=st.data())
def test_a_mutated_model_file_loads_or_is_refused_in_one_sentence(model_files, lab, data):
    files, folder, peak_before = model_files
    path = folder / "mutated.safetensors"
    path.write_bytes(mutate(files[lab], data.draw))
    try:
        LOADERS[lab](path)
    except ModelFileError as error:  # anything else fails the test
        message = str(error)
        assert "\n" not in message and message.endswith(".") and len(message) < 300, message
    assert _peak_mb() - peak_before < MEMORY_BOUND_MB


def test_absurd_sizes_are_refused_before_torch_allocates(model_files):
    """The cases a user met: a million layers grew 170 MB/s, and n_embd 100000 asked for 256 GB."""
    files, folder, peak_before = model_files
    path = folder / "absurd.safetensors"
    for change, words in [({"n_layer": 1_000_000}, "Layers must be from 1 to 12"),
                          ({"n_embd": 100_000}, "Width must be from 8 to 512"),
                          ({"block_size": 1e9}, "block_size is 1000000000.0, which is not a whole number"),
                          ({"n_embd": "sixty-four"}, "n_embd is 'sixty-four', which is not a whole number"),
                          ({"n_head": 0}, "Heads must be from 1 to 16"),
                          ({"n_embd": 512, "n_layer": 12, "block_size": 512}, "does not match the model")]:
        path.write_bytes(with_settings(files["text"], **change))
        with pytest.raises(ModelFileError, match=words):
            TextPredictor.load(path)
    assert _peak_mb() - peak_before < MEMORY_BOUND_MB


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_weights_that_are_not_finite_are_refused(model_files, value):
    files, folder, _ = model_files
    path = folder / "damaged.safetensors"
    path.write_bytes(with_first_weight(files["gan"], value))
    with pytest.raises(ModelFileError, match="the model's weights are damaged"):
        load_gan(path)


@pytest.mark.parametrize("step", [-1, "12", 2.5, None, True, [3]])
def test_a_damaged_step_count_refuses_the_file_in_every_lab(step):
    file = ModelFile(lab="gan", config={}, tensors={}, extras={"step": step}, name="m.safetensors")
    with pytest.raises(ModelFileError, match=r"m\.safetensors has a damaged step count"):
        saved_count(file, "step")


def test_a_saved_count_is_read_or_defaults():
    file = ModelFile(lab="gan", config={}, tensors={}, extras={"step": 40})
    assert saved_count(file, "step") == 40
    assert saved_count(file, "g_updates", 40) == 40
