"""Every control of every lab can be reached with Tab and used from the keyboard; plots, which take no keys, are
passed by (a plot that does take keys says so with the property takes_keys)."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from tests.qt.shared_window import window_with_labs_started

START_TIMEOUT = 60_000  # a training process imports torch first
LABS = ("text", "gan", "diffusion", "vae", "pixels", "compare")
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit, QTabBar)
MAX_TABS = 400


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    name = widget.accessibleName() or text or widget.toolTip()[:40]
    return f"{type(widget).__name__} {name!r} in {type(widget.parentWidget()).__name__}"


def controls(roots: list[QWidget]) -> list[QWidget]:
    """The visible, enabled controls under `roots`, without the parts of other controls (a spin box's line
    edit, a tab bar's scroll buttons) and without scroll bars (a scroll area follows the focus)."""
    found = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            parent = widget.parentWidget()
            if (isinstance(widget, CONTROLS) and not isinstance(widget, QScrollBar)
                    and not isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar)
                    and widget.isVisible() and widget.isEnabled()):
                found.append(widget)
    return found


def tab_order(window) -> list[QWidget]:
    """The widgets Tab reaches, from the Train button round to it again."""
    window.transport.train_button.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    reached = [first]
    for _ in range(MAX_TABS):
        pressed_on = QApplication.focusWidget()
        QTest.keyClick(pressed_on, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is first or focused is pressed_on:
            break
        reached.append(focused)
    return reached


def show_lab(qtbot, window, lab: str):
    window.activateWindow()
    window.tabs.setCurrentIndex(window.lab_names.index(lab))
    controller = window.controllers[lab]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    return controller


def test_space_presses_the_focused_button_instead_of_training(qtbot, window):
    controller = show_lab(qtbot, window, "text")
    step = controller.last_snapshot["step"]
    window.transport.step_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.transport.step_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == step + 1)
    assert not window.transport.train_button.isChecked()


def test_space_and_right_still_train_and_step_where_the_focus_does_not_use_them(qtbot, window):
    controller = show_lab(qtbot, window, "text")
    qtbot.waitUntil(lambda: window.timeline.isEnabled())
    step = controller.last_snapshot["step"]
    window.timeline.slider.setFocus(Qt.FocusReason.TabFocusReason)  # a slider takes the arrows, not Space
    qtbot.keyClick(window.timeline.slider, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.training)
    qtbot.keyClick(window.timeline.slider, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not controller.training)
    window.timeline.slider.clearFocus()
    qtbot.mouseClick(window.transport.train_button, Qt.MouseButton.LeftButton)  # a click gives a button no focus
    qtbot.waitUntil(lambda: controller.training)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not controller.training)
    step = controller.last_snapshot["step"]  # paused: only Right can move it on (a last snapshot may still come)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= step + 1)


def test_the_arrow_keys_move_the_focused_timeline_and_end_comes_back_to_now(qtbot, window):
    controller = show_lab(qtbot, window, "text")
    qtbot.waitUntil(lambda: window.timeline.isEnabled())
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 1)
    slider = window.timeline.slider
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert window.timeline.viewing is not None and window.timeline.live_button.isEnabled()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.timeline.viewing is None


@pytest.fixture(scope="module")
def every_lab_window(tmp_path_factory):
    """One window for every lab's Tab test (the tests above, each with a window of its own, run before it opens)."""
    with window_with_labs_started(tmp_path_factory.mktemp("keyboard"), LABS) as window:
        yield window


@pytest.mark.parametrize("lab", LABS)
def test_tab_reaches_every_control_of_the_lab_the_transport_and_the_timeline_and_passes_plots_by(
        qtbot, every_lab_window, lab):
    window = every_lab_window
    show_lab(qtbot, window, lab)
    qtbot.wait(300)  # laid out as shown
    reached = tab_order(window)
    expected = controls([window.current.view, window.transport, window.timeline, window.tabs.tabBar()])
    missing = [describe(widget) for widget in expected
               if widget not in reached and widget.focusProxy() not in reached]
    plots = [describe(widget) for widget in reached
             if isinstance(widget, pg.GraphicsView) and not widget.property("takes_keys")]
    assert missing == [], f"Tab never reaches: {missing}"
    assert plots == [], f"plots take the focus, but no keys: {plots}"
    assert all(widget.isVisible() for widget in reached)
