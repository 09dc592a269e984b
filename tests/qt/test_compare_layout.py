"""The Compare lab's bottom row in a long language, at the demo's window size and at the smallest: the results table
shows every column whole and Is it a copy? shows its sample and all three neighbours. No training: made-up figures.
The pseudo-translation ([[...]] around every string) stands in for a long language such as German."""

import numpy as np
import pytest
from PySide6.QtWidgets import QScrollArea

from genviz.core.compare.families import FAMILIES, FAMILY_NAMES
from genviz.qt.translation import ENGLISH, PSEUDO, core_text, install_language

# The lab's part of a 1600 x 1000 and a 1280 x 720 window (the menu, the transport bar, the tabs and the status
# line take the rest).
SIZES = ((1592, 890), (1272, 610))
FIGURES = {"samples": 200, "quality": 0.37, "classes": 10, "evenness": 0.73, "copies": 0.125,
           "copies_real_baseline": 0.005, "ms_per_sample": 112.34, "parameters": 184_401, "steps": 12_345}


@pytest.fixture(params=[ENGLISH, PSEUDO])
def view(request, qtbot, qapp):
    install_language(qapp, request.param)
    from genviz.qt.compare.view import CompareLabView

    view = CompareLabView()
    qtbot.addWidget(view)
    families = {name: core_text(FAMILIES[name].title) for name in FAMILY_NAMES}
    view.table.start(families)
    for name in families:
        view.table.show_row(name, "images", FIGURES)
    rng = np.random.default_rng(0)
    view.copy_panel.show_neighbours(families["diffusion"], {
        "index": 0, "distances": np.array([2.92, 2.98, 3.10]), "ratio": 0.98, "copy": False,
        "sample": rng.uniform(0, 1, (8, 8)), "images": rng.uniform(0, 1, (3, 8, 8))}, "images")
    yield view
    install_language(qapp, ENGLISH)


def sideways(view) -> list[str]:
    return [type(area.widget()).__name__ for area in view.findChildren(QScrollArea)
            if area.isVisibleTo(view) and area.horizontalScrollBar().isVisible()]


def whole_table(view) -> bool:
    table = view.table
    return table.width() >= table.horizontalHeader().length() and not table.horizontalScrollBar().isVisible()


def every_neighbour(view) -> bool:
    """The strip's plot is no wider than its panel (a wider title once made it so, and cut the last tile off),
    and the picture's right edge lies inside the panel."""
    pictures = view.copy_panel.pictures
    image = pictures.image
    right = pictures.mapFromScene(image.mapToScene(image.width(), 0)).x()
    return pictures.getPlotItem().width() <= pictures.width() + 0.5 and 0 < right <= pictures.width()


@pytest.mark.parametrize("size", SIZES)
def test_the_whole_table_and_every_neighbour_show_in_a_long_language(qtbot, view, size):
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: sideways(view) == [] and whole_table(view) and every_neighbour(view), timeout=3000)
    table = view.table
    assert table.height() >= table.rows_height() - 1 or not table.verticalScrollBar().isVisible()  # every row


def test_the_table_keeps_its_width_while_figures_come_in_and_widens_for_a_longer_one(qtbot, qapp):
    """A wider table resizes the panels beside it, and a resized plot repaints in full (tens of milliseconds while
    four families train): the columns start as wide as a run's figures get, in the font the table shows."""
    from genviz.qt.compare.results_table import ResultsTable
    from genviz.qt.style import apply_font_scale

    table = ResultsTable()
    qtbot.addWidget(table)
    table.start({"gan": "GAN", "diffusion": "Diffusion"})
    table.show()
    qtbot.waitExposed(table)
    apply_font_scale(qapp, 1.3)  # larger text (Ctrl++) before Train
    qapp.processEvents()
    empty, steps_column = table.horizontalHeader().length(), table.columnCount() - 1
    for steps, ms in ((7, 0.5), (812, 6.79), (35_021, 112.34)):
        table.show_row("diffusion", "images", {**FIGURES, "steps": steps, "ms_per_sample": ms})
        assert table.horizontalHeader().length() == empty
        assert table.columnWidth(steps_column) >= table.sizeHintForColumn(steps_column)
    table.show_row("diffusion", "images", {**FIGURES, "steps": 12_345_678})
    assert table.horizontalHeader().length() > empty
    assert table.columnWidth(steps_column) >= table.sizeHintForColumn(steps_column)  # the whole figure, never elided


def test_the_histogram_keeps_its_width_when_a_run_names_its_family(qtbot):
    """The first histogram of a run names the family in its legend: the plot already had room for any family's
    name, so the lab is not laid out again as training starts."""
    from genviz.qt.compare.copy_panel import CopyPanel, real_examples_name

    panel = CopyPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    empty = panel.plot.minimumWidth()
    rng = np.random.default_rng(0)
    for family in FAMILY_NAMES:
        for data in ("digits", "ring", "faces"):
            panel.show_histogram(family, core_text(FAMILIES[family].title), rng.uniform(1, 3, 200),
                                 rng.uniform(1, 3, 300), real_examples_name(data))
            assert panel.plot.minimumWidth() == empty
            legend = panel.legend.boundingRect().width()
            assert legend + 40 <= panel.plot.minimumWidth()  # the legend clears the left axis


def test_until_every_family_has_figures_the_room_under_the_rows_says_when_they_come(qtbot):
    from genviz.qt.compare.results_table import ResultsTable

    table = ResultsTable()
    qtbot.addWidget(table)
    table.resize(800, 300)
    table.start({"gan": "GAN", "diffusion": "Diffusion"})
    table.show()
    qtbot.waitExposed(table)

    def written_under_the_rows() -> bool:
        image = table.viewport().grab().toImage()
        top = table.rowViewportPosition(1) + table.rowHeight(1) + 1
        return len({image.pixel(x, y) for x in range(image.width()) for y in range(top, image.height())}) > 1

    assert written_under_the_rows()
    table.show_row("gan", "images", FIGURES)
    assert written_under_the_rows()
    table.wait_no_more("diffusion")  # its training process failed: no figures will come
    assert not written_under_the_rows()
    table.start({"gan": "GAN"})  # a new comparison
    assert written_under_the_rows()
