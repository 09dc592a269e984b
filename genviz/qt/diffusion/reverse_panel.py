"""The reverse process: a batch denoised together from pure noise, frame by frame, with what the network
predicts at each frame (the clean result and the noise) beside it. Play, pause, step either way or scrub;
every frame is precomputed, so the GUI only swaps arrays on each tick."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genviz.core.diffusion.reverse_run import ReverseRun
from genviz.qt.diffusion.cloud_plot import ARROWS, PATHS, CloudPlot
from genviz.qt.diffusion.picture_plot import NOISE_LEVELS, PicturePlot
from genviz.qt.style import GREEN, GREY, PURPLE, VERMILLION
from genviz.qt.widgets.legend_line import key, legend_line

PLAY_SECONDS = 4.0  # a whole reverse process plays in about this long, whatever its number of steps
PLAY_FPS = 20  # at most this many frames a second: each one repaints three plots on the GUI thread, which shares
#                the GIL with training; longer processes skip frames while playing (stepping shows every one)
FIRST_LOOK_STEPS = 10
NOISE_BOX = 3.5  # the noise plot of 2-D data shows [-3.5, 3.5]^2: nearly all of a unit Gaussian

TITLES = {
    "x": ("x_t: the batch",
          "The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the "
          "noise the model sees, until t = 0 leaves the finished samples."),
    "x0": ("x̂_0: the model's guess",
           "From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the "
           "guess is a blurry average; it sharpens as t falls."),
    "eps": ("ε̂: the noise it sees",
            "The network's output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler "
            "removes part of it. At t = 0 nothing is left."),
}


class ReversePanel(QGroupBox):
    samples_requested = Signal(str, object, int)  # sampler, steps (None: all T), seed

    def __init__(self) -> None:
        super().__init__("Reverse process: from noise to data")
        self.run: ReverseRun | None = None
        self.busy = False
        self.frame = 0
        self._stride = 1
        self._controls: tuple | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._build_sampling_row()
        self._build_views()
        self._build_playback_row()
        layout = QVBoxLayout(self)
        layout.addLayout(self.sampling_row)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.legend)
        layout.addLayout(self.playback_row)
        layout.addWidget(self.frame_label)
        self._update_controls()

    # Building
    def _build_sampling_row(self) -> None:
        self.sampler = QComboBox()
        self.sampler.addItem("DDPM: random, all T steps", "ddpm")
        self.sampler.addItem("DDIM: no randomness, fewer steps", "ddim")
        self.sampler.setToolTip(
            "DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at "
            "each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but "
            "blurrier. The same seed always starts from the same noise."
        )
        self.steps = QSpinBox()
        self.steps.setRange(1, 2000)
        self.steps.setValue(50)
        self.steps.setPrefix("steps ")
        self.steps.setToolTip("How many denoising steps DDIM takes from t = T to 0 (at most T).")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setPrefix("seed ")
        self.seed.setToolTip("The seed of the starting noise (and of DDPM's fresh noise). Keep it to see how the "
                             "same noise turns into a different sample as the model trains.")
        self.new_button = QPushButton("New samples")
        self.new_button.setToolTip("Denoise a batch from the seed's noise with the model as it is now (its "
                                   "moving-average weights), keeping every frame.")
        self.next_seed_button = QPushButton("Next seed")
        self.next_seed_button.setToolTip("Add one to the seed and draw new samples from fresh noise.")
        self.status = QLabel("")
        self.sampling_row = QHBoxLayout()
        for widget in (self.sampler, self.steps, self.seed, self.new_button, self.next_seed_button):
            self.sampling_row.addWidget(widget)
        self.sampling_row.addWidget(self.status, 1)
        self.sampler.currentIndexChanged.connect(self._update_controls)
        self.new_button.clicked.connect(self.request_samples)
        self.next_seed_button.clicked.connect(self._on_next_seed_button_clicked)

    def _build_views(self) -> None:
        self.pictures = {key: PicturePlot(title, tip) for key, (title, tip) in TITLES.items()}
        colours = {"x": VERMILLION, "x0": GREEN, "eps": PURPLE}
        self.clouds = {key: CloudPlot(title, tip, colours[key]) for key, (title, tip) in TITLES.items()}
        self.legend = QLabel(legend_line(
            key("x_t", colours["x"]), key("paths so far", PATHS, "—"), key("denoising direction", ARROWS, "→"),
            key("guess x̂_0", colours["x0"]), key("noise guess ε̂", colours["eps"]), key("training data", GREY)))
        self.legend.setWordWrap(True)
        self.legend.hide()
        self.clouds["eps"].set_view(np.array([-NOISE_BOX, -NOISE_BOX]), np.array([NOISE_BOX, NOISE_BOX]))
        self.views = QStackedWidget()
        for group in (self.pictures, self.clouds):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for plot in group.values():
                row.addWidget(plot)
            self.views.addWidget(page)

    def _build_playback_row(self) -> None:
        self.first_button = QPushButton("|◀")
        self.first_button.setToolTip("Back to frame 0: the pure noise the samples start from.")
        self.back_button = QPushButton("◀ Step back")
        self.back_button.setToolTip("One denoising step back: compare a frame with the one before it.")
        self.play_button = QPushButton("▶ Play")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip("Play the denoising from the current frame to the end.")
        self.forward_button = QPushButton("Step ▶")
        self.forward_button.setToolTip("One denoising step forward.")
        self.last_button = QPushButton("▶|")
        self.last_button.setToolTip("Jump to the last frame: the finished samples.")
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setToolTip("Drag through the frames of the reverse process, from noise (left) to samples "
                                 "(right).")
        self.frame_label = QLabel("Press New samples")
        self.playback_row = QHBoxLayout()
        for widget in (self.first_button, self.back_button, self.play_button, self.forward_button, self.last_button):
            self.playback_row.addWidget(widget)
        self.playback_row.addWidget(self.scrubber, 1)
        self.first_button.clicked.connect(lambda: self.set_frame(0))
        self.back_button.clicked.connect(self.step_back)
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.forward_button.clicked.connect(self.step_forward)
        self.last_button.clicked.connect(lambda: self.set_frame(self.last_frame))
        self.scrubber.valueChanged.connect(self.set_frame)

    # Sampling
    def request_samples(self) -> None:
        sampler = self.sampler.currentData()
        steps = self.steps.value() if sampler == "ddim" else None
        self.set_busy(True)
        self.samples_requested.emit(sampler, steps, self.seed.value())

    def request_first_look(self) -> None:
        """A quick DDIM run of few steps when a model starts, so the panel is never empty and training is hardly
        held up; the frame label says which sampler drew it."""
        self.set_busy(True)
        self.samples_requested.emit("ddim", min(FIRST_LOOK_STEPS, self.steps.maximum()), self.seed.value())

    def set_busy(self, busy: bool, why: str = "denoising…") -> None:
        """While busy, no new request: one reverse process at a time."""
        self.busy = busy
        self.new_button.setEnabled(not busy)
        self.next_seed_button.setEnabled(not busy)
        self.status.setText(why if busy else "")

    def set_timesteps(self, T: int) -> None:
        self.steps.setMaximum(T)

    def clear(self) -> None:
        """A new model is starting: nothing to show, and nothing to sample from until it has started."""
        self.pause()
        self.run = None
        self.set_busy(True, "starting the model…")
        for plot in self.pictures.values():
            plot.clear_picture()
        for plot in self.clouds.values():
            plot.show_points(None)
            plot.show_paths(None)
            plot.show_arrows(None)
        self.frame_label.setText("Press New samples")
        self._update_controls()

    def show_run(self, run: ReverseRun, data: np.ndarray | None = None, box=None) -> None:
        """A new reverse process, shown from its first frame (pure noise). `data` and `box`: 2-D backdrop, view."""
        self.pause()
        self.run = run
        self.set_busy(False)
        self.views.setCurrentIndex(0 if run.kind == "images" else 1)
        self.legend.setVisible(run.kind == "points")
        if run.kind == "points":
            for key in ("x", "x0"):
                self.clouds[key].show_backdrop(data)
                if box is not None:
                    self.clouds[key].set_view(*box)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, run.frames - 1)
        self.scrubber.blockSignals(False)
        ticks = PLAY_SECONDS * PLAY_FPS
        self._stride = max(1, math.ceil(run.frames / ticks))
        self.timer.setInterval(max(1000 // PLAY_FPS, int(PLAY_SECONDS * 1000 * self._stride / run.frames)))
        self.frame = -1
        self.set_frame(0)

    # Playback
    @property
    def last_frame(self) -> int:
        return self.run.frames - 1 if self.run is not None else 0

    def set_frame(self, frame: int) -> None:
        if self.run is None:
            return
        frame = int(np.clip(frame, 0, self.last_frame))
        if frame == self.frame:
            return
        self.frame = frame
        run = self.run
        if run.kind == "images":
            self.pictures["x"].show_picture(run.x[frame])
            self.pictures["x0"].show_picture(run.x0[frame])
            self.pictures["eps"].show_picture(run.eps[frame], NOISE_LEVELS)
        else:
            self.clouds["x"].show_points(run.x[frame])
            self.clouds["x"].show_paths(run.paths[:, : frame + 1])
            self.clouds["x"].show_arrows(run.arrows[frame] if frame < self.last_frame else None)
            self.clouds["x0"].show_points(run.x0[frame])
            self.clouds["eps"].show_points(run.eps[frame])
        self.scrubber.blockSignals(True)
        self.scrubber.setValue(frame)
        self.scrubber.blockSignals(False)
        self.frame_label.setText(
            f"frame {frame} of {self.last_frame} · t = {run.timesteps[frame]} · {run.sampler.upper()} "
            f"{run.steps} steps · seed {run.seed} · weights of step {run.trained_steps:,}"
        )
        self._update_controls()

    def step_forward(self) -> None:
        self.pause()
        self.set_frame(self.frame + 1)

    def step_back(self) -> None:
        self.pause()
        self.set_frame(self.frame - 1)

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _update_controls(self) -> None:
        has_run = self.run is not None
        state = (has_run, has_run and self.frame > 0, has_run and self.frame < self.last_frame,
                 self.sampler.currentData() == "ddim")
        if state == self._controls:  # unchanged on most frames: no widget calls while playing
            return
        self._controls = state
        self.steps.setEnabled(state[3])
        for button in (self.first_button, self.back_button):
            button.setEnabled(state[1])
        for button in (self.forward_button, self.last_button):
            button.setEnabled(state[2])
        self.play_button.setEnabled(has_run)
        self.scrubber.setEnabled(has_run)

    # Handlers
    def _on_play_button_toggled(self, on: bool) -> None:
        self.play_button.setText("⏸ Pause" if on else "▶ Play")
        if not on:
            self.timer.stop()
            return
        if self.run is None:
            self.pause()
            return
        if self.frame >= self.last_frame:
            self.set_frame(0)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.set_frame(self.frame + self._stride)
        if self.frame >= self.last_frame:
            self.pause()

    def _on_next_seed_button_clicked(self) -> None:
        self.seed.setValue(self.seed.value() + 1)
        self.request_samples()

    def set_font_scale(self, scale: float) -> None:
        for plot in (*self.pictures.values(), *self.clouds.values()):
            plot.set_font_scale(scale)
