"""What a process costs in memory: its proportional set size (PSS), shared pages split among their users."""

from __future__ import annotations

import math
from pathlib import Path


def pss_mb(pid: int) -> float:
    """PSS in MB (Linux); NaN where the system does not tell."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return math.nan
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return math.nan


def descendants(pid: int) -> list[int]:
    """Every process `pid` started, and every process those started (Linux; empty where the system does not tell):
    the training processes and multiprocessing's helpers (the fork server the hosts fork from, its resource
    tracker), so that no memory of the app goes uncounted."""
    parents = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it ended meanwhile
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])  # the name in (...) may hold spaces
    found, frontier = [], {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found += sorted(frontier)
    return found
