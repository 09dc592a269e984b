"""A row of controls that wraps onto further lines when its column is too narrow, like words in a paragraph: at a
projector's font size a row of buttons wider than the column would otherwise be cut off or scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Widgets left to right (right to left in a right-to-left language) at their preferred size, starting a new
    line where the next does not fit.

    It asks for the height its lines take at the width it was last given, not for a height-for-width: a
    height-for-width would travel up to the column's scroll area, which then sizes the whole column to its
    preferred height instead of the window's."""

    def __init__(self, parent: QWidget | None = None, widgets: tuple[QWidget, ...] = ()) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._width = 0  # the width last given; 0 before any: one line
        for widget in widgets:
            self.addWidget(widget)

    # QLayout
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._height()
        self._width = rect.width()
        if self._height() != height:  # more or fewer lines than the layout above made room for
            self.invalidate()
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, as high as the lines at the last width."""
        margins = self.contentsMargins()
        return QSize(self._one_line_width() + margins.left() + margins.right(), self._height())

    def minimumSize(self) -> QSize:
        """As wide as the widest widget (one a line), as high as the lines at the last width."""
        margins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in self._shown()), default=0)
        return QSize(width + margins.left() + margins.right(), self._height())

    def _height(self) -> int:
        margins = self.contentsMargins()
        width = self._width or self._one_line_width() + margins.left() + margins.right()
        return self._place(QRect(0, 0, width, 0), move=False)

    def _one_line_width(self) -> int:
        shown = self._shown()
        return sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (isinstance(item, QWidgetItem) and item.widget().isHidden())]

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight

    def spacing(self) -> int:
        own = super().spacing()
        return own if own >= 0 else 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (or only measure), returning the height they take. A widget whose size
        policy lets it expand sideways (a slider) takes what its line leaves free."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + width > area.width():
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += width + self.spacing()
        y = area.y()
        for line in lines:
            hints = [item.sizeHint() for item in line]
            free = area.width() - sum(hint.width() for hint in hints) - self.spacing() * (len(line) - 1)
            growing = [item for item in line if item.expandingDirections() & Qt.Orientation.Horizontal]
            x, height = area.x(), max((hint.height() for hint in hints), default=0)
            for item, hint in zip(line, hints, strict=True):
                width = hint.width() + (max(0, free) // len(growing) if item in growing else 0)
                if move:
                    place = QRect(QPoint(x, y + (height - hint.height()) // 2),
                                  QSize(min(width, area.width()), hint.height()))
                    item.setGeometry(QStyle.visualRect(self._direction(), area, place))  # right to left in Arabic
                x += width + self.spacing()
            y += height + self.spacing()
        return max(0, y - self.spacing()) - rect.y() + margins.bottom()
