"""How a token is written on screen: invisible characters get visible stand-ins."""

from __future__ import annotations

VISIBLE = {" ": "␣", "\n": "↵", "\t": "⇥"}


def visible_token(text: str) -> str:
    return "".join(VISIBLE.get(ch, ch) for ch in text) or "∅"
