"""The Diffusion lab's training session: a denoiser learning to predict the noise mixed into the data.

Each step takes a batch of training examples, gives each its own random timestep t, noises it in closed form
and nudges the network towards the noise that was really added (Ho et al. 2020, Algorithm 1). Sampling uses an
exponential moving average of the weights, which changes more smoothly than the weights themselves.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.diffusion.arrows import DenoisingField
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.data_scale import DataScale
from genviz.core.diffusion.models import build_denoiser
from genviz.core.diffusion.reverse_run import ReverseRun, prepare_run
from genviz.core.diffusion.sampler import LAB, DiffusionSampler
from genviz.core.diffusion.sampling import Trajectory, q_sample
from genviz.core.diffusion.schedules import make_schedule
from genviz.core.errors import DataError
from genviz.core.modelfile import build_model, load_model, num_parameters, saved_count
from genviz.core.real_or_fake import quiz_round
from genviz.core.session import LivePicture, Session
from genviz.core.tracking import DIGIT_SETS, TRACKED_SAMPLES, TRACKED_SEED, Tracking, looks_like_digits
from genviz.core.translatable import Sentence, translatable

# DDIM steps of the tracked samples. At the 48 kept steps of a 1,500-step digits run, 10 steps gave shares within 0.015
# of 20 steps' on average (a sample is 0.031), in half the time (4.4 s against 8.5 s on one thread); 5 steps 0.05 off.
TRACKED_STEPS = 10
LOSS_BINS = 20  # timestep ranges for "loss by timestep"
LOSS_BIN_RATE = 0.05  # weight of each new batch in a bin's running average
FORWARD_POINTS = 1000  # 2-D points shown in the forward process
FIELD_GRID = 15  # arrows per side of the 2-D denoising-direction grid
EMA_WARMUP = 10  # the EMA decay grows as (1 + n) / (EMA_WARMUP + n) up to its setting, so early samples are not
#                  stuck at the random initial weights


def loss_weights(alpha_bar: np.ndarray, min_snr: float) -> np.ndarray:
    """Min-SNR-gamma weights (Hang et al. 2023) for epsilon prediction: min(SNR_t, gamma) / SNR_t, where
    SNR_t = alpha_bar_t / (1 - alpha_bar_t) is the signal-to-noise ratio of x_t. All ones when min_snr is 0."""
    if min_snr == 0:
        return np.ones_like(alpha_bar)
    with np.errstate(divide="ignore"):
        snr = alpha_bar / (1 - alpha_bar)  # infinite at t = 0, never trained
    return np.minimum(snr, min_snr) / snr


class DiffusionSession(Session):
    lab = "diffusion"
    requests = frozenset({"save", "reverse_run", "real_or_fake"})

    def __init__(self, config: DiffusionConfig, dataset: Dataset | None = None,
                 device: torch.device | None = None) -> None:
        config.validate()
        if dataset is None:
            dataset = load_dataset(config.data, n=config.train_images, seed=config.seed, image_size=config.image_size,
                                   color=config.color)
        if len(dataset.x) < 2:
            raise DataError(translatable("{name} has {count} example: a model needs at least 2 to learn from."),
                            name=dataset.name, count=len(dataset.x))
        config = config.resolved(dataset.kind)
        super().__init__(config)
        self.dataset = dataset
        self._device = device or pick_device()
        self._generator = torch.Generator().manual_seed(config.seed)
        torch.manual_seed(config.seed)
        self.schedule = make_schedule(config.schedule, config.timesteps)
        self._alpha_bar = torch.tensor(self.schedule.alpha_bar, dtype=torch.float32, device=self._device)
        self._weights = torch.tensor(loss_weights(self.schedule.alpha_bar, config.min_snr), dtype=torch.float32,
                                     device=self._device)  # (T + 1,) the weight of each timestep's loss
        self.scale = DataScale.fit(dataset.kind, dataset.x)
        self._data = self.scale.encode(dataset.x).to(self._device)  # (N, *model_shape)

        self.model = build_denoiser(dataset.kind, config.width, config.depth, self.scale.channels).to(self._device)
        ema = copy.deepcopy(self.model).eval().requires_grad_(False)
        self._sampler = DiffusionSampler(ema, self.schedule, self.scale, config, self._device)
        self._live_parameters, self._ema_parameters = list(self.model.parameters()), list(ema.parameters())

        bins = min(LOSS_BINS, self.T)
        self._bin_edges = np.linspace(0, self.T, bins + 1)  # bin k holds t in (edges[k], edges[k + 1]]
        self._bin_loss = np.full(bins, np.nan)
        self._forward = self._forward_process(np.random.default_rng(config.seed))
        self._settings = dataclasses.asdict(config)  # with the automatic sizes filled in
        self._parameters = num_parameters(self.model)
        self._field = LivePicture()

    @property
    def T(self) -> int:
        return self.schedule.T

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """Over the timeline, on the digits: the share of samples that look like digits, sampled with DDIM in
        TRACKED_STEPS steps (tens of milliseconds at each kept step, not a whole reverse process)."""
        if self.dataset.name not in DIGIT_SETS:
            return None
        return looks_like_digits(lambda: self.sampler().sample(TRACKED_SAMPLES, TRACKED_SEED, sampler="ddim",
                                                               steps=TRACKED_STEPS))

    def sampler(self) -> DiffusionSampler:
        """Samples from the moving average of the weights as they are now, like a saved model's sampler: it follows
        training, so the same seed shows the same samples improve."""
        return self._sampler

    @property
    def ema_model(self) -> torch.nn.Module:
        return self._sampler.model

    def modules(self) -> dict[str, torch.nn.Module]:
        return {"model": self.model, "ema": self.ema_model}

    @property
    def device_name(self) -> Sentence:
        return describe(self._device)

    def _forward_process(self, rng: np.random.Generator) -> dict[str, Any]:
        """One fixed training example (a cloud of points for 2-D data) noised at every t with one fixed noise,
        so the slider moves through a single forward process instead of flickering."""
        if self.dataset.kind == "points":
            pick = rng.choice(len(self.dataset.x), size=min(FORWARD_POINTS, len(self.dataset.x)), replace=False)
        else:
            pick = rng.integers(len(self.dataset.x), size=1)
        x0 = self._data[torch.from_numpy(pick).to(self._device)]
        noise = torch.from_numpy(rng.standard_normal(x0.shape).astype(np.float32)).to(self._device)
        t = torch.arange(self.T + 1, device=self._device)
        frames = q_sample(self._alpha_bar, x0.unsqueeze(0), t, noise.unsqueeze(0))  # (T + 1, M, ...)
        frames = self.scale.decode(frames)
        return {"frames": frames if self.dataset.kind == "points" else frames[:, 0],  # (T + 1, M, 2) / (T + 1, H, W)
                "signal": self.schedule.signal.copy(), "noise": self.schedule.noise.copy(),
                "index": int(pick[0])}

    @functools.cached_property
    def _optimizer(self) -> torch.optim.Optimizer:
        # Built at the first step: building one imports torch's compiler (about 2 s), which a model only
        # shown (a lesson's first step) never needs.
            return torch.optim.AdamW(self.model.parameters(), lr=self.config.learning_rate, weight_decay=0.0,
                                     **FOREACH)

    def step(self) -> float:
        B = self.config.batch_size
        index = torch.randint(len(self._data), (B,), generator=self._generator).to(self._device)
        t = torch.randint(1, self.T + 1, (B,), generator=self._generator).to(self._device)
        x0 = self._data[index]  # (B, *model_shape)
        noise = torch.randn(x0.shape, generator=self._generator).to(self._device)
        predicted = self.model(q_sample(self._alpha_bar, x0, t, noise), t)
        per_example = ((predicted - noise) ** 2).flatten(1).mean(dim=1)  # (B,) how wrong each noise guess is
        self._optimizer.zero_grad(set_to_none=True)
        (self._weights[t] * per_example).mean().backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self._optimizer.step()
        self.step_count += 1
        self._update_ema()
        value = per_example.mean().item()  # the plain noise-guess error: what the loss plots show
        self.history.add("train", self.step_count, value)
        self._update_loss_bins(t.cpu().numpy(), per_example.detach().cpu().numpy())
        return value

    @torch.no_grad()
    def _update_ema(self) -> None:
        n = self.step_count
        decay = min(self.config.ema_decay, (1 + n) / (EMA_WARMUP + n))
        torch._foreach_lerp_(self._ema_parameters, self._live_parameters, 1 - decay)  # one call for all tensors

    def _update_loss_bins(self, t: np.ndarray, losses: np.ndarray) -> None:
        bins = np.searchsorted(self._bin_edges, t, side="left") - 1  # t in (edges[k], edges[k + 1]] -> k
        count = np.bincount(bins, minlength=len(self._bin_loss))
        total = np.bincount(bins, weights=losses, minlength=len(self._bin_loss))
        seen = count > 0
        batch_mean = total[seen] / count[seen]
        old = self._bin_loss[seen]
        self._bin_loss[seen] = np.where(np.isnan(old), batch_mean, old + LOSS_BIN_RATE * (batch_mean - old))

    def loss_by_timestep(self) -> tuple[np.ndarray, np.ndarray]:
        """(centres of the timestep bins, running-average loss in each), copies."""
        centres = (self._bin_edges[:-1] + self._bin_edges[1:]) / 2
        return centres, self._bin_loss.copy()

    def reverse_process(self, n: int, seed: int, sampler: str = "ddpm", steps: int | None = None) -> Trajectory:
        """Denoise n samples from seeded noise with the EMA weights, keeping every frame and prediction."""
        return self._sampler.trajectory(n, seed, sampler, steps)

    def reverse_run(self, n: int, seed: int, sampler: str = "ddpm", steps: int | None = None) -> ReverseRun:
        """The reverse process with every frame laid out for the view to play, scrub and step back."""
        return prepare_run(self, n, seed, sampler, steps)

    def real_or_fake(self, seed: int, sampler: str = "ddim", steps: int | None = None) -> dict[str, Any]:
        """The "Real or fake?" quiz: real training images and the moving average's samples, each a whole reverse
        process from noise seeded with `seed`, denoised with `sampler` and `steps` as the lab's reverse process is
        (see quiz_round); "step", the step of the weights used. The host runs a request with the weights of the
        step the timeline shows; the noise has its own generator, so a quiz never changes training."""
        if self.dataset.kind != "images":
            raise DataError(translatable("Real or fake? needs a data set of images."))
        quiz = quiz_round(self.dataset.x, lambda count: self._sampler.sample(count, seed, sampler, steps), seed)
        quiz["step"] = self.step_count
        return quiz

    def denoising_field(self, t: int) -> DenoisingField:
        """Arrows on a grid over the 2-D data: where the network would move a point found there at time t.
        While training, made again at most every LIVE_PICTURE_EVERY_S."""
        return self._field.get((t, self.step_count), self.training,
                               lambda: self._sampler.denoising_field(t, self._field_grid()))

    def denoising_fields(self, timesteps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The grid and the arrows at each of several timesteps (1..T), e.g. every frame of a reverse process:
        (G, 2) points and (len(timesteps), G, 2) directions."""
        grid = self._field_grid()
        return grid, np.stack([self._sampler.denoising_field(int(t), grid).direction for t in timesteps])

    def _field_grid(self) -> np.ndarray:
        low, high = self.dataset.x.min(axis=0), self.dataset.x.max(axis=0)
        centre, half = (low + high) / 2, (high - low).max() / 2 * 1.3
        ticks = np.linspace(-half, half, FIELD_GRID)
        xs, ys = np.meshgrid(ticks + centre[0], ticks + centre[1])
        return np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32)

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        centres, losses = self.loss_by_timestep()
        snapshot = {
            "step": self.step_count,
            "loss": self.history.last("train"),
            "history": self.history.arrays(),
            "kind": self.dataset.kind,
            "T": self.T,
            "parameters": self._parameters,
            "settings": self._settings,
            "loss_by_t": (centres, losses),
            "forward": self._forward,  # never changes during a run: shared, not copied
        }
        if self.dataset.kind == "points":
            t = int(np.clip(probe.get("field_t", self.T // 10), 1, self.T))
            snapshot["field"] = self.denoising_field(t)
        return snapshot

    def write_model(self, path: str | Path) -> None:
        self._sampler.save(path, {"step": self.step_count, "data": self.dataset.name})


def session_from_file(config: DiffusionConfig, path: str) -> DiffusionSession:
    """A session that goes on from a saved model (File > Open model): `config` is the file's settings, and the
    file's weights (the moving average it was sampled with) become both the network's and the average's."""
    file = load_model(path, expected_lab=LAB)
    session = DiffusionSession(config)
    kind, settings = session.dataset.kind, session.config
    weights = build_model(file, lambda: build_denoiser(kind, settings.width, settings.depth,
                                                       session.scale.channels)).state_dict()
    session.model.load_state_dict(weights)
    session.ema_model.load_state_dict(weights)
    session.step_count = saved_count(file, "step")
    session.restore(file)
    return session
