""""Real or fake?": a 4x4 grid that mixes real training images with a model's own, for the class to tell apart.
Each image lab's session fills it with its fakes; the view hides which is which until the class has guessed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

TILES = 16  # a 4x4 grid: tiles large enough to judge on a projector
FAKES = (5, 11)  # fewest and most fakes in a round: a count that varies, so the class cannot count its way there


def quiz_round(real: np.ndarray, make_fakes: Callable[[int], np.ndarray], seed: int,
               as_model_sees: Callable[[np.ndarray], np.ndarray] | None = None) -> dict[str, Any]:
    """TILES images, shuffled with `seed`: real rows of `real` (N, *shape) and `make_fakes(count)` (count, *shape).
    `as_model_sees` turns the real rows picked into what the model can make (the Pixels lab's grey levels), so no
    real image gives itself away by a difference the model could never reproduce.
    "images" (TILES, *shape) float32, "fake" (TILES,) bool, "rows" (TILES,) the data set's row of each real image
    (-1 for a fake)."""
    rng = np.random.default_rng(seed)
    count = int(rng.integers(FAKES[0], FAKES[1] + 1))
    rows = rng.choice(len(real), TILES - count, replace=False)
    picked = real[rows] if as_model_sees is None else as_model_sees(real[rows])
    images = np.concatenate([picked, make_fakes(count)]).astype(np.float32)
    order = rng.permutation(TILES)
    return {"images": np.ascontiguousarray(images[order]),
            "fake": np.arange(TILES)[order] >= len(rows),
            "rows": np.concatenate([rows, np.full(count, -1)])[order]}
