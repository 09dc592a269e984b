"""Controls that act on the model while it trains: beta, sampling from the prior, walking between examples."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox

from genviz.qt.number_format import local_number
from genviz.qt.translation import translate

BETAS = (0.0, 0.01, 0.03, 0.1, 0.3, 0.5, 1.0, 2.0, 4.0, 10.0)  # the slider's stops: the interesting range is wide
DEFAULT_BETA = 1.0
BETA_TIP = QT_TRANSLATE_NOOP(
    "vae",
    "β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). "
    "Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get "
    "worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map "
    "gets smooth and tidy, and images get blurrier. Changes take effect at the next training step."
)


def walk_hint() -> str:
    """What the walk's status says before any example is picked."""
    return translate("vae", "Click two examples on the latent map to walk from one to the other.")


class LiveControlsPanel(QGroupBox):
    beta_changed = Signal(float)
    sample_clicked = Signal()
    walk_clicked = Signal()

    def __init__(self) -> None:
        super().__init__(translate("vae", "While it trains"))
        form = QFormLayout(self)
        self.beta = QSlider(Qt.Orientation.Horizontal)
        self.beta.setRange(0, len(BETAS) - 1)
        self.beta.setValue(BETAS.index(DEFAULT_BETA))
        self.beta.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.beta.setPageStep(1)
        self.beta.setToolTip(translate("vae", BETA_TIP))
        self.beta.setAccessibleName(translate("vae", "β, the weight of the KL term"))
        self.beta_label = QLabel()
        self.beta_label.setMinimumWidth(60)
        self.beta_label.setToolTip(translate("vae", BETA_TIP))
        row = QHBoxLayout()
        row.addWidget(self.beta, 1)
        row.addWidget(self.beta_label)
        form.addRow(translate("vae", "β (KL weight)"), row)

        self.sample_button = QPushButton(translate("vae", "Sample from the prior"))
        self.sample_button.setToolTip(translate(
            "vae", "Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and "
                   "decode them: new images that are in no data set. Their codes appear on the map as black rings "
                   "with a cross, larger than the examples' markers."))
        form.addRow(self.sample_button)

        self.walk_status = QLabel(walk_hint())
        self.walk_status.setWordWrap(True)
        self.walk_button = QPushButton(translate("vae", "Walk again"))
        self.walk_button.setToolTip(translate(
            "vae", "Decode evenly spaced codes on the straight line between the two picked examples' codes, one "
                   "step at a time, with the model as it is now."))
        self.walk_button.setEnabled(False)
        self.pace = QSpinBox()
        self.pace.setRange(0, 2000)
        self.pace.setSingleStep(50)
        self.pace.setValue(150)
        self.pace.setSuffix(translate("vae", " ms"))
        self.pace.setToolTip(translate("vae", "How long each step of a walk is shown before the next one is decoded."))
        form.addRow(self.walk_status)
        form.addRow(self.walk_button)
        form.addRow(translate("vae", "Walk pace"), self.pace)

        self.beta.valueChanged.connect(self._on_beta_value_changed)
        self.sample_button.clicked.connect(self.sample_clicked)
        self.walk_button.clicked.connect(self.walk_clicked)
        self._show_beta()

    def beta_value(self) -> float:
        return BETAS[self.beta.value()]

    def show_beta(self, beta: float) -> None:
        """Move the slider to the stop nearest `beta` (a model file may hold any value in range)."""
        self.beta.setValue(min(range(len(BETAS)), key=lambda stop: abs(BETAS[stop] - beta)))

    def _show_beta(self) -> None:
        self.beta_label.setText(translate("vae", "β = {beta}").format(beta=local_number(self.beta_value(), "g")))

    def _on_beta_value_changed(self, _index: int) -> None:
        self._show_beta()
        self.beta_changed.emit(self.beta_value())
