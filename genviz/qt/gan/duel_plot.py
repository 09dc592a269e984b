"""The tug of war in two plots: both losses, and the discriminator's mean verdict on real and on fake samples."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, GREY, ORANGE, SKY, VERMILLION, color
from genviz.qt.translation import translate
from genviz.qt.widgets.loss_plot import STEP_AXIS_STEPS, sticky_ceiling

LOSS_STYLES = {"generator": (QT_TRANSLATE_NOOP("gan", "generator (G)"), VERMILLION),
               "discriminator": (QT_TRANSLATE_NOOP("gan", "discriminator (D)"), BLUE)}
VERDICT_RANGE = (0.0, 1.3)  # outputs lie in [0, 1]; the top is left for the legend
EMPTY_STEPS = 100.0  # the step axis before the first point: a run's first seconds, not 0..1
EMPTY_LOSS = (0.0, 2.0)  # where both losses start (log 4 = 1.39 for D, log 2 = 0.69 for G)
VERDICT_STYLES = {"d_real": (QT_TRANSLATE_NOOP("gan", "D(real): on real samples"), SKY),
                  "d_fake": (QT_TRANSLATE_NOOP("gan", "D(fake): on the fakes"), ORANGE)}


class _Curves:
    """Named curves on one plot, built once and updated in place; `styles` hold untranslated names ("gan")."""

    def __init__(self, plot: pg.PlotWidget, styles: dict[str, tuple[str, str]]) -> None:
        self.plot_item = plot.getPlotItem()
        self.plot_item.disableAutoRange()
        legend = self.plot_item.addLegend(offset=(-10, 10))
        legend.setBrush(color("#FFFFFF", 210))  # readable where a curve runs behind it
        legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # repainted with every curve otherwise
        self.curves = {name: self.plot_item.plot([], [], pen=pg.mkPen(hex_code, width=2),
                                               name=translate("gan", label))
                       for name, (label, hex_code) in styles.items()}

    def update(self, history: dict[str, np.ndarray]) -> tuple[float, float, float]:
        """Set the curves; return the last step and the lowest and highest value."""
        x_max, low, high = 0.0, 0.0, 0.0
        for name, curve in self.curves.items():
            points = history.get(name)
            if points is None or len(points) == 0:
                continue
            x, y = points[:, 0], points[:, 1]
            curve.setData(x, y, skipFiniteCheck=True)
            finite = y[np.isfinite(y)]
            x_max = max(x_max, float(x[-1]))
            if len(finite):
                low, high = min(low, float(finite.min())), max(high, float(finite.max()))
        return x_max, low, high

    def clear(self) -> None:
        for curve in self.curves.values():
            curve.setData([], [])


class DuelPlot(QWidget):
    """Losses above, D's verdicts below, sharing the step axis."""

    def __init__(self) -> None:
        super().__init__()
        steps = translate("gan", "training step")
        self.losses = configure_plot(pg.PlotWidget(), translate("gan", "Losses"), steps, translate("gan", "loss"),
                                     x_grid=False)
        self.losses.setToolTip(translate(
            "gan", "Each player's loss. D's loss is low when it tells real from fake; G's loss is low when it fools "
            "D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to "
            "zero."))
        self.losses.setAccessibleName(translate("gan", "Losses of the generator and the discriminator"))
        self.losses.setAccessibleDescription(translate(
            "gan", "Two curves over the training steps: the generator's loss and the discriminator's loss."))
        self.verdicts = configure_plot(pg.PlotWidget(), translate("gan", "What D says"), steps,
                                       translate("gan", "D's mean output"), x_grid=False)
        self.verdicts.setToolTip(translate(
            "gan", "The discriminator's average verdict (1 = sure it is real, 0 = sure it is fake) on real samples "
            "and on the generator's fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed "
            "line)."))
        self.verdicts.setAccessibleName(translate("gan", "The discriminator's verdicts"))
        self.verdicts.setAccessibleDescription(translate(
            "gan", "Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator's mean output on "
            "real samples and on the fakes, with a dashed line at 0.5."))
        self.verdicts.getPlotItem().addLine(y=0.5, pen=pg.mkPen(GREY, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self._loss_curves = _Curves(self.losses, LOSS_STYLES)
        self._verdict_curves = _Curves(self.verdicts, VERDICT_STYLES)
        self._loss_range = (0.0, 0.0, 0.0)  # steps, y from, y to
        self._verdict_steps = 0.0  # the verdicts' y range is fixed (VERDICT_RANGE)
        self._show_empty_ranges()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.losses, 3)
        layout.addWidget(self.verdicts, 2)

    def update_curves(self, history: dict[str, np.ndarray]) -> Iterator[None]:
        """The losses, then the verdicts, a panel each (see LabView.draw). Both plots show the same steps; a new
        range re-lays out the axes, so it is set only when it changed."""
        steps, low, high = self._loss_curves.update(history)
        if not any(len(points) for points in history.values()):  # nothing yet: keep the empty plots' ranges
            return
        old_steps, old_low, old_high = self._loss_range
        steps = sticky_ceiling(old_steps, steps, STEP_AXIS_STEPS)
        low = -sticky_ceiling(-old_low, -low) if low < 0 else 0.0
        high = sticky_ceiling(old_high, high) if high > 0 else 1.0
        if (steps, low, high) != self._loss_range:
            self._loss_range = (steps, low, high)
            self.losses.getPlotItem().setRange(xRange=(0, steps), yRange=(low, high), padding=0.02)
        yield
        self._verdict_curves.update(history)
        if steps != self._verdict_steps:
            self._verdict_steps = steps
            self.verdicts.getPlotItem().setRange(xRange=(0, steps), yRange=VERDICT_RANGE, padding=0.02)

    def clear_curves(self) -> None:
        """A new run: no curve, and the empty plots' ranges instead of the old run's axes."""
        self._loss_curves.clear()
        self._verdict_curves.clear()
        self._show_empty_ranges()

    def _show_empty_ranges(self) -> None:
        self._loss_range = (EMPTY_STEPS, *EMPTY_LOSS)
        self._verdict_steps = EMPTY_STEPS
        self.losses.getPlotItem().setRange(xRange=(0, EMPTY_STEPS), yRange=EMPTY_LOSS, padding=0.02)
        self.verdicts.getPlotItem().setRange(xRange=(0, EMPTY_STEPS), yRange=VERDICT_RANGE, padding=0.02)

    def set_font_scale(self, scale: float) -> None:
        for plot in (self.losses, self.verdicts):
            scale_plot_fonts(plot, scale)
