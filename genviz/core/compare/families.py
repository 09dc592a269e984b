"""The families the Compare lab sets side by side, and how each is built for its budget: 120 s with all four training
at once on a laptop's cores, on the same data, from the same seed. Torch-free until a session is built, so the
GUI and the command line can check a choice of families before any work starts."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from genviz.core.data.datasets import POINT_SETS
from genviz.core.errors import ConfigError
from genviz.core.translatable import Sentence, translatable


@dataclass(frozen=True)
class Family:
    name: str  # "gan", "vae", "diffusion", "pixels": also the lab whose model files it writes
    title: str  # translatable: the window shows it in its language
    how: str  # how it makes an image, in one sentence (translatable)
    builder: str  # the function in this module that builds its session: (data, train_images, seed) -> Session
    curves: tuple[str, ...]  # the loss curves its column draws
    networks: tuple[str, ...]  # the session's attributes holding the weights it trains
    sample_options: Mapping[str, Any] = field(default_factory=dict)  # for sampler().sample: the judged samples
    grid_options: Mapping[str, Any] | None = None  # the grid's and the process's, when not the judged samples'
    frames: bool = False  # its sampler can return the generation step by step (frames=True)
    live_samples: int = 200  # samples judged for each live row of the table (the final table judges 1,000)
    grid_note: Sentence | None = None  # how the grid is made, when not as the judged samples are
    points: bool = True  # it can learn a 2-D point set
    module: str = ""  # the module its session comes from, when it may be missing from this genviz

    @property
    def shown_options(self) -> Mapping[str, Any]:
        """For sampler().sample: the grid's and the process's."""
        return self.sample_options if self.grid_options is None else self.grid_options


# Diffusion samples with DDPM's random steps over 25 of its T = 200 timesteps (the generalised step of Song et al.
# 2021 with eta = 1): the grid, the process and the judged samples all come from it, cheap enough to redraw while
# four families train. After 1,000 and 2,000 training steps it made digits the judge recognised 0.84 and 0.99 times
# as often as real ones; DDIM over the same 25 steps 0.73 and 0.81, and DDPM over all 200 0.87 and 0.95 at 7x the
# cost.
DIFFUSION_STEPS = 25
# The grid and the process take fewer steps: DIFFUSION_GRID_STEPS of DDIM (eta = 0, Song et al. 2021), so that they can
# be made again while four families train. 16 samples with their frames took 45 ms on one thread instead of 195 ms;
# after 1,259 training steps the judge recognised DDIM-5's digits 0.62 times as often as real ones, DDPM-25's 0.86
# (DDPM-5 0.57, DDIM-4 0.54, DDIM-6 0.66).
DIFFUSION_GRID_STEPS = 5
# A live row of the table judges fewer diffusion samples than the others' 200 (50 at 25 DDPM steps took 0.5 s on one
# thread, 200 about 1.5 s), so that it comes every few seconds instead of every 30 or more.
DIFFUSION_LIVE_SAMPLES = 50
# Pixels draws each grey level at temperature 0.8: its guesses sharpened a little, as autoregressive image models
# usually sample. After its Compare budget (50 CPU seconds, 1,660 steps) the judge recognised its digits 0.50 times
# as often as real ones at temperature 1, 0.57 at 0.9, 0.60 at 0.8 and 0.69 at 0.7, where a digit class went
# missing (seed 1).
PIXELS_TEMPERATURE = 0.8

FAMILIES: dict[str, Family] = {
    "gan": Family("gan", translatable("GAN"), translatable(
                  "A generator turns noise into an image in one pass, taught by a discriminator."),
                  "_gan", ("generator", "discriminator"), ("generator", "discriminator")),
    "vae": Family("vae", translatable("VAE"), translatable(
                  "A decoder turns a code drawn from N(0, I) into an image in one pass."),
                  "_vae", ("total",), ("model",)),
    "diffusion": Family("diffusion", translatable("Diffusion"), translatable(
                        "A denoiser takes noise and removes a little of it at each step."),
                        "_diffusion", ("train",), ("model",),
                        MappingProxyType({"sampler": "ddpm", "steps": DIFFUSION_STEPS}),
                        MappingProxyType({"sampler": "ddim", "steps": DIFFUSION_GRID_STEPS}), frames=True,
                        live_samples=DIFFUSION_LIVE_SAMPLES, grid_note=Sentence(translatable(
                            "Diffusion's grid and How one is made take {grid} DDIM steps, so that they can be made "
                            "again while it trains; the results table judges samples made over {judged} DDPM "
                            "steps, a little clearer."), {"grid": DIFFUSION_GRID_STEPS, "judged": DIFFUSION_STEPS})),
    "pixels": Family("pixels", translatable("Pixels"), translatable(
                     "A transformer writes the image one pixel at a time, each from the ones before it."),
                     "_pixels", ("train",), ("model",),
                     MappingProxyType({"temperature": PIXELS_TEMPERATURE}), frames=True, points=False,
                     module="genviz.core.pixels.session"),
}
FAMILY_NAMES = tuple(FAMILIES)


def family(name: str) -> Family:
    try:
        return FAMILIES[name]
    except KeyError:
        raise ConfigError(translatable("There is no family called '{name}': choose from {choices}."), name=name,
                          choices=", ".join(FAMILY_NAMES)) from None


def parse_families(text: str) -> tuple[str, ...]:
    """'gan,vae' -> ("gan", "vae"): each name once, in the order given; one sentence for a bad list."""
    names = [name.strip().lower() for name in text.split(",")]
    if not all(names):
        raise ConfigError(translatable("List the families separated by commas, e.g. gan,vae,diffusion, not "
                                       "'{text}'."), text=text)
    for name in names:
        family(name)
    if len(set(names)) < len(names):
        raise ConfigError(translatable("Each family may be listed once, not '{text}'."), text=text)
    return tuple(names)


def check_families(names: tuple[str, ...], data: str) -> None:
    """Refuse, in one sentence, a family this genviz lacks or one that cannot learn the data set."""
    if not names:
        raise ConfigError(translatable("Pick at least one family to compare."))
    for name in names:
        spec = family(name)
        if spec.module and importlib.util.find_spec(spec.module) is None:
            raise ConfigError(translatable("The {family} family is not part of this genviz yet."),
                              family=Sentence(spec.title))
        if not spec.points and data in POINT_SETS:
            raise ConfigError(translatable("The {family} family draws images pixel by pixel, so it cannot learn the "
                                           "2-D set {data}: pick an image set, or leave {name} out."),
                              family=Sentence(spec.title), data=data, name=name)


def default_families(data: str) -> tuple[str, ...]:
    """Every family of this genviz that can learn the data set: all four for images, all but Pixels for 2-D sets."""
    return tuple(name for name, spec in FAMILIES.items()
                 if (not spec.module or importlib.util.find_spec(spec.module) is not None)
                 and (spec.points or data not in POINT_SETS))


def build_session(name: str, data: str, train_images: int | None, seed: int):
    """The family's session on `data` (its first `train_images`, seeded), with the Compare lab's settings."""
    builder: Callable = globals()[family(name).builder]
    return builder(data, train_images, seed)


# The GAN, VAE and Diffusion labs' own defaults for the data set learn the digits in the Compare budget
# (benchmarks/compare_digits.py): 120 s with four at once on 2 cores gives each about 55 CPU seconds.
def _gan(data: str, train_images: int | None, seed: int):
    from genviz.core.gan.config import default_config
    from genviz.core.gan.session import GanSession

    return GanSession(default_config(data, seed=seed, train_images=train_images))


def _vae(data: str, train_images: int | None, seed: int):
    from genviz.core.vae.config import VaeConfig
    from genviz.core.vae.session import VaeSession

    return VaeSession(VaeConfig(data=data, seed=seed, train_images=train_images))


def _diffusion(data: str, train_images: int | None, seed: int):
    from genviz.core.diffusion.config import DiffusionConfig
    from genviz.core.diffusion.session import DiffusionSession

    return DiffusionSession(DiffusionConfig(data=data, seed=seed, train_images=train_images))


# Pixels 48 wide instead of its lab's 64 (its other settings the lab's): in its Compare budget (50 CPU seconds) it
# takes ~30% more steps and learns more. At temperature 0.8, seeds 0-4, the judge ratio was 0.61, 0.55, 0.59, 0.57,
# 0.55 over 9-10 classes; 64 wide, after 1,600 steps, 0.65, 0.55, 0.56, 0.47, 0.54 with 8 classes on seed 2.
PIXELS_WIDTH = 48


def _pixels(data: str, train_images: int | None, seed: int):
    from genviz.core.pixels.config import PixelsConfig
    from genviz.core.pixels.session import PixelsSession

    return PixelsSession(PixelsConfig(data=data, seed=seed, train_images=train_images, n_embd=PIXELS_WIDTH))
