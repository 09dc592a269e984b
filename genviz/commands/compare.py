"""`genviz compare`: train several families on the same data at once, then write their samples, model files and the
results table (genviz/core/compare/)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from genviz.commands.common import number, whole_number
from genviz.commands.settings_options import add_setting_options

REPORTED = ("quality", "classes", "evenness", "copies", "copies_real_baseline", "ms_per_sample", "steps",
            "parameters", "confident_share", "confident_share_real", "class_counts", "modes", "modes_total",
            "near_mode", "samples")


def register(commands, train_labs) -> None:
    from genviz.core.compare.config import CompareConfig
    from genviz.core.compare.runner import FINAL_SAMPLES

    defaults = CompareConfig()
    parser = commands.add_parser(
        "compare", help="train several families on the same data at once and compare their samples",
        description="Train the families side by side on the same data, each in its own process with a fair share "
                    "of the cores and the same time, then judge their samples: quality, classes, copies and cost.")
    parser.add_argument("--data", default=defaults.data,
                        help=f"digits, mnist, fashion, a folder of images, or a 2-D set (ring, grid, ...) "
                             f"(default {defaults.data})")
    parser.add_argument("--families", default=None,
                        help=f"which families, separated by commas (default {','.join(defaults.families)}; pixels "
                             "only learns images)")
    add_setting_options(parser, CompareConfig)  # --train-images and --seed, as the lab's settings panel has them
    parser.add_argument("--seconds", type=number(0, low_open=True), required=True,
                        help="seconds every family trains, all at once (above 0)")
    parser.add_argument("--samples", type=whole_number(2, 100_000), default=FINAL_SAMPLES,
                        help=f"samples of each family judged and written (default {FINAL_SAMPLES:,})")
    parser.add_argument("--out", type=Path, required=True,
                        help="the folder to write FAMILY.npy, FAMILY.safetensors and report.json into")
    parser.set_defaults(func=_compare)


def _outputs(out: Path, families: tuple[str, ...], data: str) -> None:
    """Refuse an --out that is not a folder to write in, or whose files cannot be written, before any work."""
    from genviz.core.errors import OutputError
    from genviz.core.safe_files import check_output

    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file: give a folder to write the results into.")
    if not out.exists():
        if not out.absolute().parent.is_dir():
            raise OutputError(f"The folder {out.absolute().parent} does not exist: create it first.")
        out.mkdir()
    for name in [*(f"{f}.npy" for f in families), *(f"{f}.safetensors" for f in families), "report.json"]:
        check_output(out / name, inputs=[data])


def _figure(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def report(results, args: argparse.Namespace) -> dict[str, Any]:
    """report.json: the run's settings, and per family its table row (or the sentence saying why it failed)."""
    families = {}
    for name, result in results.items():
        if result.error is not None:
            families[name] = {"error": result.error, "steps": result.steps}
        else:
            families[name] = {key: _figure(result.metrics.get(key)) for key in REPORTED}
    return {"data": args.data, "train_images": args.train_images, "seconds": args.seconds, "seed": args.seed,
            "families": families}


def _progress(seconds: float, snapshots: dict[str, dict[str, Any]]) -> None:
    parts = []
    for name, snap in snapshots.items():
        row = snap.get("metrics") or {}
        figure = f", quality {row['quality']:.2f}" if row.get("quality") is not None else \
            f", {row['modes']} of {row['modes_total']} modes" if row.get("modes") is not None else ""
        parts.append(f"{name} step {snap.get('steps', 0):,}{figure}")
    print(f"{seconds:5.0f} s  " + " · ".join(parts), file=sys.stderr, flush=True)


def _table(results) -> str:
    def cell(value: Any, form: str) -> str:
        return "—" if value is None else format(value, form)

    lines = [f"{'family':<10}{'quality':>8}{'classes':>8}{'evenness':>9}{'copies':>8}{'real':>7}{'ms/sample':>10}"
             f"{'steps':>8}"]
    for name, result in results.items():
        if result.error is not None:
            lines.append(f"{name:<10}failed: {result.error}")
            continue
        m = result.metrics
        lines.append(f"{name:<10}{cell(m['quality'], '.2f'):>8}{cell(m['classes'], 'd'):>8}"
                     f"{cell(m['evenness'], '.2f'):>9}{cell(m['copies'], '.1%'):>8}"
                     f"{cell(m['copies_real_baseline'], '.1%'):>7}{m['ms_per_sample']:>10.2f}{m['steps']:>8,}")
    return "\n".join(lines)


def _compare(args: argparse.Namespace) -> int:
    from genviz.core.compare.families import check_families, default_families, parse_families
    from genviz.core.data.datasets import load_dataset

    families = parse_families(args.families) if args.families is not None else default_families(args.data)
    check_families(families, args.data)
    dataset = load_dataset(args.data, n=args.train_images, seed=args.seed)  # a bad set or count, before any work
    _outputs(args.out, families, args.data)
    from genviz.commands.common import interrupts_deferred
    from genviz.commands.data import save_npy
    from genviz.core.compare.runner import run_compare
    from genviz.core.safe_files import write_atomically

    print(f"Comparing {', '.join(families)} on {dataset.name} ({len(dataset.x):,} examples) for "
          f"{args.seconds:g} s, all at once", file=sys.stderr)
    try:
        results = run_compare(families, args.data, args.train_images, args.seconds, args.seed, out=args.out,
                              samples=args.samples, on_progress=_progress)
    except KeyboardInterrupt:
        raise KeyboardInterrupt("interrupted while training; nothing was written.") from None
    with interrupts_deferred(f"interrupted; the results were written to {args.out} first."):
        for name, result in results.items():
            if result.samples is not None:
                save_npy(args.out / f"{name}.npy", result.samples)
        text = json.dumps(report(results, args), indent=2)
        write_atomically(args.out / "report.json", lambda path: path.write_text(text + "\n"))
    print(_table(results))
    print(f"wrote {args.out / 'report.json'}")
    failed = [result.error for result in results.values() if result.error is not None]
    for error in failed:
        print(error, file=sys.stderr)
    return 1 if failed else 0
