"""The reverse process: a batch denoised together from pure noise, frame by frame, with what the network
predicts at each frame (the clean result and the noise) beside it. Play, pause, step either way or scrub;
every frame is precomputed, so the GUI only swaps arrays on each tick.

The panel asks for new samples by itself: at once when the ones shown are out of date (another sampler, its
steps or the seed; a paused model whose weights moved on), and while training every few seconds, from the same
seed, so the class watches the same noise turn into better samples without pressing anything."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from genviz.core.diffusion.reverse_run import ReverseRun
from genviz.qt.diffusion.cloud_plot import ARROWS, PATHS, CloudPlot
from genviz.qt.number_format import local_number
from genviz.qt.style import DIFFUSION_POINTS, TRAINING_BACKDROP
from genviz.qt.translation import translate
from genviz.qt.widgets.flow_layout import FlowLayout
from genviz.qt.widgets.legend_line import key, legend_line
from genviz.qt.widgets.picture import PicturePanel

PLAY_SECONDS = 8  # a whole reverse process plays in this long by default, whatever its number of steps
PLAY_FPS = 20  # at most this many frames a second: each one repaints three plots on the GUI thread; longer
#                processes skip frames while playing (stepping shows every one)
DDIM_STEPS = 25  # the default sampler's steps: on 2 laptop cores 16 digits take ~0.3 s, so new ones while
#                  training come every ~8 s (LIVE_SHARE); DDPM's T = 200 steps cost ~3 s, redrawn every ~80 s
LIVE_EVERY_S = 3.0  # while training, new samples from the current weights at most this often
LIVE_SHARE = 0.04  # ... and at most this share of the training time goes into denoising them
NOISE_LEVELS = (-2.5, 2.5)  # unit-variance noise: 99% of its values fall inside
NOISE_BOX = 3.5  # the noise plot of 2-D data shows [-3.5, 3.5]^2: nearly all of a unit Gaussian

TITLES = {  # each panel's title and tooltip
    "x": (QT_TRANSLATE_NOOP("diffusion", "x_t: the batch"),
          QT_TRANSLATE_NOOP("diffusion", "The samples at the current timestep. Frame 0 is pure random noise; each step "
                            "removes a little of the noise the model sees, until t = 0 leaves the finished samples.")),
    "x0": (QT_TRANSLATE_NOOP("diffusion", "x̂_0: the model's guess"),
           QT_TRANSLATE_NOOP("diffusion", "From x_t the model predicts the noise; subtracting it gives a guess of the "
                             "clean data. At high noise the guess is a blurry average; it sharpens as t falls.")),
    "eps": (QT_TRANSLATE_NOOP("diffusion", "ε̂: the noise it sees"),
            QT_TRANSLATE_NOOP("diffusion", "The network's output: the noise it believes was mixed into x_t (grey is "
                              "zero). A step of the sampler removes part of it. At t = 0 nothing is left.")),
}
WAITING = QT_TRANSLATE_NOOP("diffusion", "Samples appear when the model has started.")
# the ε̂ panel's title at the last frame, all grey (zero)
EPS_AT_ZERO = QT_TRANSLATE_NOOP("diffusion", "ε̂ at t = 0: no noise left to predict")


def describe(sampler: str, steps: int | None) -> str:
    """"DDIM 25 steps", "DDPM 200 steps"; DDPM with steps None: all T of them."""
    if sampler == "ddim":
        return translate("diffusion", "DDIM {steps} steps").format(steps=steps)
    if steps is None:
        return translate("diffusion", "DDPM, all T steps")
    return translate("diffusion", "DDPM {steps} steps").format(steps=steps)


class ReversePanel(QGroupBox):
    samples_requested = Signal(str, object, int)  # sampler, steps (None: all T), seed

    def __init__(self) -> None:
        super().__init__(translate("diffusion", "Reverse process: from noise to data"))
        self.run: ReverseRun | None = None
        self.busy = False  # a reverse process is being denoised: one at a time
        self.frame = 0
        self.interval = LIVE_EVERY_S  # seconds between new samples while training
        self.run_seconds = 0.0  # how long the last samples took to come
        self._stride = 1
        self._controls: tuple | None = None
        self._eps_title = translate("diffusion", TITLES["eps"][0])
        self._model: tuple[int, bool] | None = None  # (step, training) of the newest snapshot; None: no model yet
        self._asked: tuple | None = None  # the choice being denoised
        self._asked_at = -math.inf
        self._shown: tuple | None = None  # the choice the shown run was drawn with
        self._failed: tuple | None = None  # a choice that failed: not asked again until the choice changes
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._build_sampling_row()
        self._build_views()
        self._build_playback_row()
        layout = QVBoxLayout(self)
        layout.addLayout(self.sampling_row)
        layout.addWidget(self.status)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.legend)
        layout.addLayout(self.playback_row)
        layout.addWidget(self.scrubber)
        layout.addWidget(self.frame_label)
        self._update_controls()

    # Building
    def _build_sampling_row(self) -> None:
        self.sampler = QComboBox()
        self.sampler.addItem(translate("diffusion", "DDIM: no randomness, fewer steps"), "ddim")
        self.sampler.addItem(translate("diffusion", "DDPM: random, all T steps"), "ddpm")
        self.sampler.setToolTip(translate(
            "diffusion", "DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh "
                         "noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer "
                         "steps are faster but blurrier. The same seed always starts from the same noise. A change "
                         "draws new samples at once."))
        self.sampler.setAccessibleName(translate("diffusion", "Sampler"))
        self.steps = QSpinBox()
        self.steps.setRange(1, 2000)
        self.steps.setValue(DDIM_STEPS)
        self.steps.setPrefix(translate("diffusion", "steps "))
        self.steps.setToolTip(translate("diffusion", "How many denoising steps DDIM takes from t = T to 0 (at most "
                                                     "T)."))
        self.steps.setAccessibleName(translate("diffusion", "DDIM steps"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setPrefix(translate("diffusion", "seed "))
        self.seed.setToolTip(translate(
            "diffusion", "The seed of the starting noise (and of DDPM's fresh noise). While training, new samples "
                         "come from this same noise every few seconds: watch it turn into better samples as the "
                         "model learns."))
        self.seed.setAccessibleName(translate("diffusion", "Sampling seed"))
        self.next_seed_button = QPushButton(translate("diffusion", "Next seed"))
        self.next_seed_button.setToolTip(translate("diffusion", "Add one to the seed: new samples from fresh noise."))
        self.status = QLabel("")
        self.status.setToolTip(translate(
            "diffusion", "New samples come by themselves: at once when the sampler, its steps or the seed change, "
                         "and while training every few seconds, but never taking more than {share} of the training "
                         "time.").format(share=local_number(LIVE_SHARE, ".0%")))
        self.status.setWordWrap(True)
        self.sampling_row = FlowLayout(widgets=(self.sampler, self.steps, self.seed, self.next_seed_button))
        self.sampler.currentIndexChanged.connect(self._on_choice_changed)
        self.steps.valueChanged.connect(self._on_choice_changed)
        self.seed.valueChanged.connect(self._on_choice_changed)
        self.next_seed_button.clicked.connect(lambda: self.seed.setValue(self.seed.value() + 1))
    def _build_views(self) -> None:
        points = {"x": DIFFUSION_POINTS["x_t"], "x0": DIFFUSION_POINTS["x0"], "eps": DIFFUSION_POINTS["eps"]}
        colours = {name: colour for name, (colour, _alpha) in points.items()}
        self.pictures, self.clouds = {}, {}
        for name, texts in TITLES.items():
            title, tip = (translate("diffusion", text) for text in texts)
            self.pictures[name] = PicturePanel(title, tip)
            self.clouds[name] = CloudPlot(title, tip, points[name])
        self.legend = QLabel(legend_line(
            key(translate("diffusion", "x_t"), colours["x"]), key(translate("diffusion", "paths so far"), PATHS, "—"),
            key(translate("diffusion", "denoising direction"), ARROWS, "→"),
            key(translate("diffusion", "guess x̂_0"), colours["x0"]),
            key(translate("diffusion", "noise guess ε̂"), colours["eps"]),
            key(translate("diffusion", "training data"), TRAINING_BACKDROP[0])))
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
        icon = self.style().standardIcon  # drawn icons: a font may lack the media glyphs (⏸ showed as a box)
        pixmap = QStyle.StandardPixmap
        self._play_icons = {False: icon(pixmap.SP_MediaPlay), True: icon(pixmap.SP_MediaPause)}
        self.first_button = QPushButton(icon(pixmap.SP_MediaSkipBackward), "")
        self.first_button.setToolTip(translate("diffusion", "Back to frame 0: the pure noise the samples start from."))
        self.first_button.setAccessibleName(translate("diffusion", "First frame"))
        self.back_button = QPushButton(icon(pixmap.SP_MediaSeekBackward), translate("diffusion", "Step back"))
        self.back_button.setToolTip(translate("diffusion", "One denoising step back: compare a frame with the one "
                                                           "before it."))
        self.play_button = QPushButton(self._play_icons[False], translate("diffusion", "Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(translate("diffusion", "Play the denoising from the current frame to the end."))
        self.forward_button = QPushButton(icon(pixmap.SP_MediaSeekForward), translate("diffusion", "Step"))
        self.forward_button.setToolTip(translate("diffusion", "One denoising step forward."))
        self.last_button = QPushButton(icon(pixmap.SP_MediaSkipForward), "")
        self.last_button.setToolTip(translate("diffusion", "Jump to the last frame: the finished samples."))
        self.last_button.setAccessibleName(translate("diffusion", "Last frame"))
        self.pace = QSpinBox()
        self.pace.setRange(1, 60)
        self.pace.setValue(PLAY_SECONDS)
        self.pace.setPrefix(translate("diffusion", "play in "))
        self.pace.setSuffix(translate("diffusion", " s"))
        self.pace.setToolTip(translate(
            "diffusion", "How long Play takes from pure noise to the finished samples, whatever the number of "
                         "steps: slower to talk the class through it, faster to see it whole."))
        self.pace.setAccessibleName(translate("diffusion", "Playing time"))
        self.scrubber = QSlider(Qt.Orientation.Horizontal)
        self.scrubber.setToolTip(translate("diffusion", "Drag through the frames of the reverse process, from noise "
                                                        "(left) to samples (right)."))
        self.scrubber.setAccessibleName(translate("diffusion", "Frame of the reverse process"))
        self.frame_label = QLabel(translate("diffusion", WAITING))
        self.playback_row = FlowLayout(widgets=(self.first_button, self.back_button, self.play_button,
                                                self.forward_button, self.last_button, self.pace))
        self.first_button.clicked.connect(lambda: self.set_frame(0))
        self.back_button.clicked.connect(self.step_back)
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.forward_button.clicked.connect(self.step_forward)
        self.last_button.clicked.connect(lambda: self.set_frame(self.last_frame))
        self.pace.valueChanged.connect(self._time_playback)
        self.scrubber.valueChanged.connect(self.set_frame)

    # Sampling
    def choice(self) -> tuple[str, int | None, int]:
        """(sampler, steps or None for all T, seed): what the samples shown should be drawn with."""
        sampler = self.sampler.currentData()
        return sampler, self.steps.value() if sampler == "ddim" else None, self.seed.value()

    def refresh(self, step: int | None = None, training: bool = False) -> None:
        """Ask for new samples if the ones shown are out of date, or are due while training. `step` and
        `training`: the newest snapshot's, None to keep the last ones (a control changed)."""
        if step is not None:
            self._model = step, training
        if not self.busy and self._model is not None and self.choice() != self._failed:
            step, training = self._model
            behind = self.run is None or self.run.trained_steps != step
            stale = self.run is None or self.choice() != self._shown or (behind and not training)
            due = training and behind and time.perf_counter() >= self._asked_at + self.interval
            if stale or due:
                self._ask(self.choice())
        self._show_status()

    def _ask(self, choice: tuple) -> None:
        self.busy = True
        self._asked, self._asked_at = choice, time.perf_counter()
        self.samples_requested.emit(*choice)

    def request_failed(self) -> None:
        """The samples asked for could not be made (the message says why): not asked again until a change."""
        self.busy = False
        self._failed = self._asked
        self.refresh()

    def _show_status(self) -> None:
        if self.busy and self._asked != self._shown:
            text = translate("diffusion", "{sampler}: denoising…").format(sampler=describe(*self._asked[:2]))
        elif self._model is not None and self._model[1]:
            text = translate("diffusion", "new samples every {seconds} s while training").format(
                seconds=local_number(self.interval, ".0f"))
        else:
            text = ""
        if self.status.text() != text:
            self.status.setText(text)

    def set_timesteps(self, T: int) -> None:
        self.steps.setMaximum(T)

    def clear(self) -> None:
        """A new model is starting: nothing to show until its first snapshot; the old run's answer never comes."""
        self.pause()
        self.run = None
        self.busy = False
        self._model = self._shown = self._failed = None
        self._asked_at = -math.inf
        for plot in self.pictures.values():
            plot.clear_picture()
        for plot in self.clouds.values():
            plot.show_points(None)
            plot.show_paths(None)
            plot.show_arrows(None)
            plot.show_backdrop(None)
        self._set_eps_title(translate("diffusion", TITLES["eps"][0]))
        self.frame_label.setText(translate("diffusion", WAITING))
        self._show_status()
        self._update_controls()

    def show_run(self, run: ReverseRun, data: np.ndarray | None = None, box=None) -> None:
        """New samples, shown at the same point of the process as the old ones (the finished samples at first),
        playing on if they were. `data` and `box`: the 2-D backdrop and view."""
        self.run_seconds = time.perf_counter() - self._asked_at  # denoising, and the answer's way here
        self.interval = max(LIVE_EVERY_S, self.run_seconds / LIVE_SHARE)
        self.busy = False
        self._shown = self._asked
        old, self.run = self.run, run
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
        self._time_playback()
        where = 1.0 if old is None else self.frame / max(1, old.frames - 1)
        self.frame = -1
        self.set_frame(round(where * (run.frames - 1)))
        self.refresh()  # the choice may have changed while these were being made

    def _time_playback(self) -> None:
        """A whole run plays in `pace` seconds: every `stride`-th frame, at most PLAY_FPS a second."""
        if self.run is None:
            return
        steps, seconds = max(1, self.run.frames - 1), self.pace.value()
        self._stride = max(1, math.ceil(steps / (seconds * PLAY_FPS)))
        self.timer.setInterval(max(1000 // PLAY_FPS, round(seconds * 1000 * self._stride / steps)))

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
        self._set_eps_title(translate("diffusion", EPS_AT_ZERO if run.timesteps[frame] == 0 else TITLES["eps"][0]))
        self.scrubber.blockSignals(True)
        self.scrubber.setValue(frame)
        self.scrubber.blockSignals(False)
        self.frame_label.setText(translate(
            "diffusion", "frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}").format(
            frame=frame, last=self.last_frame, t=run.timesteps[frame], sampler=describe(run.sampler, run.steps),
            seed=run.seed, step=local_number(run.trained_steps, ",")))
        self._update_controls()

    def _set_eps_title(self, title: str) -> None:
        """At t = 0 the ε̂ panel is all zero (grey): its title says why, not a flat grid without a word."""
        if title != self._eps_title:
            self._eps_title = title
            for plot in (self.pictures["eps"], self.clouds["eps"]):
                plot.setTitle(title)

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
        self.play_button.setText(translate("diffusion", "Pause") if on else translate("diffusion", "Play"))
        self.play_button.setIcon(self._play_icons[on])
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

    def _on_choice_changed(self) -> None:
        self._failed = None
        self._update_controls()
        self.refresh()

    def set_font_scale(self, scale: float) -> None:
        for plot in (*self.pictures.values(), *self.clouds.values()):
            plot.set_font_scale(scale)
