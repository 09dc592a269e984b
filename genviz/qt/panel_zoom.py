"""Double-click a plot or picture to enlarge its panel to the whole lab; Esc, or another double-click, brings every
panel back as it was. One mechanism for every lab: its panels are named in genviz/core/lesson.py's PANELS (a lesson
step enlarges one by that name) and found in its view through PANEL_WIDGETS.

While enlarged, the panel moves into a page of its own that takes the place of the lab's columns; the columns stay
under it untouched, hidden with the page that holds them. So whatever a lesson, presenter mode or the lab itself hid
stays hidden, the lab goes on showing and hiding its own widgets, and the panel goes back to the very place it left
(its slot and stretch in its layout, or its splitter's sizes). The transport bar, the timeline and a lesson's caption
belong to the window, not to the lab: they stay, so the class can still train, step and scrub while one panel fills
the screen, as a teacher zooming in on a slide would expect.

A double-click is passed on to the widget after it enlarges the panel: what a click does there (pick a point of the
VAE's latent map, a bar of the next-token chart) it still does. Controls keep their own double-click (a word selected
in a text field, a spin box's arrows), and so does the GAN's plane while the class draws points on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from genviz.qt.lab import LabView
from genviz.qt.translation import translate

Finder = Callable[[LabView], QWidget]

# lab -> the panel of each name in genviz/core/lesson.py's PANELS. A panel is what a class reads as one picture: a
# plot, a picture, or a group with its own controls; a stack of pages (a lab that draws points or images) is one panel.
PANEL_WIDGETS: dict[str, dict[str, Finder]] = {
    "text": {"probabilities": lambda view: view.probabilities, "loss": lambda view: view.loss_plot,
             "attention": lambda view: view.attention},
    "gan": {"pictures": lambda view: view.pictures, "losses": lambda view: view.duel.losses,
            "verdicts": lambda view: view.duel.verdicts},
    "diffusion": {"forward": lambda view: view.forward, "reverse": lambda view: view.reverse,
                  "loss": lambda view: view.losses.loss_plot, "loss_by_t": lambda view: view.losses.by_t},
    "vae": {"latent_map": lambda view: view.latent_map, "walk": lambda view: view.walk_row,
            "reconstructions": lambda view: view.reconstruction_stack,
            "manifold": lambda view: view.manifold_stack, "data_space": lambda view: view.manifold_stack,
            "samples": lambda view: view.sample_panel, "loss": lambda view: view.loss_plot},
    "pixels": {"canvas": lambda view: view.canvas, "next_pixel": lambda view: view.bars,
               "samples": lambda view: view.samples, "loss": lambda view: view.loss_plot},
    "compare": {"families": lambda view: view.family_row, "results": lambda view: view.table.parentWidget(),
                "copy": lambda view: view.copy_panel},
}
# (lab, panel) -> whether the mouse draws on the panel now: a quick second click then adds points, it does not enlarge
MOUSE_DRAWS: dict[tuple[str, str], Callable[[LabView], bool]] = {
    ("gan", "pictures"): lambda view: view.draw_mode.isChecked(),
}
# What takes a double-click for itself: a word selected, a value stepped twice, a button pressed twice (and a table
# whose cells a double-click edits: a table only to read, as the Compare lab's results, is a panel like any other).
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit, QTextEdit, QPlainTextEdit,
            QTabBar)
HINT = QT_TRANSLATE_NOOP("lab", "Double-click to enlarge this panel; Esc brings every panel back.")


def takes_double_clicks(widget: QWidget) -> bool:
    if isinstance(widget, CONTROLS):
        return True
    if isinstance(widget, QAbstractItemView):
        return bool(widget.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    return isinstance(widget, QLabel) and bool(widget.textInteractionFlags() & selectable)


@dataclass
class _Enlarged:
    view: LabView
    name: str
    panel: QWidget
    page: QWidget  # the page that holds the panel in place of the lab's columns
    put_back: Callable[[], None]  # the panel into the slot it left
    view_size: QSize  # the lab's size when the panel was enlarged


class PanelZoom(QObject):
    """The one enlarged panel of a window's labs, if any."""

    changed = Signal()  # a panel was enlarged, or every panel came back

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.labs: dict[str, LabView] = {}
        self._enlarged: _Enlarged | None = None
        self._handled_at = -1  # the time of the double-click handled last: a parent that gets it too does nothing
        # On the application (about 2 µs an event): a lab's plots and pictures come and go with its models.
        QApplication.instance().installEventFilter(self)

    @property
    def enlarged(self) -> str | None:
        """The enlarged panel's name, or None when every panel shows."""
        return None if self._enlarged is None else self._enlarged.name

    @property
    def enlarged_panel(self) -> QWidget | None:
        return None if self._enlarged is None else self._enlarged.panel

    def add_lab(self, lab: str, view: LabView) -> None:
        self.labs[lab] = view
        for panel in self.panels(view).values():
            panel.setStatusTip(translate("lab", HINT))  # the window's status bar says it while the mouse is over it

    def panels(self, view: LabView) -> dict[str, QWidget]:
        """The lab's panels by name."""
        return {name: find(view) for name, find in PANEL_WIDGETS.get(self._lab_of(view), {}).items()}

    def enlarge(self, view: LabView, name: str) -> bool:
        """Enlarge the lab's panel `name` to the whole lab (another enlarged panel comes back first). False when the
        lab shows no such panel now, e.g. the samples of a VAE of 2-D points: then every panel shows."""
        panel = self.panels(view).get(name)
        if self._enlarged is not None and self._enlarged.panel is panel:
            return True
        self.restore()
        if panel is None or panel.isHidden():
            return False
        put_back = _taken_out(panel)
        page = QWidget(view)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        panel.show()
        self._enlarged = _Enlarged(view, name, panel, page, put_back, view.size())
        view.page.hide()
        view.layout().addWidget(page)
        self.changed.emit()
        return True

    def restore(self) -> None:
        """Every panel back where it was, at the sizes it had."""
        enlarged, self._enlarged = self._enlarged, None
        if enlarged is None:
            return
        view = enlarged.view
        enlarged.page.hide()
        view.layout().removeWidget(enlarged.page)
        enlarged.put_back()
        enlarged.page.deleteLater()
        view.page.show()
        view.layout().activate()
        if view.size() != enlarged.view_size:  # the window changed meanwhile: the columns fit the new size
            view.fit_settings_column()
        self.changed.emit()

    def toggle(self, view: LabView, name: str) -> None:
        if self.enlarged_panel is not None and self.enlarged_panel is self.panels(view).get(name):
            self.restore()
        else:
            self.enlarge(view, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonDblClick:
            return False
        mouse: QMouseEvent = event  # type: ignore[assignment]
        if (isinstance(watched, QWidget) and mouse.button() == Qt.MouseButton.LeftButton
                and mouse.timestamp() != self._handled_at):
            hit = self._panel_at(watched)
            if hit is not None:
                self._handled_at = mouse.timestamp()
                # Once the widget has had its double-click: the layout does not change under it meanwhile.
                QTimer.singleShot(0, self, lambda: self.toggle(*hit))
        return False

    def _panel_at(self, widget: QWidget) -> tuple[LabView, str] | None:
        """(the lab, the name of the panel) that a double-click on `widget` enlarges or brings back, if any."""
        if widget.window() is not self.window:
            return None
        chain = []
        while widget is not None and not isinstance(widget, LabView):
            chain.append(widget)
            widget = widget.parentWidget()
        if widget is None or self._lab_of(widget) is None:
            return None
        view, names = widget, {id(panel): name for name, panel in reversed(self.panels(widget).items())}
        for part in chain:
            if takes_double_clicks(part):
                return None
            name = names.get(id(part))
            if name is not None:
                drawing = MOUSE_DRAWS.get((self._lab_of(view), name))
                return None if drawing is not None and drawing(view) else (view, name)
        return None

    def _lab_of(self, view: QWidget) -> str | None:
        return next((lab for lab, shown in self.labs.items() if shown is view), None)


def _taken_out(panel: QWidget) -> Callable[[], None]:
    """Note where the panel sits, for the function that puts it back there."""
    parent = panel.parentWidget()
    if isinstance(parent, QSplitter):
        index, sizes = parent.indexOf(panel), parent.sizes()

        def into_splitter() -> None:
            parent.insertWidget(index, panel)
            parent.setSizes(sizes)

        return into_splitter
    layout, index = _slot(parent.layout(), panel)
    stretch = layout.stretch(index) if isinstance(layout, QBoxLayout) else 0
    alignment = layout.itemAt(index).alignment()

    def into_layout() -> None:
        layout.insertWidget(index, panel, stretch, alignment)

    return into_layout


def _slot(layout: QLayout, widget: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout, perhaps inside `layout`, that holds `widget`, and its index there."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout, index
        if item.layout() is not None:
            found = _slot(item.layout(), widget)
            if found is not None:
                return found
    return None
