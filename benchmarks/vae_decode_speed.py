"""How long the dragged latent marker takes to redraw: one decode on the worker, one picture on the GUI.

Target (issue 5): under 16 ms per decode (one frame at 60 Hz). Measures, for the app's default model and a
convolutional one, the single decode the snapshot does for the marker (`decode_map_point`), the whole
snapshot the worker sends while the marker moves and the model is paused (cached map and manifold), and
the GUI drawing the decoded image. Prints JSON with the median and 95th percentile in milliseconds.

    python benchmarks/vae_decode_speed.py [--repeats 500] [--train-steps 200]
"""

from __future__ import annotations

import os

import numpy as np
from report import parser, print_json, summary_ms, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(network: str, latent_size: int, repeats: int, train_steps: int) -> dict:
    from genviz.core.modelfile import num_parameters
    from genviz.core.vae.config import DEFAULT_WIDTHS, VaeConfig
    from genviz.core.vae.session import VaeSession

    session = VaeSession(VaeConfig(network=network, width=DEFAULT_WIDTHS[network], latent_size=latent_size))
    for _ in range(train_steps):
        session.step()
    session.refresh_pictures()
    points = np.random.default_rng(0).uniform(-2.5, 2.5, size=(repeats, 2)).astype(np.float32)
    for point in points[:20]:  # warm-up: the first calls allocate
        session.snapshot({"latent": tuple(point)})
    decode = timed(session.decode_map_point, list(points))
    snapshot = timed(lambda p: session.snapshot({"latent": (float(p[0]), float(p[1]))}), list(points))
    return {"network": network, "latent_size": latent_size, "parameters": num_parameters(session.model),
            "decode_at_marker": summary_ms(decode), "whole_snapshot_while_dragging": summary_ms(snapshot),
            "decoded": session.decode_map_point(points[0])}


def gui_draw(decoded: np.ndarray, repeats: int) -> dict:
    from genviz.qt.app import application
    from genviz.qt.widgets.picture import PicturePanel

    app = application()
    panel = PicturePanel("Decoded at the marker", "")
    panel.resize(260, 260)
    panel.show()
    pictures = [np.clip(decoded + 0.01 * i, 0, 1) for i in range(repeats)]

    def draw(picture: np.ndarray) -> None:
        panel.show_picture(picture)
        panel.viewport().repaint()  # paint now, as the next frame would

    app.processEvents()
    times = timed(draw, pictures)
    panel.close()
    return summary_ms(times)


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--repeats", type=int, default=500)
    options.add_argument("--train-steps", type=int, default=200)
    args = options.parse_args()

    from genviz.core.device import configure_threads, describe, pick_device

    threads = configure_threads()
    runs = [measure(network, latent, args.repeats, args.train_steps) for network, latent in
            (("mlp", 2), ("mlp", 8), ("conv", 2))]
    gui = gui_draw(runs[0].pop("decoded"), args.repeats)
    for run in runs:
        run.pop("decoded", None)
    print_json("vae_decode_speed", {
        "device": describe(pick_device()),
        "torch_threads": threads,
        "runs": runs,
        "gui_draw_decoded_image": gui,
        "target": "decode_at_marker p95 < 16 ms",
    })


if __name__ == "__main__":
    main()
