"""The one row that plays every family's generation together: Play, a step back and forward, and a scrubber counting
network evaluations, so the class sees a GAN done after one, diffusion after its many and Pixels after 64."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from genviz.qt.number_format import local_number
from genviz.qt.translation import translate

PACE_MS = 90  # one network evaluation per tick: an 8 x 8 digit's 64 pixels in about 6 s


class ProcessPlayer(QWidget):
    position_changed = Signal(int)  # network evaluations shown

    def __init__(self) -> None:
        super().__init__()
        self.play_button = QPushButton(translate("compare", "Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(translate(
            "compare", "Make one sample of every family side by side, one network evaluation per tick: see which "
            "approach takes how many steps."))
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(translate("compare", "One network evaluation back."))
        self.back_button.setAccessibleName(translate("compare", "One evaluation back"))
        self.forward_button = QPushButton("▶")
        self.forward_button.setToolTip(translate("compare", "One network evaluation further."))
        self.forward_button.setAccessibleName(translate("compare", "One evaluation further"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 1)
        self.slider.setValue(1)
        self.slider.setToolTip(translate(
            "compare", "Drag to any point of the generation: every family shows how far it has got after this many "
            "evaluations of its network."))
        self.slider.setAccessibleName(translate("compare", "Network evaluations shown"))
        self.label = QLabel()
        self.label.setToolTip(translate(
            "compare", "Network evaluations so far: each is one pass through a family's network."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.back_button, self.forward_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(PACE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.back_button.clicked.connect(lambda: self.slider.setValue(self.slider.value() - 1))
        self.forward_button.clicked.connect(lambda: self.slider.setValue(self.slider.value() + 1))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self._on_slider_value_changed(self.slider.value())

    @property
    def position(self) -> int:
        return self.slider.value()

    def set_longest(self, steps: int) -> None:
        """The longest generation shown. At rest at the end, the player stays at the end: the finished samples."""
        steps = max(1, steps)
        if steps != self.slider.maximum():
            at_end = self.slider.value() == self.slider.maximum()
            self.slider.setMaximum(steps)
            if at_end:
                self.slider.setValue(steps)
            self._on_slider_value_changed(self.slider.value())

    def play(self) -> None:
        self.play_button.setChecked(True)

    def _on_play_button_toggled(self, playing: bool) -> None:
        self.play_button.setText(translate("compare", "Pause") if playing else translate("compare", "Play"))
        if playing:
            if self.slider.value() == self.slider.maximum():
                self.slider.setValue(0)  # from the start: noise, an empty canvas, nothing yet
            self.timer.start()
        else:
            self.timer.stop()

    def _on_timer_timeout(self) -> None:
        self.slider.setValue(self.slider.value() + 1)
        if self.slider.value() == self.slider.maximum():
            self.play_button.setChecked(False)

    def _on_slider_value_changed(self, value: int) -> None:
        self.label.setText(translate("compare", "{shown} of {total} evaluations").format(
            shown=local_number(value, ","), total=local_number(self.slider.maximum(), ",")))
        self.position_changed.emit(value)
