"""One family's column of the Compare lab: its session training on the shared data, with what the column draws.

Each family trains in a host process of its own (genviz/core/host.py), built from
`SessionSpec("genviz.core.compare.session:CompareSession", (family, data, train_images, seed))`.

A snapshot holds (the contract the Compare view is built against; arrays are float32 copies):

- "family": "gan" | "vae" | "diffusion" | "pixels"; "title": its name for people; "how": one sentence on how it
  makes a sample; "kind": "images" | "points"; "data": the data set's name; "train_images": how many examples it
  trains on (the seeded subset, or all).
- "step" and "steps": training steps so far (the same number); "parameters": the weights it trains; "device".
- "samples": the grid from a fixed seed, so the class watches the same samples improve: (16, H, W) (or
  (16, H, W, 3)) in [0, 1] for images, (SHOWN_POINTS, 2) for a 2-D set, made with the family's `shown_options`
  (diffusion: fewer steps than the judged samples, Family.grid_note says so). "samples_step": the step they show;
  "samples_ms": what making the grid and the process takes, in milliseconds (a moving average).
- "process": the generation of the grid's first sample (for a 2-D set: of all its points), frame by frame: (k, H, W)
  (or (k, SHOWN_POINTS, 2)), from the start to the sample. Diffusion: from pure noise over its denoising steps, at
  most MAX_PROCESS_FRAMES of them (evenly spaced, the first and the last kept); Pixels: one more pixel per frame,
  NaN where a pixel is not drawn yet; GAN and VAE: one frame, the sample (they make it in one pass).
  "process_steps": network evaluations the generation took (diffusion's steps, one per pixel, 1 for GAN and VAE).
- "loss": {curve name: (n, 2) [step, value]}: the family's own curves (`Family.curves`).
- "metrics": the results-table row (genviz/core/compare/metrics.py `measure`, plus "ms_per_sample",
  "parameters", "steps"), from the family's `live_samples` samples of a fixed seed, made again every few seconds;
  None until the first is made. "metrics_step": the step it shows (None before).
- "nn_distances": (live_samples,) each judged sample's distance to its nearest training example, None until the
  first row; "nn_real_distances": (R,) the same for held-out real examples (None when too few training images,
  and until the reference is made, just after the first pictures): the two histograms of "Is it a copy?".

Unchanged parts are the very same objects as last time, so the host sends each only once (genviz/core/host.py).

Requests: "neighbours"(index) for sample `index` of the grid shown last; "samples"(n, seed) for an export;
"evaluate"(n, seed) for the final table (the judged samples' options, as the live rows); "save"(path) writes the
family's model file, which opens in its own lab.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from genviz.core.compare import metrics
from genviz.core.compare.families import build_session, family
from genviz.core.errors import ConfigError
from genviz.core.modelfile import num_parameters
from genviz.core.session import LivePicture, Session
from genviz.core.translatable import Sentence, translatable

GRID = 16  # samples in a column's grid: 4 x 4
SHOWN_POINTS = 500  # samples of a 2-D set drawn in a column
GRID_SEED = 2024  # the grid's fixed seed: the same samples improve as the family trains
METRIC_SEED = 12345  # the judged samples' seed, other than the grid's
MAX_PROCESS_FRAMES = 65  # every pixel of an 8 x 8 digit and its empty start; diffusion's steps fit too
PICTURES_EVERY_S = 1 / 8  # the grid and the process while training: 8 times a second at most ...
METRICS_EVERY_S = 3.0  # ... and a new table row every 3 s at most,
COST_SHARE = {"pictures": 0.05, "metrics": 0.04}  # ... and each at most this share of the time, however slow.
# Four families on 2 cores (2026-12-03): GAN and VAE 7 grids a second on screen (a grid costs them ~1 ms);
# diffusion and Pixels 0.5 (111 and 158 ms a grid: Pixels makes 64 passes of its transformer, each ~1 ms of overhead
# on one thread, whatever the batch). Five a second would take diffusion ~55% of its time and Pixels ~80%. With
# shares of 10% and 8% they drew a grid a second, but Pixels then missed its 120 s quality target on 2 of 4 runs.


@dataclass(frozen=True)
class CompareSettings:
    family: str
    data: str
    train_images: int | None
    seed: int


class CompareSession(Session):
    lab = "compare"
    requests = frozenset({"save", "neighbours", "samples", "evaluate"})

    def __init__(self, family_name: str, data: str = "digits", train_images: int | None = None, seed: int = 0) -> None:
        super().__init__(CompareSettings(family_name, data, train_images, seed))
        self.family = family(family_name)
        self.inner = build_session(family_name, data, train_images, seed)
        self.dataset = self.inner.dataset
        self.kind = self.dataset.kind
        import torch

        self._threads = torch.get_num_threads()  # numpy and scikit-learn keep to the host's share of the cores too
        self._reference: metrics.Reference | None = None
        self._reference_lock = threading.Lock()
        self._warmed = False  # warm_up has tried to make the reference: the table's rows may come
        self.parameters = sum(num_parameters(getattr(self.inner, name)) for name in self.family.networks)
        self._pictures = LivePicture(PICTURES_EVERY_S, COST_SHARE["pictures"])
        self._metrics = LivePicture(METRICS_EVERY_S, COST_SHARE["metrics"])
        self.step_count = self.inner.step_count
        self._shown: np.ndarray | None = None  # the grid sent last, for "neighbours"

    @property
    def reference(self) -> metrics.Reference:
        """What the samples are measured against: made at the first need, or by `warm_up` after the first pictures.
        It imports scikit-learn and fits the digit judge (about 2.5 s of a core, unless the fork server did), which
        the first pictures of four families at once would otherwise wait for."""
        with self._reference_lock:  # the host's warm-up thread may be making it
            if self._reference is None:
                with threadpool_limits(self._threads):
                    self._reference = metrics.reference(self.dataset, self.config.seed)
            return self._reference

    def warm_up(self) -> None:
        with contextlib.suppress(Exception):  # it fails again, in one sentence, when the first row is made
            self.reference  # noqa: B018 (made now, for the first row of the table)
        self._warmed = True

    @property
    def device_name(self) -> Sentence:
        return self.inner.device_name

    def step(self) -> float:
        loss = self.inner.step()
        self.step_count = self.inner.step_count
        return loss

    # Sampling
    def _sample(self, n: int, seed: int, frames: bool = False, shown: bool = False) -> np.ndarray:
        options = {**(self.family.shown_options if shown else self.family.sample_options),
                   **({"frames": True} if frames else {})}
        out = np.asarray(self.inner.sampler().sample(n, seed, **options), dtype=np.float32)
        return np.clip(out, 0.0, 1.0) if self.kind == "images" else out  # NaN (a pixel not drawn yet) stays NaN

    def samples(self, n: int, seed: int) -> np.ndarray:
        """n samples from `seed`, shaped as `genviz data` writes them."""
        if n < 1:
            raise ConfigError(translatable("Ask for at least 1 sample, not {n}."), n=n)
        return self._sample(n, seed)

    def _draw(self) -> dict[str, Any]:
        n = GRID if self.kind == "images" else SHOWN_POINTS
        if self.family.frames:
            frames = self._sample(n, GRID_SEED, frames=True, shown=True)  # (k, n, ...): from the start to the grid
            grid = frames[-1]
            keep = np.unique(np.linspace(0, len(frames) - 1, min(len(frames), MAX_PROCESS_FRAMES)).round().astype(int))
            process = frames[keep, 0] if self.kind == "images" else frames[keep]
            steps = len(frames) - 1
        else:
            grid = self._sample(n, GRID_SEED, shown=True)
            process, steps = (grid[:1] if self.kind == "images" else grid[None]), 1
        self._shown = grid
        return {"samples": np.ascontiguousarray(grid), "samples_step": self.step_count,
                "process": np.ascontiguousarray(process), "process_steps": steps}

    def evaluate(self, n: int | None = None, seed: int = METRIC_SEED) -> dict[str, Any]:
        """n samples (default: the family's live_samples) from `seed`, their row of the table and their
        nearest-neighbour distances."""
        n = self.family.live_samples if n is None else n
        start = time.perf_counter()
        samples = self.samples(n, seed)
        ms = 1000 * (time.perf_counter() - start) / n
        with threadpool_limits(self._threads):
            row = metrics.measure(samples, self.reference)
            distances = metrics.nearest_distances(samples, self.reference)
        row.update(family=self.family.name, ms_per_sample=ms, parameters=self.parameters, steps=self.step_count)
        return {"samples": samples, "metrics": row, "nn_distances": distances}

    def _measure(self) -> dict[str, Any]:
        result = self.evaluate()
        return {"metrics": result["metrics"], "metrics_step": self.step_count, "nn_distances": result["nn_distances"]}

    def neighbours(self, index: int) -> dict[str, Any]:
        """"Is it a copy?" for sample `index` of the grid shown last: the sample, its nearest training examples,
        their distances and the verdict."""
        if self._shown is None:
            self._draw()
        if not 0 <= index < len(self._shown):
            raise ConfigError(translatable("There is no sample {index} in the grid: pick one of the {count} shown."),
                              index=index, count=len(self._shown))
        with threadpool_limits(self._threads):
            answer = metrics.neighbours(self._shown[index], self.dataset.x)
        return {**answer, "index": index, "step": self.step_count}

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        step = self.step_count
        snap: dict[str, Any] = {
            "family": self.family.name, "title": self.family.title, "how": self.family.how, "kind": self.kind,
            "data": self.dataset.name, "train_images": len(self.dataset.x), "step": step, "steps": step,
            "parameters": self.parameters, "device": self.device_name,
            "loss": {name: curve for name, curve in self.inner.history.arrays().items()
                     if name in self.family.curves},
            "nn_real_distances": None if self._reference is None else self._reference.real_distances,
        }
        snap.update(self._pictures.get(step, self.training, self._draw), samples_ms=1000 * self._pictures.cost)
        if step > 0 and self._warmed:  # training never waits for the warm-up's reference
            snap.update(self._metrics.get(step, self.training, self._measure))
        else:
            snap.update(metrics=None, metrics_step=None, nn_distances=None)
        return snap

    def modules(self) -> dict[str, Any]:
        return self.inner.modules()  # named as the family's own lab names them: a saved timeline loads there

    def write_model(self, path: str | Path) -> None:
        self.inner.write_model(path)
