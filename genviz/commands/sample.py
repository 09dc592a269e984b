"""`genviz sample MODEL -n N --out FILE.npy`: new data from any trained image or 2-D model.

The model file names its lab; each lab's core has `load_sampler(path)` returning an object with
`sample(n, seed, **options) -> np.ndarray`, shaped like `genviz data`: (N, 2) points, or (N, H, W) /
(N, H, W, 3) images in [0, 1].
"""

from __future__ import annotations

import argparse
from importlib import import_module
from pathlib import Path

import numpy as np

from genviz.core.errors import ModelFileError

SAMPLERS: dict[str, str] = {  # lab -> module with load_sampler(path); one line per lab
    "gan": "genviz.core.gan.sampler",
    "diffusion": "genviz.core.diffusion.sampler",
    "vae": "genviz.core.vae.sampler",
}


def register(commands, train_labs) -> None:
    sample = commands.add_parser("sample", help="draw new samples from a trained GAN, diffusion model or VAE")
    sample.add_argument("model", type=Path)
    sample.add_argument("-n", type=int, default=16, help="how many samples (default 16)")
    sample.add_argument("--seed", type=int, default=0)
    sample.add_argument("--sampler", choices=["ddpm", "ddim"], default=None, help="diffusion models only")
    sample.add_argument("--steps", type=int, default=None, help="diffusion models only: denoising steps")
    sample.add_argument("--frames", action="store_true",
                        help="diffusion models only: every frame, shape (steps+1, N, ...), noise first")
    sample.add_argument("--out", type=Path, required=True, help="a .npy file")
    sample.set_defaults(func=_sample)


def _sample(args: argparse.Namespace) -> int:
    from genviz.core.modelfile import load_model

    lab = load_model(args.model).lab
    if lab not in SAMPLERS:
        raise ModelFileError(f"{args.model.name} holds a {lab} model, which does not sample images or points.")
    sampler = import_module(SAMPLERS[lab]).load_sampler(args.model)
    options = {k: v for k, v in (("sampler", args.sampler), ("steps", args.steps)) if v is not None}
    if args.frames:
        options["frames"] = True
    samples = np.asarray(sampler.sample(args.n, args.seed, **options), dtype=np.float32)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.save(args.out, samples)
    print(f"saved {samples.shape} to {args.out}")
    return 0
