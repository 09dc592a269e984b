"""Double-click a plot or picture: its panel fills the lab; Esc or another double-click brings every panel back as it
was. Controls keep their own double-click; Esc leaves an enlarged panel before it leaves presenter mode."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitterHandle, QWidget

from genviz.core.lesson import PANELS
from genviz.qt.panel_zoom import PANEL_WIDGETS, PanelZoom, takes_double_clicks
from genviz.qt.registry import LAB_VIEWS

START_TIMEOUT = 60_000  # a training process imports torch first


def target(panel: QWidget) -> QWidget:
    """What a teacher double-clicks in the panel: its plot or picture (the view's viewport, where the mouse events
    go), else its largest drawn widget that is no control."""
    views = [widget for widget in [panel, *panel.findChildren(pg.GraphicsView)] if isinstance(widget, pg.GraphicsView)
             and widget.isVisible()]
    if views:
        return views[0].viewport()
    drawn = [widget for widget in [panel, *panel.findChildren(QWidget)] if widget.isVisible()
             and not takes_double_clicks(widget) and not widget.findChildren(QWidget)]
    return max(drawn, key=lambda widget: widget.width() * widget.height())


def double_click(qtbot, widget: QWidget) -> None:
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def geometries(view) -> dict[int, tuple]:
    """Where each shown widget of the lab is, and its size (a splitter makes a new handle for a widget put back)."""
    return {id(widget): widget.geometry().getRect() for widget in view.columns.findChildren(QWidget)
            if widget.isVisible() and not isinstance(widget, QSplitterHandle)}


@pytest.fixture
def lab(qtbot, request):
    """A lab's view on its own (no training process), shown, with its panels that enlarge."""
    name = request.param
    view = LAB_VIEWS[name]()
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(200)  # laid out as shown
    zoom = PanelZoom(view)
    zoom.add_lab(name, view)
    return name, view, zoom


def test_every_lab_names_its_panels_as_lessons_do():
    assert {lab: tuple(panels) for lab, panels in PANEL_WIDGETS.items()} == PANELS
    assert set(PANELS) == set(LAB_VIEWS)


@pytest.mark.parametrize("lab", list(LAB_VIEWS), indirect=True)
def test_a_double_click_enlarges_each_panel_to_the_whole_lab_and_another_brings_every_panel_back(qtbot, lab):
    name, view, zoom = lab
    shown = {panel_name: panel for panel_name, panel in zoom.panels(view).items() if panel.isVisible()}
    assert shown, f"the {name} lab shows none of its panels"
    for panel in shown.values():
        parent, geometry = panel.parentWidget(), panel.geometry()
        sizes = geometries(view)
        double_click(qtbot, target(panel))
        qtbot.waitUntil(lambda panel=panel: zoom.enlarged_panel is panel)
        assert panel.isVisible() and not view.page.isVisible()
        qtbot.waitUntil(lambda panel=panel: panel.width() > 0.95 * view.width() - 10
                        and panel.height() > 0.95 * view.height() - 10)
        assert "Double-click to enlarge" in panel.statusTip()
        double_click(qtbot, target(panel))
        qtbot.waitUntil(lambda: zoom.enlarged is None)
        assert view.page.isVisible() and panel.parentWidget() is parent
        qtbot.waitUntil(lambda panel=panel, geometry=geometry: panel.geometry() == geometry)
        # A word-wrapped label settles a layout pass later than the panel (Compare's results)
        qtbot.waitUntil(lambda sizes=sizes: geometries(view) == sizes, timeout=2_000)


@pytest.mark.parametrize("lab", ["text"], indirect=True)
def test_controls_keep_their_own_double_click(qtbot, lab):
    _, view, zoom = lab
    probe = view.probabilities.probe
    line_edits = [widget for widget in probe.findChildren(QWidget) if takes_double_clicks(widget)
                  and widget.isVisible()]
    for widget in [*line_edits, view.token_strip.viewport(), view.prompt, view.next_button]:
        double_click(qtbot, widget)
    qtbot.wait(50)
    assert zoom.enlarged is None and view.page.isVisible()


@pytest.mark.parametrize("lab", ["gan"], indirect=True)
def test_a_quick_second_click_while_drawing_points_adds_points_and_enlarges_nothing(qtbot, lab):
    _, view, zoom = lab
    view.draw_mode.setChecked(True)
    double_click(qtbot, target(view.pictures))
    qtbot.wait(50)
    assert zoom.enlarged is None
    view.draw_mode.setChecked(False)
    double_click(qtbot, target(view.pictures))
    qtbot.waitUntil(lambda: zoom.enlarged == "pictures")


@pytest.mark.parametrize("lab", ["vae"], indirect=True)
def test_a_panel_the_lab_does_not_show_now_is_not_enlarged(qtbot, lab):
    _, view, zoom = lab
    view.sample_panel.hide()  # as for a VAE of 2-D points
    assert not zoom.enlarge(view, "samples") and zoom.enlarged is None and view.page.isVisible()
    assert zoom.enlarge(view, "data_space") and zoom.enlarged_panel is view.manifold_stack
    assert zoom.enlarge(view, "manifold") and zoom.enlarged == "data_space"  # one panel, two names


def enlarge_loss(qtbot, window):
    view = window.current.view
    double_click(qtbot, target(view.loss_plot))
    qtbot.waitUntil(lambda: window.panel_zoom.enlarged == "loss")
    return view


def test_esc_first_brings_every_panel_back_then_leaves_presenter_mode(qtbot, window):
    view = enlarge_loss(qtbot, window)
    assert window.transport.isVisible() and window.timeline.isVisible()  # the class can still train and scrub
    assert window.statusBar().currentMessage() == "Esc or a double-click brings every panel back."
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.panel_zoom.enlarged is None and view.page.isVisible()

    enlarge_loss(qtbot, window)
    window.presenter_action.trigger()  # F5
    assert window.presenting and window.panel_zoom.enlarged == "loss"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.presenting and window.panel_zoom.enlarged is None
    assert view.settings_area.isHidden()  # presenter mode still hides the settings
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not view.settings_area.isHidden()


def test_another_lab_tab_brings_every_panel_of_the_lab_left_back(qtbot, window):
    view = enlarge_loss(qtbot, window)
    window.tabs.setCurrentIndex(window.lab_names.index("gan"))
    assert window.panel_zoom.enlarged is None and not view.page.isHidden()
    qtbot.waitUntil(lambda: window.controllers["gan"].last_snapshot is not None, timeout=START_TIMEOUT)
