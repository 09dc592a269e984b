"""File > Save lesson: a dialog asks for the title and which controls to hide; then each lab that has trained writes
its model (with its timeline) through its training process's "save" request; once all have, the lesson is written
with what each lab shows and one step per lab."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from genviz.core.errors import GenvizError
from genviz.core.lesson import HIDEABLE, Lesson, LessonLab, LessonStep, write_lesson
from genviz.core.modelfile import CONFIG_CLASSES, MODEL_SUFFIX
from genviz.qt.translation import core_sentence, translate

# What each name of HIDEABLE (genviz/core/lesson.py) hides, as the dialog's tick boxes say it.
HIDE_LABELS = {
    "settings": QT_TRANSLATE_NOOP("lesson", "The settings column"),
    "transport": QT_TRANSLATE_NOOP("lesson", "The Train, Step and Reset bar"),
    "timeline": QT_TRANSLATE_NOOP("lesson", "The timeline slider"),
    "tabs": QT_TRANSLATE_NOOP("lesson", "The lab tabs"),
}


def hidden_now(window: Any, lab: str) -> set[str]:
    """The controls the class does not see in `lab` now: those the open lesson hides, and the settings column when
    View > Settings column is off."""
    return window.hidden_by_lesson(lab) | ({"settings"} if not window.settings_action.isChecked() else set())


class LessonDialog(QDialog):
    """The lesson's title and, as tick boxes, the controls the class will not see (in every lab of the lesson);
    they start as the window shows them now."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("lesson", "Save lesson"))
        self.title = QLineEdit()
        self.title.setProperty("user_text", True)  # the teacher's own words
        self.title.setPlaceholderText(translate("lesson", "For example: From noise to digits"))
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("x" * 45))  # a title fits whole
        hidden = set().union(*(hidden_now(window, lab) for lab in window.controllers))
        self.hide_boxes = {}
        group = QGroupBox(translate("lesson", "Hide from the class"))
        group.setToolTip(translate("lesson", "Ticked controls stay hidden while the lesson is open, in presenter mode "
                                   "too, and come back when it is closed."))
        column = QVBoxLayout(group)
        for name in HIDEABLE:
            box = QCheckBox(translate("lesson", HIDE_LABELS[name]))
            box.setChecked(name in hidden)
            column.addWidget(box)
            self.hide_boxes[name] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("lesson", "The lesson's title, as the class will see it:")))
        layout.addWidget(self.title)
        layout.addWidget(group)
        layout.addWidget(buttons)

    def lesson_title(self) -> str:
        return self.title.text().strip()

    def hidden_controls(self) -> list[str]:
        """The ticked names of HIDEABLE, in its order."""
        return [name for name, box in self.hide_boxes.items() if box.isChecked()]


class LessonSaver(QObject):
    finished = Signal()
    failed = Signal(str)  # one sentence

    def __init__(self, window: Any, path: Path, title: str, hide: list[str] | None = None) -> None:
        """`hide`: the controls every lab of the lesson hides (the dialog's ticks); None: in each lab, those the
        class does not see now (hidden_now)."""
        super().__init__()
        self.window, self.path, self.title, self.hide = window, path, title, hide
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
            hide = sorted(hidden_now(window, name)) if self.hide is None else list(self.hide)
            labs.append(LessonLab(name, f"{name}{MODEL_SUFFIX}", prompt=prompt, hide=hide, font_scale=round(scale, 3)))
            # The first caption, in the teacher's language: from then on it is the teacher's to edit.
            panel = window.panel_zoom.enlarged if window.controllers[name] is window.current else None
            steps.append(LessonStep(f"## {translate('lab', view.title)}\n\n{translate('lab', view.summary)}", name,
                                    panel=panel))
        try:
            write_lesson(self.path, Lesson(self.title, labs, steps),
                         {name: self._model_path(name) for name in self.labs})
        except GenvizError as error:
            self._fail(core_sentence(error.sentence))
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
