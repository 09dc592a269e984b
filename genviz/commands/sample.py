"""`genviz sample MODEL -n N --out FILE.npy`: new data from any trained image or 2-D model.

The model file names its lab; each lab's core has `sampler_from_file(file)` returning an object with
`sample(n, seed, on_progress=None, **options) -> np.ndarray`, shaped like `genviz data`: (N, 2) points, or
(N, H, W) / (N, H, W, 3) images in [0, 1].
"""

from __future__ import annotations

import argparse
from importlib import import_module
from pathlib import Path

from genviz.commands.common import (
    CountProgress,
    add_step_argument,
    go_back_to,
    interrupts_deferred,
    seed,
    start_torch,
    whole_number,
)
from genviz.core.errors import ModelFileError
from genviz.core.safe_files import check_output

MAX_SAMPLES = 10_000  # a diffusion model takes minutes for these on a laptop CPU, and memory grows with -n
SAMPLERS: dict[str, str] = {  # lab -> module with sampler_from_file(file); one line per lab
    "gan": "genviz.core.gan.sampler",
    "diffusion": "genviz.core.diffusion.sampler",
    "vae": "genviz.core.vae.sampler",
    "pixels": "genviz.core.pixels.sampler",
}


def register(commands, train_labs) -> None:
    sample = commands.add_parser("sample", help="draw new samples from a trained GAN, diffusion model or VAE")
    sample.add_argument("model", type=Path)
    sample.add_argument("-n", type=whole_number(1, MAX_SAMPLES, noun="sample"), default=16,
                        help=f"how many samples (1 to {MAX_SAMPLES:,}, default 16)")
    sample.add_argument("--seed", type=seed, default=0)
    sample.add_argument("--sampler", choices=["ddpm", "ddim"], default=None, help="diffusion models only")
    sample.add_argument("--steps", type=whole_number(1), default=None, help="diffusion models only: denoising steps")
    sample.add_argument("--frames", action="store_true",
                        help="diffusion models: every denoising frame, shape (steps+1, N, ...), noise first; pixels "
                             "models: one frame per pixel drawn, (H*W+1, N, H, W), NaN where a pixel is not drawn yet")
    sample.add_argument("--out", type=Path, required=True, help="the .npy file to write (under exactly this name)")
    add_step_argument(sample)
    sample.set_defaults(func=_sample)


def _sample(args: argparse.Namespace) -> int:
    from genviz.commands.data import save_npy
    from genviz.core.modelfile import load_model

    out = check_output(args.out, inputs=[args.model])
    file = load_model(args.model)  # read and checked before torch is imported: a bad file is refused at once
    if file.lab not in SAMPLERS:
        raise ModelFileError(f"{file.name} holds a {file.lab} model, which does not sample images or points.")
    start_torch()
    sampler = import_module(SAMPLERS[file.lab]).sampler_from_file(file)
    go_back_to(args.step, file, sampler)
    options = {k: v for k, v in (("sampler", args.sampler), ("steps", args.steps)) if v is not None}
    if args.frames:
        options["frames"] = True
    try:
        samples = sampler.sample(args.n, args.seed, on_progress=CountProgress("denoising steps"), **options)
    except KeyboardInterrupt:
        raise KeyboardInterrupt("interrupted; nothing was saved.") from None
    with interrupts_deferred(f"interrupted; the samples were saved to {out} first."):
        save_npy(out, samples)
    print(f"saved {samples.shape} to {out}")
    return 0
