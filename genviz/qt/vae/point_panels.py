"""The 2-D point sets drawn in data space: reconstructions, and the decoder's warped grid with the walks."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, GREEN, GREY, INK, LIGHT_GREY, ORANGE, SKY, VERMILLION, color
from genviz.qt.translation import translate
from genviz.qt.vae.class_styles import PRIOR_MARKER
from genviz.qt.vae.legend import fit_legend, side_legend

DATA_RANGE = (-2.8, 2.8)  # every built-in 2-D set lies inside [-2.5, 2.5]^2
SAMPLE_SIZE = 9


class DataSpacePlot(pg.PlotWidget):
    """A square plot of the plane the points live in, axes fixed so pictures stay comparable."""

    def __init__(self, title: str, tip: str) -> None:
        super().__init__()
        configure_plot(self, title, translate("vae", "x"), translate("vae", "y"))
        self.setToolTip(tip)
        self.setAccessibleName(title)  # for screen readers, as a picture panel does
        self.setAccessibleDescription(tip)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setAspectLocked(True)
        self.plot_item = self.getPlotItem()
        self.plot_item.disableAutoRange()
        self.plot_item.setRange(xRange=DATA_RANGE, yRange=DATA_RANGE, padding=0)
        self.legend = side_legend(self.plot_item)

    def name_items(self, entries: list[tuple[pg.GraphicsObject, str]]) -> None:
        for item, name in entries:
            self.legend.addItem(item, name)
        fit_legend(self.legend)

    def set_font_scale(self, scale: float) -> None:
        scale_plot_fonts(self, scale)
        self.legend.setLabelTextSize(f"{9 * scale:.0f}pt")
        fit_legend(self.legend)


class PointReconstructionPanel(DataSpacePlot):
    def __init__(self) -> None:
        super().__init__(
            translate("vae", "Reconstructions"),
            translate("vae", "Grey: real points. Blue: what the VAE makes of each after squeezing it through the "
                             "latent space (decoded from the mean code); a line joins each pair."))
        self.links = self.plot_item.plot([], [], pen=pg.mkPen(LIGHT_GREY, width=1), connect="pairs")
        self.real = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(color(GREY, 200)))
        self.decoded = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(color(BLUE, 220)))
        for item in (self.real, self.decoded):
            self.plot_item.addItem(item)
        self.name_items([(self.real, translate("vae", "real")), (self.decoded, translate("vae", "reconstructed"))])

    def show_points(self, real: np.ndarray | None, decoded: np.ndarray | None) -> None:
        """Pairs of (N, 2) points; None empties the plot."""
        if real is None or decoded is None:
            real = decoded = np.zeros((0, 2))
        self.real.setData(pos=real)
        self.decoded.setData(pos=decoded)
        pairs = np.stack([real, decoded], axis=1).reshape(-1, 2)  # real, decoded, real, decoded, ...
        self.links.setData(pairs[:, 0], pairs[:, 1])


class DataSpacePanel(DataSpacePlot):
    """The decoded manifold for points: the latent grid's image in data space, with marker, walk and samples."""

    def __init__(self) -> None:
        super().__init__(
            translate("vae", "Decoded manifold in data space"),
            translate("vae", "Blue lines: an even grid over the latent map, decoded into the plane; where the lines "
                             "bunch up the decoder packs many codes into little space. Grey: training points. Red: "
                             "the decoding of the marker you drag. Orange: a walk between two examples. Green "
                             "crosshairs: points decoded from codes drawn from the prior."))
        self.data = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(color(GREY, 150)))
        self.grid = pg.PlotDataItem(pen=pg.mkPen(color(SKY), width=1), connect="finite")
        # The latent map's look for prior samples, smaller: no classes here to tell them from, and a hundred
        # of the latent map's size would hide the data
        self.samples = pg.ScatterPlotItem(symbol=PRIOR_MARKER, size=SAMPLE_SIZE, pen=pg.mkPen(GREEN, width=1.5),
                                          brush=pg.mkBrush(None))
        self.path = pg.PlotDataItem(pen=pg.mkPen(ORANGE, width=3), symbol="o", symbolSize=6, symbolBrush=ORANGE,
                                    symbolPen=None)
        self.decoded = pg.ScatterPlotItem(size=16, pen=pg.mkPen(INK, width=1.5), brush=pg.mkBrush(VERMILLION))
        for z, item in enumerate((self.data, self.grid, self.samples, self.path, self.decoded)):
            item.setZValue(z)
            self.plot_item.addItem(item)
        self.name_items([(self.data, translate("vae", "training points")),
                         (self.grid, translate("vae", "decoded latent grid")),
                         (self.samples, translate("vae", "prior samples")), (self.path, translate("vae", "walk")),
                         (self.decoded, translate("vae", "at the marker"))])

    def show_data(self, points: np.ndarray | None) -> None:
        self.data.setData(pos=np.zeros((0, 2)) if points is None else points)

    def show_grid(self, decoded: np.ndarray | None) -> None:
        """decoded: (rows, columns, 2) the decoder's output at each latent grid point; drawn as lines."""
        if decoded is None:
            self.grid.setData([], [])
            return
        nan = np.full((1, 2), np.nan, np.float32)
        lines = [np.concatenate([row, nan]) for row in decoded] + \
                [np.concatenate([column, nan]) for column in decoded.transpose(1, 0, 2)]
        xy = np.concatenate(lines)
        self.grid.setData(xy[:, 0], xy[:, 1])

    def show_decoded(self, point: np.ndarray | None) -> None:
        self.decoded.setData(pos=np.zeros((0, 2)) if point is None else point.reshape(1, 2))

    def show_path(self, frames: np.ndarray | None) -> None:
        if frames is None or len(frames) == 0:
            self.path.setData([], [])
        else:
            self.path.setData(frames[:, 0], frames[:, 1])

    def show_samples(self, samples: np.ndarray | None) -> None:
        self.samples.setData(pos=np.zeros((0, 2)) if samples is None else samples)
