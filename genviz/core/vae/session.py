"""The VAE lab's training session: a variational autoencoder learning a data set, one Adam step at a time.

Besides the loss curves, a snapshot carries the pictures the lab draws: reconstructions of fixed examples,
the latent map (every training example's code), the decoded manifold over the map's area, the decoding
at the point the student is dragging, and a gallery: a walk between two examples and samples from the prior,
with a fixed pair and seed so that the class watches the same pictures improve (or blur when beta grows).
The map and the manifold cost a pass over many examples, so they are recomputed at a modest rate and cached;
the gallery changes slowly and is decoded once a second; the dragged point is one tiny decode, done for every
snapshot.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.errors import ConfigError, DataError
from genviz.core.modelfile import build_model, load_model, num_parameters, save_model, saved_count
from genviz.core.real_or_fake import quiz_round
from genviz.core.session import LivePicture, Session
from genviz.core.tracking import DIGIT_SETS, TRACKED_SAMPLES, TRACKED_SEED, Tracking, looks_like_digits
from genviz.core.translatable import Sentence, translatable
from genviz.core.vae.config import PRIOR_SAMPLES, VaeConfig, check_beta
from genviz.core.vae.losses import vae_loss
from genviz.core.vae.models import VAE
from genviz.core.vae.projection import LatentProjection
from genviz.core.vae.sampler import VaeSampler, prior_codes

MAP_MAX_POINTS = 2000  # the latent map shows every training example up to this many (a fixed subset beyond)
IMAGE_EXAMPLES = 10  # images in the reconstruction row: one per class where there are classes
POINT_EXAMPLES = 300  # points whose reconstructions are drawn (and the backdrop of the data-space plot)
MANIFOLD_SIDE = {"images": 8, "points": 17}  # decoded grid points per side: digits large enough for a projector
MANIFOLD_PERCENTILES = (1.0, 99.0)  # the manifold covers the map's area, stray codes aside
# While training, a new latent map and manifold at most LIVE_PICTURE_EVERY_S: encoding ~2,000 examples and
# decoding the grid takes the training thread ~3 ms, as long as a training step.
INTERPOLATION_STEPS = 6  # with the two real examples, eight tiles: each large enough for a projector
GALLERY_EVERY_S = 1.0  # while training, the walk and the prior samples are decoded again once a second
CURVES = ("reconstruction", "kl", "total")


class VaeSession(Session):
    lab = "vae"
    requests = frozenset({"save", "set_beta", "refresh_pictures", "interpolate", "sample_prior", "real_or_fake"})

    def __init__(self, config: VaeConfig, dataset: Dataset | None = None, device: torch.device | None = None,
                 model_file: str | Path | None = None):
        """`model_file`: go on from a saved model's weights and step (File > Open model) instead of random ones."""
        super().__init__(config)
        config.validate()
        if dataset is None:
            dataset = load_dataset(config.data, n=config.train_images, seed=config.seed, image_size=config.image_size)
        if dataset.kind == "points" and config.network == "conv":
            raise ConfigError(translatable("The conv network reads images: choose mlp for the 2-D point sets."))
        if len(dataset.x) < 2:
            raise DataError(translatable("The data set {name} has fewer than two examples: a VAE needs more."),
                            name=dataset.name)
        self.dataset = dataset
        self.is_image = dataset.kind == "images"
        self._device = device or pick_device()
        torch.manual_seed(config.seed)
        self.model = VAE(config, dataset.x.shape[1:]) if model_file is None else self._load(model_file)
        self.model.to(self._device)
        self._x = torch.from_numpy(np.ascontiguousarray(dataset.x, dtype=np.float32)).to(self._device)
        self._batch_generator = torch.Generator().manual_seed(config.seed)
        self._noise_generator = torch.Generator(device=self._device).manual_seed(config.seed + 1)

        rng = np.random.default_rng(config.seed)
        n = len(dataset.x)
        # Never changed after this: snapshots share these arrays instead of copying them.
        self.map_indices = np.sort(rng.choice(n, MAP_MAX_POINTS, replace=False)) if n > MAP_MAX_POINTS \
            else np.arange(n)
        self.map_labels = None if dataset.labels is None else dataset.labels[self.map_indices].copy()
        self.example_indices = _pick_examples(dataset, rng)
        self.examples = dataset.x[self.example_indices].copy()

        self.projection = LatentProjection.identity(config.latent_size)
        self._pictures = LivePicture()  # the latent map and the decoded manifold over it
        # The gallery's walk and samples until the student picks others: for the digits, a 0 and a 9.
        self.walk_ends = (int(self.example_indices[0]), int(self.example_indices[-1]))
        self.prior_request = (PRIOR_SAMPLES[dataset.kind], 0)  # (count, seed)
        self._gallery = LivePicture(GALLERY_EVERY_S)

    def _load(self, path: str | Path) -> VAE:
        file = load_model(path, expected_lab=self.lab)
        model = build_model(file, lambda: VAE(self.config, self.dataset.x.shape[1:]))
        self.step_count = saved_count(file, "step")
        self.restore(file)
        return model

    @property
    def device_name(self) -> Sentence:
        return describe(self._device)

    # Training
    @functools.cached_property
    def _optimizer(self) -> torch.optim.Optimizer:
        # Built at the first step: building one imports torch's compiler (about 2 s), which a model only
        # shown (a lesson's first step) never needs.
            return torch.optim.Adam(self.model.parameters(), lr=self.config.learning_rate, **FOREACH)

    def step(self) -> float:
        index = torch.randint(len(self._x), (self.config.batch_size,), generator=self._batch_generator)
        x = self._x[index.to(self._device)]  # (B, *D)
        out, mu, logvar = self.model(x, self._noise_generator)
        loss = vae_loss(out, x, mu, logvar, self.config.beta, self.is_image)
        self._optimizer.zero_grad(set_to_none=True)
        loss.total.backward()
        self._optimizer.step()
        self.step_count += 1
        values = (loss.reconstruction.item(), loss.kl.item(), loss.total.item())
        for name, value in zip(CURVES, values, strict=True):
            self.history.add(name, self.step_count, value)
        return values[2]

    def set_beta(self, beta: float) -> None:
        """Change the weight of the KL term from the next step on (the view's slider calls this)."""
        check_beta(beta)
        self.config = dataclasses.replace(self.config, beta=float(beta))

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """Over the timeline, on the digits: the share of decoded prior samples that look like digits."""
        if self.dataset.name not in DIGIT_SETS:
            return None
        return looks_like_digits(lambda: self.sampler().sample(TRACKED_SAMPLES, TRACKED_SEED))

    def sampler(self) -> VaeSampler:
        """Samples from the decoder as it is now, like a saved model's sampler: it follows training."""
        return VaeSampler(self.model, self._device)

    # Pictures
    @torch.no_grad()
    def encode(self, x: np.ndarray) -> np.ndarray:
        """(N, *D) -> the means of q(z | x), (N, L)."""
        mu, _ = self.model.encode(torch.from_numpy(np.asarray(x, dtype=np.float32)).to(self._device))
        return mu.cpu().numpy()

    @torch.no_grad()
    def decode(self, codes: np.ndarray) -> np.ndarray:
        """(N, L) latent codes -> (N, *D): images in [0, 1] or points."""
        z = torch.from_numpy(np.asarray(codes, dtype=np.float32)).to(self._device)
        return self.model.decode_mean(z).cpu().numpy()

    def decode_map_point(self, point) -> np.ndarray:
        """The decoding of one point of the latent map, (*D): what follows the dragged marker. Kept tiny."""
        return self.decode(self.projection.to_latent(np.asarray(point, dtype=np.float32).reshape(1, 2)))[0]

    def refresh_pictures(self) -> None:
        """Make the map, the manifold and the gallery of the weights as they are now (the view asks when
        training paused between two pictures)."""
        self._pictures.refresh()
        self._gallery.refresh()

    def _draw_pictures(self) -> tuple[dict[str, Any], dict[str, Any]]:
        map_ = self._latent_map()
        return map_, self._decoded_manifold(map_["points"])

    def _latent_map(self) -> dict[str, Any]:
        codes = self.encode(self.dataset.x[self.map_indices])  # (N, L)
        self.projection = LatentProjection.fit(codes, self.projection)
        return {
            "step": self.step_count,
            "points": self.projection.to_map(codes),  # (N, 2)
            "labels": self.map_labels,
            "indices": self.map_indices,
            "explained": self.projection.explained,
            "reconstructions": self.decode(self.encode(self.examples)),  # from the means: a steady picture
        }

    def _decoded_manifold(self, points: np.ndarray) -> dict[str, Any]:
        side = MANIFOLD_SIDE[self.dataset.kind]
        low, high = np.percentile(points, MANIFOLD_PERCENTILES, axis=0)
        pad = np.maximum(0.1 * (high - low), 0.25)
        (x0, y0), (x1, y1) = low - pad, high + pad
        xs = np.linspace(x0, x1, side, dtype=np.float32)
        ys = np.linspace(y1, y0, side, dtype=np.float32)  # top row first, as it is drawn
        grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)  # (side * side, 2) as rows of the picture
        decoded = self.decode(self.projection.to_latent(grid))
        return {
            "step": self.step_count,
            "decoded": decoded.reshape(side, side, *decoded.shape[1:]),  # (rows, columns, *D)
            "extent": (float(x0), float(x1), float(y0), float(y1)),
        }

    def answer(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        """The decoding under the dragged marker."""
        latent = probe.get("latent")
        return {"decoded_at_probe": None if latent is None else self.decode_map_point(latent)}

    def _draw_gallery(self) -> dict[str, Any]:
        return {"step": self.step_count, "walk": self._walk(*self.walk_ends),
                "samples": self._prior_samples(*self.prior_request)}

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        map_, manifold = self._pictures.get(self.step_count, self.training, self._draw_pictures)
        # After the map: the gallery's codes are placed on the map's projection.
        gallery = self._gallery.get((self.step_count, self.walk_ends, self.prior_request), self.training,
                                    self._draw_gallery)
        return {
            "step": self.step_count,
            "loss": self.history.last("total"),
            "history": self.history.arrays(),
            "kind": self.dataset.kind,
            "notes": self.dataset.notes,
            "class_names": self.dataset.class_names,
            "latent_size": self.config.latent_size,
            "beta": self.config.beta,
            "parameters": num_parameters(self.model),
            "examples": self.examples,
            "map": map_,
            "manifold": manifold,
            "gallery": gallery,
            **self.answer(probe),
        }

    # Walking the latent space
    def interpolate(self, first: int, second: int, steps: int = INTERPOLATION_STEPS) -> dict[str, Any]:
        """Decode evenly spaced codes on the straight line between two training examples' codes. From now on
        the gallery's walk is this one, decoded again as the model learns."""
        n = len(self.dataset.x)
        if not (0 <= first < n and 0 <= second < n):
            raise DataError(translatable("Those examples are not in this data set: pick two points on the latent map "
                                         "again."))
        self.walk_ends = (first, second)
        self._gallery.refresh()
        return self._walk(first, second, steps)

    def _walk(self, first: int, second: int, steps: int = INTERPOLATION_STEPS) -> dict[str, Any]:
        ends = self.encode(self.dataset.x[[first, second]])  # (2, L)
        t = np.linspace(0.0, 1.0, steps, dtype=np.float32)[:, None]
        codes = (1 - t) * ends[0] + t * ends[1]  # (steps, L)
        return {
            "indices": (first, second),
            "ends": self.dataset.x[[first, second]].copy(),
            "frames": self.decode(codes),  # (steps, *D)
            "path": self.projection.to_map(codes),  # (steps, 2)
        }

    def sample_prior(self, n: int, seed: int) -> dict[str, Any]:
        """Decode n codes drawn from the prior N(0, I): new data that is in no data set. From now on the
        gallery's samples are these codes, decoded again as the model learns."""
        samples = self._prior_samples(n, seed)
        self.prior_request = (n, seed)
        self._gallery.refresh()
        return samples

    def _prior_samples(self, n: int, seed: int) -> dict[str, Any]:
        codes = prior_codes(n, self.config.latent_size, seed)
        return {"seed": seed, "samples": self.decode(codes), "map_points": self.projection.to_map(codes)}

    def real_or_fake(self, seed: int) -> dict[str, Any]:
        """The "Real or fake?" quiz: real training images and the decodings of codes drawn from the prior with
        `seed` (see quiz_round); "step", the step of the weights used (the timeline's, when it shows a past step).
        The codes have their own generator, so a quiz never changes training."""
        if not self.is_image:
            raise DataError(translatable("Real or fake? needs a data set of images."))
        quiz = quiz_round(self.dataset.x,
                          lambda count: self.decode(prior_codes(count, self.config.latent_size, seed)), seed)
        quiz["step"] = self.step_count
        return quiz

    def write_model(self, path: str | Path) -> None:
        save_model(path, self.lab, dataclasses.asdict(self.config), self.model.state_dict(), {
            "step": self.step_count,
            "kind": self.dataset.kind,
            "data_shape": list(self.dataset.x.shape[1:]),
            "class_names": list(self.dataset.class_names),
        })


def _pick_examples(dataset: Dataset, rng: np.random.Generator) -> np.ndarray:
    """Fixed examples to reconstruct: the first of each class for labelled images, topped up at random."""
    n = len(dataset.x)
    if dataset.kind == "points":
        return np.sort(rng.choice(n, min(n, POINT_EXAMPLES), replace=False))
    count = min(n, IMAGE_EXAMPLES)
    firsts = [] if dataset.labels is None else \
        [int(np.flatnonzero(dataset.labels == c)[0]) for c in np.unique(dataset.labels)][:count]
    others = np.setdiff1d(np.arange(n), firsts)
    return np.concatenate([firsts, rng.choice(others, count - len(firsts), replace=False)]).astype(np.int64)
