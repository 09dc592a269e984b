"""The results table: one row per family, the figures of genviz/core/compare/metrics.py as they are measured again
while the families train, with headers whose tooltips say what each figure means; exported as CSV. Until every
family has its first figures, the room under the rows says when they come."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from genviz.qt.number_format import local_format, local_number
from genviz.qt.tooltips import wrapped
from genviz.qt.translation import translate

Cell = Callable[[dict[str, Any]], str]


def _number(key: str, form: str) -> Cell:
    return lambda row: "—" if row.get(key) is None else local_number(row[key], form)


def _of(key: str, total: str | int) -> Cell:
    def cell(row: dict[str, Any]) -> str:
        if row.get(key) is None:
            return "—"
        whole = row.get(total) if isinstance(total, str) else total
        return local_format(translate("compare", "{count} of {total}"), count=row[key], total=whole)
    return cell


# (key in the metrics row, header, tooltip, how a cell is written); the header and tooltip translated where shown
COPIES = ("copies", QT_TRANSLATE_NOOP("compare", "Copies\n(samples)"), QT_TRANSLATE_NOOP(
    "compare", "The share of samples that are near-copies of a training image: its nearest training image is closer "
    "than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned "
    "patterns stays near the real examples' share; one that memorised hands back copies."), _number("copies", ".1%"))
BASELINE = ("copies_real_baseline", QT_TRANSLATE_NOOP("compare", "Copies\n(real)"), QT_TRANSLATE_NOOP(
    "compare", "The same copy rule applied to real examples the families never trained on, against the training "
    "images: the share a model that makes new images should be near."), _number("copies_real_baseline", ".1%"))
COST = (
    ("ms_per_sample", QT_TRANSLATE_NOOP("compare", "ms per\nsample"), QT_TRANSLATE_NOOP(
        "compare", "Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine "
        "while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many."),
        _number("ms_per_sample", ".2f")),
    ("parameters", QT_TRANSLATE_NOOP("compare", "Weights"),
     QT_TRANSLATE_NOOP("compare", "How many numbers the family's networks learn."),
     _number("parameters", ",")),
    ("steps", QT_TRANSLATE_NOOP("compare", "Steps"), QT_TRANSLATE_NOOP(
        "compare", "Training steps the family had taken when these figures were measured. All train for the same "
        "time, so a slower step means fewer of them."), _number("steps", ",")),
)
COLUMNS: dict[str, tuple[tuple[str, str, str, Cell], ...]] = {
    "images": (
        ("quality", QT_TRANSLATE_NOOP("compare", "Quality"), QT_TRANSLATE_NOOP(
            "compare", "How recognisable the samples are: the share that a digit classifier (trained in the app on "
            "real digits) names with at least 90% confidence, divided by the same share for real digits it never "
            "saw. 1 means as recognisable as real digits."), _number("quality", ".2f")),
        ("classes", QT_TRANSLATE_NOOP("compare", "Classes"), QT_TRANSLATE_NOOP(
            "compare", "How many of the 10 digits make up at least 1% of the confidently named samples: a family "
            "that makes only some digits has missed the others."), _of("classes", 10)),
        ("evenness", QT_TRANSLATE_NOOP("compare", "Evenness"), QT_TRANSLATE_NOOP(
            "compare", "How evenly the samples spread over the digits: the entropy of their histogram divided by log "
            "10. 1 when every digit comes out equally often, 0 when only one does."), _number("evenness", ".2f")),
        COPIES, BASELINE, *COST),
    "points": (
        ("modes", QT_TRANSLATE_NOOP("compare", "Modes\ncovered"), QT_TRANSLATE_NOOP(
            "compare", "How many of the data set's blobs (modes) have samples near them: a family that covers only "
            "some has collapsed onto those."), _of("modes", "modes_total")),
        ("near_mode", QT_TRANSLATE_NOOP("compare", "Near\na mode"), QT_TRANSLATE_NOOP(
            "compare", "The share of samples close to one of the blobs: the rest fell between them."),
         _number("near_mode", ".0%")),
        COPIES, BASELINE, *COST),
}
# Figures as wide as a run's get: the columns are this wide from the start, so that they need not widen while the
# families train (a wider table resizes the panels beside it, and a resized plot repaints in full: a stall).
WIDEST = {"quality": 8.88, "classes": 10, "evenness": 0.88, "copies": 0.888, "copies_real_baseline": 0.888,
          "ms_per_sample": 888.88, "parameters": 8_888_888, "steps": 88_888, "modes": 88, "modes_total": 88,
          "near_mode": 0.88}
FAMILY_HEADER = QT_TRANSLATE_NOOP("compare", "Family")
FAMILY_TIP = QT_TRANSLATE_NOOP("compare", "Each family trains on the same data, for the same time, with a fair share "
                               "of the cores.")
# Where the fork server has not loaded the digit judge yet (just after launch; on macOS and Windows, ever), the first
# figures come 10-15 s after Train: each family fits its own judge first.
WAITING = QT_TRANSLATE_NOOP("compare", "Each family's first figures come some seconds after it starts training, then "
                            "new ones every few seconds.")


class ResultsTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.setToolTip(translate(
            "compare", "The figures of each family, measured again every few seconds from new samples while they "
            "train: rest the mouse on a family's name for how many. Rest it on a column's header to read what it "
            "means."))
        self.setAccessibleName(translate("compare", "Results"))
        self.kind = "images"
        self.families: list[str] = []
        self.titles: dict[str, str] = {}
        self.rows: dict[str, dict[str, Any] | None] = {}
        self.waiting: set[str] = set()  # families whose first figures are still to come
        self._set_columns("images")

    def start(self, families: dict[str, str]) -> None:
        """Empty rows for these families (name: title), in the columns' order, each column as wide as its widest
        figure."""
        self.families, self.titles = list(families), dict(families)
        self.rows = dict.fromkeys(families)
        self.waiting = set(families)
        self.viewport().update()
        self.setRowCount(len(families))
        for row, title in enumerate(families.values()):
            item = QTableWidgetItem(title)
            item.setToolTip(wrapped(translate("compare", FAMILY_TIP)))
            self.setItem(row, 0, item)
            for column in range(1, self.columnCount()):
                self.setItem(row, column, self._cell("—"))
        self._fit_widest()

    def show_row(self, name: str, kind: str, row: dict[str, Any]) -> None:
        if kind != self.kind:
            self._set_columns(kind)
            self.start(self.titles)
            for other, values in self.rows.items():
                if values is not None and other != name:
                    self.show_row(other, kind, values)
        self.rows[name] = row
        self.wait_no_more(name)
        index = self.families.index(name)
        if row.get("samples") is not None:
            self.item(index, 0).setToolTip(wrapped(translate(
                "compare", "{tip} These figures: {count} samples, after {steps} training steps.").format(
                tip=translate("compare", FAMILY_TIP), count=local_number(row["samples"], ","),
                steps=local_number(row["steps"], ","))))
        for column, (_, _, _, cell) in enumerate(COLUMNS[kind], start=1):
            self.item(index, column).setText(cell(row))
        self._widen_columns()

    def wait_no_more(self, name: str) -> None:
        """The family's figures came, or never will (its training process failed)."""
        if name in self.waiting:
            self.waiting.discard(name)
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows, then under them, while figures are still to come, when they come (painted: a label would
        resize the table, and the panels beside it with it)."""
        super().paintEvent(event)
        if not self.waiting:
            return
        rows = self.rowCount()
        top = self.rowViewportPosition(rows - 1) + self.rowHeight(rows - 1) if rows else 0
        margin = self.fontMetrics().averageCharWidth()
        room = self.viewport().rect().adjusted(margin, top + margin, -margin, -margin)
        if room.height() < self.fontMetrics().height():
            return
        start = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeading)  # right in Arabic
        QPainter(self.viewport()).drawText(room, start | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                           translate("compare", WAITING))

    def minimumSizeHint(self) -> QSize:
        """As wide as its columns: every header and figure readable, none behind a sideways scroll bar (the lab
        gives the copy panel less room, or stacks its columns, instead)."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._columns_width()), hint.height())

    def rows_height(self) -> int:
        """The height that shows the header and every row."""
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return self.horizontalHeader().height() + rows + 2 * self.frameWidth()

    def _columns_width(self) -> int:
        width = self.horizontalHeader().length() + 2 * self.frameWidth()
        if self.verticalScrollBar().isVisible():
            width += self.verticalScrollBar().width()
        return width

    def text(self, name: str, key: str) -> str:
        """The cell shown for a family's figure."""
        keys = [column[0] for column in COLUMNS[self.kind]]
        return self.item(self.families.index(name), keys.index(key) + 1).text()

    def export_csv(self, path: Path) -> None:
        """The table's figures as they are, unrounded, one row per family (empty where not measured). Raises OSError."""
        keys = [column[0] for column in COLUMNS[self.kind]]
        with path.open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["family", *keys])
            for name in self.families:
                row = self.rows.get(name) or {}
                writer.writerow([name, *("" if row.get(key) is None else row[key] for key in keys)])

    def _set_columns(self, kind: str) -> None:
        self.kind = kind
        columns = COLUMNS[kind]
        self.setColumnCount(len(columns) + 1)
        for index, (_, header, tip, _) in enumerate((("family", FAMILY_HEADER, FAMILY_TIP, None), *columns)):
            item = QTableWidgetItem(translate("compare", header))
            item.setToolTip(wrapped(translate("compare", tip)))
            self.setHorizontalHeaderItem(index, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_widest()  # the text's size changed (the style came when the table was first shown)
        return handled

    def _fit_widest(self) -> None:
        """Each column as wide as its header and the widest figure a run shows (WIDEST), or its own if wider."""
        shown = {(row, column): item.text() for row in range(self.rowCount()) for column in range(1, self.columnCount())
                 if (item := self.item(row, column)) is not None}
        for row, column in shown:
            self.item(row, column).setText(COLUMNS[self.kind][column - 1][3](WIDEST))
        self.resizeColumnsToContents()
        for (row, column), text in shown.items():
            self.item(row, column).setText(text)
        self._widen_columns()
        self.updateGeometry()

    def _widen_columns(self) -> None:
        """A column too narrow for a figure (a longer run than WIDEST foresaw) widens; none narrows while a run
        goes on. The layout hears of a new width."""
        widened = False
        for column in range(self.columnCount()):
            wanted = max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))
            if wanted > self.columnWidth(column):
                self.setColumnWidth(column, wanted)
                widened = True
        if widened:
            self.updateGeometry()

    @staticmethod
    def _cell(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
