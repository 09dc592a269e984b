"""A label of a fixed number of lines: text that changes never moves the widgets around it, unless it needs more
lines than that (large text in a narrow column), when it grows rather than be cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy


class LinesLabel(QLabel):
    """Word-wrapped text that always takes `lines` lines of height and asks for no width of its own: a sentence
    that grows a line, or a banner that appears, would otherwise push the pictures down or the columns aside.
    `padding` is the style sheet's padding in pixels. Text that needs more lines at the label's width makes it
    taller: cut off, it would say nothing."""

    def __init__(self, lines: int, text: str = "", padding: int = 0) -> None:
        super().__init__(text)
        self.lines = lines
        self.padding = padding
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        # follows the font, so larger text (Ctrl+=) gets taller lines
        height = self.fontMetrics().lineSpacing() * self.lines + 2 * self.padding + margins.top() + margins.bottom()
        if self.width() > 0 and self.text():  # the width last given, not a height-for-width (see FlowLayout)
            height = max(height, QLabel.heightForWidth(self, self.width()) + 2 * self.padding)
        return QSize(0, height + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # as many lines as the new width needs
