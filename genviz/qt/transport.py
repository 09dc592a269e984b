"""The transport bar every lab shares: Train/Pause, Step, Reset and the training speed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from genviz.qt.style import BLUE, INK
from genviz.qt.translation import translate

SPEEDS: list[tuple[str, float | None]] = [  # labels translated where shown
    (QT_TRANSLATE_NOOP("lab", "Full speed"), None),
    (QT_TRANSLATE_NOOP("lab", "100 steps/s"), 100.0),
    (QT_TRANSLATE_NOOP("lab", "30 steps/s"), 30.0),
    (QT_TRANSLATE_NOOP("lab", "10 steps/s"), 10.0),
    (QT_TRANSLATE_NOOP("lab", "3 steps/s"), 3.0),
    (QT_TRANSLATE_NOOP("lab", "1 step/s"), 1.0),
]


class TransportBar(QWidget):
    train_toggled = Signal(bool)  # True: train, False: pause
    step_clicked = Signal()
    reset_clicked = Signal()
    speed_changed = Signal(object)  # steps per second, None for full speed

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.train_button = QPushButton(translate("lab", "Train"))
        self.train_button.setCheckable(True)
        self.train_button.setMinimumWidth(130)
        bold = QFont()
        bold.setBold(True)  # only the weight: the size still follows the app's font scale
        self.train_button.setFont(bold)
        self._apply_style()
        self.train_button.setToolTip(translate(
            "lab", "Train (Space): repeat training steps until paused. Each step shows the model a small batch "
            "of examples, measures its error (the loss) and nudges every weight to make it smaller."))
        self.step_button = QPushButton(translate("lab", "Step"))
        self.step_button.setToolTip(translate(
            "lab", "Step (Right arrow): exactly one training step, then pause, so you can see what one update "
            "changes."))
        self.reset_button = QPushButton(translate("lab", "Reset"))
        self.reset_button.setToolTip(translate(
            "lab", "Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the "
            "current settings and seed."))
        self.speed = QComboBox()
        for label, value in SPEEDS:
            self.speed.addItem(translate("lab", label), value)
        self.speed.setToolTip(translate("lab", "Slow training down to watch the model change step by step."))
        self.speed.setAccessibleName(translate("lab", "Training speed"))
        speed_label = QLabel(translate("lab", "Speed:"))
        speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.train_button, self.step_button, self.reset_button):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(speed_label)
        layout.addWidget(self.speed)
        self.train_button.toggled.connect(self._on_train_button_toggled)
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        self.speed.currentIndexChanged.connect(lambda _: self.speed_changed.emit(self.speed.currentData()))

    def _apply_style(self) -> None:
        # Its own focus ring while checked: the style's ring does not show on the blue.
        self.train_button.setStyleSheet(f"QPushButton:checked {{ background: {BLUE}; color: white; }} "
                                        f"QPushButton:checked:focus {{ border: 2px solid {INK}; }}")

    def changeEvent(self, event: QEvent) -> None:
        # A widget with a style sheet keeps the font it had when the sheet was set: set it again.
        if event.type() == QEvent.Type.FontChange:
            self._apply_style()
        super().changeEvent(event)

    def set_training(self, training: bool) -> None:
        """Show the training process's state without echoing it back as a command."""
        self.train_button.blockSignals(True)
        self.train_button.setChecked(training)
        self.train_button.blockSignals(False)
        self._label(training)

    def toggle(self) -> None:
        self.train_button.toggle()

    def _on_train_button_toggled(self, checked: bool) -> None:
        self._label(checked)
        self.train_toggled.emit(checked)

    def _label(self, training: bool) -> None:
        self.train_button.setText(translate("lab", "Pause") if training else translate("lab", "Train"))
