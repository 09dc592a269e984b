"""Download MNIST or Fashion-MNIST from the app, with a progress bar, without freezing the window.

The download runs on a plain Python thread (network waits, no torch, no widgets); its progress reaches the GUI
as queued signals. A daemon thread: closing the app mid-download simply abandons the partial file, which the
next download replaces.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from genviz.core.errors import GenvizError
from genviz.qt.translation import core_sentence


class MnistDownload(QObject):
    progressed = Signal(int, int)  # bytes done, bytes in total
    finished = Signal(str, str)  # kind, the folder the files are in
    failed = Signal(str)  # one sentence

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, kind: str) -> None:
        if self.running:
            return
        self._thread = threading.Thread(target=self._run, args=(kind,), name=f"genviz-download-{kind}", daemon=True)
        self._thread.start()

    def _run(self, kind: str) -> None:
        from genviz.core.data.idx import download_mnist

        try:
            folder = download_mnist(kind, None, self.progressed.emit)
        except GenvizError as error:
            self.failed.emit(core_sentence(error.sentence))
            return
        self.finished.emit(kind, str(folder))
