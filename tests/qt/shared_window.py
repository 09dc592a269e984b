"""One window for a whole test module, with every lab it names built and its training process started before the
first test: for tests that each look at one lab and need no fresh window (their lab is still untrained when its
test begins). Starting a lab's process (torch's import) is most of what a window test costs; the labs start one
after the other without waiting, so their imports overlap.

A module's shared window is started before its tests, so the checks that no test leaves a process or a thread
running (tests/conftest.py) let it live on; when the module ends it closes, and its threads must have ended then.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from tests.leftovers import end_running_threads

START_TIMEOUT_S = 120  # every lab's process imports torch at once


def wait_for(condition, timeout_s: float, what: str) -> None:
    """Process events until condition() holds (qtbot.waitUntil, for fixtures wider than a test)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        QTest.qWait(20)


@contextmanager
def window_with_labs_started(folder: Path, labs: tuple[str, ...]) -> Iterator:
    from genviz.qt.app import create_window

    window = create_window(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    try:
        for lab in labs:  # a lab starts once the event loop runs after its tab is shown
            window.tabs.setCurrentIndex(window.lab_names.index(lab))
            controller = window.controllers[lab]
            wait_for(lambda c=controller: c.handle is not None, START_TIMEOUT_S, f"the {lab} lab's process")
        for lab in labs:  # only the shown lab draws its snapshots
            window.tabs.setCurrentIndex(window.lab_names.index(lab))
            controller = window.controllers[lab]
            wait_for(lambda c=controller: c.last_snapshot is not None, START_TIMEOUT_S, f"the {lab} lab's picture")
        yield window
    finally:
        window.close()
        window.deleteLater()
        assert not end_running_threads(), "the module's shared window left a QThread running"
