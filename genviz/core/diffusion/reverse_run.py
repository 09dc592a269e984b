"""One reverse process made ready to animate: every frame laid out in advance, so playing, scrubbing and
stepping back only swap arrays. Built in the training process, drawn by the GUI."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from genviz.core.diffusion.arrows import field_arrows
from genviz.core.mosaic import GAP, mosaic_frames

IMAGE_COLUMNS = 4  # 16 images make a 4 x 4 mosaic
PATHS = 8  # 2-D points whose whole path is drawn: more hide the cloud


@dataclass(frozen=True)
class ReverseRun:
    """Frame k shows x at timesteps[k] beside what the network predicted from it. The last frame (t = 0) is the
    final sample: its 'prediction' is the sample itself and no noise is left."""

    kind: str  # "points" or "images"
    sampler: str
    steps: int  # denoising steps taken (frames - 1)
    seed: int
    trained_steps: int  # the training step of the weights that drew it
    timesteps: np.ndarray  # (F,) from T down to 0
    x: np.ndarray  # images: (F, rows, columns[, 3]) mosaics; points: (F, N, 2)
    x0: np.ndarray  # like x: the predicted clean data
    eps: np.ndarray  # like x: the predicted noise
    paths: np.ndarray | None = None  # points: (PATHS, F, 2)
    arrows: np.ndarray | None = None  # points: (F - 1, 6 G, 2) the denoising direction on a grid at each frame's t

    @property
    def frames(self) -> int:
        return len(self.timesteps)


def _with_final(predictions: np.ndarray, final: np.ndarray) -> np.ndarray:
    return np.concatenate([predictions, final[None]], axis=0)


def prepare_run(session, n: int, seed: int, sampler: str, steps: int | None) -> ReverseRun:
    """Run the reverse process on `session` (a DiffusionSession) and lay out every frame. Worker thread only."""
    trajectory = session.reverse_process(n, seed, sampler, steps)
    x0 = _with_final(trajectory.x0, trajectory.x[-1])
    eps = _with_final(trajectory.eps, np.zeros_like(trajectory.eps[0]))
    common = {"sampler": sampler, "steps": len(trajectory.timesteps) - 1, "seed": seed,
              "trained_steps": session.step_count, "timesteps": trajectory.timesteps}
    if session.dataset.kind == "points":
        grid, directions = session.denoising_fields(trajectory.timesteps[:-1])
        arrows = np.stack([field_arrows(grid, d) for d in directions])
        paths = np.ascontiguousarray(trajectory.x[:, :PATHS].transpose(1, 0, 2))
        return ReverseRun("points", x=trajectory.x, x0=x0, eps=eps, paths=paths, arrows=arrows, **common)
    colour = trajectory.x.ndim == 5
    return ReverseRun(
        "images",
        x=mosaic_frames(trajectory.x, IMAGE_COLUMNS, GAP, colour),
        x0=mosaic_frames(x0, IMAGE_COLUMNS, GAP, colour),
        eps=mosaic_frames(eps, IMAGE_COLUMNS, GAP, colour),
        **common,
    )
