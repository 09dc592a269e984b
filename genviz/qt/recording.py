"""Record… on a panel: the lab's training timeline as an animation of that panel (GIF, or MP4 with the optional
extra), for a slide. The lab saves its model with its timeline to a temporary file, and `genviz replay` renders
it in a process of its own, the same as on the command line: the window keeps drawing and training meanwhile. A
progress dialog follows it and Cancel stops it; nothing is written unless it finishes (replay writes atomically).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from genviz.core.modelfile import MODEL_SUFFIX
from genviz.qt.translation import translate

PROGRESS = re.compile(r"progress (\d+) (\d+) (.+)")  # what replay writes with GENVIZ_PROGRESS=lines


class TimelineRecording(QObject):
    """One recording: `start(save)` asks `save(path, done, failed)` for the model file, then replays it."""

    def __init__(self, parent: QWidget, panel: str, out: Path, tell: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.panel, self.out, self.tell = panel, out, tell
        self.folder = tempfile.TemporaryDirectory(prefix="genviz-record-")
        self.model = Path(self.folder.name) / f"recorded{MODEL_SUFFIX}"
        self.process = QProcess(self)
        self.process.readyReadStandardError.connect(self._on_process_ready_read_standard_error)
        self.process.finished.connect(self._on_process_finished)
        self.dialog = QProgressDialog(translate("lab", "Saving the model and its timeline…"),
                                      translate("lab", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("lab", "Record the timeline"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self._errors = ""
        self.cancelled = False

    def start(self, save: Callable[[str, Callable, Callable], None]) -> None:
        self.dialog.show()
        save(str(self.model), lambda _: self._replay(), self._fail)

    def cancel(self) -> None:
        self.cancelled = True
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()  # replay writes to a temporary file first: nothing is left behind
        else:
            self._end()

    def _replay(self) -> None:
        if self.cancelled:
            return
        self.dialog.setLabelText(translate("lab", "Drawing each kept step of the timeline…"))
        environment = self.process.processEnvironment()
        environment.insert("GENVIZ_PROGRESS", "lines")
        self.process.setProcessEnvironment(environment)
        self.process.start(sys.executable, ["-m", "genviz.cli", "replay", str(self.model), "--panel", self.panel,
                                            "--out", str(self.out)])

    def _on_process_ready_read_standard_error(self) -> None:
        text = bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
        for line in text.splitlines():
            match = PROGRESS.fullmatch(line.strip())
            if match is None:
                self._errors += line + os.linesep
                continue
            done, total, what = int(match[1]), int(match[2]), match[3]
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            label = (translate("lab", "Drawing each kept step of the timeline…") if what == "steps drawn"
                     else translate("lab", "Writing the frames to {file}…").format(file=self.out.name))
            self.dialog.setLabelText(label)

    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.cancelled:
            self.tell(translate("lab", "Recording cancelled: nothing was written."))
        elif code == 0 and status == QProcess.ExitStatus.NormalExit:
            self.tell(translate("lab", "Saved the recording to {path}.").format(path=self.out))
        else:
            lines = [line for line in self._errors.splitlines() if line.strip()]
            self.tell(lines[-1].removeprefix("genviz: ").removeprefix("error: ") if lines else
                      translate("lab", "The recording failed."))
        self._end()

    def _fail(self, sentence: str) -> None:
        self.tell(sentence)
        self._end()

    def _end(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.folder.cleanup()
        self.deleteLater()
