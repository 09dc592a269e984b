"""Start the desktop app. Torch is imported later, on the worker thread, so the window shows at once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from genviz.qt.main_window import MainWindow
from genviz.qt.registry import LAB_VIEWS


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("genviz")
    app.setApplicationName("genviz")
    return app


def create_window(settings: QSettings | None = None) -> MainWindow:
    return MainWindow(dict(LAB_VIEWS), settings)


def run_gui() -> int:
    app = application()
    window = create_window()
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    return app.exec()
