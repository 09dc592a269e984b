"""`genviz demo`: the real window trains for a while, shows off its lab, saves a screenshot and exits.

For the README, for slides and for automated checks. It runs offscreen when there is no display. With a
report path it also writes, as JSON, what it measured while training: steps, frames drawn, how often each
training panel changed on screen, the gaps of a 10 ms timer on the GUI thread, and memory (PSS).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler

from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS
from genviz.core.memory import descendants, pss_mb
from genviz.qt.refresh_meter import GapMeter, RefreshMeter

POLL_MS = 100
GRACE_S = 120  # on top of the training time, for start-up and the lab's showcase
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"  # said by Qt's offscreen platform


def _quiet_qt(mode: QtMsgType, context, message: str) -> None:
    """Qt's messages, less the offscreen platform's one harmless complaint, said at every layout."""
    if OFFSCREEN_NOISE not in message:
        print(message, file=sys.stderr)


class DemoScript(QObject):
    def __init__(self, window, lab: str, train_seconds: float, screenshot: Path) -> None:
        super().__init__()
        self.window, self.lab, self.train_seconds, self.screenshot = window, lab, train_seconds, screenshot
        self.controller = window.controllers[lab]
        self.error: str | None = None
        self.report: dict = {}
        self._meter = RefreshMeter(window, self.controller.view.training_panels)
        self._gaps = GapMeter()
        self._frames = 0
        self.controller.snapshot_drawn.connect(self._count_frame)
        self._training_timer = QTimer(self)
        self._training_timer.setSingleShot(True)
        self._training_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end 5% early
        self._training_timer.timeout.connect(self._pause)
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
        HOSTS.close()  # the demo opens one lab: no spare process for another may take a core from it
        self.window.transport.train_button.setChecked(True)
        self._wait_until(lambda: self.controller.training, self._measure)

    def _measure(self) -> None:
        self._first_step, self._started = self.controller.last_snapshot["step"], time.perf_counter()
        self._frames = 0
        self._gaps.start()
        QTimer.singleShot(int(self.train_seconds * 500), self._sample_the_screen)
        self._training_timer.start(int(self.train_seconds * 1000))

    def _sample_the_screen(self) -> None:
        """The second half of training: grabbing the screen holds the GUI thread (on X11, a round trip to the
        display server 30 times a second), so the timer's gaps are taken in the first half, without it, as
        benchmarks/gui_responsiveness.py does."""
        self._gaps.stop()
        self._meter.start()

    def _count_frame(self) -> None:
        self._frames += 1

    def _pause(self) -> None:
        refreshes = self._meter.stop()
        elapsed = time.perf_counter() - self._started
        frames = self._frames
        self.window.transport.train_button.setChecked(False)
        self._wait_until(lambda: not self.controller.training and not self.controller.last_snapshot["training"],
                         lambda: self._record(elapsed, frames, refreshes))

    def _record(self, elapsed: float, frames: int, refreshes: dict[str, float]) -> None:
        steps = self.controller.last_snapshot["step"] - self._first_step
        hosts = [pid for c in self.window.controllers.values() for pid in c.host_pids]
        self.report = {
            "lab": self.lab,
            "data": self.controller.data_name,
            "train_seconds": round(elapsed, 2),
            "steps": steps,
            "steps_per_s": round(steps / elapsed, 1),
            "frames": frames,
            "frames_per_s": round(frames / elapsed, 1),
            "screen_samples_per_s": self._meter.samples_per_s,
            "panel_refreshes_per_s": refreshes,
            "timer_gaps_ms": self._gaps.summary(),
            "processes": {"gui_pss_mb": round(pss_mb(os.getpid())), "hosts_pss_mb": [round(pss_mb(p)) for p in hosts],
                          "helpers_pss_mb": [round(pss_mb(p)) for p in descendants(os.getpid()) if p not in hosts]},
        }
        self._showcase()

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


def _look(app, settings: QSettings, look: dict | None) -> None:
    """The language and colours View would set, in the demo's own settings; refused in one sentence."""
    from genviz.qt.translation import LANGUAGE_KEY, LANGUAGES, install_language

    look = look or {}
    language = look.get("language", "en")
    if language not in LANGUAGES:
        raise GenvizError(f"There is no language called {language}; choose one of {', '.join(LANGUAGES)}.")
    settings.setValue(LANGUAGE_KEY, language)
    settings.setValue("projector", bool(look.get("projector")))
    if install_language(app, language) != language:
        raise GenvizError(f"The {LANGUAGES[language]} translation is not built: run make setup.")


def run_demo(lab: str, data: str | None, train_seconds: float, screenshot: Path, report: Path | None = None,
             look: dict | None = None) -> int:
    HOSTS.start_spare()  # torch loads in the training process while the window is built
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from genviz.qt.app import application
    from genviz.qt.main_window import MainWindow
    from genviz.qt.registry import LAB_VIEWS

    qInstallMessageHandler(_quiet_qt)
    if lab not in LAB_VIEWS:
        raise GenvizError(f"There is no lab called {lab}; choose one of {', '.join(LAB_VIEWS)}.")
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        # A throw-away settings file: a demo must not change the user's window state.
        settings = QSettings(str(Path(folder) / "demo.ini"), QSettings.Format.IniFormat)
        _look(app, settings, look)
        views = {**LAB_VIEWS, lab: LAB_VIEWS[lab]()}
        if data is not None:
            views[lab].select_data(data)
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
    if report is not None:
        report.write_text(json.dumps(script.report, indent=2) + "\n")
        print(f"saved {report}")
    return 0


def run_lesson_demo(lesson: Path, screenshot: Path, presenter: bool = False, look: dict | None = None) -> int:
    """`genviz demo --lesson`: the real window opens the lesson (no training), shows its first step, in presenter
    mode when asked, and saves a screenshot of it."""
    HOSTS.start_spare()
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from genviz.qt.app import application, create_window

    qInstallMessageHandler(_quiet_qt)
    app = application()
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "demo.ini"), QSettings.Format.IniFormat)  # not the user's
        _look(app, settings, look)
        window = create_window(settings)
        window.resize(1600, 1000)
        window.show()
        window.open_lesson(lesson)
        player = window.lesson_player
        if player is None:
            errors.append(window.banner.label.text())
        else:
            def save() -> None:
                if presenter:
                    window.set_presenting(True)
                    window.showNormal()  # the offscreen screen is small: the demo's window size, not full screen
                    window.resize(1600, 1000)
                QTimer.singleShot(500, lambda: grab(window))  # the layout settles at the new size and font

            def grab(window) -> None:
                window.repaint()
                if not window.grab().save(str(screenshot)):
                    errors.append(f"Could not write the screenshot {screenshot}.")
                window.close()

            def failed(message: str) -> None:
                errors.append(message)
                window.close()

            player.step_shown.connect(save)
            for controller in window.controllers.values():
                controller.failed.connect(failed)
            QTimer.singleShot(GRACE_S * 1000, lambda: failed("The lesson took too long to open, so the demo stopped."))
            app.exec()
        window.close()
        HOSTS.close()
    if errors:
        raise GenvizError(errors[0])
    print(f"saved {screenshot}")
    return 0
