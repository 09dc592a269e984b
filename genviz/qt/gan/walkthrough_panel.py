"""Slow motion: one GAN update replayed sub-step by sub-step, each highlighted with a sentence to read aloud."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from genviz.core.gan.walkthrough import TITLES
from genviz.qt.gan.lines_label import LinesLabel
from genviz.qt.style import GREY, YELLOW
from genviz.qt.translation import core_sentence, core_text, translate
from genviz.qt.widgets.flow_layout import FlowLayout

# The same weight in both: a title that turned bold would grow, and move the titles beside it.
HIGHLIGHT = f"background: {YELLOW}; font-weight: bold; padding: 2px;"
PLAIN = f"color: {GREY}; font-weight: bold; padding: 2px;"
START_SENTENCE = QT_TRANSLATE_NOOP("gan", "Press Slow-motion update to watch one update of the duel in slow motion.")


class WalkthroughPanel(QGroupBox):
    """Plays a list of WalkSteps: emits step_shown(arrays) for the pictures and finished when done."""

    start_clicked = Signal()
    step_shown = Signal(object)  # the WalkStep now shown
    finished = Signal()

    def __init__(self) -> None:
        super().__init__(translate("gan", "Slow motion: one update"))
        self.setToolTip(translate("gan", "Replays one real training update in its six sub-steps. Pause training "
                                  "first for the clearest picture."))
        self.steps: list = []
        self.index = -1
        self.start_button = QPushButton(translate("gan", "Slow-motion update"))
        self.start_button.setToolTip(translate("gan", "Do one real update (one D step, one G step) and replay it "
                                               "sub-step by sub-step on the picture."))
        self.next_button = QPushButton(translate("gan", "Next sub-step ▶"))
        self.next_button.setToolTip(translate("gan", "Go on to the next sub-step."))
        self.done_button = QPushButton(translate("gan", "Back to live"))
        self.done_button.setToolTip(translate("gan", "Leave the slow motion and show the live training again."))
        self.auto = QCheckBox(translate("gan", "Auto-play every"))
        self.auto.setChecked(True)
        self.auto.setToolTip(translate("gan", "Move on by itself after the pause on the right; untick to go on with "
                                       "Next."))
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0.2, 20.0)
        self.pace.setValue(4.0)
        self.pace.setSuffix(translate("gan", " s", "seconds"))
        self.pace.setToolTip(translate("gan", "How long each sub-step stays on screen in auto-play."))
        self.labels = [QLabel(core_text(title)) for title in TITLES.values()]
        # the longest sentence, at any width the column has
        self.sentence = LinesLabel(4, translate("gan", START_SENTENCE))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.next_step)
        self.start_button.clicked.connect(self.start_clicked)
        self.next_button.clicked.connect(self.next_step)
        self.done_button.clicked.connect(self.stop)

        layout = QVBoxLayout(self)
        layout.addLayout(FlowLayout(widgets=(self.start_button, self.next_button, self.done_button)))
        layout.addLayout(FlowLayout(widgets=(self.auto, self.pace)))
        for label in self.labels:
            label.setStyleSheet(PLAIN)
        layout.addLayout(FlowLayout(widgets=tuple(self.labels)))
        layout.addWidget(self.sentence)
        self._update_buttons()

    @property
    def playing(self) -> bool:
        return self.index >= 0

    def play(self, steps: list) -> None:
        self.steps = list(steps)
        self.index = -1
        self.next_step()

    def next_step(self) -> None:
        if not self.steps:
            return
        if self.index + 1 >= len(self.steps):
            self.stop()
            return
        self.index += 1
        step = self.steps[self.index]
        for i, label in enumerate(self.labels):
            label.setStyleSheet(HIGHLIGHT if i == self.index else PLAIN)
        self.sentence.setText(core_sentence(step.sentence))
        self.step_shown.emit(step)
        if self.auto.isChecked():
            self.timer.start(int(self.pace.value() * 1000))
        self._update_buttons()

    def stop(self) -> None:
        was_playing = self.playing
        self.timer.stop()
        self.index = -1
        self.steps = []
        for label in self.labels:
            label.setStyleSheet(PLAIN)
        self._update_buttons()
        if was_playing:
            self.finished.emit()

    def clear(self) -> None:
        """A new run: stop, and forget the old run's sentence."""
        self.stop()
        self.sentence.setText(translate("gan", START_SENTENCE))

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self.playing)
        self.done_button.setEnabled(self.playing)
