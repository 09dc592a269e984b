"""A legend beside a plot rather than over it, so it never hides the data."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

RIGHT_MARGIN = 16  # pixels between the longest name and the plot's edge
SAMPLE_GAP = 8  # pixels between a marker and its name
PADDING = 4


def side_legend(plot_item: pg.PlotItem) -> pg.LegendItem:
    """An empty legend in the column right of the plot's right axis, at the top; add entries by hand."""
    legend = pg.LegendItem()
    plot_item.layout.addItem(legend, 2, 3)
    plot_item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop)
    return legend


def fit_legend(legend: pg.LegendItem) -> None:
    """Pin the legend to the size its entries need: in a layout it would otherwise stretch to the plot's height.
    Measured from the texts themselves, since labels learn a new font size only at the next layout pass.
    Call after adding entries or changing the font."""
    widths, heights = [0.0], []
    for sample, label in legend.items:
        text = label.item.boundingRect()
        widths.append(sample.boundingRect().width() + SAMPLE_GAP + text.width())
        heights.append(max(sample.boundingRect().height(), text.height()))
    legend.setFixedWidth(max(widths) + RIGHT_MARGIN)
    legend.setFixedHeight(sum(heights) + 2 * PADDING)
