"""The forward process: one training image (or the whole 2-D data set) drowned in noise step by step, a
slider over t, and the schedule that says how much signal is kept and how much noise is added at each t."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSlider, QStackedWidget, QVBoxLayout

from genviz.core.diffusion.arrows import field_arrows
from genviz.core.mosaic import GAP, mosaic_frames
from genviz.qt.diffusion.cloud_plot import ARROWS, CloudPlot
from genviz.qt.number_format import local_number
from genviz.qt.plots import configure_plot, scale_plot_fonts
from genviz.qt.style import BLUE, INK, TRAINING_BACKDROP, VERMILLION
from genviz.qt.translation import translate
from genviz.qt.widgets.legend_line import key, legend_line
from genviz.qt.widgets.picture import PicturePanel

STRIP_IMAGES = 5  # frames in the strip of an image: few enough to read on a projector
STRIP_CLOUDS = 5  # frames in the strip of a 2-D data set (each a little scatter plot)
PANEL_GAP = 0.15  # space between the strip's scatter panels, as a share of one panel


NO_T = QT_TRANSLATE_NOOP("diffusion", "t = …")  # before a model has started


def t_caption(t: int) -> str:
    """"t=50" under a frame of the strip."""
    return translate("diffusion", "t={t}").format(t=t)


def x_t_title() -> str:
    return translate("diffusion", "x_t")


def strip_timesteps(T: int, count: int) -> np.ndarray:
    return np.round(np.linspace(0, T, count)).astype(int)


def view_box(frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A square around (nearly) every point of every frame: the data and the noise it turns into."""
    low, high = np.percentile(frames.reshape(-1, 2), [0.5, 99.5], axis=0)
    centre, half = (low + high) / 2, (high - low).max() / 2 * 1.05
    return centre - half, centre + half


class ForwardPanel(QGroupBox):
    t_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__(translate("diffusion", "Forward process: noise added step by step"))
        self.setToolTip(translate(
            "diffusion", "Training never runs this chain step by step: x_t can be made from x_0 in one jump, "
                         "x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise."))
        self.kind = ""
        self.forward: dict[str, Any] | None = None
        self.box: tuple[np.ndarray, np.ndarray] | None = None  # 2-D data: the square every cloud plot shows
        self._field = None
        self._scale = 1.0

        strip_tip = translate("diffusion", "The same training example with more and more noise: x_0 is the data, "
                                           "x_T is practically pure noise. The model learns to undo one bit of this "
                                           "at a time.")
        self.strip_images = PicturePanel(translate("diffusion", "x_0 … x_T: one training image"), strip_tip)
        self.strip_points = CloudPlot(translate("diffusion", "x_0 … x_T: the data set"), strip_tip)
        self.strip_points.getPlotItem().hideAxis("bottom")
        self.strip_points.getPlotItem().hideAxis("left")
        self.strip_points.showGrid(x=False, y=False)
        self.strip = QStackedWidget()
        self.strip.addWidget(self.strip_images)
        self.strip.addWidget(self.strip_points)
        self.strip.setMinimumHeight(120)

        now_tip = translate("diffusion", "x_t at the slider's t. For 2-D data the arrows show what the model has "
                                         "learned so far: the direction it would move a point found there at this "
                                         "noise level (minus its noise guess).")
        self.now_images = PicturePanel(x_t_title(), now_tip)
        self.now_points = CloudPlot(x_t_title(), now_tip)
        self.now = QStackedWidget()
        self.now.addWidget(self.now_images)
        self.now.addWidget(self.now_points)
        schedule_keys = (key(translate("diffusion", "signal kept √ᾱ_t"), BLUE, "—"),
                         key(translate("diffusion", "noise added √(1−ᾱ_t)"), VERMILLION, "- -"))
        self.legends = {
            "images": legend_line(*schedule_keys),
            "points": legend_line(
                key(translate("diffusion", "data x_0"), TRAINING_BACKDROP[0]), key(x_t_title(), BLUE),
                key(translate("diffusion", "where the model would move a point at this t (live)"), ARROWS, "→"),
                *schedule_keys),
        }
        self.legend = QLabel(self.legends["images"])
        self.legend.setWordWrap(True)

        self.schedule = configure_plot(pg.PlotWidget(), translate("diffusion", "Noise schedule"),
                                       translate("diffusion", "timestep t"),
                                       translate("diffusion", "standard deviation"))
        self.schedule.setToolTip(translate(
            "diffusion", "How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it "
                         "(sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data's scale."))
        self.schedule.setAccessibleName(translate("diffusion", "Noise schedule"))
        self.schedule.setAccessibleDescription(translate(
            "diffusion", "Two curves over the timesteps: the share of the data kept, falling from 1, and the noise "
                         "added, rising to 1; a vertical line marks the slider's t."))
        self.schedule.setMouseEnabled(False, False)
        self.schedule.hideButtons()
        self.schedule.setYRange(0, 1.05, padding=0)
        self.signal_curve = self.schedule.plot([], [], pen=pg.mkPen(BLUE, width=3))
        self.noise_curve = self.schedule.plot([], [], pen=pg.mkPen(VERMILLION, width=3, style=Qt.PenStyle.DashLine))
        self.t_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(INK, width=2))
        self.schedule.addItem(self.t_line)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(translate("diffusion", "Choose t, the noise level shown above and marked on the "
                                                      "schedule."))
        self.slider.setAccessibleName(translate("diffusion", "Timestep t"))
        self.t_label = QLabel(translate("diffusion", NO_T))
        self.t_label.setMinimumWidth(330)

        # x_t on the left, about square, so a 2-D plot with its aspect locked shows the data's own range and not
        # a wide strip of empty axis; the strip and the schedule share the rest.
        pictures = QGridLayout()
        pictures.addWidget(self.now, 0, 0, 2, 1)
        pictures.addWidget(self.strip, 0, 1)
        pictures.addWidget(self.schedule, 1, 1)
        pictures.setColumnStretch(0, 1)
        pictures.setColumnStretch(1, 2)
        pictures.setRowStretch(0, 1)
        pictures.setRowStretch(1, 1)
        slider_row = QHBoxLayout()
        slider_row.addWidget(QLabel(translate("diffusion", "t")))
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.t_label)
        layout = QVBoxLayout(self)
        layout.addLayout(pictures, 1)
        layout.addWidget(self.legend)
        layout.addLayout(slider_row)
        self.slider.valueChanged.connect(self._on_slider_value_changed)

    @property
    def t(self) -> int:
        return self.slider.value()

    def clear(self) -> None:
        """A new model is starting: nothing of the old run's stays, neither pictures nor their labels."""
        self.forward = None
        self.box = None
        self._field = None
        self.strip_images.clear_picture()
        self.now_images.clear_picture()
        for plot in (self.strip_points, self.now_points):
            plot.show_points(None)
            plot.show_backdrop(None)
            plot.show_arrows(None)
        self.strip_points.show_labels([])
        for plot in (self.now_images, self.now_points):
            plot.setTitle(x_t_title())
        self.signal_curve.setData([], [])
        self.noise_curve.setData([], [])
        self.t_label.setText(translate("diffusion", NO_T))

    def show_forward(self, forward: dict[str, Any], kind: str, T: int) -> None:
        """A new run's fixed forward process (it never changes while the model trains)."""
        self.forward, self.kind = forward, kind
        self.strip.setCurrentIndex(0 if kind == "images" else 1)
        self.now.setCurrentIndex(0 if kind == "images" else 1)
        self.legend.setText(self.legends[kind])
        t = np.arange(T + 1)
        self.signal_curve.setData(t, forward["signal"])
        self.noise_curve.setData(t, forward["noise"])
        self.schedule.setXRange(0, T, padding=0.02)
        frames = forward["frames"]
        if kind == "images":
            self._show_image_strip(frames, T)
        else:
            self._show_point_strip(frames, T)
        self.slider.blockSignals(True)
        self.slider.setRange(0, T)
        self.slider.setValue(min(self.slider.value(), T) if self.slider.value() else T // 4)
        self.slider.blockSignals(False)
        self._show_t()

    def show_field(self, field) -> None:
        """Arrows from the live model at the slider's t (2-D data); a field already shown is not drawn again."""
        if field is self._field:
            return
        self._field = field
        if self.kind != "points" or field is None or field.t != max(self.t, 1) or self.t == 0:
            self.now_points.show_arrows(None)
            return
        self.now_points.show_arrows(field_arrows(field.points, field.direction))

    def _show_image_strip(self, frames: np.ndarray, T: int) -> None:
        steps = strip_timesteps(T, STRIP_IMAGES)
        colour = frames.ndim == 4
        self.strip_images.show_picture(mosaic_frames(frames[steps], STRIP_IMAGES, GAP, colour))
        self.strip_images.caption_tiles(frames.shape[1:3], under=[(i, t_caption(s)) for i, s in enumerate(steps)])

    def _show_point_strip(self, frames: np.ndarray, T: int) -> None:
        low, high = self.box = view_box(frames)
        side = float((high - low)[0])
        steps = strip_timesteps(T, STRIP_CLOUDS)
        shift = side * (1 + PANEL_GAP)
        panels = [frames[s] - low + [i * shift, 0.0] for i, s in enumerate(steps)]
        self.strip_points.show_points(np.concatenate(panels))
        self.strip_points.set_view(np.array([0.0, 0.0]), np.array([(STRIP_CLOUDS - 1) * shift + side, side * 1.3]))
        self.strip_points.show_labels([(i * shift + side / 2, side * 1.3, t_caption(s)) for i, s in enumerate(steps)],
                                      self._scale)
        self.now_points.set_view(low, high)
        self.now_points.show_backdrop(frames[0])

    def _show_t(self) -> None:
        if self.forward is None:
            return
        t = self.t
        frames = self.forward["frames"]
        if self.kind == "images":
            self.now_images.show_picture(frames[t])
        else:
            self.now_points.show_points(frames[t])
        self.t_line.setValue(t)
        signal, noise = self.forward["signal"][t], self.forward["noise"][t]
        text = translate("diffusion", "t = {t} of {total}: signal kept {signal}, noise added {noise}").format(
            t=t, total=len(frames) - 1, signal=local_number(signal, ".2f"), noise=local_number(noise, ".2f"))
        if self.t_label.text() != text:
            self.t_label.setText(text)
        (self.now_images if self.kind == "images" else self.now_points).setTitle(
            translate("diffusion", "x_t at t = {t}").format(t=t))

    def _on_slider_value_changed(self, _value: int) -> None:
        self._field = None  # the arrows shown belong to another t
        self.now_points.show_arrows(None)
        self._show_t()
        self.t_changed.emit(self.t)

    def set_font_scale(self, scale: float) -> None:
        self._scale = scale
        for plot in (self.strip_images, self.strip_points, self.now_images, self.now_points):
            plot.set_font_scale(scale)
        scale_plot_fonts(self.schedule, scale)
