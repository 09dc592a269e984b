"""`genviz replay MODEL [--panel NAME] --out FILE.gif|FILE.mp4 [--fps F] [--size WxH] [--frames N]`: a panel of the
model's lab at each step its training timeline kept, as an animation for a slide, rendered offscreen by the lab's
own window. `--panel reverse` of a diffusion model instead animates its reverse process, from noise to images."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from genviz.commands.common import CountProgress, number, seed, start_torch, whole_number
from genviz.core.animation import MAX_FPS, check_animation_output, choose, enlarged, to_rgb8, write_animation
from genviz.core.errors import ModelFileError

REVERSE = "reverse"  # the diffusion lab's reverse process: frames of one sampling run, not of the timeline
REVERSE_SAMPLES = 16  # a 4 x 4 mosaic
REVERSE_FRAMES = 60  # of the denoising steps, when --frames does not say
MAX_SIDE = 4096


def size(text: str) -> tuple[int, int]:
    """An argparse type: WxH in pixels, e.g. 256x256."""
    match = re.fullmatch(r"(\d{1,5})[xX](\d{1,5})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"expected a size such as 256x256 (width x height), not {text[:40]!r}")
    width, height = int(match[1]), int(match[2])
    if not (16 <= width <= MAX_SIDE and 16 <= height <= MAX_SIDE):
        raise argparse.ArgumentTypeError(f"each side must be 16 to {MAX_SIDE:,} pixels, not {text[:40]}")
    return width, height


def register(commands, train_labs) -> None:
    replay = commands.add_parser("replay", help="animate a panel of a model through its training timeline (GIF or "
                                                "MP4)")
    replay.add_argument("model", type=Path)
    replay.add_argument("--out", type=Path, required=True,
                        help="FILE.gif, or FILE.mp4 with the optional extra: pip install \"genviz[video]\"")
    replay.add_argument("--panel", default=None,
                        help="which panel of the lab (a wrong name lists them; default: the lab's first); for a "
                             "diffusion model of images, 'reverse' animates sampling from noise to images")
    replay.add_argument("--fps", type=number(0, MAX_FPS, low_open=True), default=10.0,
                        help=f"frames a second (above 0, at most {MAX_FPS:g}; default 10)")
    replay.add_argument("--size", type=size, default=None,
                        help="WxH pixels of each frame, e.g. 256x256 (default: the panel as laid out in a "
                             "1600x1000 window)")
    replay.add_argument("--frames", type=whole_number(2, noun="frame"), default=None,
                        help="at most this many frames, spread evenly from the first step to the last (default: "
                             f"every kept step; {REVERSE_FRAMES} of the denoising steps for --panel reverse)")
    replay.add_argument("--seed", type=seed, default=0, help="--panel reverse: the noise to start from")
    replay.set_defaults(func=_replay)


def _replay(args: argparse.Namespace) -> int:
    from genviz.core.modelfile import load_model

    out = check_animation_output(args.out, inputs=[args.model])  # before any work: the format, PyAV, the folder
    file = load_model(args.model)  # checked without torch: a bad file is refused at once
    if args.panel == REVERSE and file.lab == "diffusion":
        frames = _reverse_frames(file, args)
    else:
        if file.timeline:
            from genviz.core.host import HOSTS

            HOSTS.start_spare()  # torch loads in the lab's training process while the window is built
        frames = _timeline_frames(args.model, file, args)
    try:
        write_animation(out, frames, args.fps, on_progress=CountProgress("frames written"))
    except KeyboardInterrupt:
        raise KeyboardInterrupt(f"interrupted; nothing was written to {out}.") from None
    height, width = frames[0].shape[:2] if len(frames) else (0, 0)
    print(f"saved {len(frames)} frames of {width // 2 * 2}x{height // 2 * 2} to {out}")
    return 0


def _timeline_frames(path: Path, file, args: argparse.Namespace) -> list:
    if not file.timeline:
        raise ModelFileError(f"{file.name} keeps no training timeline to replay: it was saved with --no-history, "
                             "or by an older genviz; train it again without --no-history.")
    steps = [entry["step"] for entry in file.timeline]
    steps = [steps[index] for index in choose(len(steps), args.frames)]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendered, never shown
    from genviz.qt.replay import record_timeline

    print(f"Replaying {len(steps)} kept steps of a {file.lab} model, from step {steps[0]:,} to {steps[-1]:,}",
          file=sys.stderr)
    frames = record_timeline(path, file, steps, args.panel, args.size, CountProgress("steps drawn"))
    if args.size is not None:
        frames = [_fitted(frame, args.size) for frame in frames]
    return frames


def _fitted(frame, wanted: tuple[int, int], nearest: bool = False):
    """The frame at exactly the size asked for: a panel that could not shrink that far (its layout keeps its text
    readable) scaled down smoothly; enlarged pixels (`nearest`) kept as sharp squares."""
    if (frame.shape[1], frame.shape[0]) == wanted:
        return frame
    import numpy as np
    from PIL import Image

    resample = Image.Resampling.NEAREST if nearest else Image.Resampling.LANCZOS
    return np.asarray(Image.fromarray(frame).resize(wanted, resample))


def _reverse_frames(file, args: argparse.Namespace) -> list:
    """The diffusion model's samples at evenly spread denoising steps, noise first, as a mosaic per frame; tiny
    images enlarged with nearest-neighbour."""
    from genviz.core.diffusion.sampler import sampler_from_file
    from genviz.core.mosaic import mosaic

    start_torch()
    sampler = sampler_from_file(file)
    if sampler.scale.kind == "points":
        raise ModelFileError(f"{file.name} is a diffusion model of 2-D points: --panel reverse animates images; "
                             "leave --panel out to replay its timeline.")
    frames = sampler.sample(REVERSE_SAMPLES, args.seed, frames=True, on_progress=CountProgress("denoising steps"))
    kept = choose(len(frames), args.frames or REVERSE_FRAMES)
    pictures = [to_rgb8(mosaic(frames[index], columns=4)) for index in kept]
    smallest = min(args.size) if args.size is not None else 256
    pictures = [enlarged(picture, smallest) for picture in pictures]
    if args.size is not None:
        pictures = [_fitted(picture, args.size, nearest=True) for picture in pictures]
    return pictures
