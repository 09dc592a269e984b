"""The main window: one tab per lab, the shared transport bar, an error banner and the status bar."""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QProcess, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genviz.core.errors import GenvizError
from genviz.core.host import HOSTS
from genviz.core.lesson import LESSON_SUFFIX, LessonError, read_lesson
from genviz.core.modelfile import MODEL_SUFFIX, load_model
from genviz.core.translatable import Sentence
from genviz.qt.lab import LabController, LabView
from genviz.qt.lesson.caption import BlankScreen, CaptionStrip
from genviz.qt.lesson.player import LessonPlayer
from genviz.qt.lesson.saving import LessonDialog, LessonSaver
from genviz.qt.number_format import local_format
from genviz.qt.panel_zoom import PanelZoom
from genviz.qt.style import MAX_SCALE, MIN_SCALE, VERMILLION, apply_font_scale
from genviz.qt.theme import apply_projector_theme
from genviz.qt.timeline_bar import TimelineBar
from genviz.qt.tooltips import wrap_tooltips, wrapped
from genviz.qt.translation import LANGUAGE_KEY, LANGUAGES, chosen_language, core_sentence, translate
from genviz.qt.transport import TransportBar
from genviz.qt.widgets.flow_layout import FlowLayout

FRAME_MS = 33  # at most ~30 frames a second; the GUI draws only the newest snapshot
# On 2 cores the GUI's work on the second core slows training on the first (a busy loop there costs it 5%,
# 25 frames a second 10-20%): while training at full speed, 15 frames a second, every panel still >= 10.
FEW_CORES_TRAINING_FRAME_MS = 66
FEW_CORES = (os.cpu_count() or 1) <= 2
DRAWING_SHARE = 0.5  # drawing and painting may take at most half the GUI thread's time
SLOWEST_FRAME_MS = 500  # however costly a frame, the next comes within this
FONT_STEP = 1.15
PRESENTER_FONT = FONT_STEP**2  # presenter mode's text: two steps of View > Larger text
PROJECTOR_KEY = "projector"  # QSettings: View > Projector colours is on


def restart_command() -> tuple[str, list[str]]:
    """How this genviz was started: the bundle's executable with its arguments, or Python with its own options
    and arguments (`genviz`, `python -m genviz`, `python main.py` alike)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, sys.orig_argv[1:]



def focus_buttons_by_tab(root: QWidget) -> None:
    """Tab reaches a button, but a click gives it no focus: after clicking Train, Space and Right train and step
    as a class expects, instead of pressing the clicked button again or moving the focus to the next one."""
    for button in root.findChildren(QAbstractButton):
        if button.focusPolicy() == Qt.FocusPolicy.StrongFocus:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

class ErrorBanner(QWidget):
    """One sentence in a coloured strip above the lab; the app stays usable underneath."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorBanner")
        self.setStyleSheet(f"#errorBanner {{ background: {VERMILLION}; }} QLabel {{ color: white; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(translate("window", "Dismiss"))
        close.setToolTip(translate("window", "Hide this message."))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, labs: dict[str, LabView | type[LabView]], settings: QSettings | None = None) -> None:
        """`labs` in tab order: a view, or a view's class, built when its tab is first shown (a faster start)."""
        super().__init__()
        self.setWindowTitle(translate("window", "genviz: watch generative models learn"))
        self.setAcceptDrops(True)
        self.settings = settings or QSettings()
        self.lab_names = list(labs)
        self.controllers: dict[str, LabController] = {}  # the labs built so far
        self._unbuilt: dict[str, type[LabView]] = {}
        self.font_scale = 1.0
        self.lesson_player: LessonPlayer | None = None
        self.presenting = False
        self._lessons_folder: tempfile.TemporaryDirectory | None = None  # the open lessons' models, removed at exit
        self._lesson_folder: Path | None = None  # the models of the lesson open now
        self._font_outside_lesson = 1.0  # the text size to go back to when the lesson closes
        self._font_outside_presenter = 1.0  # ... and when presenter mode ends
        self.caption = CaptionStrip()
        self.transport = TransportBar()
        self.timeline = TimelineBar()
        self.banner = ErrorBanner()
        self.panel_zoom = PanelZoom(self)  # double-click a plot or picture: its panel fills the lab; Esc: back
        self.panel_zoom.changed.connect(self._on_panel_zoom_changed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_status_bar()
        self._build_menus_and_shortcuts()
        for name, lab in labs.items():
            if isinstance(lab, LabView):
                self._add_controller(name, lab)
                page = lab
            else:
                self._unbuilt[name] = lab
                page = QWidget()  # a placeholder until the tab is first shown
            self.tabs.addTab(page, translate("lab", lab.title))
            self.tabs.setTabToolTip(self.tabs.count() - 1, wrapped(translate("lab", lab.summary)))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        top = QWidget()  # the timeline beside the transport bar, or under it when the window is too narrow
        top_row = FlowLayout(top, (self.transport, self.timeline))
        top_row.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(top)
        layout.addWidget(self.timeline.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.blank_screen = BlankScreen(self)
        self.caption.next_clicked.connect(self.next_lesson_step)
        self.caption.previous_clicked.connect(self.previous_lesson_step)
        self.caption.close_clicked.connect(self.close_lesson)

        self.transport.train_toggled.connect(self._on_transport_train_toggled)
        self.transport.step_clicked.connect(lambda: self.current.step())
        self.transport.reset_clicked.connect(self.reset)
        self.transport.speed_changed.connect(lambda speed: self.current.set_speed(speed))
        self.timeline.view_requested.connect(lambda step: self.current.show_step(step))
        self.timeline.branch_requested.connect(self.branch)
        self._previous_lab = None
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self._on_frame_timer_timeout)
        self.frame_timer.start()
        self.next_panel = QTimer(self)  # the next panel of a frame, as soon as Qt has painted the last one
        self.next_panel.setSingleShot(True)
        self.next_panel.setInterval(0)
        self.next_panel.timeout.connect(self._on_frame_timer_timeout)
        self._drawing_s = 0.0  # seconds spent drawing and painting the frame being drawn
        self._frame_done_at = 0.0

        wrap_tooltips(self)
        focus_buttons_by_tab(self)
        self._restore_settings()
        self._on_tabs_current_changed(self.tabs.currentIndex())

    @property
    def current_name(self) -> str:
        return self.lab_names[self.tabs.currentIndex()]

    @property
    def current(self) -> LabController:
        return self.controllers[self.current_name]

    # Actions
    def reset(self) -> None:
        self.banner.hide()
        self.transport.set_training(False)
        self.current.reset()

    def branch(self, step: int) -> None:
        """Train again from a kept step, once the teacher agrees to forget what came after it."""
        live = (self.current.last_snapshot or {}).get("live_step", step)
        answer = QMessageBox.question(
            self, translate("window", "Train from here?"),
            local_format(translate("window", "Training from step {step:,} forgets the {later:,} steps the model learnt "
                                   "after it. Train from here?"), step=step, later=live - step))
        if answer == QMessageBox.StandardButton.Yes:
            self.timeline.forget()
            self.current.branch_from(step)
            self.current.train()
            self.transport.set_training(True)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        apply_font_scale(QApplication.instance(), self.font_scale, self)
        size = self.size()
        for controller in self.controllers.values():
            self._scale_view(controller.view)
        self.caption.follow_font()
        self.resize(size)  # larger text never makes the window larger than the screen it was on

    def _scale_view(self, view: LabView) -> None:
        view.set_font_scale(self.font_scale)
        view.fit_settings_column()

    def show_settings_column(self, shown: bool) -> None:
        """View > Settings column; presenter mode and a lesson that hides them keep them hidden meanwhile."""
        self.settings_action.setChecked(shown)
        self._apply_visibility()

    def _settings_shown(self, lab: str) -> bool:
        hidden = "settings" in self.hidden_by_lesson(lab)
        return self.settings_action.isChecked() and not self.presenting and not hidden

    def hidden_by_lesson(self, lab: str) -> set[str]:
        """The window controls the open lesson hides while it shows `lab`."""
        if self.lesson_player is None or lab not in [entry.lab for entry in self.lesson_player.lesson.labs]:
            return set()
        return set(self.lesson_player.lesson.lab(lab).hide)

    def _apply_visibility(self) -> None:
        """The controls as View > Settings column, presenter mode and the open lesson say."""
        for name, controller in self.controllers.items():
            controller.view.show_settings_column(self._settings_shown(name))
        hidden = self.hidden_by_lesson(self.current_name) if self.lab_names else set()
        self.transport.setVisible("transport" not in hidden)
        self.tabs.tabBar().setVisible("tabs" not in hidden)
        if "timeline" in hidden:
            self.timeline.hide()
        elif self.timeline.isHidden() and self.controllers.get(self.current_name) is not None:
            self.timeline.show_snapshot(self.current.last_snapshot)  # shown as the lab's snapshot says
        self.caption.setVisible(self.lesson_player is not None)
        self.statusBar().setVisible(not self.presenting)  # figures for the teacher, noise for the class
        lesson = self.lesson_player is not None
        for shortcut in (self.page_down, self.page_up):
            shortcut.setEnabled(lesson)
        self.left_key.setEnabled(lesson and self.presenting)
        self.escape_key.setEnabled(self.presenting or self.panel_zoom.enlarged is not None)
        self.blank_key.setEnabled(self.presenting)
        self.close_lesson_action.setEnabled(lesson)

    # Presenting
    def set_presenting(self, presenting: bool) -> None:
        """Presenter mode (F5, Esc leaves): full screen, larger text, no settings column (nor the lesson's hidden
        controls), the lesson's caption at the top; B blanks the screen, and Right/Left also move through the
        lesson's steps."""
        if presenting == self.presenting:
            return
        self.presenting = presenting
        self.presenter_action.setChecked(presenting)
        if presenting:
            self._font_outside_presenter = self.font_scale
            self.set_font_scale(self.font_scale * PRESENTER_FONT)
            self.showFullScreen()
        else:
            self.blank_screen.hide()
            self.set_font_scale(self._font_outside_presenter)
            if not self.full_screen_action.isChecked():
                self.showNormal()
        self._apply_visibility()

    @property
    def own_font_scale(self) -> float:
        """The text size without presenter mode's enlargement."""
        return self._font_outside_presenter if self.presenting else self.font_scale

    def blank(self) -> None:
        self.blank_screen.blank()

    # Lessons
    def open_lesson(self, path: Path) -> None:
        """Open every lab of the lesson with its model (settings, weights, timeline), with no training, and show
        its first step. A bad lesson is refused in one sentence and what was open stays."""
        folder = Path(tempfile.mkdtemp(prefix="lesson-", dir=self._lesson_root()))
        try:
            lesson = read_lesson(path, folder)
            missing = [lab.lab for lab in lesson.labs if lab.lab not in self.lab_names]
            if missing:
                raise LessonError(translate("window", "{file} holds a model of the {lab} lab, which this app does not "
                                            "have.").format(file=path.name, lab=missing[0]))
        except GenvizError as error:
            shutil.rmtree(folder, ignore_errors=True)
            self.banner.show_message(core_sentence(error.sentence))
            return
        self.banner.hide()
        self.panel_zoom.restore()
        if self.lesson_player is None:
            self._font_outside_lesson = self.own_font_scale
        else:
            self._end_lesson()
        self.transport.set_training(False)
        for lab in lesson.labs:  # a lesson opens still: the teacher starts training, if at all
            if lab.lab in self.controllers:
                self.controllers[lab.lab].pause()
        self.lesson_player, self._lesson_folder = LessonPlayer(self, lesson), folder
        self.lesson_player.open()
        self.lesson_player.show(0)
        self._apply_visibility()
        self.statusBar().showMessage(translate(
            "window", "Opened the lesson “{title}”: PageDown for the next step, F5 to present.").format(
                title=lesson.title), 8000)

    def close_lesson(self) -> None:
        """Every control the lesson hid comes back, and the text its size; the labs keep its models."""
        if self.lesson_player is None:
            return
        self._end_lesson()
        self.panel_zoom.restore()  # what the lesson enlarged goes back with what it hid
        if self.presenting:
            self._font_outside_presenter = self._font_outside_lesson
            self.set_font_scale(self._font_outside_lesson * PRESENTER_FONT)
        else:
            self.set_font_scale(self._font_outside_lesson)
        self._apply_visibility()

    def _end_lesson(self) -> None:
        self.lesson_player.close()
        self.lesson_player = None
        if self._lesson_folder is not None:
            shutil.rmtree(self._lesson_folder, ignore_errors=True)
            self._lesson_folder = None

    def _lesson_root(self) -> str:
        if self._lessons_folder is None:
            self._lessons_folder = tempfile.TemporaryDirectory(prefix="genviz-lessons-")
        return self._lessons_folder.name

    def next_lesson_step(self) -> None:
        if self.lesson_player is not None:
            self.lesson_player.next()

    def previous_lesson_step(self) -> None:
        if self.lesson_player is not None:
            self.lesson_player.previous()

    def lab_view(self, name: str) -> LabView:
        """The lab's view, built now if its tab was never shown; the tab shown stays."""
        if name in self._unbuilt:
            shown = self.tabs.currentIndex()
            self._build_lab(name)
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(shown)
            self.tabs.blockSignals(False)
        return self.controllers[name].view

    def show_lesson_lab(self, name: str) -> None:
        """A lesson's step shows this lab: its tab, at the lesson's text size."""
        self.tabs.setCurrentIndex(self.lab_names.index(name))
        scale = self.lesson_player.lesson.lab(name).font_scale if self.lesson_player is not None else None
        if scale is not None:
            if self.presenting:
                self._font_outside_presenter = scale
                scale *= PRESENTER_FONT
            if not math.isclose(scale, self.font_scale):
                self.set_font_scale(scale)
        self._apply_visibility()

    def enlarge_panel(self, name: str | None) -> None:
        """Enlarge the shown lab's panel `name` (genviz/core/lesson.py's PANELS) to the whole lab; None: every
        panel, as laid out before."""
        if name is None:
            self.panel_zoom.restore()
        else:
            self.panel_zoom.enlarge(self.current.view, name)

    def show_timeline_step(self, step: int | None) -> None:
        """The lab shown as it was at this kept step (None: now), the timeline's slider moved to it."""
        if step is None:
            self.timeline.go_live()
        elif step in self.timeline.steps:
            self.timeline.slider.setValue(self.timeline.steps.index(step))
        else:
            self.current.show_step(step)

    def save_lesson(self, path: Path, title: str, hide: list[str] | None = None) -> None:
        """Write the labs' trained models, what each shows, and one step per lab to begin the script; `hide`: the
        controls every lab of the lesson hides (None: those each hides now)."""
        self._lesson_saver = LessonSaver(self, path, title, hide)
        self._lesson_saver.finished.connect(lambda: self.statusBar().showMessage(
            translate("window", "Saved the lesson to {path}").format(path=path), 8000))
        self._lesson_saver.failed.connect(self.banner.show_message)
        self._lesson_saver.start()

    def open_file(self, path: Path) -> None:
        if path.suffix == LESSON_SUFFIX:
            self.open_lesson(path)
        elif path.suffix == MODEL_SUFFIX:
            self.open_model(path)
        else:
            self.current.view.open_file(path)

    def open_model(self, path: Path) -> None:
        """Show the lab the model file belongs to, with its settings and weights; a bad file is refused (checked
        without torch) and the lab keeps its model."""
        try:
            file = load_model(path)
        except GenvizError as error:
            self.banner.show_message(core_sentence(error.sentence))
            return
        if file.lab not in self.lab_names:
            self.banner.show_message(translate(
                "window", "{file} is a model of the {lab} lab, which this app does not have.").format(
                    file=path.name, lab=file.lab))
            return
        self.banner.hide()
        self.tabs.setCurrentIndex(self.lab_names.index(file.lab))
        self.current.view.open_model(path, file)

    def shutdown(self) -> None:
        """Stop every training process and wait for it; called from closeEvent and aboutToQuit, runs once."""
        if not self.frame_timer.isActive():
            return
        self.frame_timer.stop()
        self.next_panel.stop()
        for controller in self.controllers.values():  # all at once, then wait: closing takes one step, not four
            controller.begin_shutdown()
        for controller in self.controllers.values():
            controller.shutdown()
        if self._lessons_folder is not None:
            self._lessons_folder.cleanup()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_presenting(False)  # the user's own text size and settings column are what is kept
        self.close_lesson()
        self._save_settings()
        self.hide()  # closing feels instant even if a training process is still starting up
        self.shutdown()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_file(Path(url.toLocalFile()))
                break

    # Building
    def _add_controller(self, name: str, view: LabView) -> None:
        controller = view.make_controller()
        controller.snapshot_drawn.connect(self._on_controller_snapshot_drawn)
        controller.snapshot_arrived.connect(self._on_controller_snapshot_arrived)
        controller.failed.connect(self.banner.show_message)
        controller.training_changed.connect(self._on_controller_training_changed)
        controller.session_started.connect(self._on_controller_session_started)
        view.message.connect(self.banner.show_message)
        self.panel_zoom.add_lab(name, view)
        self._scale_view(view)
        view.show_settings_column(self._settings_shown(name))
        wrap_tooltips(view)
        focus_buttons_by_tab(view)
        self.controllers[name] = controller

    def _build_lab(self, name: str) -> None:
        """Put the lab's view in place of its tab's placeholder."""
        view = self._unbuilt.pop(name)()
        index = self.lab_names.index(name)
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the swap is not the user changing tabs
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, translate("lab", view.title))
        self.tabs.setTabToolTip(index, wrapped(translate("lab", view.summary)))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._add_controller(name, view)

    def _build_status_bar(self) -> None:
        self.step_label, self.loss_label, self.speed_label = QLabel(), QLabel(), QLabel()
        self.device_label = QLabel(translate("window", "starting the model engine…"))
        tips = {
            self.step_label: translate("window", "How many training steps (weight updates) the model has taken."),
            self.loss_label: translate("window", "The training loss of the last step: how wrong the model was. "
                                       "Lower is better."),
            self.speed_label: translate("window", "Training steps per second on this machine."),
            self.device_label: translate("window", "Where the model runs: a GPU when there is one, else the CPU."),
        }
        for label, tip in tips.items():
            label.setToolTip(tip)
            label.setMinimumWidth(110)
            label.setContentsMargins(6, 0, 6, 0)  # a text wider than the minimum never runs into the next one
            self.statusBar().addPermanentWidget(label)
        self._show_status(None)

    def _build_menus_and_shortcuts(self) -> None:
        file_menu = self.menuBar().addMenu(translate("window", "&File"))
        open_action = QAction(translate("window", "&Open data file…"), self, shortcut=QKeySequence.StandardKey.Open)
        open_action.setToolTip(translate("window", "Open a file for the current lab (a .txt corpus in the Text lab)."))
        open_action.triggered.connect(self._on_open_action_triggered)
        open_model_action = QAction(translate("window", "Open &model…"), self, shortcut=QKeySequence("Ctrl+Shift+O"))
        open_model_action.setToolTip(translate(
            "window", "Open a model saved by any lab (File > Save model or genviz train)."))
        open_model_action.triggered.connect(self._on_open_model_action_triggered)
        save_action = QAction(translate("window", "&Save model…"), self, shortcut=QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self._on_save_action_triggered)
        open_lesson_action = QAction(translate("window", "Open &lesson…"), self, shortcut=QKeySequence("Ctrl+L"))
        open_lesson_action.setToolTip(translate(
            "window", "Open a lesson ({suffix}): its labs with their trained models and its script of steps, with "
            "nothing to train.").format(suffix=LESSON_SUFFIX))
        open_lesson_action.triggered.connect(self._on_open_lesson_action_triggered)
        save_lesson_action = QAction(translate("window", "Save l&esson…"), self)
        save_lesson_action.setToolTip(translate(
            "window", "Save the labs' trained models, what each shows and one step per lab as a lesson to open in "
            "class."))
        save_lesson_action.triggered.connect(self._on_save_lesson_action_triggered)
        self.close_lesson_action = QAction(translate("window", "Close lesson"), self, enabled=False)
        self.close_lesson_action.triggered.connect(self.close_lesson)
        screenshot_action = QAction(translate("window", "Save s&creenshot…"), self)
        screenshot_action.triggered.connect(self._on_screenshot_action_triggered)
        quit_action = QAction(translate("window", "&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (open_action, open_model_action, save_action, screenshot_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (open_lesson_action, save_lesson_action, self.close_lesson_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(translate("window", "&View"))
        bigger = QAction(translate("window", "Larger text"), self,
                         shortcuts=[QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        bigger.triggered.connect(lambda: self.set_font_scale(self.font_scale * FONT_STEP))
        smaller = QAction(translate("window", "Smaller text"), self, shortcut=QKeySequence("Ctrl+-"))
        smaller.triggered.connect(lambda: self.set_font_scale(self.font_scale / FONT_STEP))
        normal = QAction(translate("window", "Normal text size"), self, shortcut=QKeySequence("Ctrl+0"))
        normal.triggered.connect(lambda: self.set_font_scale(1.0))
        self.settings_action = QAction(translate("window", "Settings column"), self, shortcut=QKeySequence("Ctrl+B"),
                                       checkable=True, checked=True)
        self.settings_action.setToolTip(translate("window", "Hide the settings to give the pictures the room "
                                                  "(Ctrl+B)."))
        self.settings_action.toggled.connect(self.show_settings_column)
        full = QAction(translate("window", "Full screen"), self, shortcut=QKeySequence("F11"), checkable=True)
        full.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        self.full_screen_action = full
        self.presenter_action = QAction(translate("window", "Presenter mode"), self, shortcut=QKeySequence("F5"),
                                        checkable=True)
        self.presenter_action.setToolTip(translate(
            "window", "For the projector: full screen, larger text, no settings, the lesson's caption at the top. "
            "PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves."))
        self.presenter_action.toggled.connect(self.set_presenting)
        self.projector_action = QAction(translate("window", "Projector colours"), self, checkable=True)
        self.projector_action.setToolTip(translate(
            "window", "A dark background, light text, thick lines and large markers: readable on a washed-out "
            "projector."))
        self.projector_action.toggled.connect(self._on_projector_action_toggled)
        for action in (bigger, smaller, normal, self.settings_action, full, self.presenter_action,
                       self.projector_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu)
        for menu in (file_menu, view_menu):
            menu.setToolTipsVisible(True)

        # Space (train/pause) and Right (one step) are keyPressEvent's: a control with the focus uses them first.
        for key, slot in (("Ctrl+R", self.reset), ("End", self.timeline.go_live)):
            QShortcut(QKeySequence(key), self, activated=slot)
        # A presentation clicker sends PageDown/PageUp; these are live only while a lesson (or presenter mode) is.
        self.page_down = QShortcut(QKeySequence("PgDown"), self, activated=self.next_lesson_step, enabled=False)
        self.page_up = QShortcut(QKeySequence("PgUp"), self, activated=self.previous_lesson_step, enabled=False)
        self.left_key = QShortcut(QKeySequence("Left"), self, activated=self.previous_lesson_step, enabled=False)
        self.escape_key = QShortcut(QKeySequence("Esc"), self, activated=self._on_escape_key, enabled=False)
        self.blank_key = QShortcut(QKeySequence("B"), self, activated=self.blank, enabled=False)

    def _build_language_menu(self, view_menu) -> None:
        """View > Language: each language in its own name, the one in use ticked."""
        menu = view_menu.addMenu(translate("window", "&Language"))
        menu.setProperty("user_text", True)  # the languages' own names are never translated
        self.language_actions = QActionGroup(self)
        current = chosen_language(self.settings)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setData(code)
            self.language_actions.addAction(action)
            menu.addAction(action)
        self.language_actions.triggered.connect(lambda action: self.choose_language(action.data()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space trains or pauses and Right takes one step, unless the control with the focus used the key (Space
        presses a button, Right moves a slider): every control stays usable from the keyboard."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.transport.toggle()
        elif plain and event.key() == Qt.Key.Key_Right:
            self._on_right_key()
        else:
            super().keyPressEvent(event)

    # Language and colours
    def choose_language(self, language: str) -> None:
        """Remember the language for the next start (it is loaded before any widget exists) and offer a
        restart now."""
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.sync()
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        box = QMessageBox(QMessageBox.Icon.Information, translate("window", "Language"),
                          translate("window", "genviz speaks the new language when it opens next."),
                          QMessageBox.StandardButton.NoButton, self)
        restart = box.addButton(translate("window", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("window", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.restart() if button is restart else None)
        box.open()
        self.language_box = box

    def restart(self) -> None:
        """Start genviz again as it was started, then close this window; if it cannot start, say so and stay."""
        program, arguments = restart_command()
        if not QProcess.startDetached(program, arguments, os.getcwd())[0]:
            self.banner.show_message(translate("window", "genviz could not start again: close it and open it "
                                               "yourself to see the new language."))
            return
        self.close()

    def set_projector_colours(self, on: bool) -> None:
        """View > Projector colours, remembered for the next start."""
        self.projector_action.setChecked(on)

    def _on_projector_action_toggled(self, on: bool) -> None:
        self.settings.setValue(PROJECTOR_KEY, on)
        apply_projector_theme(QApplication.instance(), self, on)

    # Settings
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        last = self.settings.value("window/lab", "")
        if last in self.lab_names:
            self.tabs.setCurrentIndex(self.lab_names.index(last))
        self.set_font_scale(float(self.settings.value("window/font_scale", 1.0)))
        self.show_settings_column(self.settings.value("window/settings_column", "true") == "true")
        self.set_projector_colours(self.settings.value(PROJECTOR_KEY, False, type=bool))

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/lab", self.current_name)
        self.settings.setValue("window/font_scale", self.font_scale)
        self.settings.setValue("window/settings_column", "true" if self.settings_action.isChecked() else "false")
        self.settings.sync()

    # Handlers
    def _on_tabs_current_changed(self, index: int) -> None:
        """Only the shown lab trains: the laptop's cores go to what the class is watching. The lab left shows every
        panel when it comes back."""
        self.panel_zoom.restore()
        if self._previous_lab is not None and self._previous_lab != self.current_name:
            self.controllers[self._previous_lab].pause()
        self._previous_lab = self.current_name
        if self.current_name in self._unbuilt:
            self._build_lab(self.current_name)
        controller = self.current
        controller.set_speed(self.transport.speed.currentData())  # one Speed box for every lab
        # Once the event loop runs: a model or lesson opened at launch starts the process with its own model, not
        # a default one first (half a second of a lesson's first step)
        QTimer.singleShot(0, self._start_current_lab)
        self.transport.set_training(controller.training)
        self._show_status(controller.last_snapshot)
        self.timeline.follow(controller.last_snapshot)
        self._apply_visibility()

    def _start_current_lab(self) -> None:
        if not self.frame_timer.isActive():  # the window shut down before the event loop ran
            return
        self.current.ensure_started()  # a process of its own: the window does not wait for it
        HOSTS.keep_spare = any(c.handle is None for c in self.controllers.values()) or bool(self._unbuilt)

    def _on_transport_train_toggled(self, train: bool) -> None:
        if train:
            self.banner.hide()
            self.current.train()
        else:
            self.current.pause()

    def _on_frame_timer_timeout(self) -> None:
        """Draw the next panel of the newest snapshot. Each panel is its own event, and Qt paints it before the
        next: a frame never holds the GUI thread for longer than its costliest panel."""
        start = time.perf_counter()
        if not self.current.drawing:  # a new frame: count its own cost only
            self._drawing_s = 0.0
        state = self.current.draw_pending()
        self._drawing_s += time.perf_counter() - start
        if state == "more":
            self.next_panel.start()
        elif state == "done":
            self._frame_done_at = time.perf_counter()
            self._pace_frames()
            if self.current.pending_shows_another_step:
                self.next_panel.start()

    def _on_controller_snapshot_arrived(self) -> None:
        """A snapshot that comes after a frame's interval is drawn at once, not at the next tick, and so is one that
        answers the class while paused (Step, Reset, a request) or a move of the timeline's slider: the class is
        waiting for those."""
        due = self._frame_done_at + self.frame_timer.interval() / 1000
        if (self.sender() is self.current and not self.next_panel.isActive()
                and (time.perf_counter() >= due or not self.current.training
                     or self.current.pending_shows_another_step)):
            self.next_panel.start()

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.UpdateRequest:
            return super().event(event)
        start = time.perf_counter()  # Qt paints every changed widget now, after the drawing
        handled = super().event(event)
        self._drawing_s += time.perf_counter() - start
        return handled

    def _pace_frames(self) -> None:
        """Training runs in another process, so frames come as often as snapshots do, up to ~30 a second (15
        while training at full speed on 2 cores), unless drawing and painting a frame would take more than
        DRAWING_SHARE of the time: then they come less often, and the window still answers at once."""
        cost_ms, self._drawing_s = 1000 * self._drawing_s, 0.0
        at_full_speed = self.current.training and self.current.speed is None
        shortest = FEW_CORES_TRAINING_FRAME_MS if FEW_CORES and at_full_speed else FRAME_MS
        interval = int(min(SLOWEST_FRAME_MS, max(shortest, cost_ms / DRAWING_SHARE)))
        if interval != self.frame_timer.interval():
            self.frame_timer.setInterval(interval)

    def _on_controller_snapshot_drawn(self, snapshot: dict[str, Any]) -> None:
        if self.sender() is self.current:
            self._show_status(snapshot)
            self.timeline.show_snapshot(snapshot)
            if "timeline" in self.hidden_by_lesson(self.current_name):
                self.timeline.hide()

    def _show_status(self, snapshot: dict[str, Any] | None) -> None:
        """The status bar always speaks of the lab shown."""
        if snapshot is None:
            self.step_label.setText(translate("window", "step —"))
            self.loss_label.setText(translate("window", "loss —"))
            self.speed_label.setText(translate("window", "— steps/s"))
            return
        self.step_label.setText(local_format(translate("window", "step {step:,}"), step=snapshot["step"]))
        loss = snapshot.get("loss", math.nan)
        self.loss_label.setText(translate("window", "loss —") if math.isnan(loss) else
                                local_format(translate("window", "loss {loss:.3f}"), loss=loss))
        self.speed_label.setText(local_format(translate("window", "{speed:.0f} steps/s"),
                                              speed=snapshot.get("steps_per_second", 0.0)))

    def _on_controller_training_changed(self, training: bool) -> None:
        if self.sender() is self.current:
            self.transport.set_training(training)

    def _on_controller_session_started(self, device: Sentence) -> None:
        if self.sender() is self.current:
            self.device_label.setText(translate("window", "running on {device}").format(device=core_sentence(device)))
            self.timeline.forget()  # a new run starts at now

    def _on_open_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("window", "Open a data file"), "",
                                              translate("window", "All files (*)"))
        if path:
            self.open_file(Path(path))

    def _on_escape_key(self) -> None:
        """Esc first brings back every panel of an enlarged one, then leaves presenter mode."""
        if self.panel_zoom.enlarged is not None:
            self.panel_zoom.restore()
        else:
            self.set_presenting(False)

    def _on_panel_zoom_changed(self) -> None:
        self._apply_visibility()  # Esc is live while a panel is enlarged
        hint = translate("window", "Esc or a double-click brings every panel back.")
        if self.panel_zoom.enlarged is not None:
            self.statusBar().showMessage(hint, 8000)
        elif self.statusBar().currentMessage() == hint:
            self.statusBar().clearMessage()

    def _on_right_key(self) -> None:
        """A training step; in presenter mode with a lesson, the lesson's next step (a clicker's key)."""
        if self.presenting and self.lesson_player is not None:
            self.lesson_player.next()
        else:
            self.current.step()

    def _on_open_lesson_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("window", "Open a lesson"), "", self._lessons_filter())
        if path:
            self.open_lesson(Path(path))

    def _on_save_lesson_action_triggered(self) -> None:
        dialog = LessonDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("window", "Save the lesson"), f"lesson{LESSON_SUFFIX}",
                                              self._lessons_filter())
        if path:
            self.save_lesson(Path(path), dialog.lesson_title(), dialog.hidden_controls())

    def _on_open_model_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("window", "Open a trained model"), "",
                                              self._models_filter())
        if path:
            self.open_model(Path(path))

    def _on_save_action_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("window", "Save the trained model"),
                                              f"{self.current_name}{MODEL_SUFFIX}", self._models_filter())
        if path:
            self.save_model(Path(path))

    def save_model(self, path: Path) -> None:
        self.current.send_request("save", (str(path),),
                                  lambda _: self.statusBar().showMessage(
                                      translate("window", "Saved the model to {path}").format(path=path), 8000),
                                  self.banner.show_message)

    def _on_screenshot_action_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("window", "Save a screenshot"), "genviz.png",
                                              translate("window", "PNG images (*.png)"))
        if path:
            self.grab().save(path)

    @staticmethod
    def _lessons_filter() -> str:
        return translate("window", "genviz lessons (*{suffix})").format(suffix=LESSON_SUFFIX)

    @staticmethod
    def _models_filter() -> str:
        return translate("window", "genviz models (*{suffix})").format(suffix=MODEL_SUFFIX)
