"""How long drawing 64 digits with 50 DDIM steps takes: stepping through samples must feel instant.

Target (issue 4): under 1 s on 2 cores, with torch using the threads the app gives it (one core left to the GUI).
The model is the default digits network; its weights do not change the cost, so it trains only a few steps.
Reports the median of several runs, and the same for 16 digits with DDPM over all T steps (the GUI's default
"New samples"). Prints JSON.

    python benchmarks/diffusion_sampling_speed.py [--repeats 5]
"""

from __future__ import annotations

import statistics

from report import parser, print_report, timed

from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession

TARGET_SECONDS = 1.0


def repeated(function, repeats: int) -> list[float]:
    """Seconds of each of `repeats` calls, after one call that warms up (the first pass allocates)."""
    function()
    return timed(lambda _: function(), range(repeats))


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--repeats", type=int, default=5)
    args = options.parse_args()
    threads = configure_threads()
    session = DiffusionSession(DiffusionConfig(data="digits"))
    for _ in range(5):
        session.step()
    sampler = session.sampler
    ddim = repeated(lambda: sampler.sample(64, seed=0, sampler="ddim", steps=50), args.repeats)
    frames = repeated(lambda: session.reverse_process(16, seed=0, sampler="ddpm"), args.repeats)
    median = statistics.median(ddim)
    print_report("diffusion_sampling_speed", session, threads, {
        "ddim_64_digits_50_steps_s": {"median": round(median, 3), "min": round(min(ddim), 3),
                                      "max": round(max(ddim), 3)},
        "ddpm_16_digits_all_frames_s": {"median": round(statistics.median(frames), 3), "steps": session.T},
        "target_seconds": TARGET_SECONDS,
        "passed": median < TARGET_SECONDS,
    })


if __name__ == "__main__":
    main()
