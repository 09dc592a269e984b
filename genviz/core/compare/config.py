"""The Compare lab's own settings, declared once (genviz/core/settings.py): the lab's settings panel and
`genviz compare` are built from them. Each family's own settings are the Compare lab's (families.py). Torch-free."""

from __future__ import annotations

from dataclasses import dataclass

from genviz.core.compare.families import FAMILY_NAMES
from genviz.core.data.datasets import IMAGE_SETS
from genviz.core.settings import seed_setting, train_images_setting
from genviz.core.translatable import translatable

DATA_SETS = (*IMAGE_SETS, "ring", "grid")  # the built-in sets offered: the images, and the 2-D sets whose modes
#                                           the table counts
TRAIN_IMAGES = (None, 500, 100, 16)  # the counts of the memorisation lesson: all of them down to a handful


@dataclass(frozen=True)
class CompareConfig:
    """What a comparison is built from."""

    data: str = "digits"  # a built-in set (DATA_SETS) or a folder of images, the same for every family
    families: tuple[str, ...] = FAMILY_NAMES  # in the columns' order
    train_images: int | None = train_images_setting()  # a seeded subset of the data, or None for all of it
    seed: int = seed_setting(translatable("every family's starting weights and batches, and of the training images "
                                          "picked"))
