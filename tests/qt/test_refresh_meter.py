"""The demo's and the benchmark's screen meter: it counts the changes that reach the screen, panel by panel."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from genviz.qt.refresh_meter import RefreshMeter


def test_a_panel_that_changes_is_counted_and_one_that_does_not_is_not(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    still, moving, hidden = QLabel("the same words all along"), QLabel("0"), QLabel("never shown")
    for label in (still, moving, hidden):
        row.addWidget(label)
    hidden.hide()
    qtbot.addWidget(window)
    window.resize(600, 120)
    window.show()
    qtbot.waitExposed(window)
    ticks = QTimer()
    ticks.timeout.connect(lambda: moving.setText(str(int(moving.text()) + 1)))
    ticks.start(60)
    meter = RefreshMeter(window, lambda: {"still": still, "moving": moving, "hidden": hidden}, hz=30)
    meter.start()
    qtbot.wait(1500)
    rates = meter.stop()
    ticks.stop()
    assert rates["still"] == 0
    assert rates["moving"] >= 5  # it changes about 16 times a second
    assert "hidden" not in rates
    assert meter.samples_per_s >= 10
