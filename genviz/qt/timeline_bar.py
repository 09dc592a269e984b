"""The training timeline beside the transport bar: drag back through the steps the lab kept, and every panel shows
the model as it was then, while training goes on; End comes back to now; "Train from here" starts again there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from genviz.qt.number_format import local_format, local_number
from genviz.qt.panel_export import save_as, write_csv
from genviz.qt.style import BLUE, INK, VERMILLION, YELLOW, color
from genviz.qt.translation import core_sentence, translate


class TimelineSlider(QSlider):
    """One position per kept step, oldest on the left (on the right, right to left), and a last one for now; the
    kept steps' loss drawn faintly along the groove, so the class sees where the model learnt fast, and the tracked
    quantity boldly on its own fixed scale, so the moment the model "gets it" is a jump."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.losses = np.empty(0)
        self.tracked = np.empty(0)
        self.tracked_scale = (0.0, 1.0)
        self.setPageStep(4)

    def sizeHint(self) -> QSize:
        """Tall enough for the curves to show their shape."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), int(2.6 * self.fontMetrics().height())))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def set_losses(self, losses: np.ndarray) -> None:
        self.losses = losses
        self.update()

    def set_tracked(self, values: np.ndarray, low: float, high: float) -> None:
        self.tracked, self.tracked_scale = values, (low, high)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        finite = self.losses[np.isfinite(self.losses)]
        if self.maximum() > 0:
            painter = QPainter(self)
            if len(finite) > 1:
                low, high = float(finite.min()), float(finite.max())
                self._draw_curve(painter, self.losses, low, high, QPen(color(BLUE, 150), 2))
            self._draw_curve(painter, self.tracked, *self.tracked_scale, QPen(color(VERMILLION), 3))
            painter.end()
        super().paintEvent(event)

    def _draw_curve(self, painter: QPainter, values: np.ndarray, low: float, high: float, pen: QPen) -> None:
        """`values` (one per kept step, NaN where unknown) along the groove, `low` at the bottom, `high` at the top."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderGroove, self)
        span = high - low or 1.0
        # Right to left (Arabic), the oldest step is on the right, as the handle's positions are.
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        points = [QPointF(groove.left() + groove.width() * (self.maximum() - i if mirrored else i) / self.maximum(),
                          self.height() - 3 - (self.height() - 6) * (value - low) / span)
                  for i, value in enumerate(values) if np.isfinite(value)]
        if len(points) > 1:
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))


class TimelineBar(QWidget):
    view_requested = Signal(object)  # a kept step to show, or None for now
    branch_requested = Signal(int)  # train again from this kept step

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[int] = []
        self._summary: Any = None  # the snapshot's timeline last shown: redrawn only when a new one comes
        self._viewing: int | None = None
        self.title = QLabel(translate("lab", "Timeline"))
        self.title.setToolTip(translate(
            "lab", "The steps this model kept while it trained: every step at first, then ever further apart. The "
            "blue line is the training loss at each; the red line is the quantity named beside it, measured at each "
            "kept step."))
        self.slider = TimelineSlider()
        self.slider.setToolTip(translate(
            "lab", "Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; "
            "training goes on meanwhile. The right end (End key) is now."))
        self.slider.setAccessibleName(translate("lab", "Timeline"))
        self.slider.setMinimumWidth(120)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.slider.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.slider.customContextMenuRequested.connect(self._on_slider_context_menu_requested)
        self.tracked = QLabel()  # the red curve's name and its value at the step shown
        self.tracked.setStyleSheet(f"color: {VERMILLION}; font-weight: bold;")
        self.tracked.setToolTip(translate(
            "lab", "One quantity measured at every kept step, drawn as the red line on the timeline: watch for the "
            "moment the model gets it. In the Text lab, probe a word to follow its probability."))
        self.tracked.hide()
        self._tracked: dict[str, Any] | None = None
        # A strip of its own under the bar, shown only while the pictures are of the past: the class must not
        # take them for the model as it is.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"background: {YELLOW}; color: {INK}; padding: 4px 10px;")
        self.notice.setToolTip(translate("lab", "Which step the pictures show."))
        self.notice.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # takes what its row leaves
        self.live_button = QPushButton(translate("lab", "Go live"))
        self.live_button.setToolTip(translate("lab", "Back to the model as it is now (End)."))
        self.live_button.clicked.connect(self.go_live)
        self.branch_button = QPushButton(translate("lab", "Train from here"))
        self.branch_button.setToolTip(translate(
            "lab", "Start training again from the step shown: what the model learnt after it is forgotten."))
        self.branch_button.clicked.connect(lambda: self.branch_requested.emit(self._viewing))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.tracked)
        layout.addWidget(self.live_button)
        layout.addWidget(self.branch_button)
        self.show_snapshot(None)

    @property
    def viewing(self) -> int | None:
        """The kept step asked for, None while the slider is at now."""
        return self._viewing

    def show_snapshot(self, snapshot: dict[str, Any] | None) -> None:
        """The kept steps, and which one the pictures show, as the lab's newest snapshot says."""
        summary = None if snapshot is None else snapshot.get("timeline")
        self.setVisible(summary is not None or snapshot is None)
        self.setEnabled(summary is not None)
        if summary is None:
            self.steps, self._summary = [], None
            self._set_slider(0, 0)
            self.notice.hide()
            self._show_tracked(None, None)
            self._update_buttons()
            return
        if summary is not self._summary:
            self._summary = summary
            self.steps = [int(step) for step in summary[:, 0]]
            self.slider.set_losses(summary[:, 1])
        position = len(self.steps) if self._viewing is None else self._index(self._viewing)
        self._set_slider(len(self.steps), position)
        shown = snapshot.get("viewing")
        if shown is not None:
            if snapshot.get("training"):
                text = translate("lab", "The pictures show step {step:,} of {live:,}: the past, while training goes "
                                 "on. Press End to go live.")
            else:
                text = translate("lab", "The pictures show step {step:,} of {live:,}: the past. Press End to go live.")
            self.notice.setText(local_format(text, step=shown, live=snapshot.get("live_step", shown)))
        self.notice.setVisible(shown is not None)
        self._show_tracked(snapshot.get("tracked"), shown)
        self._update_buttons()

    def _show_tracked(self, tracked: dict[str, Any] | None, shown: int | None) -> None:
        if tracked is not self._tracked:
            self._tracked = tracked
            if tracked is None:
                self.slider.set_tracked(np.empty(0), 0.0, 1.0)
            else:
                self.slider.set_tracked(tracked["values"], tracked["low"], tracked["high"])
        values = np.empty(0) if tracked is None else tracked["values"]
        index = len(values) - 1 if shown is None else self._index(shown)
        if not 0 <= index < len(values) or not np.isfinite(values[index]):
            self.tracked.hide()
            return
        value = values[index]
        number = local_number(value, ".2f" if tracked["high"] <= 1 else ".0f")
        self.tracked.setText(translate("lab", "{name}: {value}").format(name=core_sentence(tracked["name"]),
                                                                         value=number))
        self.tracked.show()

    def go_live(self) -> None:
        self.slider.setValue(self.slider.maximum())

    def forget(self) -> None:
        """A new run: back to now."""
        self._viewing = None
        self._summary = None

    def follow(self, snapshot: dict[str, Any] | None) -> None:
        """Another lab is shown: its own step, past or now."""
        self.forget()
        self._viewing = None if snapshot is None else snapshot.get("viewing")
        self.show_snapshot(snapshot)

    def _index(self, step: int) -> int:
        return int(np.argmin([abs(kept - step) for kept in self.steps])) if self.steps else 0

    def _set_slider(self, maximum: int, value: int) -> None:
        self.slider.blockSignals(True)  # the snapshot moves the handle, not the user
        self.slider.setMaximum(maximum)
        self.slider.setValue(value)
        self.slider.blockSignals(False)

    def _update_buttons(self) -> None:
        self.live_button.setEnabled(self._viewing is not None)
        self.branch_button.setEnabled(self._viewing is not None)

    def write_csv(self, path: str) -> Path:
        """The kept steps as a table: step, training loss and the tracked quantity at each."""
        losses = [] if self._summary is None else self._summary[:, 1].tolist()
        tracked = [] if self._tracked is None else self._tracked["values"].tolist()
        header = [translate("lab", "step"), translate("lab", "training loss")]
        if tracked:
            header.append(core_sentence(self._tracked["name"]))
        rows = [(step, loss, *tracked[i:i + 1]) for i, (step, loss) in enumerate(zip(self.steps, losses, strict=True))]
        return write_csv(path, header, rows)

    def _on_slider_context_menu_requested(self, position) -> None:
        menu = QMenu(self.slider)
        action = menu.addAction(translate("lab", "Save the timeline as CSV…"))
        action.setEnabled(bool(self.steps))
        if menu.exec(self.slider.mapToGlobal(position)) is action:
            path, _ = QFileDialog.getSaveFileName(self, translate("lab", "Save the timeline as a table"),
                                                  "timeline.csv", translate("lab", "CSV tables (*.csv)"))
            if path:
                save_as(self, lambda: self.write_csv(path))

    def _on_slider_value_changed(self, value: int) -> None:
        viewing = None if value >= len(self.steps) else self.steps[value]
        if viewing != self._viewing:
            self._viewing = viewing
            self._update_buttons()
            self.view_requested.emit(viewing)
