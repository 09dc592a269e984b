"""The slow-motion walkthrough: one GAN update cut into the sub-steps a class can follow, each with a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from genviz.core.translatable import Sentence, translatable

KEYS = ("noise", "generate", "score", "loss", "gradients", "update")
TITLES = dict(zip(KEYS, (translatable("1 · Sample noise"), translatable("2 · G makes fakes"),
                         translatable("3 · D scores real and fake"), translatable("4 · Losses"),
                         translatable("5 · Gradients"), translatable("6 · Update")),
                  strict=True))  # the view lists them before an update
FORMULAS = {  # the generator's loss, as the sentences write it
    "minimax": "log(1 − D(G(z)))",
    "non-saturating": "−log D(G(z))",
    "least-squares": "½ (D(G(z)) − 1)²",
}


@dataclass(frozen=True)
class WalkStep:
    """One sub-step: a key the view highlights, a short title, the sentence to read, and what to draw.

    The sentence's values are numbers, a formula or an optimizer's name, never words, so that the window
    translates it before it fills in this update's numbers. Each case (points or images, a probability or a
    score) is a whole sentence of its own: word order differs between languages."""

    key: str
    title: str
    sentence: Sentence  # str() is the English one, as the command line and the tests read it
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
    points = update.kind == "points"
    probability = update.loss != "least-squares"  # least squares scores samples instead
    real_mean, fake_mean = float(update.d_real.mean()), float(update.d_fake.mean())
    scored = {"real": update.real, "fakes": update.fakes, "d_real": update.d_real, "d_fake": update.d_fake}
    if nz == 1:
        noise = translatable("Draw {n} random noise vectors z, each a single number from a standard normal "
                             "distribution. Noise is the generator's only input: all variety comes from it.")
    else:
        noise = translatable("Draw {n} random noise vectors z, each {numbers} numbers from a standard normal "
                             "distribution. Noise is the generator's only input: all variety comes from it.")
    if points:
        generate = translatable("The generator turns every z into a fake point G(z). It has never seen a real "
                                "point; it only learns from what the discriminator says next.")
        score = (translatable("The discriminator gives each point a probability of being real: on average "
                              "{real:.2f} for {n} real points and {fake:.2f} for the fakes.") if probability else
                 translatable("The discriminator gives each point a score of being real (1 = real, 0 = fake): on "
                              "average {real:.2f} for {n} real points and {fake:.2f} for the fakes."))
        gradients = translatable("Backpropagation through D tells every fake which way to change to look more real "
                                 "(the arrows); D's own gradients say how to tell them apart better.")
    else:
        generate = translatable("The generator turns every z into a fake image G(z). It has never seen a real "
                                "image; it only learns from what the discriminator says next.")
        score = (translatable("The discriminator gives each image a probability of being real: on average "
                              "{real:.2f} for {n} real images and {fake:.2f} for the fakes.") if probability else
                 translatable("The discriminator gives each image a score of being real (1 = real, 0 = fake): on "
                              "average {real:.2f} for {n} real images and {fake:.2f} for the fakes."))
        gradients = translatable("Backpropagation through D tells every fake which way to change to look more real "
                                 "(the arrows: brighter or darker pixels); D's own gradients say how to tell them "
                                 "apart better.")
    if update.d_steps > 1:
        moved = translatable("{optimizer} nudges D's weights, then G's (this run repeats the discriminator's part "
                             "{d_steps} times per generator update). The same noise now gives these fakes, and D "
                             "rates them {after:.2f} on average (it was {before:.2f}).")
    else:
        moved = translatable("{optimizer} nudges D's weights, then G's. The same noise now gives these fakes, and D "
                             "rates them {after:.2f} on average (it was {before:.2f}).")
    return [
        WalkStep("noise", TITLES["noise"], Sentence(noise, {"n": n, "numbers": nz}), {"noise": update.noise}),
        WalkStep("generate", TITLES["generate"], Sentence(generate), {"noise": update.noise, "fakes": update.fakes}),
        WalkStep("score", TITLES["score"], Sentence(score, {"real": real_mean, "fake": fake_mean, "n": n}), scored),
        WalkStep("loss", TITLES["loss"], Sentence(translatable(
            "D's loss ({d_loss:.3f}) is small when it tells real from fake; G's loss {formula} ({g_loss:.3f}) is "
            "small when D is fooled. They pull in opposite directions: the tug of war."),
            {"d_loss": update.d_loss, "formula": FORMULAS[update.loss], "g_loss": update.g_loss}), scored),
        WalkStep("gradients", TITLES["gradients"], Sentence(gradients),
                 {"fakes": update.fakes, "arrows": update.arrows}),
        WalkStep("update", TITLES["update"], Sentence(moved, {
                     "optimizer": "Adam" if update.optimizer == "adam" else "SGD", "d_steps": update.d_steps,
                     "after": float(update.d_fake_after.mean()), "before": fake_mean}),
                 {"fakes": update.fakes, "fakes_after": update.fakes_after, "d_fake": update.d_fake_after}),
    ]
