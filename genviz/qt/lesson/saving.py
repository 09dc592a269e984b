"""File > Save lesson: each lab that has trained writes its model (with its timeline) through its training
process's "save" request; once all have, the lesson is written with what each lab shows and one step per lab."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from genviz.core.errors import GenvizError
from genviz.core.lesson import Lesson, LessonLab, LessonStep, write_lesson
from genviz.core.modelfile import CONFIG_CLASSES, MODEL_SUFFIX
from genviz.qt.translation import translate


class LessonSaver(QObject):
    finished = Signal()
    failed = Signal(str)  # one sentence

    def __init__(self, window: Any, path: Path, title: str) -> None:
        super().__init__()
        self.window, self.path, self.title = window, path, title
        self.labs: list[str] = []
        self._waiting: set[str] = set()
        self._folder: tempfile.TemporaryDirectory | None = None

    def start(self) -> None:
        self.labs = [name for name, controller in self.window.controllers.items()
                     if name in CONFIG_CLASSES and (controller.last_snapshot or {}).get("live_step", 0) > 0]
        if not self.labs:
            self.failed.emit(translate("lesson", "Train a model first: a lesson holds the labs' trained models, and "
                                       "none has trained yet."))
            return
        self._folder = tempfile.TemporaryDirectory(prefix="genviz-lesson-save-")
        self._waiting = set(self.labs)
        for name in self.labs:
            controller = self.window.controllers[name]
            if controller is self.window.current:
                self.window.timeline.go_live()  # the model as it is now, not the past on the slider
            controller.show_step(None)
            controller.send_request("save", (str(self._model_path(name)),), lambda _, lab=name: self._saved(lab),
                                    self._fail)

    def _model_path(self, lab: str) -> Path:
        return Path(self._folder.name) / f"{lab}{MODEL_SUFFIX}"

    def _saved(self, lab: str) -> None:
        self._waiting.discard(lab)
        if self._waiting or self._folder is None:
            return
        window = self.window
        scale = window.own_font_scale
        labs, steps = [], []
        for name in self.labs:
            view = window.controllers[name].view
            prompt = view.prompt.text() if getattr(view, "prompt", None) is not None else None
            hide = sorted(window.hidden_by_lesson(name) | ({"settings"} if not window.settings_action.isChecked()
                                                             else set()))
            labs.append(LessonLab(name, f"{name}{MODEL_SUFFIX}", prompt=prompt, hide=hide, font_scale=round(scale, 3)))
            # The first caption, in the teacher's language: from then on it is the teacher's to edit.
            steps.append(LessonStep(f"## {translate('lab', view.title)}\n\n{translate('lab', view.summary)}", name))
        try:
            write_lesson(self.path, Lesson(self.title, labs, steps),
                         {name: self._model_path(name) for name in self.labs})
        except GenvizError as error:
            self._fail(str(error))
            return
        self._cleanup()
        self.finished.emit()

    def _fail(self, message: str) -> None:
        self._cleanup()
        self.failed.emit(message)

    def _cleanup(self) -> None:
        self._waiting.clear()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
