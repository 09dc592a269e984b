"""`genviz timeline MODEL [--json]`: the steps a model file's training timeline kept, with the loss at each and the
tracked quantity (genviz/core/tracking.py) when the file keeps one."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path


def register(commands, train_labs) -> None:
    timeline = commands.add_parser("timeline", help="list the training steps a model file kept, with their loss")
    timeline.add_argument("model", type=Path)
    timeline.add_argument("--json", action="store_true",
                          help='print {"steps": [{"step": 0, "loss": 6.51, "tracked": 0.001}, ...], "tracked": NAME}')
    timeline.set_defaults(func=_timeline)


def _timeline(args: argparse.Namespace) -> int:
    from genviz.core.errors import ModelFileError
    from genviz.core.modelfile import load_model

    file = load_model(args.model)
    if not file.timeline:
        raise ModelFileError(f"{file.name} keeps no training timeline: it was saved with --no-history, or by an "
                             "older genviz.")
    tracked = file.tracked
    if args.json:
        steps = [{"step": entry["step"], "loss": entry["loss"], **({"tracked": entry["tracked"]} if tracked else {})}
                 for entry in file.timeline]
        print(json.dumps({"steps": steps, **({"tracked": tracked["name"]} if tracked else {})}))
        return 0
    print(f"{len(file.timeline)} kept steps of a {file.lab} model"
          + (f", with {tracked['name']} at each:" if tracked else ":"))
    for entry in file.timeline:
        line = f"  step {entry['step']:>8,}   loss {_figure(entry['loss'], '.4f')}"
        print(line + (f"   {_figure(entry['tracked'], '.4g')}" if tracked else ""))
    return 0


def _figure(value: float | None, spec: str) -> str:
    return "—" if value is None or not math.isfinite(value) else format(value, spec)
