"""Seconds of training until P("Paris" | "The capital of France is") >= 0.9, with the app's default settings.

Target (issue 2): under 10 s on 2 cores. Training runs as in the app (torch leaves one core to the GUI);
the probability checks between steps are not counted. Prints JSON, one run per seed. --old also trains the
defaults from before issue 14 (a 120 KB corpus) with the same seeds: on a busy machine, where seconds mislead,
compare the steps.

    python benchmarks/capitals_speed.py [--seeds 0 1 2] [--limit 60] [--old]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

OLD_CORPUS_CHARS = 120_000  # the capitals corpus before issue 14


def seconds_to_paris(seed: int, limit: float, old: bool = False, check_every: int = 20) -> dict:
    from genviz.core.data.corpora import capitals_corpus
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession

    text = capitals_corpus(chars=OLD_CORPUS_CHARS) if old else None
    session = TextSession(TextConfig(seed=seed), text=text)  # the other defaults did not change
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
    parser.add_argument("--old", action="store_true", help="also train the defaults from before issue 14")
    args = parser.parse_args()

    from genviz.core.device import configure_threads

    threads = configure_threads()
    runs = [seconds_to_paris(seed, args.limit) for seed in args.seeds]
    report = {
        "benchmark": "seconds until P(Paris) >= 0.9",
        "torch_threads": threads,
        "runs": runs,
        "median_seconds": statistics.median(r["seconds"] for r in runs),
        "median_steps": statistics.median(r["steps"] for r in runs),
        "target_seconds": 10,
    }
    if args.old:
        old = [seconds_to_paris(seed, args.limit, old=True) for seed in args.seeds]
        report.update(old_runs=old, old_median_seconds=statistics.median(r["seconds"] for r in old),
                      old_median_steps=statistics.median(r["steps"] for r in old))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
