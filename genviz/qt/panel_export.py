"""Any panel of the app for a slide or a spreadsheet: right-click a plot or picture for "Save picture…" (a PNG
at twice the screen's resolution, so it stays sharp on a projector) and, where the panel draws curves (the loss
plots), "Save curves as CSV…". configure_plot gives every plot of the app this menu; a failed write is one
sentence in the window's banner."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from genviz.core.errors import GenvizError, OutputError
from genviz.core.safe_files import write_atomically
from genviz.qt.translation import core_sentence, translate

SLIDE_SCALE = 2  # pixels of the PNG per pixel of the panel on screen


def picture_of(widget: QWidget, scale: float = SLIDE_SCALE) -> QImage:
    """The widget, its children included, drawn afresh `scale` times larger (text and lines are drawn at that
    resolution, not enlarged), on white."""
    image = QImage(widget.size() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    QWidget.render(widget, image)  # a plot's own render() is QGraphicsView's, which draws the scene only
    return image


def named_curves(plot: pg.PlotWidget) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """label -> (x, y) of each curve the plot draws as a line and names in its legend (scatter points are no
    curve), in the order they were added; empty curves are left out."""
    curves: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for item in plot.getPlotItem().listDataItems():
        if not isinstance(item, pg.PlotDataItem) or item.opts.get("pen") is None or not item.name():
            continue
        x, y = item.getOriginalDataset()
        if x is not None and len(x):
            curves[item.name()] = (np.asarray(x), np.asarray(y))
    return curves


def axis_label(plot: pg.PlotWidget, side: str, default: str) -> str:
    return plot.getPlotItem().getAxis(side).labelText or default


def write_curves_csv(plot: pg.PlotWidget, path: str | Path) -> Path:
    """One row per point: the curve's label, then its x (the step, on a loss plot) and y, headed by the axes'
    labels; the curves one after another. OutputError when it cannot be written."""
    curves = named_curves(plot)
    if not curves:
        raise OutputError(translate("lab", "This panel has no curves to save yet."))
    header = [translate("lab", "curve"), axis_label(plot, "bottom", "x"), axis_label(plot, "left", "y")]
    return write_csv(path, header, [(label, a, b) for label, (x, y) in curves.items()
                                    for a, b in zip(x.tolist(), y.tolist(), strict=True)])


def write_csv(path: str | Path, header: list[str], rows: list[tuple]) -> Path:
    """A table with its header row, numbers written as _number does; OutputError when it cannot be written."""
    def write(temporary: Path) -> None:
        with open(temporary, "w", newline="", encoding="utf-8") as stream:
            table = csv.writer(stream)
            table.writerow(header)
            table.writerows([_number(cell) if isinstance(cell, float) else cell for cell in row] for row in rows)

    return write_atomically(path, write)


def _number(value: float) -> int | float | str:
    """Whole steps as whole numbers; NaN (no value yet) as an empty cell."""
    if value != value:  # NaN
        return ""
    return int(value) if float(value).is_integer() else value


def write_picture(widget: QWidget, path: str | Path, scale: float = SLIDE_SCALE) -> Path:
    """The widget as a PNG `scale` times its size on screen; OutputError when it cannot be written."""
    image = picture_of(widget, scale)

    def write(temporary: Path) -> None:
        if not image.save(str(temporary), "PNG"):
            raise OSError(f"Qt could not write a PNG image to {temporary}")

    return write_atomically(path, write)


def panel_title(plot: pg.PlotWidget) -> str:
    """The panel's title as a file name: "Loss by noise level" -> loss_by_noise_level."""
    text = re.sub(r"<[^>]*>", "", plot.getPlotItem().titleLabel.text or "")
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "panel"


def tell(widget: QWidget, sentence: str) -> None:
    """One sentence in the banner of the window the widget is in (through its lab, which the window listens
    to); a panel on its own says it in a message box."""
    lab = lab_of(widget)
    if lab is not None:
        lab.message.emit(sentence)
        return
    banner = getattr(widget.window(), "banner", None)
    if banner is not None:
        banner.show_message(sentence)
    else:
        QMessageBox.warning(widget, "genviz", sentence)


def save_as(widget: QWidget, save: Callable[[], Path]) -> Path | None:
    """Run `save`; a failure the user can cause (an unwritable folder, a full disk) is told, not raised."""
    try:
        return save()
    except GenvizError as error:
        tell(widget, core_sentence(error.sentence))
        return None


def panel_menu(plot: pg.PlotWidget) -> QMenu:
    """The right-click menu of a panel."""
    menu = QMenu(plot)
    picture = menu.addAction(translate("lab", "Save picture…"))
    picture.setToolTip(translate("lab", "Save this panel as a PNG image at {scale}x its size on screen, sharp on a "
                                 "slide.").format(scale=SLIDE_SCALE))
    picture.triggered.connect(lambda: _ask_and_save_picture(plot))
    if named_curves(plot):
        curves = menu.addAction(translate("lab", "Save curves as CSV…"))
        curves.setToolTip(translate("lab", "Save the points of this panel's curves as a table (curve, step, value) "
                                    "for a spreadsheet."))
        curves.triggered.connect(lambda: _ask_and_save_curves(plot))
    lab, panel = training_panel_of(plot)
    if lab is not None:
        record = menu.addAction(translate("lab", "Record the timeline…"))
        record.setToolTip(translate("lab", "Save this panel at every step the lab kept, as an animated GIF (or MP4) "
                                    "for a slide: how the model learnt."))
        record.triggered.connect(lambda: _ask_and_record(lab, panel))
    menu.setToolTipsVisible(True)
    return menu


def lab_of(widget: QWidget) -> Any:
    """The lab view a widget is in, or None."""
    from genviz.qt.lab import LabView  # here: the lab module imports the plots, which import this one

    while widget is not None and not isinstance(widget, LabView):
        widget = widget.parentWidget()
    return widget


def training_panel_of(widget: QWidget) -> tuple[Any, str]:
    """(the lab view, the name its timeline replays the panel by) of a widget inside one of a lab's training
    panels; (None, "") when it is not in one, or its lab keeps no timeline."""
    lab = lab_of(widget)
    if lab is None or not lab.keeps_timeline:
        return None, ""
    for name, panel in lab.training_panels().items():
        if panel is widget or panel.isAncestorOf(widget):
            return lab, name
    return None, ""


def _ask_and_record(lab: Any, panel: str) -> None:
    path, _ = QFileDialog.getSaveFileName(lab, translate("lab", "Record the timeline"), f"{panel}.gif",
                                          translate("lab", "Animations (*.gif *.mp4)"))
    if path:
        lab.record_requested.emit(panel, path)


def add_panel_menu(plot: pg.PlotWidget) -> None:
    """Right-click on the panel opens panel_menu (pyqtgraph's own menu stays off: it speaks of view boxes and
    exporters, not of slides)."""
    plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    plot.customContextMenuRequested.connect(lambda position: _on_plot_context_menu_requested(plot, position))


def _on_plot_context_menu_requested(plot: pg.PlotWidget, position: QPoint) -> None:
    menu = panel_menu(plot)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(plot.mapToGlobal(position))


def _ask_and_save_picture(plot: pg.PlotWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(plot, translate("lab", "Save the panel as a picture"),
                                          f"{panel_title(plot)}.png", translate("lab", "PNG images (*.png)"))
    if path:
        save_as(plot, lambda: write_picture(plot, path))


def _ask_and_save_curves(plot: pg.PlotWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(plot, translate("lab", "Save the curves as a table"),
                                          f"{panel_title(plot)}.csv", translate("lab", "CSV tables (*.csv)"))
    if path:
        save_as(plot, lambda: write_curves_csv(plot, path))
