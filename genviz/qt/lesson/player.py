"""An open lesson: its labs hold its models (no training), and its script of steps is shown one step at a time.

A step switches to its lab, enlarges its panel (if it names one), sets the prompt, and moves the timeline to its
step once the lab's model, with its timeline, has arrived from the training process: until then the step waits, so
the class never sees the wrong model under a caption.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from genviz.core.lesson import NOW, Lesson, LessonStep
from genviz.core.modelfile import saved_count


class LessonPlayer(QObject):
    step_shown = Signal(int)  # the step's whole state is on screen, its timeline step included

    def __init__(self, window: Any, lesson: Lesson) -> None:
        super().__init__()
        self.window, self.lesson = window, lesson
        self.steps = lesson.steps or [LessonStep(f"## {lesson.title}", lab.lab) for lab in lesson.labs]
        self.index = 0
        self.shown = False  # the current step is on screen in full
        self._saved_steps = {lab.lab: saved_count(lesson.model_files[lab.lab], "step") for lab in lesson.labs}
        self._ready: set[str] = set()  # labs whose session of the lesson's model has drawn a snapshot
        self._pending: int | None = None  # a step whose timeline position waits for its lab
        self._target: tuple[str, int | None] | None = None  # (lab, kept step or None for now) until it is drawn
        self._opened: list[str] = []  # labs given their model, in order
        self._unopened: list[str] = []  # labs that get theirs once the first step is on screen

    def open(self) -> None:
        """Give each lab its model: the labs start it in their training processes, and nothing trains. The first
        step's lab goes first and the others once that step is shown: on two cores, starting them together made
        the first step wait for all of them."""
        first = self.steps[0].lab
        self._unopened = [lab.lab for lab in self.lesson.labs if lab.lab != first]
        self._open_lab(first)

    def _open_lab(self, name: str) -> None:
        view = self.window.lab_view(name)
        self.window.controllers[name].snapshot_drawn.connect(self._on_controller_snapshot_drawn)
        view.open_model(self.lesson.model_paths[name], self.lesson.model_files[name])
        self._opened.append(name)

    def _open_the_rest(self) -> None:
        while self._unopened:
            self._open_lab(self._unopened.pop(0))

    def close(self) -> None:
        self._unopened = []  # closed (the window too, maybe) while its first step was shown: nothing more opens
        for name in self._opened:
            self.window.controllers[name].snapshot_drawn.disconnect(self._on_controller_snapshot_drawn)

    @property
    def step(self) -> LessonStep:
        return self.steps[self.index]

    def next(self) -> None:
        if self.index < len(self.steps) - 1:
            self.show(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show(self.index - 1)

    def show(self, index: int) -> None:
        self.index, self.shown = index, False
        step = self.step
        if step.lab in self._unopened:  # a step of a lab the first step did not wait for
            self._unopened.remove(step.lab)
            self._open_lab(step.lab)
        self.window.caption.show_step(self.lesson.title, index, len(self.steps), step.caption)
        self.window.show_lesson_lab(step.lab)
        self.window.enlarge_panel(step.panel)  # a step without one shows every panel
        view = self.window.controllers[step.lab].view
        prompt = step.prompt if step.prompt is not None else self.lesson.lab(step.lab).prompt
        if prompt is not None and getattr(view, "prompt", None) is not None and view.prompt.text() != prompt:
            view.prompt.setText(prompt)
            view.prompt.textEdited.emit(prompt)  # as if typed: the bars follow the new prompt
        self._pending, self._target = index, None
        self._go_to_timeline_step()

    def _go_to_timeline_step(self) -> None:
        step = self.step
        controller = self.window.controllers[step.lab]
        if step.lab not in self._ready or self.window.current_name != step.lab:
            return
        self._pending = None
        snapshot = controller.last_snapshot
        target = None
        summary = snapshot.get("timeline")
        if step.step != NOW and summary is not None and len(summary):
            kept = [int(value) for value in summary[:, 0]]
            nearest = min(kept, key=lambda k: (abs(k - step.step), k))
            target = None if nearest >= snapshot["live_step"] else nearest  # the last kept step is now
        self._target = step.lab, target
        self.window.show_timeline_step(target)
        self._check_shown(snapshot)

    def _check_shown(self, snapshot: dict[str, Any]) -> None:
        if self._target is not None and self._target == (self.window.current_name, snapshot.get("viewing")):
            self._target = None
            self.shown = True
            self.step_shown.emit(self.index)
            self._open_the_rest()

    def _on_controller_snapshot_drawn(self, snapshot: dict[str, Any]) -> None:
        lab = next(name for name, controller in self.window.controllers.items() if controller is self.sender())
        if lab not in self._ready and snapshot.get("live_step") == self._saved_steps[lab] \
                and snapshot.get("viewing") is None:
            self._ready.add(lab)
        if self._pending is not None:
            self._go_to_timeline_step()
        elif lab == self.window.current_name:
            self._check_shown(snapshot)
