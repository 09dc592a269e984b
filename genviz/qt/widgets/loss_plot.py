"""Loss curves over training steps; every lab draws one."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from genviz.qt.plots import configure_plot
from genviz.qt.style import BLUE, ORANGE, PAPER, color
from genviz.qt.translation import translate

NICE_STEPS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)
STEP_AXIS_STEPS = (1, 2, 5, 10)  # the step axis grows all the time: in few, big jumps
EMPTY_RANGE = (100.0, 1.0)  # steps, loss


def nice_ceiling(value: float, steps: tuple[float, ...] = NICE_STEPS) -> float:
    """The next round number (1, 1.2, 1.5, 2, 2.5, ... times a power of ten) at or above `value`: axes that
    change rarely are easier to read while they grow, and cheaper to redraw (a new range re-renders the axes)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** np.floor(np.log10(value))
    return float(next(step * magnitude for step in steps if step * magnitude >= value))


def sticky_ceiling(current: float, value: float, steps: tuple[float, ...] = NICE_STEPS) -> float:
    """`current` while `value` stays between half of it and it, else a new nice ceiling: an axis that jumps
    with every noisy point is hard to read and costly to redraw."""
    if current / 2 <= value <= current:
        return current
    return nice_ceiling(value, steps)


class LossPlot(pg.PlotWidget):
    """Named curves built once and updated in place. `styles` maps a curve name to (label, colour); by default a
    training and a held-out curve of cross-entropy."""

    def __init__(self, styles: dict[str, tuple[str, str]] | None = None, title: str | None = None,
                 y_label: str | None = None, smooth: str | None = "train") -> None:
        super().__init__()
        styles = styles or {"train": (translate("lab", "training"), BLUE),
                            "validation": (translate("lab", "validation (held out)"), ORANGE)}
        configure_plot(self, translate("lab", "Loss") if title is None else title, translate("lab", "training step"),
                       translate("lab", "loss (cross-entropy, nats)") if y_label is None else y_label, x_grid=False)
        self.plot_item = self.getPlotItem()
        self.plot_item.disableAutoRange()
        self._show_empty_range()
        self.plot_item.addLegend(offset=(-10, 10), brush=color(PAPER, 200))  # readable over a curve
        self._smooth = smooth
        self.curves: dict[str, pg.PlotDataItem] = {}
        for name, (label, hex_code) in styles.items():
            faint = name == smooth
            pen = pg.mkPen(color(hex_code, 90 if faint else 255), width=1 if faint else 2)
            self.curves[name] = self.plot_item.plot([], [], pen=pen, name=label)
        if smooth is not None:
            label = translate("lab", "{curve} (smoothed)").format(curve=styles[smooth][0])
            self.curves["_smoothed"] = self.plot_item.plot([], [], pen=pg.mkPen(styles[smooth][1], width=2),
                                                           name=label)

    def update_curves(self, history: dict[str, np.ndarray]) -> None:
        x_max = y_max = 0.0
        for name, points in history.items():
            if name not in self.curves or len(points) == 0:
                continue
            x, y = points[:, 0], points[:, 1]  # at most CURVE_POINTS (genviz/core/session.py)
            finite = y[np.isfinite(y)]
            self.curves[name].setData(x, y, skipFiniteCheck=True)
            if name == self._smooth:
                self.curves["_smoothed"].setData(x, moving_average(y), skipFiniteCheck=True)
            x_max = max(x_max, float(x[-1]))
            # The first steps' loss can be many times the rest (ring: 200, then 6): leave it off the scale.
            settled = finite[len(finite) // 20:]
            y_max = max(y_max, float(settled.max()) if len(settled) else 0.0)
        wanted = (sticky_ceiling(self._range[0], x_max, STEP_AXIS_STEPS), sticky_ceiling(self._range[1], y_max))
        if wanted != self._range:
            self._range = wanted
            self.plot_item.setRange(xRange=(0, wanted[0]), yRange=(0, wanted[1]), padding=0.02)

    def clear_curves(self) -> None:
        for curve in self.curves.values():
            curve.setData([], [])
        self._show_empty_range()

    def _show_empty_range(self) -> None:
        """Before the first step: the first hundred steps and losses up to 1, not pyqtgraph's 0..1 steps."""
        self._range = EMPTY_RANGE
        self.plot_item.setRange(xRange=(0, EMPTY_RANGE[0]), yRange=(0, EMPTY_RANGE[1]), padding=0.02)


def moving_average(y: np.ndarray, window: int = 25) -> np.ndarray:
    if len(y) < 2:
        return y
    window = min(window, len(y))
    cumulative = np.cumsum(np.insert(y, 0, 0.0))
    head = cumulative[1:window] / np.arange(1, window)  # shorter windows at the start
    tail = (cumulative[window:] - cumulative[:-window]) / window
    return np.concatenate([head, tail])

