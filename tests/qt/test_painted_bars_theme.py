"""The painted probability pictures (the Text lab's next-token bars and strip, the Pixels lab's level bars) follow
View > Projector colours as the plots do: dark paper and light ink, and back."""

import numpy as np
import pytest
from PySide6.QtGui import QColor

from genviz.core.sampling import sampling_distribution
from genviz.qt.pixels.level_bars import LevelBars
from genviz.qt.style import INK, PAPER, PROJECTOR_INK, PROJECTOR_PAPER
from genviz.qt.text.probability_panel import DrawnToken, ProbabilityPanel, painted
from genviz.qt.theme import apply_projector_theme


@pytest.fixture
def light_again(qapp):
    """The theme is global: a test that fails half-way must not leave it on for the next."""
    yield
    apply_projector_theme(qapp, None, False)


def corner(widget) -> QColor:
    """The colour the widget paints its top-left corner (its paper) in."""
    return widget.grab().toImage().pixelColor(2, 2)


def test_the_next_token_bars_the_strip_and_the_level_bars_take_the_projector_theme_and_give_it_back(
        qapp, qtbot, light_again):
    distribution = sampling_distribution(np.linspace(2.0, 0.0, 17))
    panel = ProbabilityPanel()
    qtbot.addWidget(panel)
    vocab = [f"t{i}" for i in range(17)]
    panel.show_distribution(distribution, vocab, 10)
    panel.show_draw(DrawnToken(0, distribution, u=0.02), vocab)
    levels = LevelBars()
    qtbot.addWidget(levels)
    levels.show_distribution(distribution, "Pixel 1 of 64")
    pictures = (panel.bars, panel.strip, levels)
    for picture in pictures:
        picture.resize(500, 300)
    assert [corner(picture) for picture in pictures] == [QColor(PAPER)] * 3
    apply_projector_theme(qapp, None, True)
    assert painted(INK) == QColor(PROJECTOR_INK)
    assert [corner(picture) for picture in pictures] == [QColor(PROJECTOR_PAPER)] * 3
    apply_projector_theme(qapp, None, False)
    assert painted(INK) == QColor(INK)
    assert [corner(picture) for picture in pictures] == [QColor(PAPER)] * 3
