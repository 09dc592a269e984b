"""The training timeline of the Text lab: P("Paris" | "The capital of France is") at every kept step of 20 s of
training with the default settings, the same figure read back from the saved model file with `next-token --step`,
and what the timeline costs (checkpoint memory, file size).

Targets (issue 12): at the first kept step P < 0.1, at the last >= 0.9; the curve of that probability is in the file
(the tracked quantity) and `--step` reproduces it; checkpoint memory <= 100 MB; the model file with its timeline
<= 50 MB.

    python benchmarks/timeline_text.py [--seconds 20] [--seed 0]
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from report import parser, print_json

PROMPT, TOKEN = "The capital of France is", "Paris"


def p_paris_from_file(path: Path, step: int) -> float:
    """What `genviz next-token MODEL --step N --json` says of "Paris"."""
    from genviz import cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["next-token", str(path), "--prompt", PROMPT, "--top", "1000", "--step", str(step),
                         "--json"]) == 0
    tokens = json.loads(out.getvalue())["tokens"]
    return next((t["probability"] for t in tokens if t["token"].strip() == TOKEN), 0.0)


def main() -> None:
    arguments = parser(__doc__)
    arguments.add_argument("--seconds", type=float, default=20.0)
    arguments.add_argument("--seed", type=int, default=0)
    args = arguments.parse_args()
    from genviz.core.device import configure_threads
    from genviz.core.modelfile import load_model
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession
    from genviz.core.timeline import showing_past
    from genviz.core.training import train

    configure_threads()
    session = TextSession(TextConfig(seed=args.seed))
    train(session, seconds=args.seconds)
    curve = []
    for step in session.timeline.steps:
        with showing_past(session, step):
            curve.append([step, round(session.probability_of(PROMPT, TOKEN), 4)])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "text.safetensors"
        session.save(path)
        size_mb = path.stat().st_size / 1e6
        file = load_model(path)
        first, last = file.timeline[0]["step"], file.timeline[-1]["step"]
        from_file = {"first": round(p_paris_from_file(path, first), 4), "last": round(p_paris_from_file(path, last), 4)}
        # The curve the file keeps (the tracked quantity: P(the favourite now | the default prompt), here "Paris").
        kept = [[entry["step"], round(entry["tracked"], 4)] for entry in file.timeline]
    matches = file.tracked["name"] == f'P("{TOKEN}" | the text)' and all(
        abs(kept[i][1] - from_file[end]) <= 1e-4 for i, end in ((0, "first"), (-1, "last")))
    print_json("timeline_text", {
        "seconds": args.seconds, "seed": args.seed, "steps": session.step_count,
        "kept_steps": len(curve), "p_paris_first": curve[0][1], "p_paris_last": curve[-1][1],
        "p_paris_from_file_with_step": from_file,
        "tracked_in_file": file.tracked["name"],
        "tracked_curve_matches_step": matches,
        "checkpoint_memory_mb": round(session.timeline.nbytes / 1e6, 1), "file_mb": round(size_mb, 1),
        "passed": curve[0][1] < 0.1 and curve[-1][1] >= 0.9 and session.timeline.nbytes <= 100e6
        and matches and size_mb <= 50,
        "curve": curve,
        "curve_in_file": kept,
    })


if __name__ == "__main__":
    main()
