"""The VAE lab: a variational autoencoder learns a compressed latent space that students walk through.

The training process sends the latent map, reconstructions and the decoded manifold (recomputed a few times
a second), the decoding at the dragged marker (every snapshot), and a gallery (once a second): the walk
between two examples and the samples from the prior, from the start, for the session's own pair and seed
until the student picks others. Picking is a named request; its answer starts the walk's step-by-step reveal,
and the gallery keeps the pictures up to date with the weights.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from genviz.core.errors import DataError
from genviz.core.host import SessionSpec
from genviz.core.modelfile import ModelFile
from genviz.core.mosaic import GAP, mosaic
from genviz.core.session import config_from_mapping
from genviz.core.vae.config import PRIOR_SAMPLES, VaeConfig
from genviz.qt.lab import LabView, splitter
from genviz.qt.number_format import local_number
from genviz.qt.plots import scale_plot_fonts
from genviz.qt.style import BLUE, INK, ORANGE
from genviz.qt.translation import core_sentences, translate
from genviz.qt.vae.controls_panel import LiveControlsPanel, walk_hint
from genviz.qt.vae.latent_map_panel import LatentMapPanel, latent_axis_names
from genviz.qt.vae.point_panels import DataSpacePanel, PointReconstructionPanel
from genviz.qt.vae.settings_panel import DATA_SETS, VaeSettingsPanel
from genviz.qt.widgets.loss_plot import LossPlot
from genviz.qt.widgets.picture import PicturePanel
from genviz.qt.widgets.real_or_fake import RealOrFakePanel
from genviz.qt.widgets.settings_form import class_name_text

SESSION = "genviz.core.vae.session:VaeSession"
RIGHT_SIZES = {"images": [170, 430, 300], "points": [330, 330, 240]}  # 2-D reconstructions need room
SAMPLE_COLUMNS = 5
PRIOR_AREA = QRectF(-3, -3, 6, 6)  # the empty manifold shows the latent map's smallest area: nearly every code
LOSS_STYLES = {
    "reconstruction": (QT_TRANSLATE_NOOP("vae", "reconstruction"), BLUE),
    "kl": (QT_TRANSLATE_NOOP("vae", "KL divergence"), ORANGE),
    "total": (QT_TRANSLATE_NOOP("vae", "total = reconstruction + β · KL"), INK),
}


class VaeLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "VAE")
    summary = QT_TRANSLATE_NOOP("lab", "Variational autoencoder: squeeze each example into a few numbers, decode it "
                                       "back, and walk the space of codes.")

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.class_names: tuple[str, ...] = ()
        self.picked: list[int] = []  # the examples clicked for the next walk
        self.walk_pair: tuple[int, int] | None = None  # the walk shown; None: the session's own, not yet seen
        self.walk: dict[str, Any] | None = None  # the newest interpolation, revealed step by step
        self.walk_shown = 0
        self.samples: dict[str, Any] | None = None
        self._sample_seed: int | None = None  # of the samples shown; None: the session's own, not yet seen
        self._model_file: Path | None = None  # File > Open model: the next session starts from its weights
        self._latent = (0.0, 0.0)
        self._drawn_map: dict | None = None
        self._drawn_manifold: dict | None = None
        self._drawn_gallery: dict | None = None
        self._refresh_asked_at: int | None = None
        self._note_shown = False
        self._drawn_latent: tuple[float, float] | None = None
        self._decoded_with_map: dict | None = None
        self._manifold_axes = latent_axis_names()
        self._waiting_for: set[str] = set()
        self._map_labels: np.ndarray | None = None
        self._spec_data: str | None = None  # the data set of the model last asked for
        self._same_data = False  # ... was the one before's too
        self._map_indices: np.ndarray | None = None

        self.settings = VaeSettingsPanel()
        self.controls = LiveControlsPanel()
        self.latent_map = LatentMapPanel()
        self.decoded = PicturePanel(
            translate("vae", "At the marker"),
            translate("vae", "The decoder's image for the code under the red target: drag the target and watch it "
                             "change."))
        self.walk_strip = PicturePanel(
            translate("vae", "Walk between two examples"),
            translate("vae", "A and B are the real images you clicked; between them, the decodings of evenly spaced "
                             "codes on the straight line from A's code to B's, revealed one step at a time."))
        self.reconstructions = PicturePanel(
            translate("vae", "Reconstructions"),
            translate("vae", "Top row: real images, always the same ones. Bottom row: what the VAE makes of each "
                             "after squeezing it into its code and decoding it again (from the mean code, so the "
                             "picture is steady)."))
        self.manifold = PicturePanel(
            translate("vae", "Decoded manifold"),
            translate("vae", "Images decoded from an even grid of codes over the dashed area of the latent map, "
                             "placed where their codes are: the whole space the decoder has learned, at a glance."),
            axes=self._manifold_axes, empty_view=PRIOR_AREA)
        self.sample_panel = PicturePanel(
            translate("vae", "Samples from the prior"),
            translate("vae", "Images decoded from random codes drawn from N(0, I). They are in no data set: press "
                             "Sample from the prior."))
        self.point_reconstructions = PointReconstructionPanel()
        self.data_space = DataSpacePanel()
        styles = {name: (translate("vae", label), colour) for name, (label, colour) in LOSS_STYLES.items()}
        self.loss_plot = LossPlot(styles, title=translate("vae", "Loss (nats per example)"),
                                  y_label=translate("vae", "nats per example"), smooth=None)
        self.loss_plot.setToolTip(translate(
            "vae", "Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL "
                   "divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises "
                   "their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1."))
        self.quiz = RealOrFakePanel(translate(
            "vae", "Some of these images are real training images; the VAE's decoder made the others from random "
                   "codes drawn from the prior. Click the ones you think are fake, then press Reveal."),
            with_verdicts=False)
        self.real_or_fake = QPushButton(translate("vae", "Real or fake?"))
        self._show_quiz_button()
        self.loss_plot.setAccessibleName(translate("vae", "Loss"))
        self.loss_plot.setAccessibleDescription(translate(
            "vae", "Curves of the reconstruction loss, the KL divergence and their total over the training steps."))
        self._layout()

        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.timeout.connect(self._on_reveal_timer_timeout)
        self.settings.apply_clicked.connect(self.reset_requested)
        self.settings.defaults_clicked.connect(self._on_settings_defaults_clicked)
        self.controls.beta_changed.connect(self._on_controls_beta_changed)
        self.controls.sample_clicked.connect(self.sample_from_prior)
        self.controls.walk_clicked.connect(self.walk_again)
        self.latent_map.marker_moved.connect(self._on_latent_map_marker_moved)
        self.latent_map.example_clicked.connect(self.pick_example)
        self.real_or_fake.clicked.connect(self.request_real_or_fake)
        self.quiz.new_round_requested.connect(self.request_real_or_fake)
        self.quiz.closed.connect(self._on_quiz_closed)

    # Building
    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.settings)
        left_layout.addWidget(self.controls)
        left_layout.addStretch(1)

        self.walk_row = QWidget()
        walk_layout = QHBoxLayout(self.walk_row)
        walk_layout.setContentsMargins(0, 0, 0, 0)
        walk_layout.addWidget(self.decoded, 1)
        walk_layout.addWidget(self.walk_strip, 3)
        pictures = QWidget()
        pictures_layout = QVBoxLayout(pictures)
        pictures_layout.setContentsMargins(0, 0, 0, 0)
        pictures_layout.addWidget(splitter(Qt.Orientation.Vertical, [self.latent_map, self.walk_row], [640, 260]), 1)
        quiz_row = QHBoxLayout()  # under the panels, not in one: an enlarged panel hides it with the columns
        quiz_row.addStretch(1)
        quiz_row.addWidget(self.real_or_fake)
        pictures_layout.addLayout(quiz_row)
        self.middle = QStackedWidget()  # the quiz takes the whole column: its tiles need the height
        self.middle.addWidget(pictures)
        self.middle.addWidget(self.quiz)

        self.reconstruction_stack = QStackedWidget()
        self.reconstruction_stack.addWidget(self.reconstructions)
        self.reconstruction_stack.addWidget(self.point_reconstructions)
        self.manifold_stack = QStackedWidget()
        self.manifold_stack.addWidget(self.manifold)
        self.manifold_stack.addWidget(self.data_space)
        bottom_right = QWidget()
        bottom_layout = QHBoxLayout(bottom_right)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.sample_panel, 1)
        bottom_layout.addWidget(self.loss_plot, 1)
        self.right = splitter(Qt.Orientation.Vertical, [self.reconstruction_stack, self.manifold_stack, bottom_right],
                              RIGHT_SIZES["images"])
        self.set_columns([left, self.middle, self.right], [290, 640, 670])

    def _set_kind(self, kind: str) -> None:
        """Images get picture panels; 2-D points are drawn in the plane they live in."""
        self.kind = kind
        images = kind == "images"
        self.reconstruction_stack.setCurrentIndex(0 if images else 1)
        self.manifold_stack.setCurrentIndex(0 if images else 1)
        self.walk_row.setVisible(images)
        self.sample_panel.setVisible(images)
        self.right.setSizes(RIGHT_SIZES[kind])
        self._show_quiz_button()

    # LabView
    def session_spec(self) -> SessionSpec:
        config = self.settings.config(self.controls.beta_value())
        config.validate()
        self.settings.pending.mark_applied(config)
        self._same_data, self._spec_data = config.data == self._spec_data, config.data  # the same classes
        path, self._model_file = self._model_file, None  # a later Reset starts from random weights again
        if path is None:
            return SessionSpec(SESSION, (config,))
        return SessionSpec(SESSION, (config, None, None, str(path)))  # the session's own data and device

    def probe(self) -> dict[str, Any]:
        return {"latent": self._latent}

    def training_panels(self) -> dict[str, QWidget]:
        if self.kind == "points":
            return {"latent_map": self.latent_map, "reconstructions": self.point_reconstructions,
                    "data_space": self.data_space, "loss": self.loss_plot}
        return {"latent_map": self.latent_map, "reconstructions": self.reconstructions, "manifold": self.manifold,
                "at_marker": self.decoded, "loss": self.loss_plot}

    def run_started(self) -> None:
        """Nothing of the old run stays on screen: pictures, axes, labels and texts go back to their empty state."""
        self.reveal_timer.stop()
        self._on_quiz_closed()  # its fakes were the old model's
        self.picked, self.walk_pair, self.walk, self.samples = [], None, None, None
        self._sample_seed = None
        self._drawn_map = self._drawn_manifold = self._drawn_gallery = None
        self._refresh_asked_at = None
        self._note_shown = False
        self._drawn_latent = self._decoded_with_map = None
        self._waiting_for.clear()
        self._map_labels = self._map_indices = None
        self.settings.parameters.setText("—")
        self.loss_plot.clear_curves()
        self.latent_map.forget(keep_classes=self._same_data)
        self._show_manifold_axes(self.latent_map.axis_names)
        for panel in (self.decoded, self.walk_strip, self.reconstructions, self.manifold, self.sample_panel):
            panel.clear_picture()
        self.point_reconstructions.show_points(None, None)
        for clear in (self.data_space.show_data, self.data_space.show_grid, self.data_space.show_samples,
                      self.data_space.show_path, self.data_space.show_decoded):
            clear(None)
        self.controls.walk_button.setEnabled(False)
        self.controls.walk_status.setText(walk_hint())

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        if snapshot["kind"] != self.kind:
            self._set_kind(snapshot["kind"])
        if snapshot["notes"] and not self._note_shown:  # e.g. unreadable files in a folder were skipped
            self._note_shown = True
            self.message.emit(core_sentences(snapshot["notes"]))
        self.class_names = snapshot["class_names"]
        size = translate("vae", "{count} weights").format(count=local_number(snapshot["parameters"], ","))
        if self.settings.parameters.text() != size:  # a new label text re-lays out the panel
            self.settings.parameters.setText(size)
        latent = snapshot["probe"].get("latent")
        if latent != self._drawn_latent or snapshot["map"] is not self._decoded_with_map:  # a drag: at once
            self._decoded_with_map = snapshot["map"]  # while training, as often as the map
            self._drawn_latent = latent
            self._draw_decoded(snapshot["decoded_at_probe"])
            yield
        if snapshot["map"] is not self._drawn_map:
            self._draw_map(snapshot)
            yield
        if snapshot["manifold"] is not self._drawn_manifold:
            self._draw_manifold(snapshot["manifold"])
            yield
        if snapshot["gallery"] is not self._drawn_gallery:
            self._draw_gallery(snapshot["gallery"])
            yield
        self.loss_plot.update_curves(snapshot["history"])
        self._refresh_if_paused(snapshot)

    def show_answer(self, answer: dict[str, Any]) -> None:
        """The image under the dragged marker, as soon as the training process decoded it."""
        latent = answer["probe"].get("latent")
        if latent == self._latent:
            self._drawn_latent = latent
            self._draw_decoded(answer["decoded_at_probe"])

    def request_finished(self, name: str, result: Any) -> None:
        self._waiting_for.discard(name)
        if name == "interpolate":
            self._start_walk(result)
        elif name == "sample_prior":
            self._show_samples(result)
        elif name == "real_or_fake" and self.kind == "images":  # else a new model on points came meanwhile
            self.middle.setCurrentWidget(self.quiz)
            self.quiz.start_round(result["images"], result["fake"], step=result["step"])

    def request_failed(self, name: str, message: str) -> None:
        self._waiting_for.discard(name)
        super().request_failed(name, message)

    def open_file(self, path: Path) -> None:
        if not path.is_dir():
            self.message.emit(translate(
                "vae", "The VAE lab learns from a folder of images: drop the folder that holds {file}, not the "
                       "file.").format(file=path.name))
            return
        self.settings.data.add_folder(path)
        self.reset_requested.emit()

    def open_model(self, path: Path, file: ModelFile) -> None:
        """The file's settings in the panels, then a session that goes on from its weights and step."""
        self.show_settings(config_from_mapping(VaeConfig, file.config))  # the panel has every value a file may
        self._model_file = path
        self.reset_requested.emit()

    def show_settings(self, config: VaeConfig) -> None:
        """Every setting of both panels; β is applied at once, the others by the next new model."""
        self.settings.show_config(config)
        self.controls.show_beta(config.beta)

    def select_data(self, data: str) -> None:
        if self.settings.data.select(data):
            return
        if not Path(data).expanduser().is_dir():
            names = ", ".join(DATA_SETS)
            raise DataError(f"The VAE lab has no data set called {data}: choose {names} or a folder of images.")
        self.settings.data.add_folder(Path(data).expanduser())

    def start_demo(self) -> None:
        """Walk between two examples of different classes and draw samples from the prior."""
        self.controls.pace.setValue(80)
        labels, indices = self._map_labels, self._map_indices
        if indices is not None and len(indices) >= 2:
            others = np.flatnonzero(labels != labels[0]) if labels is not None else np.array([1])
            second = int(others[0]) if len(others) else 1
            self.pick_example(int(indices[0]))
            self.pick_example(int(indices[second]))
        self.sample_from_prior()

    def demo_running(self) -> bool:
        return bool(self._waiting_for) or self.reveal_timer.isActive()

    def set_font_scale(self, scale: float) -> None:
        for panel in (self.decoded, self.walk_strip, self.reconstructions, self.manifold, self.sample_panel,
                      self.latent_map, self.point_reconstructions, self.data_space):
            panel.set_font_scale(scale)
        self.quiz.set_font_scale(scale)
        scale_plot_fonts(self.loss_plot, scale)

    # Actions
    def pick_example(self, index: int) -> None:
        """The first click picks A, the second B and starts the walk; a third starts a new pair."""
        self.picked = [index] if len(self.picked) == 2 else [*self.picked, index]
        if len(self.picked) == 1:
            self.latent_map.set_picked(self.picked)
            self.controls.walk_status.setText(translate("vae", "A: {example}. Now click a second example.").format(
                example=self._describe(index)))
            self.controls.walk_button.setEnabled(False)
            return
        self._show_pair(*self.picked)
        self.walk_again()

    def _show_pair(self, a: int, b: int) -> None:
        """The pair whose walk is shown, circled on the map and named under the controls."""
        self.walk_pair = (a, b)
        self.picked = [a, b]
        self.latent_map.set_picked(self.picked)
        self.controls.walk_status.setText(translate(
            "vae", "A: {a}\nB: {b}\nClick two examples on the map to walk between others.").format(
            a=self._describe(a), b=self._describe(b)))
        self.controls.walk_button.setEnabled(True)

    def walk_again(self) -> None:
        if self.walk_pair is not None:
            self._wait_for("interpolate", *self.walk_pair)

    def sample_from_prior(self) -> None:
        self._sample_seed = (self._sample_seed or 0) + 1
        self._wait_for("sample_prior", PRIOR_SAMPLES[self.kind or "images"], self._sample_seed)

    def request_real_or_fake(self) -> None:
        self.request("real_or_fake", random.randrange(2**31))  # a new mix each round

    def _wait_for(self, name: str, *args: Any) -> None:
        self._waiting_for.add(name)
        self.request(name, *args)

    def _describe(self, index: int) -> str:
        if self._map_labels is None or not self.class_names:
            return translate("vae", "example #{index}").format(index=index)
        rows = np.flatnonzero(self._map_indices == index)
        label = class_name_text(self.class_names[int(self._map_labels[rows[0]])]) if len(rows) else "?"
        return translate("vae", "example #{index} ({label})").format(index=index, label=label)

    # Drawing
    def _draw_map(self, snapshot: dict[str, Any]) -> None:
        map_ = self._drawn_map = snapshot["map"]
        self._map_labels, self._map_indices = map_["labels"], map_["indices"]
        self.latent_map.show_map(map_["points"], map_["labels"], map_["indices"], self.class_names,
                                 map_["explained"])
        self._show_manifold_axes(self.latent_map.axis_names)
        real, decoded = snapshot["examples"], map_["reconstructions"]
        if self.kind == "images":
            picture = mosaic(np.concatenate([real, decoded]), columns=len(real))
            self.reconstructions.show_picture(picture)
            self.reconstructions.caption_tiles(real.shape[1:3], left=[(0, translate("vae", "real")),
                                                                      (1, translate("vae", "decoded"))])
        else:
            self.point_reconstructions.show_points(real, decoded)
            self.data_space.show_data(real)

    def _draw_manifold(self, manifold: dict[str, Any]) -> None:
        self._drawn_manifold = manifold
        self.latent_map.show_area(manifold["extent"])
        decoded = manifold["decoded"]  # (rows, columns, *D)
        if self.kind == "images":
            rows, columns = decoded.shape[:2]
            x0, x1, y0, y1 = manifold["extent"]
            picture = mosaic(decoded.reshape(rows * columns, *decoded.shape[2:]), columns)
            self.manifold.show_picture(picture, rect=QRectF(x0, y0, x1 - x0, y1 - y0))
        else:
            self.data_space.show_grid(decoded)

    def _show_manifold_axes(self, names: tuple[str, str]) -> None:
        """The manifold lies over the same area as the map, so its axes have the map's names."""
        if names != self._manifold_axes:
            self._manifold_axes = names
            self.manifold.setLabel("bottom", names[0])
            self.manifold.setLabel("left", names[1])

    def _draw_gallery(self, gallery: dict[str, Any]) -> None:
        """The walk and the samples as the weights are now; ones for a pair or seed asked for before the
        newest are dropped."""
        self._drawn_gallery = gallery
        walk, samples = gallery["walk"], gallery["samples"]
        if self.walk_pair is None:
            self._show_pair(*walk["indices"])
        if walk["indices"] == self.walk_pair:
            self.walk = walk  # a walk still being revealed goes on with the newer frames
            if not self.reveal_timer.isActive():
                self.walk_shown = len(walk["frames"])
                self._draw_walk()
        if self._sample_seed is None:
            self._sample_seed = samples["seed"]
        if samples["seed"] == self._sample_seed:
            self._show_samples(samples)

    def _draw_decoded(self, decoded: np.ndarray | None) -> None:
        if decoded is None:
            return
        if self.kind == "images":
            self.decoded.show_picture(decoded)
        else:
            self.data_space.show_decoded(decoded)

    def _refresh_if_paused(self, snapshot: dict[str, Any]) -> None:
        """The map and manifold update a few times a second while training; when training stops between two
        updates, ask once for pictures of the model as it is now."""
        step = snapshot["step"]
        lagging = any(snapshot[name]["step"] != step for name in ("map", "manifold", "gallery"))
        if lagging and not snapshot["training"] and self._refresh_asked_at != step:
            self._refresh_asked_at = step
            self.request("refresh_pictures")

    def _start_walk(self, walk: dict[str, Any]) -> None:
        self.walk = walk
        self.walk_shown = 0
        self._on_reveal_timer_timeout()

    def _on_reveal_timer_timeout(self) -> None:
        """Show one more step of the walk, on the map and as a picture."""
        if self.walk is None:
            return
        self.walk_shown = min(self.walk_shown + 1, len(self.walk["frames"]))
        self._draw_walk()
        if self.walk_shown < len(self.walk["frames"]):
            self.reveal_timer.start(self.controls.pace.value())

    def _draw_walk(self) -> None:
        """The first walk_shown steps of the walk; the map marks the newest while the walk is revealed."""
        walk, shown = self.walk, self.walk_shown
        frames = walk["frames"]
        self.latent_map.show_path(walk["path"][:shown], current=shown - 1 if shown < len(frames) else None)
        if self.kind == "images":
            hidden = np.full_like(frames[shown:], GAP)  # blank tiles, like the gaps between them
            row = np.concatenate([walk["ends"][:1], frames[:shown], hidden, walk["ends"][1:]])
            self.walk_strip.show_picture(mosaic(row, columns=len(row)))
            self.walk_strip.caption_tiles(frames.shape[1:3], under=[(0, translate("vae", "A")),
                                                                    (len(row) - 1, translate("vae", "B"))])
        else:
            self.data_space.show_path(frames[:shown])

    def _show_quiz_button(self) -> None:
        images = self.kind == "images"
        self.real_or_fake.setEnabled(images)
        self.real_or_fake.setToolTip(translate(
            "vae", "A quiz for the class: 16 images, some real, some decoded from random codes drawn from the "
                   "prior. The class picks the fakes; Reveal shows the truth and the score.") if images else
            translate("vae", "Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a "
                             "new model with it."))

    def _show_samples(self, samples: dict[str, Any]) -> None:
        self.samples = samples
        self.latent_map.show_prior(samples["map_points"])
        if self.kind == "images":
            self.sample_panel.show_picture(mosaic(samples["samples"], SAMPLE_COLUMNS))
        else:
            self.data_space.show_samples(samples["samples"])

    # Handlers
    def _on_quiz_closed(self) -> None:
        self.middle.setCurrentIndex(0)

    def _on_latent_map_marker_moved(self, x: float, y: float) -> None:
        self._latent = (x, y)
        self.probe_changed.emit()

    def _on_controls_beta_changed(self, beta: float) -> None:
        self.request("set_beta", beta)

    def _on_settings_defaults_clicked(self) -> None:
        self.show_settings(VaeConfig())
