"""The strip at the top of the window while a lesson is open: the step's caption, large, and Previous/Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from genviz.qt.style import INK
from genviz.qt.translation import translate

CAPTION_SCALE = 1.5  # of the application font: read from the back of a classroom
BACKGROUND = "#FFF8E1"  # a warm paper tone, apart from the lab's white panels


class CaptionStrip(QWidget):
    previous_clicked = Signal()
    next_clicked = Signal()
    close_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("captionStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#captionStrip {{ background: {BACKGROUND}; border-bottom: 2px solid {INK}; }}"
                           f" QLabel {{ color: {INK}; }}")
        # The title and the caption are the teacher's words, in the lesson's own language: never translated.
        self.title = QLabel()
        self.title.setProperty("user_text", True)
        self.title.setToolTip(translate("lesson", "The lesson's title."))
        self.counter = QLabel()
        self.counter.setToolTip(translate(
            "lesson", "Which step of the lesson this is. PageDown and PageUp (a presentation clicker's keys) go to "
            "the next and previous step."))
        self.caption = QLabel()
        self.caption.setProperty("user_text", True)
        self.caption.setTextFormat(Qt.TextFormat.MarkdownText)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setToolTip(translate(
            "lesson", "What the teacher wants the class to look at, or to predict, in this step."))
        self.previous_button = QPushButton(translate("lesson", "◀ Previous"))
        self.previous_button.setToolTip(translate("lesson", "The previous step of the lesson (PageUp)."))
        self.next_button = QPushButton(translate("lesson", "Next ▶"))
        self.next_button.setToolTip(translate("lesson", "The next step of the lesson (PageDown)."))
        self.close_button = QPushButton(translate("lesson", "Close lesson"))
        self.close_button.setToolTip(translate(
            "lesson", "Close the lesson: every control it hid comes back; the labs keep its models."))
        self.previous_button.clicked.connect(self.previous_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.close_button.clicked.connect(self.close_clicked)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows stay the window's

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.counter)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 10)
        layout.addLayout(header)
        layout.addWidget(self.caption)
        self.follow_font()
        self.hide()

    def show_step(self, title: str, index: int, count: int, caption: str) -> None:
        self.title.setText(title)
        self.counter.setText(translate("lesson", "Step {number} of {count}").format(number=index + 1, count=count))
        self.caption.setText(caption)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def follow_font(self) -> None:
        """The caption larger than the application font, whatever its scale."""
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * CAPTION_SCALE)
        self.caption.setFont(font)
        title = QApplication.font()
        title.setBold(True)
        self.title.setFont(title)


class BlankScreen(QWidget):
    """Black over the whole window (B in presenter mode), so the class looks at the teacher; any key or click brings
    the lesson back, and that key does nothing else."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: black;")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(translate("lesson", "The screen is blank: press any key to bring the lesson back."))
        self.setAccessibleName(translate("lesson", "Blank screen"))
        self.hide()

    def blank(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride:  # the key comes here, not to the window's shortcuts
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.hide()

    def mousePressEvent(self, event) -> None:
        self.hide()
