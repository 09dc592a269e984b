""""Is it a copy?": a clicked sample beside its three nearest training images, their distances and the copy rule's
verdict; and the histogram of the distances from a family's samples to their nearest training image, beside the same
for real examples it never trained on. The art student's test, made measurable."""

from __future__ import annotations

import html
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from genviz.core.compare.families import FAMILIES
from genviz.core.data.datasets import POINT_SETS
from genviz.core.mosaic import mosaic
from genviz.qt.compare.column import WrappedLabel
from genviz.qt.number_format import local_number
from genviz.qt.plots import SMALLEST_TITLE, TITLE_ROOM, configure_plot, legend_size, scale_plot_fonts
from genviz.qt.style import BLUE, GREEN, ORANGE, VERMILLION, color, scaled_font
from genviz.qt.translation import core_text, translate
from genviz.qt.widgets.loss_plot import nice_ceiling, sticky_ceiling
from genviz.qt.widgets.picture import PicturePanel

BINS = 30


def verdict_text(answer: dict[str, Any]) -> str:
    """The copy rule's verdict for one sample, with the distances it rests on."""
    nearest = answer["distances"]
    ratio = answer["ratio"]
    if math.isnan(ratio):
        verdict = translate("compare", "A copy: its nearest training example is at distance {nearest}.") \
            if answer["copy"] else translate("compare", "New: its nearest training example is at distance {nearest}.")
        return verdict.format(nearest=local_number(nearest[0], ".2f"))
    if answer["copy"]:
        verdict = translate("compare", "A copy: its nearest training example is at distance {nearest}, only {ratio} "
                            "of the distance to the second nearest ({second}); the rule calls a sample a copy below "
                            "1/3.")
    else:
        verdict = translate("compare", "Not a copy: its nearest training example is at distance {nearest}, {ratio} "
                            "of the distance to the second nearest ({second}); a copy would be below 1/3.")
    return verdict.format(nearest=local_number(nearest[0], ".2f"), ratio=local_number(ratio, ".2f"),
                          second=local_number(nearest[1], ".2f"))


def click_hint() -> str:
    return translate("compare", "Click any sample in a family's grid to set it beside its three nearest training "
                     "images.")


def real_examples_name(data: str) -> str:
    """The histogram's name for the held-out real examples of data set `data`."""
    if data in POINT_SETS:
        return translate("compare", "held-out real points")
    if data in ("digits", "mnist"):
        return translate("compare", "held-out real digits")
    return translate("compare", "held-out real examples")


def samples_name(family_title: str) -> str:
    return translate("compare", "{family}'s samples").format(family=family_title)


def histogram(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """The share of `values` in each bin (shares, so that 200 samples and 400 real examples compare)."""
    counts, _ = np.histogram(values, bins=edges)
    return counts / max(len(values), 1)

LEGEND_MARGIN = 80  # pixels beside the legend: the left axis and the legend's offset


class CopyPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(translate("compare", "Is it a copy?"))
        self.heading.setToolTip(translate(
            "compare", "An art student who studied 1,000 paintings should paint something that is not a copy of any "
            "of them. The same test for a model: is its sample much closer to one training image than to any "
            "other?"))
        self.verdict = WrappedLabel(click_hint())
        self.verdict.setToolTip(translate(
            "compare", "The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer "
            "than 1/3 of the distance to the second nearest, in pixel space."))
        self.pictures = PicturePanel(translate("compare", "Sample, then its nearest 3"), translate(
            "compare", "Left: the sample you clicked. Right: the three training images closest to it, nearest "
            "first, each with its distance in pixel space (the square root of the summed squared differences)."))
        self.pictures.setAccessibleName(translate("compare", "Sample, then its nearest 3"))
        self.pictures.setAccessibleDescription(translate(
            "compare", "The sample you clicked, then the three training images nearest to it, each with its "
            "distance."))
        self.plot = pg.PlotWidget()
        configure_plot(self.plot, translate("compare", "How close to a training image?"),
                       translate("compare", "distance in pixel space"), translate("compare", "share of images"))
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setToolTip(translate(
            "compare", "How far each sample is from its nearest training image (blue), beside the same for real "
            "examples the family never trained on (orange). A family that memorised piles up near 0, left of the "
            "real examples; one that learned patterns overlaps them. The dashed line marks the sample you "
            "clicked."))
        self.plot.setAccessibleName(translate("compare", "How close to a training image?"))
        self.plot.setAccessibleDescription(translate(
            "compare", "Two histograms of the distance to the nearest training image: one for the family's samples, "
            "one for held-out real examples."))
        item = self.plot.getPlotItem()
        item.disableAutoRange()  # set when the bins change: a range that follows every redraw re-renders the axes
        self._range: tuple[float, float] | None = None
        legend = item.addLegend(offset=(-10, 10), brush=color("#FFFFFF", 200))
        self.samples_curve = item.plot([], [], stepMode="center", fillLevel=0, pen=pg.mkPen(BLUE, width=2),
                                       brush=color(BLUE, 60), name=translate("compare", "samples"))
        self.real_curve = item.plot([], [], stepMode="center", fillLevel=0, pen=pg.mkPen(ORANGE, width=2),
                                    brush=color(ORANGE, 60), name=translate("compare", "held-out real examples"))
        self.legend = legend
        self.picked_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine))
        self.picked_line.hide()
        item.addItem(self.picked_line)
        self.family: str | None = None  # whose histogram is shown
        self._drawn: tuple[Any, Any] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.verdict)
        pictures = QHBoxLayout()
        pictures.addWidget(self.pictures, 2)
        pictures.addWidget(self.plot, 3)
        layout.addLayout(pictures, 1)
        self.set_font_scale(1.0)

    def asking(self, title: str, index: int) -> None:
        self.verdict.setStyleSheet("")
        self.verdict.setText(translate("compare", "{family}, sample {number}: looking for its nearest training "
                                       "images…").format(family=title, number=index + 1))

    def show_neighbours(self, title: str, answer: dict[str, Any], kind: str) -> None:
        copy = answer["copy"]
        self.verdict.setStyleSheet(f"QLabel {{ border-left: 6px solid {VERMILLION if copy else GREEN}; "
                                   "padding-left: 6px; }")
        self.verdict.setText(translate("compare", "{family}, sample {number}. {verdict}").format(
            family=title, number=answer["index"] + 1, verdict=verdict_text(answer)))
        self.pictures.setVisible(kind == "images")
        if kind == "images":
            sample, images = answer["sample"], answer["images"]
            self.pictures.show_picture(mosaic(np.concatenate([sample[None], images]), columns=1 + len(images)))
            # The distances under the neighbours; none under the sample, whose tile is narrower than a word.
            under = [(i + 1, local_number(d, ".2f")) for i, d in enumerate(answer["distances"])]
            self.pictures.caption_tiles(sample.shape[:2], under=under)
        self.picked_line.setValue(float(answer["distances"][0]))
        self.picked_line.show()

    def show_histogram(self, family: str, title: str, distances: np.ndarray | None, real: np.ndarray | None,
                       real_label: str) -> bool:
        """Family `family`'s samples against held-out real examples (their legend: `real_label`): redrawn only when
        they change (then True)."""
        if self.family != family:
            self.family = family
            self.picked_line.hide()
            self._drawn = None
            self._rename(self.samples_curve, samples_name(title))
            self._rename(self.real_curve, real_label)
        if self._drawn is not None and self._drawn[0] is distances and self._drawn[1] is real:
            return False
        self._drawn = (distances, real)
        shown = [values for values in (distances, real) if values is not None and len(values)]
        if not shown:
            self.samples_curve.setData([], [])
            self.real_curve.setData([], [])
            return True
        top = max(float(np.max(values)) for values in shown)
        edges = np.linspace(0.0, max(top, 1e-6) * 1.02, BINS + 1)
        tallest = 0.0
        for curve, values in ((self.samples_curve, distances), (self.real_curve, real)):
            if values is None or not len(values):
                curve.setData([], [])
            else:
                shares = histogram(values, edges)
                curve.setData(edges, shares)
                tallest = max(tallest, float(shares.max()))
        wanted = (nice_ceiling(float(edges[-1])), sticky_ceiling(self._range[1] if self._range else 1.0, tallest))
        if wanted != self._range:
            self._range = wanted
            self.plot.getPlotItem().setRange(xRange=(0, wanted[0]), yRange=(0, wanted[1]), padding=0.02)
        return True

    def forget(self) -> None:
        self.family, self._drawn = None, None
        self.samples_curve.setData([], [])
        self.real_curve.setData([], [])
        self.picked_line.hide()
        self.pictures.clear_picture()
        self.verdict.setStyleSheet("")
        self.verdict.setText(click_hint())

    def set_font_scale(self, scale: float) -> None:
        self.heading.setFont(scaled_font(scale, 1.35, bold=True))
        self.pictures.set_font_scale(scale)
        self._fit_pictures_to_title()
        scale_plot_fonts(self.plot, scale)
        self._reserve_legend_room()

    def _fit_pictures_to_title(self) -> None:
        """The strip never narrower than its title at the smallest size a title shrinks to (plots.fit_title): a
        wider title widens the plot inside the panel, which then cuts the last neighbour off (German's is long)."""
        item = self.pictures.getPlotItem()
        font = QFont(item.title_font)
        font.setPointSizeF(SMALLEST_TITLE)
        title = QFontMetricsF(font).horizontalAdvance(html.unescape(item.titleLabel.text))
        self.pictures.setMinimumWidth(max(self.pictures.minimumWidth(), math.ceil(title) + TITLE_ROOM))

    def _reserve_legend_room(self) -> None:
        """The plot as wide as its legend with the longest names it can take (any family's, any data set's), at this
        font size: a plot that widened when a run's first histogram named its family would lay the whole lab out
        again while four families train (a stall of 100 ms and more). Without the room the legend would stick out
        past the left axis in longer languages (German)."""
        shown = [label.text for _, label in self.legend.items]
        widest = 0.0
        for curve, names in ((self.samples_curve, [samples_name(core_text(f.title)) for f in FAMILIES.values()]),
                             (self.real_curve, [real_examples_name(data) for data in ("ring", "digits", "")])):
            for name in names:
                self._rename(curve, name)
                widest = max(widest, legend_size(self.legend)[0])
        for (sample, _), name in zip(self.legend.items, shown, strict=True):
            self._rename(sample.item, name)
        self.plot.setMinimumWidth(math.ceil(widest) + LEGEND_MARGIN)

    def _rename(self, curve: pg.PlotDataItem, name: str) -> None:
        for sample, label in self.legend.items:
            if sample.item is curve:
                label.setText(name, **({"size": label.opts["size"]} if label.opts.get("size") else {}))
