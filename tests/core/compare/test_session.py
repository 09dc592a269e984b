"""One Compare column: its snapshot keeps the documented keys and shapes; the requests answer as the view expects."""

import importlib.util
import time

import numpy as np
import pytest

from genviz.core.compare.families import DIFFUSION_GRID_STEPS, DIFFUSION_STEPS
from genviz.core.compare.metrics import REAL_EXAMPLES
from genviz.core.compare.session import GRID, MAX_PROCESS_FRAMES, SHOWN_POINTS, CompareSession
from genviz.core.data.datasets import load_dataset
from genviz.core.errors import ConfigError
from genviz.core.host import HostProcess, SessionSpec
from genviz.core.modelfile import load_model

KEYS = {"family", "title", "how", "kind", "data", "train_images", "step", "steps", "parameters", "device", "samples",
        "samples_step", "process", "process_steps", "loss", "metrics", "metrics_step", "nn_distances",
        "nn_real_distances"}
FAMILIES = ["gan", "vae", "diffusion"] + (["pixels"] if importlib.util.find_spec("genviz.core.pixels.session") else [])


def trained(family, steps=3, **kwargs):
    session = CompareSession(family, **kwargs)
    session.warm_up()  # as its host does once the first pictures are out: the table's reference
    for _ in range(steps):
        session.step()
    return session


@pytest.mark.parametrize("family", FAMILIES)
def test_a_column_snapshot_has_the_grid_the_process_the_losses_and_a_table_row(family):
    session = trained(family, data="digits", train_images=64, seed=1)
    snap = session.snapshot({})
    assert set(snap) >= KEYS
    assert snap["family"] == family and snap["train_images"] == 64 and snap["steps"] == 3
    assert snap["samples"].shape == (GRID, 8, 8) and snap["samples"].dtype == np.float32
    assert snap["samples"].min() >= 0 and snap["samples"].max() <= 1
    frames = snap["process"]
    assert frames.shape[1:] == (8, 8) and 1 <= len(frames) <= MAX_PROCESS_FRAMES
    if family in ("gan", "vae"):
        assert len(frames) == 1 and snap["process_steps"] == 1
    else:  # from noise (or an empty image) to the grid's first sample
        assert snap["process_steps"] == len(frames) - 1
        np.testing.assert_array_equal(frames[-1], snap["samples"][0])
    if family == "pixels":
        assert np.isnan(frames[0]).all() and not np.isnan(frames[-1]).any()
    assert snap["loss"] and all(curve.shape[1] == 2 for curve in snap["loss"].values())
    row = snap["metrics"]
    assert {"quality", "classes", "evenness", "copies", "copies_real_baseline", "ms_per_sample", "parameters",
            "steps"} <= set(row)
    assert row["steps"] == 3 and row["ms_per_sample"] > 0 and row["parameters"] == snap["parameters"] > 0
    assert snap["nn_distances"].shape == (session.family.live_samples,) and snap["nn_real_distances"].shape == (400,)
    assert row["samples"] == session.family.live_samples and snap["samples_ms"] > 0


def test_unchanged_parts_are_the_same_objects_so_they_travel_once():
    session = trained("vae", data="digits", train_images=64)
    first, second = session.snapshot({}), session.snapshot({})
    for key in ("samples", "process", "metrics", "nn_distances", "nn_real_distances"):
        assert second[key] is first[key], key


def test_a_host_sends_the_first_pictures_before_the_reference_then_makes_it_though_paused():
    """The first pictures never wait for scikit-learn and the digit judge (about 2.5 s of a core, four families at
    once in the window); the host makes them just after, and a paused column still receives them."""
    host = HostProcess(SessionSpec("genviz.core.compare.session:CompareSession", ("gan", "digits", 32, 0)), 1)
    try:
        snapshots = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not snapshots or snapshots[-1]["nn_real_distances"] is None):
            event = host.receive(0.1)
            if event is not None and event[0] == "snapshot":
                snapshots.append(event[2])
                host.send("drawn")
        assert snapshots[0]["samples"].shape == (GRID, 8, 8) and snapshots[0]["nn_real_distances"] is None
        assert snapshots[-1]["nn_real_distances"].shape == (REAL_EXAMPLES,) and snapshots[-1]["metrics"] is None
    finally:
        host.stop()


def test_before_any_step_there_is_a_grid_but_no_table_row():
    snap = CompareSession("gan", data="digits", train_images=32).snapshot({})
    assert snap["metrics"] is None and snap["nn_distances"] is None and snap["samples"].shape == (GRID, 8, 8)


def test_is_it_a_copy_answers_for_a_sample_of_the_grid_shown():
    session = trained("gan", data="digits", train_images=16)
    snap = session.snapshot({})
    answer = session.neighbours(5)
    np.testing.assert_array_equal(answer["sample"], snap["samples"][5])
    training = load_dataset("digits", n=16, seed=0).x
    np.testing.assert_array_equal(answer["images"], training[answer["indices"]])
    assert answer["distances"].shape == (3,) and np.all(np.diff(answer["distances"]) >= 0)
    assert isinstance(answer["copy"], bool) and answer["index"] == 5
    with pytest.raises(ConfigError, match="no sample 16"):
        session.neighbours(16)


def test_a_2d_set_shows_points_and_its_process_moves_them_all():
    session = trained("diffusion", data="ring", seed=0)
    snap = session.snapshot({})
    assert snap["kind"] == "points" and snap["samples"].shape == (SHOWN_POINTS, 2)
    assert snap["process"].shape[1:] == (SHOWN_POINTS, 2)
    assert snap["metrics"]["modes_total"] == 8 and snap["metrics"]["quality"] is None


@pytest.mark.parametrize("family", FAMILIES)
def test_the_saved_model_opens_in_its_own_lab_and_samples_what_the_column_samples(family, tmp_path):
    from importlib import import_module

    session = trained(family, data="digits", train_images=32)
    path = tmp_path / f"{family}.safetensors"
    session.save(path)
    file = load_model(path, expected_lab=family)
    assert file.config["train_images"] == 32
    sampler = import_module(f"genviz.core.{family}.sampler").sampler_from_file(file)
    options = session.family.sample_options
    np.testing.assert_allclose(np.clip(sampler.sample(4, 7, **options), 0, 1), session.samples(4, 7), atol=1e-5)


def test_an_unknown_family_is_one_sentence():
    with pytest.raises(ConfigError, match="no family called 'flow'"):
        CompareSession("flow")


def test_while_training_a_slow_family_redraws_its_pictures_on_their_schedule_but_a_step_by_hand_at_once():
    session = trained("diffusion", data="digits", train_images=32)
    session.training = True  # as its host says while training runs, however slow each step is
    first = session.snapshot({})
    session.step()
    assert session.snapshot({})["samples"] is first["samples"]  # a grid costs many steps: not due yet
    session.training = False  # paused: a step by hand
    session.step()
    hand = session.snapshot({})
    assert hand["samples"] is not first["samples"] and hand["samples_step"] == session.step_count


def test_diffusion_draws_its_grid_and_process_in_fewer_steps_than_the_samples_it_is_judged_by():
    session = trained("diffusion", data="digits", train_images=32)
    snap = session.snapshot({})
    assert snap["process_steps"] == DIFFUSION_GRID_STEPS < DIFFUSION_STEPS
    grid = session.inner.sampler().sample(GRID, 2024, **session.family.shown_options)
    np.testing.assert_allclose(np.clip(grid, 0, 1), snap["samples"], atol=1e-5)  # the current weights, the fixed seed
    assert session.family.grid_note is not None and str(session.family.grid_note).count(str(DIFFUSION_GRID_STEPS))
