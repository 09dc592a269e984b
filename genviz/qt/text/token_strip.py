"""The prompt and the generated tokens, each token on its own background so students see what a token is."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from genviz.qt.style import INK
from genviz.qt.text.tokens import VISIBLE
from genviz.qt.translation import translate

PROMPT_COLOURS = ("#DCEBF7", "#B9D7EE")  # alternating pale blues: the prompt
GENERATED_COLOURS = ("#FBE3B8", "#F5C77E")  # alternating pale oranges: what the model wrote
UNKNOWN_COLOUR = "#F4B6A0"


class TokenStrip(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setMinimumHeight(70)
        self.setMaximumHeight(140)
        self.setProperty("user_text", True)  # the prompt and the generated tokens
        self.setToolTip(translate(
            "text", "The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens "
            "the model generated; red: a word the model never saw in training (it becomes <unk>)."))
        self.setAccessibleName(translate("text", "Tokens of the text"))

    def show_tokens(self, prompt: list[str], generated: list[str], word_level: bool, unknown: set[int]) -> None:
        spans = []
        for index, text in enumerate(prompt + generated):
            is_generated = index >= len(prompt)
            colours = GENERATED_COLOURS if is_generated else PROMPT_COLOURS
            background = UNKNOWN_COLOUR if index in unknown else colours[index % 2]
            shown = html.escape("".join(VISIBLE.get(ch, ch) if ch != " " or not word_level else ch for ch in text))
            if text == "\n":
                shown += "<br>"
            weight = "bold" if is_generated else "normal"
            # Ink of its own: the projector theme makes the default text light, unreadable on the pale boxes.
            spans.append(f'<span style="background:{background}; color:{INK}; font-weight:{weight};">{shown}</span>')
        separator = " " if word_level else ""
        self.setHtml(f'<div style="line-height:160%;">{separator.join(spans)}</div>')
