"""`genviz replay` of a 60-frame GIF of a 256x256 panel, timed as a user runs it: the whole command, from launch to
the file written (Python and torch starting included).

Target (issue 12): under 10 s on 2 cores. The model is a GAN on the ring trained for 200 steps (its timeline keeps
64 steps), unless --model names another. Prints JSON (median of --runs launches).

    python benchmarks/replay_speed.py [--runs 3] [--model FILE] [--out FILE.gif]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from report import parser, print_json

GENVIZ = [sys.executable, "-m", "genviz.cli"]


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--runs", type=int, default=3)
    options.add_argument("--model", type=Path, default=None)
    options.add_argument("--out", type=Path, default=None, help="keep the GIF here (default: a temporary folder)")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        model = args.model or Path(folder) / "gan_ring.safetensors"
        if args.model is None:
            subprocess.run([*GENVIZ, "train", "gan", "--data", "ring", "--steps", "200", "--out", str(model)],
                           check=True, capture_output=True)
        out = args.out or Path(folder) / "replay.gif"
        command = [*GENVIZ, "replay", str(model), "--out", str(out), "--size", "256x256", "--frames", "60"]
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        with Image.open(out) as gif:
            frames, size = gif.n_frames, gif.size
    print_json("replay_speed", {
        "command": " ".join(["genviz", *command[3:]]).replace(str(out), "OUT.gif").replace(str(model), "MODEL"),
        "frames": frames,
        "size": f"{size[0]}x{size[1]}",
        "runs": args.runs,
        "seconds": {"median": round(statistics.median(times), 2), "min": round(min(times), 2),
                    "max": round(max(times), 2)},
        "target_s": 10,
    })


if __name__ == "__main__":
    main()
