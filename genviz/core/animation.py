"""Frames to an animated GIF (Pillow) or an MP4 video (PyAV, the optional extra "video"), written whole or not at
all: a temporary file is renamed over the output only once every frame is in it.

Frames are (H, W, 3) uint8 RGB arrays of one size. H.264 wants even sizes and a tiny picture (a 28x28 digit)
would be a blur on a projector, so small frames are enlarged by whole factors with nearest-neighbour, which keeps
every pixel a sharp square, and odd sizes lose their last row or column.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np

from genviz.core.errors import OutputError
from genviz.core.safe_files import check_output, write_atomically
from genviz.core.translatable import translatable

FORMATS = (".gif", ".mp4")
VIDEO_EXTRA = 'pip install "genviz[video]"'  # PyAV: its wheel bundles FFmpeg
SMALLEST_SIDE = 256  # pixels: a frame smaller than this is enlarged (nearest-neighbour, whole factors)
MAX_FPS = 60.0
Progress = Callable[[int, int], None]  # (frames done, of how many)


def check_animation_output(path: str | Path, inputs: Sequence[str | Path] = ()) -> Path:
    """Refuse, before any work, an output that is not .gif or .mp4, an .mp4 without PyAV, or a path that cannot be
    written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(translatable("{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or "
                                       "FILE.mp4."), name=path.name)
    if suffix == ".mp4" and importlib.util.find_spec("av") is None:
        raise OutputError(translatable("Writing MP4 needs PyAV, which is not installed: run {command}, or write a "
                                       ".gif."), command=VIDEO_EXTRA)
    return check_output(path, inputs=inputs)


def to_rgb8(picture: np.ndarray) -> np.ndarray:
    """A (H, W) grey or (H, W, 3) colour picture in [0, 1] as (H, W, 3) uint8."""
    picture = np.clip(np.nan_to_num(np.asarray(picture, dtype=np.float32), nan=1.0), 0.0, 1.0)
    if picture.ndim == 2:
        picture = np.repeat(picture[..., None], 3, axis=2)
    return np.ascontiguousarray(np.round(picture * 255).astype(np.uint8))


def enlarged(frame: np.ndarray, smallest_side: int = SMALLEST_SIDE) -> np.ndarray:
    """Each pixel a k x k square, the smallest whole k that makes the shorter side at least `smallest_side`."""
    k = max(1, math.ceil(smallest_side / min(frame.shape[:2])))
    return frame if k == 1 else np.repeat(np.repeat(frame, k, axis=0), k, axis=1)


def even(frame: np.ndarray) -> np.ndarray:
    """Without a last odd row or column: H.264 encodes pictures of even sizes only."""
    height, width = frame.shape[0] // 2 * 2, frame.shape[1] // 2 * 2
    return frame if (height, width) == frame.shape[:2] else np.ascontiguousarray(frame[:height, :width])


def choose(count: int, wanted: int | None) -> list[int]:
    """Indices of `wanted` of `count` items spread evenly, the first and last included (all without `wanted`)."""
    if wanted is None or wanted >= count:
        return list(range(count))
    return sorted({round(i * (count - 1) / max(1, wanted - 1)) for i in range(wanted)})


def write_animation(path: str | Path, frames: Sequence[np.ndarray], fps: float,
                    on_progress: Progress | None = None) -> Path:
    """Write the frames as the GIF or MP4 the path's suffix names (check_animation_output first)."""
    if not frames:
        raise OutputError(translatable("There are no frames to write."))
    frames = [even(frame) for frame in frames]
    if len({frame.shape for frame in frames}) != 1:
        raise ValueError("every frame of an animation must have the same size")
    write = _write_mp4 if Path(path).suffix.lower() == ".mp4" else _write_gif
    return write_atomically(path, lambda temporary: write(temporary, frames, fps, on_progress or _silent))


def _silent(done: int, total: int) -> None:
    pass


def _counted(frames: Sequence[np.ndarray], on_progress: Progress) -> Iterator[np.ndarray]:
    for done, frame in enumerate(frames, 1):
        yield frame
        on_progress(done, len(frames))


def _write_gif(temporary: Path, frames: Sequence[np.ndarray], fps: float, on_progress: Progress) -> None:
    from PIL import Image

    pictures = (Image.fromarray(frame, "RGB") for frame in _counted(frames, on_progress))
    first = next(pictures)
    # GIF counts time in hundredths of a second; loop=0 plays it again and again, as a slide wants.
    first.save(temporary, format="GIF", save_all=True, append_images=pictures, duration=round(1000 / fps), loop=0)


def _write_mp4(temporary: Path, frames: Sequence[np.ndarray], fps: float, on_progress: Progress) -> None:
    import av

    with av.open(str(temporary), mode="w", format="mp4") as container:
        stream = container.add_stream("h264", rate=Fraction(fps).limit_denominator(1001))
        stream.height, stream.width = frames[0].shape[:2]
        stream.pix_fmt = "yuv420p"  # what every player plays
        stream.options = {"crf": "18"}  # sharp lines and text; the files stay small (few colours, little motion)
        for frame in _counted(frames, on_progress):
            container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        container.mux(stream.encode())  # what the encoder still holds
