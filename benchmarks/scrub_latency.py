"""Scrubbing the timeline while the lab trains: how soon the panels show the step the slider was moved to, and
what scrubbing costs training.

Targets (issue 12): the lab's panels show a new step within 100 ms of a slider move (p95); training while
scrubbing runs at >= 0.9 x its speed without. One run, in a real window (offscreen unless there is a display):
the lab trains at full speed for --warmup seconds to keep a timeline, then phases take turns, one where the
slider is moved to a random kept step every --every seconds (each move timed until the window has drawn a
snapshot of that step), one where nobody scrubs. Training speed is the steps the training process made in
each phase over its length. Prints JSON.

    python benchmarks/scrub_latency.py [--lab text] [--warmup 10] [--phase 4] [--rounds 4] [--every 0.15]
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from report import parser, print_json, summary_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--lab", default="text", choices=["text", "gan", "diffusion", "vae", "pixels"])
    options.add_argument("--warmup", type=float, default=10.0)
    options.add_argument("--phase", type=float, default=4.0)
    options.add_argument("--rounds", type=int, default=4)
    options.add_argument("--every", type=float, default=0.15, help="seconds between slider moves")
    options.add_argument("--seed", type=int, default=0)
    args = options.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from genviz.core.host import HOSTS
    from genviz.qt.app import application, create_window

    app = application()
    chance = random.Random(args.seed)

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(1000 * seconds), loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/lab", args.lab)
        window = create_window(settings)
        window.resize(1600, 1000)
        window.show()
        controller, bar = window.current, window.timeline
        while controller.last_snapshot is None:
            spin(0.01)
        HOSTS.close()
        controller.train()
        spin(args.warmup)

        def live_step() -> int:
            return controller.last_snapshot["live_step"]

        def shows(snapshot: dict, step: int) -> bool:
            """The snapshot is of `step`, or of the kept step nearest to it once training's thinning dropped it."""
            viewing = snapshot.get("viewing")
            return viewing == step or (viewing is not None and step not in snapshot["timeline"][:, 0])

        def scrub_phase(latencies: list[float]) -> None:
            end = time.perf_counter() + args.phase
            while time.perf_counter() < end:
                kept = bar.steps[:-1]  # never the newest: it may be the step now, which draws like live
                index = chance.randrange(len(kept))
                if bar.viewing == kept[index]:
                    continue
                start = time.perf_counter()
                bar.slider.setValue(index)  # what a drag does: the slider's value changes
                while not shows(controller.last_snapshot, kept[index]) or controller.drawing:
                    if time.perf_counter() - start > 10:
                        raise TimeoutError(f"step {kept[index]} was never drawn")
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 1)
                latencies.append(time.perf_counter() - start)
                spin(max(0.0, args.every - (time.perf_counter() - start)))

        def live_phase(_latencies: list[float]) -> None:
            bar.go_live()
            spin(args.phase)

        latencies: list[float] = []
        speeds: dict[str, list[float]] = {"scrubbing": [], "not_scrubbing": []}
        for round_ in range(args.rounds):
            phases = [("scrubbing", scrub_phase), ("not_scrubbing", live_phase)]
            for name, phase in phases if round_ % 2 == 0 else reversed(phases):
                bar.go_live()
                spin(0.3)  # the last phase's move drawn, so the steps count from now
                start_step, start = live_step(), time.perf_counter()
                phase(latencies)
                bar.go_live()
                while controller.last_snapshot.get("viewing") is not None:
                    spin(0.01)
                speeds[name].append((live_step() - start_step) / (time.perf_counter() - start))
        kept = len(bar.steps)
        window.close()
    ratios = [s / n for s, n in zip(speeds["scrubbing"], speeds["not_scrubbing"], strict=True)]
    print_json("scrub_latency", {
        "lab": args.lab,
        "slider_move_to_drawn": summary_ms(latencies),
        "steps_per_second": {name: [round(s, 1) for s in values] for name, values in speeds.items()},
        "speed_ratio_scrubbing": round(sum(speeds["scrubbing"]) / sum(speeds["not_scrubbing"]), 3),
        "speed_ratio_rounds": [round(r, 3) for r in ratios],
        "speed_ratio_median": round(statistics.median(ratios), 3),
        "kept_steps": kept,
        "targets": {"p95_ms": "<= 100", "speed_ratio": ">= 0.9"},
    })


if __name__ == "__main__":
    main()
