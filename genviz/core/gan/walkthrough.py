"""The slow-motion walkthrough: one GAN update cut into the sub-steps a class can follow, each with a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

KEYS = ("noise", "generate", "score", "loss", "gradients", "update")
TITLES = dict(zip(KEYS, ("1 · Sample noise", "2 · G makes fakes", "3 · D scores real and fake", "4 · Losses",
                         "5 · Gradients", "6 · Update"), strict=True))  # the view lists them before an update
FORMULAS = {  # the generator's loss, as the sentences write it
    "minimax": "log(1 − D(G(z)))",
    "non-saturating": "−log D(G(z))",
    "least-squares": "½ (D(G(z)) − 1)²",
}


@dataclass(frozen=True)
class WalkStep:
    """One sub-step: a key the view highlights, a short title, the sentence to read, and what to draw."""

    key: str
    title: str
    sentence: str
    arrays: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass(frozen=True)
class UpdateRecord:
    """What one captured update saw and did (copied arrays; batch-first)."""

    kind: str  # "points" or "images"
    loss: str
    optimizer: str
    d_steps: int
    noise: np.ndarray  # (B, noise_dim)
    real: np.ndarray  # (B, *sample_shape)
    fakes: np.ndarray  # (B, *sample_shape) before the update
    d_real: np.ndarray  # (B,) D's realness of each real sample
    d_fake: np.ndarray  # (B,)
    d_loss: float
    g_loss: float
    arrows: np.ndarray  # (B, *sample_shape): -dL_G/dx, where each fake should move to fool D
    fakes_after: np.ndarray  # (B, *sample_shape): the same noise through the updated generator
    d_fake_after: np.ndarray  # (B,) the updated D's realness of the new fakes


def describe_update(update: UpdateRecord) -> list[WalkStep]:
    """The six sub-steps of one update, in order, with sentences that quote this update's numbers."""
    n, nz = update.noise.shape
    sample = "point" if update.kind == "points" else "image"
    real_mean, fake_mean = float(update.d_real.mean()), float(update.d_fake.mean())
    score_word = "probability" if update.loss != "least-squares" else "score (1 = real, 0 = fake)"
    repeat = (f" (this run repeats the discriminator's part {update.d_steps} times per generator update)"
              if update.d_steps > 1 else "")
    optimizer = "Adam" if update.optimizer == "adam" else "SGD"
    moved = float(update.d_fake_after.mean())
    return [
        WalkStep("noise", TITLES["noise"],
                 f"Draw {n} random noise vectors z, each {nz} number{'s' if nz > 1 else ''} from a standard "
                 "normal distribution. Noise is the generator's only input: all variety comes from it.",
                 {"noise": update.noise}),
        WalkStep("generate", TITLES["generate"],
                 f"The generator turns every z into a fake {sample} G(z). It has never seen a real {sample}; it "
                 "only learns from what the discriminator says next.",
                 {"noise": update.noise, "fakes": update.fakes}),
        WalkStep("score", TITLES["score"],
                 f"The discriminator gives each {sample} a {score_word} of being real: on average "
                 f"{real_mean:.2f} for {n} real {sample}s and {fake_mean:.2f} for the fakes.",
                 {"real": update.real, "fakes": update.fakes, "d_real": update.d_real, "d_fake": update.d_fake}),
        WalkStep("loss", TITLES["loss"],
                 f"D's loss ({update.d_loss:.3f}) is small when it tells real from fake; G's loss "
                 f"{FORMULAS[update.loss]} ({update.g_loss:.3f}) is small when D is fooled. They pull in opposite "
                 "directions: the tug of war.",
                 {"real": update.real, "fakes": update.fakes, "d_real": update.d_real, "d_fake": update.d_fake}),
        WalkStep("gradients", TITLES["gradients"],
                 f"Backpropagation through D tells every fake which way to change to look more real (the arrows"
                 f"{'' if update.kind == 'points' else ': brighter or darker pixels'}); D's own gradients say how "
                 "to tell them apart better.",
                 {"fakes": update.fakes, "arrows": update.arrows}),
        WalkStep("update", TITLES["update"],
                 f"{optimizer} nudges D's weights, then G's{repeat}. The same noise now gives these fakes, and D "
                 f"rates them {moved:.2f} on average (it was {fake_mean:.2f}).",
                 {"fakes": update.fakes, "fakes_after": update.fakes_after, "d_fake": update.d_fake_after}),
    ]
