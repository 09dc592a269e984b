"""The training loss over steps, and the loss by timestep: which noise levels the model finds hard."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QSplitter

from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, SKY, color
from genviz.qt.translation import translate
from genviz.qt.widgets.loss_plot import LossPlot, nice_ceiling

Y_LABEL = QT_TRANSLATE_NOOP("diffusion", "loss (MSE)")


class LossPanel(QSplitter):
    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.loss_plot = LossPlot({"train": (translate("diffusion", "batch"), BLUE)},
                                  title=translate("diffusion", "Training loss"),
                                  y_label=translate("diffusion", Y_LABEL))
        self.loss_plot.plot_item.legend.hide()  # no room in this narrow column; the tooltip tells the lines apart
        self.loss_plot.setToolTip(translate(
            "diffusion", "How far the network's noise guess is from the noise really added (mean squared error), "
                         "averaged over a batch whose examples each get a random t (faint line; the solid line is its "
                         "moving average). Guessing 'no noise' scores 1. With Min-SNR weighting on, training weighs "
                         "the low-noise examples less, but this plot shows the plain error."))
        self.loss_plot.setAccessibleName(translate("diffusion", "Training loss"))
        self.loss_plot.setAccessibleDescription(translate(
            "diffusion", "The loss of each training batch over the training steps, faint, with its moving average."))
        self.by_t = configure_plot(pg.PlotWidget(), translate("diffusion", "Loss by noise level"),
                                   translate("diffusion", "timestep t"), translate("diffusion", Y_LABEL))
        self.by_t.setToolTip(translate(
            "diffusion", "The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from "
                         "detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The "
                         "middle is where the model learns what the data looks like."))
        self.by_t.setAccessibleName(translate("diffusion", "Loss by noise level"))
        self.by_t.setAccessibleDescription(translate(
            "diffusion", "Bars of the recent training loss for each range of timesteps, from t = 0 to T."))
        self.by_t.setMouseEnabled(False, False)
        self.by_t.hideButtons()
        self.bars = pg.BarGraphItem(x=[], height=[], width=1, brush=color(SKY), pen=pg.mkPen(BLUE, width=1))
        self.by_t.addItem(self.bars)
        self._range: tuple[float, float] | None = None
        self._show_range(1, 1.0)
        self.addWidget(self.loss_plot)
        self.addWidget(self.by_t)

    def show_by_t(self, by_t: tuple[np.ndarray, np.ndarray], T: int) -> None:
        centres, losses = by_t
        seen = np.isfinite(losses)
        width = T / len(centres) * 0.85
        self.bars.setOpts(x=centres[seen], height=losses[seen], width=width)
        top = nice_ceiling(float(losses[seen].max())) if seen.any() else 1.0
        self._show_range(T, top)

    def _show_range(self, T: int, top: float) -> None:
        if (T, top) != self._range:  # axes change rarely: re-ranging only then keeps frames cheap
            self._range = (T, top)
            self.by_t.setRange(xRange=(0, T), yRange=(0, top), padding=0.02)

    def clear(self) -> None:
        """A new model: no bars, and the axes of no run (a loss of 1 is what guessing 'no noise' scores)."""
        self.loss_plot.clear_curves()
        self.bars.setOpts(x=[], height=[])
        self._show_range(1, 1.0)

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self.loss_plot, scale)
        scale_plot_fonts(self.by_t, scale)
