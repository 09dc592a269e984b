"""`genviz data NAME -n N --out FILE.npy`: write samples of a built-in data set (or a folder of images).

Points are saved as (N, 2); images as (N, H, W) or (N, H, W, 3) with values in [0, 1], the same shapes
`genviz sample` writes, so real and generated samples can be compared with the same code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from genviz.commands.common import interrupts_deferred, seed, whole_number
from genviz.core.safe_files import check_output, write_atomically

MAX_DATA_SAMPLES = 100_000  # MNIST's 60,000 fit; more points than this show nothing more

def register(commands, train_labs) -> None:
    from genviz.core.data.datasets import IMAGE_SETS, POINT_SETS

    data = commands.add_parser("data", help="write samples of a built-in data set to a .npy file")
    data.add_argument("name", help=f"{', '.join(POINT_SETS + IMAGE_SETS)}, or a folder of PNG/JPEG images")
    data.add_argument("-n", type=whole_number(1, MAX_DATA_SAMPLES, noun="sample"), default=None,
                      help=f"how many samples, at most {MAX_DATA_SAMPLES:,} (default: 4096 points, or every image)")
    data.add_argument("--seed", type=seed, default=0)
    data.add_argument("--out", type=Path, required=True, help="the .npy file to write (under exactly this name)")
    add_image_arguments(data)
    data.set_defaults(func=_data)


def add_image_arguments(parser: argparse.ArgumentParser) -> None:
    """Options for image data: a folder's size and colour, and where MNIST / Fashion-MNIST come from."""
    parser.add_argument("--image-size", type=int, default=16, help="a folder's images are resized to this (8 to 32)")
    parser.add_argument("--color", action="store_true", help="keep a folder's images in colour (default grayscale)")
    parser.add_argument("--mnist-folder", default=None,
                        help="the folder holding the MNIST or Fashion-MNIST IDX files (default: the download cache)")
    parser.add_argument("--download", action="store_true",
                        help="download MNIST or Fashion-MNIST into the cache first (checked by SHA-256)")


def download_if_asked(args: argparse.Namespace, name: str) -> None:
    """Download MNIST / Fashion-MNIST with a progress bar on stderr when --download was given."""
    if not args.download or name not in ("mnist", "fashion"):
        return
    from genviz.core.data.idx import download_mnist

    folder = download_mnist(name, args.mnist_folder, _download_bar(name))
    args.mnist_folder = str(folder)


def _download_bar(name: str):
    tty = sys.stderr.isatty()

    def show(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        if tty:
            bar = "#" * int(30 * fraction)
            sys.stderr.write(f"\rdownloading {name} [{bar:<30}] {done / 1e6:5.1f}/{total / 1e6:.1f} MB")
            if done >= total:
                sys.stderr.write("\n")
        elif done >= total:
            sys.stderr.write(f"downloaded {name}: {total / 1e6:.1f} MB\n")
        sys.stderr.flush()

    return show


def save_npy(path: Path, array: np.ndarray) -> None:
    """Write float32 values under exactly the name given (np.save would add .npy to a bare path), atomically: a
    failure or Ctrl+C never leaves half a file."""
    values = np.asarray(array, dtype=np.float32)

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as stream:
            np.save(stream, values)

    write_atomically(path, write)


def _data(args: argparse.Namespace) -> int:
    from genviz.core.data.datasets import load_dataset

    out = check_output(args.out, inputs=[args.name, args.mnist_folder])
    download_if_asked(args, args.name)
    dataset = load_dataset(args.name, n=args.n, seed=args.seed, image_size=args.image_size, color=args.color,
                           mnist_folder=args.mnist_folder)
    if dataset.notes:
        print(" ".join(map(str, dataset.notes)), file=sys.stderr)
    with interrupts_deferred(f"interrupted; the samples were saved to {out} first."):
        save_npy(out, dataset.x)
    print(f"saved {dataset.x.shape} to {out}")
    return 0
