"""Seconds of training until P("Paris" | "The capital of France is") >= 0.9, with the app's default settings.

Target (issue 2): under 10 s on 2 cores. Training runs as in the app (torch leaves one core to the GUI);
the probability checks between steps are not counted. Prints JSON, one run per seed.

    python benchmarks/capitals_speed.py [--seeds 0 1 2] [--limit 60]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time


def seconds_to_paris(seed: int, limit: float, check_every: int = 20) -> dict:
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession

    session = TextSession(TextConfig(seed=seed))
    trained = 0.0
    probability = 0.0
    while trained < limit:
        start = time.perf_counter()
        for _ in range(check_every):
            session.step()
        trained += time.perf_counter() - start
        probability = session.probability_of("The capital of France is", "Paris")
        if probability >= 0.9:
            break
    return {"seed": seed, "seconds": round(trained, 2), "steps": session.step_count,
            "p_paris": round(probability, 3), "reached": probability >= 0.9}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--limit", type=float, default=60.0, help="give up after this many seconds")
    args = parser.parse_args()

    from genviz.core.device import configure_threads

    threads = configure_threads()
    runs = [seconds_to_paris(seed, args.limit) for seed in args.seeds]
    print(json.dumps({
        "benchmark": "seconds until P(Paris) >= 0.9",
        "torch_threads": threads,
        "runs": runs,
        "median_seconds": statistics.median(r["seconds"] for r in runs),
        "target_seconds": 10,
    }, indent=2))


if __name__ == "__main__":
    main()
