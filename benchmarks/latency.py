"""How soon the window answers while its lab trains at full speed: a new prompt's bars, the VAE's decoded
image under the dragged marker, and Pause; then, paused, Step and Reset.

Targets (issue 10): marker -> decoded image p95 <= 30 ms (a round trip through the training process);
prompt -> new bars <= 100 ms; Step, Pause and Reset take effect within 100 ms. Each is timed from the
user's action to the moment the answer is on screen (drawn, or the Train button flipped). The first Train after
launch is timed on its own (first_train_ms, to its first step drawn). Prints JSON.

    python benchmarks/latency.py [--lab text|vae] [--repeats 20]
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from report import parser, print_json, summary_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--lab", default="text", choices=["text", "vae"])
    options.add_argument("--repeats", type=int, default=20)
    args = options.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from genviz.core.host import HOSTS
    from genviz.qt.app import application, create_window

    app = application()

    def spin(milliseconds: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    def time_until(action, shown, signal=None, timeout_s: float = 10.0) -> float:
        """Seconds from `action()` until `signal` (by default a drawn snapshot) carries a value for which
        `shown(value)` holds: the moment the answer is on screen."""
        signal = signal or controller.snapshot_drawn
        seen = []
        signal.connect(seen.append)
        start = time.perf_counter()
        action()
        while not any(shown(s) for s in seen):
            if time.perf_counter() - start > timeout_s:
                raise TimeoutError("no answer")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 1)
        signal.disconnect(seen.append)
        app.processEvents()  # the paint that puts it on screen
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/lab", args.lab)
        window = create_window(settings)
        window.resize(1600, 1000)
        window.show()
        controller, view = window.current, window.current.view
        while controller.last_snapshot is None:
            spin(10)
        HOSTS.close()
        # The first Train waits for what is left of the training process importing torch's compiler (it does
        # once the first pictures are out): timed on its own, not as one of the answers while training.
        step = controller.last_snapshot["step"]
        first_train = time_until(controller.train, lambda s, step=step: s["step"] > step, timeout_s=60)
        results: dict[str, list[float]] = {"ask": [], "step": [], "pause": [], "reset": []}
        for i in range(args.repeats):
            controller.train()
            spin(300)
            if args.lab == "text":
                prompt = ("The capital of Peru is", "The capital of Chile is")[i % 2]

                def ask(prompt=prompt):
                    view.prompt.setText(prompt)
                    view.prompt.textEdited.emit(prompt)

                results["ask"].append(time_until(ask, lambda a: a["probe"].get("version") == view._version,
                                                 controller.answer_shown))
            else:
                point = (0.1 * (i % 7) - 0.3, 0.05 * (i % 5))
                results["ask"].append(time_until(lambda point=point: view._on_latent_map_marker_moved(*point),
                                                 lambda a, point=point: a["probe"].get("latent") == point,
                                                 controller.answer_shown))
            # Paused when the Train button says so: the training process confirmed it.
            results["pause"].append(time_until(controller.pause, lambda training: not training,
                                               controller.training_changed))
            while controller.drawing or controller.last_snapshot["training"]:  # the paused step, drawn
                spin(5)
            step = controller.last_snapshot["step"]
            results["step"].append(time_until(controller.step, lambda s, step=step: s["step"] == step + 1))
            run = controller.run_id
            results["reset"].append(time_until(controller.reset, lambda s, run=run: controller.run_id > run))
        window.close()
    print_json("latency", {
        "lab": args.lab,
        "answer": summary_ms(results["ask"]),
        "what_is_answered": "new next-token bars" if args.lab == "text" else "the decoded image at the marker",
        "step": summary_ms(results["step"]),
        "pause": summary_ms(results["pause"]),
        "reset": summary_ms(results["reset"]),
        "first_train_ms": round(first_train * 1000, 1),
        "targets": {"answer_ms": "p95 <= 30 (VAE marker) / 100 (text prompt)", "step_pause_reset_ms": "<= 100"},
    })


if __name__ == "__main__":
    main()
