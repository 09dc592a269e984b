"""`genviz demo`: the real window trains for a while, shows off its lab, saves a screenshot and exits.

For the README, for slides and for automated checks. It runs offscreen when there is no display.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS

POLL_MS = 100
GRACE_S = 120  # on top of the training time, for start-up and the lab's showcase


class DemoScript(QObject):
    def __init__(self, window, lab: str, train_seconds: float, screenshot: Path) -> None:
        super().__init__()
        self.window, self.train_seconds, self.screenshot = window, train_seconds, screenshot
        self.controller = window.controllers[lab]
        self.error: str | None = None
        self.controller.failed.connect(self._fail)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(lambda: self._fail("The demo took too long and was stopped."))

    def start(self) -> None:
        self._deadline.start(int((self.train_seconds + GRACE_S) * 1000))
        self._wait_until(lambda: self.controller.run_id > 0 and self.controller.last_snapshot is not None,
                         self._train)

    def _train(self) -> None:
        self.window.transport.train_button.setChecked(True)
        QTimer.singleShot(int(self.train_seconds * 1000), self._pause)

    def _pause(self) -> None:
        self.window.transport.train_button.setChecked(False)
        self._wait_until(lambda: not self.controller.training, self._showcase)

    def _showcase(self) -> None:
        self.controller.view.start_demo()
        self._wait_until(lambda: not self.controller.view.demo_running(), self._save)

    def _save(self) -> None:
        self.window.repaint()
        self.screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(self.screenshot)):
            self._fail(f"Could not write the screenshot {self.screenshot}.")
            return
        self._finish()

    def _wait_until(self, condition, then) -> None:
        def check() -> None:
            if condition():
                self._poll.stop()
                self._poll.timeout.disconnect(check)
                then()

        self._poll.timeout.connect(check)
        self._poll.start()

    def _fail(self, message: str) -> None:
        if self.error is None:
            self.error = message
        self._finish()

    def _finish(self) -> None:
        self._poll.stop()
        self._deadline.stop()
        self.window.close()


def run_demo(lab: str, data: str | None, train_seconds: float, screenshot: Path) -> int:
    HOSTS.start_spare()  # torch loads in the training process while the window is built
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from genviz.qt.app import application
    from genviz.qt.main_window import MainWindow
    from genviz.qt.registry import LAB_VIEWS

    if lab not in LAB_VIEWS:
        raise GenvizError(f"There is no lab called {lab}; choose one of {', '.join(LAB_VIEWS)}.")
    app = application()
    views = {**LAB_VIEWS, lab: LAB_VIEWS[lab]()}
    if data is not None:
        views[lab].select_data(data)
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away settings file: a demo must not change the user's window state.
        settings = QSettings(str(Path(folder) / "demo.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/lab", lab)
        window = MainWindow(views, settings)
        window.resize(1600, 1000)
        window.show()
        script = DemoScript(window, lab, train_seconds, screenshot)
        QTimer.singleShot(0, script.start)
        app.exec()
        HOSTS.close()
    if script.error is not None:
        raise GenvizError(script.error)
    print(f"saved {screenshot}")
    return 0
