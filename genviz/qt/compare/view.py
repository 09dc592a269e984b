"""The Compare lab: the same data through every family at once, each in its own training process with a fair share of
the cores, side by side. One column per family (its samples from a fixed seed, how it makes one, its loss), one row
that plays every family's generation together, the results table measured live, and "Is it a copy?".

The view draws the controller's combined snapshot (genviz/qt/compare/controller.py): {"families": {name: the
family's snapshot, see genviz/core/compare/session.py}}. Its requests name the family first:
request("neighbours", family, index); the answers come to family_answered.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genviz.core.compare.config import DATA_SETS, CompareConfig
from genviz.core.compare.families import FAMILIES, check_families
from genviz.core.compare.runner import SESSION
from genviz.core.errors import DataError
from genviz.core.host import SessionSpec
from genviz.core.settings import check_settings
from genviz.qt.compare.column import FamilyColumn, FamilyGrid
from genviz.qt.compare.controller import CompareController
from genviz.qt.compare.copy_panel import CopyPanel, real_examples_name
from genviz.qt.compare.player import ProcessPlayer
from genviz.qt.compare.results_table import ResultsTable
from genviz.qt.compare.settings_panel import CompareSettingsPanel
from genviz.qt.lab import LabView, splitter
from genviz.qt.style import scaled_font
from genviz.qt.tooltips import wrap_tooltips
from genviz.qt.translation import core_text, translate

HISTOGRAM_EVERY_S = 5.0  # while training, Is it a copy?'s histogram follows the table at most this often: it is the
#                         costliest plot to paint
DEMO_POSITION = 0.3  # the demo's screenshot shows the generation this far: diffusion half-way, Pixels a few rows in


class CompareLabView(LabView):
    title = QT_TRANSLATE_NOOP("lab", "Compare")
    summary = QT_TRANSLATE_NOOP("lab", "Every family on the same data at once, side by side: their samples, how each "
                                "makes one, a results table measured live, and Is it a copy?")
    keeps_timeline = False  # a comparison keeps no timeline: nothing to record

    def __init__(self) -> None:
        super().__init__()
        self.choice: CompareConfig | None = None  # the comparison asked for last
        self.family_columns: dict[str, FamilyColumn] = {}
        self.picked: tuple[str, int] | None = None  # the sample asked about: (family, index)
        self._waiting = False
        self._font_scale = 1.0
        self._histogram_drawn_at = -math.inf
        self.settings = CompareSettingsPanel()
        self.player = ProcessPlayer()
        self.table = ResultsTable()
        self.export_button = QPushButton(translate("compare", "Export table as CSV…"))
        self.export_button.setToolTip(translate(
            "compare", "Save the table's figures, unrounded, as a CSV file for a spreadsheet."))
        self.copy_panel = CopyPanel()
        self._layout()
        self.settings.apply_clicked.connect(self.reset_requested)
        self.settings.preset_chosen.connect(self._on_settings_preset_chosen)
        self.player.position_changed.connect(self._on_player_position_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def make_controller(self) -> CompareController:
        return CompareController(self)

    # Building
    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.settings)
        left_layout.addStretch(1)

        self.family_row = FamilyGrid()
        families = QWidget()
        families_layout = QVBoxLayout(families)
        families_layout.setContentsMargins(0, 0, 0, 0)
        families_layout.addWidget(self.family_row, 1)
        families_layout.addWidget(self.player)

        self.results_heading = QLabel(translate("compare", "Results"))
        self.results_heading.setToolTip(self.table.toolTip())
        results = self.results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(2, 2, 2, 2)
        heading = QHBoxLayout()
        heading.addWidget(self.results_heading)
        heading.addStretch(1)
        heading.addWidget(self.export_button)
        results_layout.addLayout(heading)
        results_layout.addWidget(self.table, 1)
        # The table as wide as its columns, never narrower nor wider: the rest of the row goes to Is it a copy?
        # When both do not fit beside the settings, the lab stacks its columns (LabView.set_columns); when they do
        # not fit even then, Is it a copy? goes under the table (_arrange).
        bottom = self.bottom = splitter(Qt.Orientation.Horizontal, [results, self.copy_panel])
        bottom.installEventFilter(self)  # a new narrowest width (wider figures, a longer legend): arrange again
        main = splitter(Qt.Orientation.Vertical, [families, bottom], [620, 320])
        self.set_columns([left, main], [290, 1300])

    def _build_columns(self, families: tuple[str, ...]) -> None:
        """One column per family, in the order chosen; the same families keep their columns."""
        if tuple(self.family_columns) == families:
            for column in self.family_columns.values():
                column.forget()
            return
        self.family_columns = {}
        for name in families:
            column = FamilyColumn(name)
            column.set_font_scale(self._font_scale)
            column.sample_clicked.connect(self.pick_sample)
            for widget in column.widgets:
                wrap_tooltips(widget)
            self.family_columns[name] = column
        self.family_row.set_columns(list(self.family_columns.values()))

    # LabView
    def session_specs(self) -> dict[str, SessionSpec]:
        """Each chosen family's session on the chosen data; one sentence for a choice that cannot be compared."""
        choice = self.settings.config()
        check_settings(choice)
        check_families(choice.families, choice.data)
        self.settings.pending.mark_applied(choice)
        self.choice = choice
        return {name: SessionSpec(SESSION, (name, choice.data, choice.train_images, choice.seed))
                for name in choice.families}

    def training_panels(self) -> dict[str, QWidget]:
        panels: dict[str, QWidget] = {}
        for name, column in self.family_columns.items():
            panels.update({f"{name}_grid": column.grid_stack.currentWidget(), f"{name}_loss": column.loss,
                           f"{name}_steps": column.status})
        return panels

    def run_started(self) -> None:
        """A new comparison: a column per chosen family, an empty table, no sample asked about."""
        families = self.choice.families if self.choice is not None else ()
        self._build_columns(families)
        self.table.start({name: core_text(FAMILIES[name].title) for name in families})
        self.copy_panel.forget()
        self.picked = None
        self._waiting = False
        self.player.set_longest(1)

    def column_started(self, family: str) -> None:
        """A family's session began: its column starts empty."""
        if family in self.family_columns:
            self.family_columns[family].forget()

    def column_failed(self, family: str, message: str) -> None:
        if family in self.family_columns:
            self.family_columns[family].show_failure(message)
        self.table.wait_no_more(family)

    def draw(self, snapshot: dict[str, Any]) -> Iterator[None]:
        for name, snap in snapshot["families"].items():
            column = self.family_columns.get(name)
            if column is None or snap is None or snap is column.snapshot:
                continue
            yield from column.draw(snap, self.player.position)
            self.player.set_longest(max(c.process_steps for c in self.family_columns.values()))
            metrics = snap["metrics"]
            if metrics is not None and metrics is not self.table.rows.get(name):
                self.table.show_row(name, snap["kind"], metrics)
                yield
            due = not snap["training"] or time.perf_counter() - self._histogram_drawn_at >= HISTOGRAM_EVERY_S
            if self.copy_panel.family in (None, name) and metrics is not None and due and self._show_histogram(name):
                self._histogram_drawn_at = time.perf_counter()
                yield

    def family_answered(self, family: str, name: str, result: Any) -> None:
        if name == "neighbours" and self.picked == (family, result["index"]):
            self._waiting = False
            column = self.family_columns[family]
            self.copy_panel.show_neighbours(column.title_text, result, column.kind)
            self._show_histogram(family)

    def family_request_failed(self, family: str, name: str, message: str) -> None:
        self._waiting = False
        self.message.emit(translate("compare", "{family}: {message}").format(
            family=core_text(FAMILIES[family].title), message=message))

    def open_file(self, path: Path) -> None:
        if not path.is_dir():
            self.message.emit(translate("compare", "The Compare lab learns from a folder of images: drop the folder "
                                        "that holds {name}, not the file.").format(name=path.name))
            return
        self.settings.add_folder(path)
        self.reset_requested.emit()

    def select_data(self, data: str) -> None:
        if self.settings.data.select(data):
            return
        if not Path(data).expanduser().is_dir():
            raise DataError(f"The Compare lab has no data set called {data}: choose {', '.join(DATA_SETS)} or a "
                            "folder of images.")
        self.settings.add_folder(Path(data).expanduser())

    def start_demo(self) -> None:
        """Ask Is it a copy? of a diffusion sample (else the first family's), and stop the generation part-way."""
        if not self.family_columns:
            return
        name = "diffusion" if "diffusion" in self.family_columns else next(iter(self.family_columns))
        self.player.slider.setValue(round(DEMO_POSITION * self.player.slider.maximum()))
        self.pick_sample(name, 0)

    def demo_running(self) -> bool:
        return self._waiting

    def set_font_scale(self, scale: float) -> None:
        self._font_scale = scale
        for column in self.family_columns.values():
            column.set_font_scale(scale)
        self.copy_panel.set_font_scale(scale)
        self.results_heading.setFont(scaled_font(scale, 1.35, bold=True))

    def _arrange(self) -> None:
        """LabView's arrangement, after Is it a copy? has gone beside the table where the two fit the lab's width
        at their narrowest, else under it (the table then as high as its rows, and the lab scrolls)."""
        if self.columns is None:
            return
        results, copies = self.results.minimumSizeHint().width(), self.copy_panel.minimumSizeHint().width()
        room = self.page.viewport().width() - self.page.verticalScrollBar().sizeHint().width()  # when stacked
        beside = results + copies + self.bottom.handleWidth() <= room
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.bottom.orientation() != orientation:
            self.bottom.setOrientation(orientation)
        self.table.setMinimumHeight(0 if beside else self.table.rows_height())
        super()._arrange()
        if beside:
            total = sum(self.bottom.sizes())
            self.bottom.setSizes([results, max(copies, total - results)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bottom and event.type() == QEvent.Type.LayoutRequest:
            self._arrange_timer.start()  # LabView: side by side while every column fits at its narrowest
        return super().eventFilter(watched, event)

    # Actions
    def pick_sample(self, family: str, index: int) -> None:
        """Is it a copy? for sample `index` of the family's grid."""
        self.picked = (family, index)
        self._waiting = True
        for name, column in self.family_columns.items():
            column.mark(index if name == family else None)
        self.copy_panel.asking(self.family_columns[family].title_text, index)
        self.request("neighbours", family, index)

    def export_table(self, path: Path) -> None:
        try:
            self.table.export_csv(path)
        except OSError as error:
            self.message.emit(translate("compare", "Could not write {path}: {reason}.").format(
                path=path, reason=error.strerror or error))

    # Helpers
    def _show_histogram(self, family: str) -> bool:
        """The copy panel's histogram for the family's newest row; whether it was drawn again."""
        snap = self.family_columns[family].snapshot
        if snap is None:
            return False
        data = self.choice.data if self.choice is not None else ""
        return self.copy_panel.show_histogram(family, self.family_columns[family].title_text, snap["nn_distances"],
                                              snap["nn_real_distances"], real_examples_name(data))

    # Handlers
    def _on_settings_preset_chosen(self) -> None:
        self.reset_requested.emit()
        self.train_requested.emit()

    def _on_player_position_changed(self, position: int) -> None:
        for column in self.family_columns.values():
            column.show_process_at(position)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("compare", "Export the results table"), "compare.csv",
                                              translate("compare", "CSV files (*.csv)"))
        if path:
            self.export_table(Path(path))
