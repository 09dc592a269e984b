"""`genviz timeline MODEL [--json]`: the steps a model file's training timeline kept, with the loss at each."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path


def register(commands, train_labs) -> None:
    timeline = commands.add_parser("timeline", help="list the training steps a model file kept, with their loss")
    timeline.add_argument("model", type=Path)
    timeline.add_argument("--json", action="store_true", help='print {"steps": [{"step": 0, "loss": 6.51}, ...]}')
    timeline.set_defaults(func=_timeline)


def _timeline(args: argparse.Namespace) -> int:
    from genviz.core.errors import ModelFileError
    from genviz.core.modelfile import load_model

    file = load_model(args.model)
    if not file.timeline:
        raise ModelFileError(f"{file.name} keeps no training timeline: it was saved with --no-history, or by an "
                             "older genviz.")
    if args.json:
        print(json.dumps({"steps": [{"step": entry["step"], "loss": entry["loss"]} for entry in file.timeline]}))
        return 0
    print(f"{len(file.timeline)} kept steps of a {file.lab} model:")
    for entry in file.timeline:
        loss = entry["loss"]
        print(f"  step {entry['step']:>8,}   loss {'—' if loss is None or not math.isfinite(loss) else f'{loss:.4f}'}")
    return 0
