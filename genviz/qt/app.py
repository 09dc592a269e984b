"""Start the desktop app. Training runs in processes of its own, so the window never waits for torch."""

from __future__ import annotations

import sys

from genviz.core.host import HOSTS
from genviz.resources import ICON


def application():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("genviz")
    app.setApplicationName("genviz")
    app.setDesktopFileName("genviz")  # Wayland and the task bar match the window to genviz.desktop by this
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def use_chosen_language(app, settings=None) -> str:
    """The language of View > Language (the system's by default) for every widget made after this."""
    from PySide6.QtCore import QSettings

    from genviz.qt.translation import chosen_language, install_language

    return install_language(app, chosen_language(settings or QSettings()))


def create_window(settings=None):
    """The main window with every registered lab; `settings` a QSettings (the user's by default)."""
    from genviz.qt.main_window import MainWindow
    from genviz.qt.registry import LAB_VIEWS

    return MainWindow(dict(LAB_VIEWS), settings)


def run_gui() -> int:
    # The first training process starts before Qt and the plots load (about a second), so that its import of
    # torch, the slowest part of starting up, runs beside theirs on another core.
    HOSTS.start_spare()
    app = application()
    use_chosen_language(app)
    window = create_window()
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    try:
        return app.exec()
    finally:
        HOSTS.close()
