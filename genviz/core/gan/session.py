"""The GAN lab's training session: a generator and a discriminator taking turns, with pictures of the duel."""

from __future__ import annotations

import dataclasses
import functools
from collections import deque
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genviz.core.data.datasets import Dataset, load_dataset
from genviz.core.data.evaluation import mode_coverage
from genviz.core.device import FOREACH, describe, pick_device
from genviz.core.errors import DataError
from genviz.core.gan import losses
from genviz.core.gan.config import DRAWN, GanConfig
from genviz.core.gan.models import Discriminator, Generator
from genviz.core.gan.sampler import GanSampler
from genviz.core.gan.walkthrough import UpdateRecord, WalkStep, describe_update
from genviz.core.modelfile import ModelFile, build_model, load_model, num_parameters, save_model, saved_count
from genviz.core.real_or_fake import quiz_round
from genviz.core.session import LivePicture, Session
from genviz.core.tracking import DIGIT_SETS, Tracking, looks_like_digits
from genviz.core.translatable import Sentence, translatable

FIXED_POINTS = 512  # fixed-noise fakes drawn on the plane (and judged for mode coverage)
REAL_POINTS = 512  # real points drawn beside them
FIXED_IMAGES = 36  # a 6x6 grid of fixed-noise fakes
HEATMAP_CELLS = 48  # D is evaluated on a 48x48 grid over the plane (drawn smoothly scaled up)
ARROWS = 128  # fakes that get a gradient arrow
GRID_LINES = 13  # lines of the warped noise grid in each direction
GRID_POINTS = 33  # points along each line
GRID_SPAN = 2.5  # the grid covers z in [-2.5, 2.5]^2: nearly all of a standard normal's mass
STRIP_FIRST = 25  # the earlier-steps strip keeps the fakes at step 0 and at 25, 50, 100, 200, ... steps
STRIP_KEEP = 4  # step 0 and the three newest: few, large tiles a projector can show
STRIP_FAKES = 4  # the first four fixed-noise fakes, a 2x2 tile for each step
WARMUP = 300  # before this many steps every run looks "failed": G has not spread out, D has not settled
COLLAPSE_SPREAD = 0.25  # fakes spread less than a quarter as much as the data: collapse
COLLAPSE_SHARP = 0.5  # ... or half the fakes sit on modes, but on at most half of the modes
# The failure banner reads G's loss over the last FAILURE_WINDOW updates as means of blocks of FAILURE_BLOCK:
# "swing" is the median change from one block's mean to the next. Block means average the batches' noise away,
# so a swing is the game itself overshooting. Measured on every preset (ring, 2,400 steps; digits, 1,200):
# healthy runs swing at most 0.03 on the ring and 0.35 on the digits, with a learning rate 40x too high at least
# 0.19 and 1.5; D wins the game with its verdicts 0.64 or more apart while G's loss swings at most 0.01.
FAILURE_WINDOW = 1000
FAILURE_BLOCK = 20
UNSTABLE_SWING = {"points": 0.1, "images": 0.75}  # the digits' small batches make their loss noisier
D_WINS_GAP = 0.6  # mean D(real) - D(fake) over the last FAILURE_BLOCK * 10 discriminator updates
FLAT_SWING = 0.05  # G's loss has stopped moving


class GanSession(Session):
    lab = "gan"
    requests = frozenset({"save", "walkthrough", "train_discriminator_once", "train_generator_once", "real_or_fake"})
    counters = ("step_count", "d_updates", "g_updates")

    def __init__(self, config: GanConfig, dataset: Dataset | None = None, device: torch.device | None = None,
                 model_file: str | Path | None = None) -> None:
        """`model_file`: go on from a saved GAN's weights and step (File > Open model) instead of random ones;
        `config` is then the file's settings (as the settings panel shows them)."""
        super().__init__(config)
        config.validate()
        self.dataset = dataset if dataset is not None else load_dataset(
            config.data, n=config.train_images, seed=config.seed, image_size=config.image_size, color=config.color,
            mnist_folder=config.mnist_folder or None)
        self.kind = self.dataset.kind
        self._device = device or pick_device()
        torch.manual_seed(config.seed)
        self._rng = torch.Generator().manual_seed(config.seed)
        self._real = torch.from_numpy(self.dataset.x).to(self._device)  # (N, *sample_shape)
        shape = tuple(self.dataset.x.shape[1:])
        images = self.kind == "images"
        self.generator = Generator(config.noise_dim, shape, config.depth, config.width, images).to(self._device)
        self.discriminator = Discriminator(shape, config.depth, config.width, config.d_dropout).to(self._device)
        self.d_updates = 0
        self.g_updates = 0
        if model_file is not None:
            self._load(load_model(model_file, expected_lab=self.lab))
        self._g_losses: deque[float] = deque(maxlen=FAILURE_WINDOW)
        self._verdict_gaps: deque[float] = deque(maxlen=FAILURE_BLOCK * 10)
        self._last: dict[str, float] = {}
        fixed = FIXED_POINTS if self.kind == "points" else FIXED_IMAGES
        self._fixed_noise = self._noise(fixed)
        shown = torch.randperm(len(self._real), generator=self._rng)[: REAL_POINTS if self.kind == "points" else fixed]
        self._shown_real = self.dataset.x[shown.numpy()].copy()
        self._extent = self._plot_extent() if self.kind == "points" else 0.0
        self._heatmap = LivePicture()
        self._pictures = LivePicture()  # the fakes, their arrows and the warped grid
        self._strip: tuple[tuple[int, np.ndarray], ...] = ((self.step_count, self._strip_fakes()),)
        self._next_milestone = STRIP_FIRST
        while self._next_milestone <= self.step_count:
            self._next_milestone *= 2

    def _load(self, file: ModelFile) -> None:
        """The file's weights into G and D, and its step and update counts."""
        build_model(file, lambda: self.generator, prefix="generator.")  # checks the shapes, then loads in place
        build_model(file, lambda: self.discriminator, prefix="discriminator.")
        self.step_count = saved_count(file, "step")
        self.d_updates = saved_count(file, "d_updates", self.step_count * self.config.d_steps)
        self.g_updates = saved_count(file, "g_updates", self.step_count)
        self.restore(file)

    # Built at the first update: building one imports torch's compiler (about 2 s), which a model only shown (a
    # lesson's first step) never needs.
    @functools.cached_property
    def _opt_g(self) -> torch.optim.Optimizer:
        return self._optimizer(self.generator, self.config.lr_g)

    @functools.cached_property
    def _opt_d(self) -> torch.optim.Optimizer:
        return self._optimizer(self.discriminator, self.config.lr_d)

    def _optimizer(self, module: torch.nn.Module, lr: float) -> torch.optim.Optimizer:
        if self.config.optimizer == "sgd":
            return torch.optim.SGD(module.parameters(), lr=lr, momentum=0.9, **FOREACH)
        return torch.optim.Adam(module.parameters(), lr=lr, betas=(0.5, 0.999), **FOREACH)  # beta1 0.5 as DCGAN

    @property
    def device_name(self) -> Sentence:
        return describe(self._device)

    # Training
    def _noise(self, n: int) -> torch.Tensor:
        return torch.randn(n, self.config.noise_dim, generator=self._rng).to(self._device)  # (n, noise_dim)

    def _real_batch(self) -> torch.Tensor:
        rows = torch.randint(len(self._real), (self.config.batch_size,), generator=self._rng)
        return self._real[rows.to(self._device)]  # (B, *sample_shape)

    def _update_discriminator(self, real: torch.Tensor, z: torch.Tensor) -> dict[str, float]:
        with torch.no_grad():
            fakes = self.generator(z)
        out = self.discriminator(torch.cat([real, fakes]))  # one pass over both halves: (2B,)
        out_real, out_fake = out[: len(real)], out[len(real) :]
        loss = losses.discriminator_loss(out_real, out_fake, self.config.loss)
        self._opt_d.zero_grad(set_to_none=True)
        loss.backward()
        self._opt_d.step()
        self.d_updates += 1
        kind = self.config.loss
        return {"discriminator": loss.item(), "d_real": losses.realness(out_real, kind).mean().item(),
                "d_fake": losses.realness(out_fake, kind).mean().item()}

    @contextmanager
    def _frozen_discriminator(self):
        """D's weights need no gradients while G learns through it: skip that work."""
        for p in self.discriminator.parameters():
            p.requires_grad_(False)
        try:
            yield
        finally:
            for p in self.discriminator.parameters():
                p.requires_grad_(True)

    @contextmanager
    def _judging(self):
        """D without dropout while the lab only looks at its verdicts (heat map, arrows): a steady picture."""
        self.discriminator.eval()
        try:
            yield
        finally:
            self.discriminator.train()

    def _update_generator(self, z: torch.Tensor) -> float:
        with self._frozen_discriminator():
            loss = losses.generator_loss(self.discriminator(self.generator(z)), self.config.loss)
            self._opt_g.zero_grad(set_to_none=True)
            loss.backward()
            self._opt_g.step()
        self.g_updates += 1
        return loss.item()

    def _record(self, values: Mapping[str, float], by_hand: bool = False) -> None:
        """An update's numbers, on the curves at the step it is part of: the coming one, or for an update by hand
        the step it follows (it shares that step's point)."""
        self._last.update(values)
        for name, value in values.items():
            self.history.add(name, self.step_count + (not by_hand), value)
        if "generator" in values:
            self._g_losses.append(values["generator"])
        if "d_real" in values:
            self._verdict_gaps.append(values["d_real"] - values["d_fake"])

    def _finish_step(self) -> None:
        self.step_count += 1
        if self.step_count == self._next_milestone:
            strip = (*self._strip, (self.step_count, self._strip_fakes()))
            self._strip = strip[:1] + strip[max(1, len(strip) - STRIP_KEEP + 1):]  # keep step 0 and the newest
            self._next_milestone *= 2

    def step(self) -> float:
        """One full update: d_steps discriminator updates, then one generator update. Returns G's loss."""
        for _ in range(self.config.d_steps):
            self._record(self._update_discriminator(self._real_batch(), self._noise(self.config.batch_size)))
        g_loss = self._update_generator(self._noise(self.config.batch_size))
        self._record({"generator": g_loss})
        self._finish_step()
        return g_loss

    def train_discriminator_once(self) -> dict[str, float]:
        """One discriminator update on its own (the view's "Train D once"): its loss, D(real), D(fake)."""
        values = self._update_discriminator(self._real_batch(), self._noise(self.config.batch_size))
        self._record(values, by_hand=True)
        return values

    def train_generator_once(self) -> float:
        """One generator update on its own (the view's "Train G once"); returns its loss."""
        g_loss = self._update_generator(self._noise(self.config.batch_size))
        self._record({"generator": g_loss}, by_hand=True)
        return g_loss

    def walkthrough(self) -> list[WalkStep]:
        """Do one real update, a step like any other (d_steps D updates, then one G update on the first D update's
        noise), captured sub-step by sub-step."""
        kind, B = self.config.loss, self.config.batch_size
        real, z = self._real_batch(), self._noise(B)
        fakes = self.generator(z).detach().requires_grad_(True)
        with self._frozen_discriminator():
            out_fake = self.discriminator(fakes)
            g_loss = losses.generator_loss(out_fake, kind)
            (grad,) = torch.autograd.grad(g_loss, fakes)
        with torch.no_grad():
            out_real = self.discriminator(real)
            d_loss = losses.discriminator_loss(out_real, out_fake, kind).item()
        self._record(self._update_discriminator(real, z))
        for _ in range(self.config.d_steps - 1):
            self._record(self._update_discriminator(self._real_batch(), self._noise(B)))
        self._record({"generator": self._update_generator(z)})
        with torch.no_grad():
            after = self.generator(z)
            d_after = losses.realness(self.discriminator(after), kind)
        self._finish_step()
        record = UpdateRecord(
            kind=self.kind, loss=kind, optimizer=self.config.optimizer, d_steps=self.config.d_steps,
            noise=_numpy(z), real=_numpy(real), fakes=_numpy(fakes),
            d_real=_numpy(losses.realness(out_real, kind)), d_fake=_numpy(losses.realness(out_fake, kind)),
            d_loss=d_loss, g_loss=g_loss.item(), arrows=_numpy(-grad * B),  # per-sample gradient, not the mean's
            fakes_after=_numpy(after), d_fake_after=_numpy(d_after))
        return describe_update(record)

    @torch.no_grad()
    def real_or_fake(self, seed: int) -> dict[str, Any]:
        """The "Real or fake?" quiz: real training images and fakes from fresh noise, mixed with `seed` (see
        quiz_round), with D's verdict on each, "d_real" (16,) in [0, 1], and "step", the step of the weights used.
        The host runs a request with the weights of the step the timeline shows, so a past step's G and D answer."""
        if self.kind != "images":
            raise DataError(translatable("Real or fake? needs a data set of images."))
        noise = torch.Generator().manual_seed(seed)  # not the training's generator: a quiz never changes training

        def fakes(count: int) -> np.ndarray:
            return _numpy(self.generator(torch.randn(count, self.config.noise_dim, generator=noise).to(self._device)))

        quiz = quiz_round(self.dataset.x, fakes, seed)
        with self._judging():
            verdicts = losses.realness(self.discriminator(torch.from_numpy(quiz["images"]).to(self._device)),
                                       self.config.loss)
        quiz["d_real"] = _numpy(verdicts.clamp(0, 1))  # least squares' raw score may overshoot its targets 0 and 1
        quiz["step"] = self.step_count
        return quiz

    def tracking(self, probe: Mapping[str, Any]) -> Tracking | None:
        """Over the timeline: the modes G's fakes cover, on data made of modes (the moment it finds the eighth); on
        digits the share of fakes that look like digits; else D(real) - D(fake), how far D tells the shown real data
        from G's fixed-noise fakes."""
        if self.dataset.name in DIGIT_SETS:
            return looks_like_digits(self._fixed_fakes)
        if self.kind == "points" and self.dataset.modes is not None:
            modes = self.dataset.modes

            def covered() -> float:
                return float(mode_coverage(self._fixed_fakes(), modes, self.dataset.mode_std)[0])

            name = Sentence(translatable("Modes covered (of {modes})"), {"modes": len(modes)})
            return Tracking(("modes",), name, covered, 0.0, float(len(modes)))
        real = torch.from_numpy(self._shown_real).to(self._device)

        @torch.no_grad()
        def edge() -> float:
            with self._judging():
                d_real = losses.realness(self.discriminator(real), self.config.loss).clamp(0, 1).mean()
                d_fake = losses.realness(self.discriminator(self.generator(self._fixed_noise)),
                                         self.config.loss).clamp(0, 1).mean()
            return float(d_real - d_fake)

        return Tracking(("edge",), Sentence(translatable("D(real) - D(fake)")), edge, -1.0, 1.0)

    def sampler(self) -> GanSampler:
        """Samples from the generator as it is now, like a saved model's sampler: it follows training."""
        return GanSampler(self.generator)

    # Pictures
    @torch.no_grad()
    def _fixed_fakes(self) -> np.ndarray:
        return _numpy(self.generator(self._fixed_noise))

    @torch.no_grad()
    def _strip_fakes(self) -> np.ndarray:
        return _numpy(self.generator(self._fixed_noise[:STRIP_FAKES]))

    def _plot_extent(self) -> float:
        """Half the side of the square the plane views show: the data with a margin, at least [-3, 3]."""
        reach = float(np.abs(self.dataset.x).max())
        return max(3.0, float(np.ceil(reach * 1.2 * 2) / 2))

    @torch.no_grad()
    def heatmap(self) -> np.ndarray:
        """(HEATMAP_CELLS, HEATMAP_CELLS) D's realness over the plane; row i is y, column j is x, y upwards."""
        ticks = torch.linspace(-self._extent, self._extent, HEATMAP_CELLS, device=self._device)
        ys, xs = torch.meshgrid(ticks, ticks, indexing="ij")
        plane = torch.stack([xs.reshape(-1), ys.reshape(-1)], dim=1)  # (cells^2, 2)
        with self._judging():
            score = losses.realness(self.discriminator(plane), self.config.loss)
        return _numpy(score.reshape(HEATMAP_CELLS, HEATMAP_CELLS))

    def generator_arrows(self, count: int = ARROWS) -> tuple[np.ndarray, np.ndarray]:
        """(fakes (n, 2), arrows (n, 2)): where the generator's loss pushes each of the first fixed-noise fakes."""
        fakes = self.generator(self._fixed_noise[:count]).detach().requires_grad_(True)
        with self._frozen_discriminator(), self._judging():
            loss = losses.generator_loss(self.discriminator(fakes), self.config.loss)
            (grad,) = torch.autograd.grad(loss, fakes)
        return _numpy(fakes), _numpy(-grad * len(fakes))

    @torch.no_grad()
    def warped_grid(self) -> np.ndarray:
        """(2 * GRID_LINES, GRID_POINTS, 2): a square grid in noise space (first two z numbers, others 0) through G."""
        ticks = torch.linspace(-GRID_SPAN, GRID_SPAN, GRID_POINTS, device=self._device)
        levels = torch.linspace(-GRID_SPAN, GRID_SPAN, GRID_LINES, device=self._device)
        a, b = torch.meshgrid(levels, ticks, indexing="ij")  # (lines, points)
        rows = torch.stack([b, a], dim=-1)  # lines of constant z2
        lines = torch.cat([rows, rows.flip(-1)]).reshape(-1, 2)  # then lines of constant z1
        z = torch.zeros(len(lines), self.config.noise_dim, device=self._device)
        z[:, : min(2, self.config.noise_dim)] = lines[:, : min(2, self.config.noise_dim)]
        return _numpy(self.generator(z)).reshape(2 * GRID_LINES, GRID_POINTS, 2)

    def _failure(self, fakes: np.ndarray, coverage: tuple[int, float] | None) -> Sentence | None:
        """One sentence naming the failure the numbers show, else None: the most telling one, so each preset's
        banner names what it shows. An unstable game comes first (its D often wins too, and its fakes bunch for a
        while), then a D that has won while G stands still (its fakes creep and cover few modes), then collapse."""
        if self.step_count < WARMUP:
            return None
        usable = len(self._g_losses) // FAILURE_BLOCK * FAILURE_BLOCK
        blocks = np.asarray(self._g_losses)[len(self._g_losses) - usable:].reshape(-1, FAILURE_BLOCK).mean(axis=1)
        swing = float(np.median(np.abs(np.diff(blocks)))) if len(blocks) > 2 else 0.0
        if swing > UNSTABLE_SWING[self.kind]:
            return Sentence(translatable("Unstable: the losses jump about instead of settling, as when the learning "
                                         "rates are too high."))
        gap = float(np.mean(self._verdict_gaps)) if self._verdict_gaps else 0.0
        if gap > D_WINS_GAP and swing < FLAT_SWING:
            return Sentence(translatable("The discriminator has won: its verdicts on real and fake are {gap:.2f} "
                                         "apart and G's loss has stopped moving, so G learns almost nothing."),
                            {"gap": gap})
        modes = self.dataset.modes
        if coverage is not None and coverage[0] <= len(modes) // 2 and coverage[1] >= COLLAPSE_SHARP:
            return Sentence(translatable("Mode collapse: the generator covers only {covered} of the {modes} modes "
                                         "and ignores the rest."), {"covered": coverage[0], "modes": len(modes)})
        flat_fake, flat_real = fakes.reshape(len(fakes), -1), self._shown_real.reshape(len(self._shown_real), -1)
        if flat_fake.std(axis=0).sum() < COLLAPSE_SPREAD * flat_real.std(axis=0).sum():
            return Sentence(translatable("Mode collapse: the fakes have bunched together and no longer vary like the "
                                         "data."))
        return None

    def _draw_pictures(self, arrows: bool, grid: bool) -> dict[str, Any]:
        """The fixed-noise fakes and what is computed from them (a few milliseconds: cached between updates)."""
        fakes = self._fixed_fakes()
        pictures: dict[str, Any] = {"fakes": fakes}
        coverage = None
        if self.kind == "points" and self.dataset.modes is not None:
            coverage = mode_coverage(fakes, self.dataset.modes, self.dataset.mode_std)
            pictures["coverage"] = (coverage[0], len(self.dataset.modes), coverage[1])
        if arrows:
            pictures["arrow_points"], pictures["arrows"] = self.generator_arrows()
        if grid:
            pictures["warped_grid"] = self.warped_grid()
        pictures["collapse"] = self._failure(fakes, coverage)
        return pictures

    def snapshot(self, probe: Mapping[str, Any]) -> dict[str, Any]:
        snap: dict[str, Any] = {
            "step": self.step_count,
            "loss": self._last.get("generator", float("nan")),
            "history": self.history.arrays(),
            "kind": self.kind,
            "data": self.dataset.name,
            "notes": self.dataset.notes,
            "last": dict(self._last),
            "d_updates": self.d_updates,
            "g_updates": self.g_updates,
            # "Train D once" and "Train G once" are updates outside any step: (D, G) such updates
            "by_hand": (max(0, self.d_updates - self.step_count * self.config.d_steps),
                        max(0, self.g_updates - self.step_count)),
            "parameters": (num_parameters(self.generator), num_parameters(self.discriminator)),
            "real": self._shown_real,  # never changes: the view may compare by identity
        }
        points = self.kind == "points"
        arrows, grid = points and bool(probe.get("arrows")), points and bool(probe.get("grid"))
        updates = self.d_updates + self.g_updates
        snap.update(self._pictures.get((updates, arrows, grid), self.training,
                                       lambda: self._draw_pictures(arrows, grid)))
        if points:
            snap["extent"] = self._extent
            snap["heatmap"] = self._heatmap.get(self.d_updates, self.training, self.heatmap)
            snap["modes"] = self.dataset.modes
        else:
            snap["strip"] = self._strip  # (step, grid) pairs: a new tuple only when a grid was captured
        return snap

    def write_model(self, path: str | Path) -> None:
        tensors = {f"generator.{k}": v for k, v in self.generator.state_dict().items()}
        tensors.update({f"discriminator.{k}": v for k, v in self.discriminator.state_dict().items()})
        if self.config.data == DRAWN:  # the points drawn by hand exist nowhere else
            tensors["drawn_points"] = torch.from_numpy(self.dataset.x)
        extras = {"kind": self.kind, "sample_shape": list(self.dataset.x.shape[1:]), "data_name": self.dataset.name,
                  "step": self.step_count, "d_updates": self.d_updates, "g_updates": self.g_updates}
        save_model(path, self.lab, dataclasses.asdict(self.config), tensors, extras)


def _numpy(t: torch.Tensor) -> np.ndarray:
    """A float32 copy on the CPU: snapshots never hold live tensors."""
    return t.detach().to("cpu", torch.float32).numpy().copy()
