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
