"""A legend as a line of text under a plot: it never covers the data (a box over a heat map reads as part of
the map), and a plot title as wide as a legend would stop the plot from shrinking."""

from __future__ import annotations


def key(text: str, hex_code: str, mark: str = "●") -> str:
    """A coloured legend mark and its name."""
    return f'<span style="color:{hex_code}; font-size:large">{mark}</span>&nbsp;{text}'


def legend_line(*keys: str) -> str:
    return "&nbsp;&nbsp;&nbsp;".join(keys)
