""""Real or fake?", the image labs' quiz: a 4x4 grid of real training images and the model's own, mixed. The class
clicks the ones it thinks are fake; Reveal marks the truth on every tile (a coloured frame, solid for real and
dashed for fake, and the word, so that colour is never the only sign), the score, and in the GAN lab what the
discriminator said about each one: the class plays the discriminator."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genviz.qt.number_format import local_format, local_number
from genviz.qt.style import BLUE, INK, VERMILLION, YELLOW, scaled_font
from genviz.qt.translation import translate

COLUMNS = 4
FRAME = 6  # pixels: the frame that marks a pick, then the truth; thick enough to see from the back of a room
TITLE_FACTOR = 1.6
CAPTION_FACTOR = 1.25  # the tiles' captions, larger than the window's text: read from afar
LABEL_HEIGHT = 0.2  # the word over an image's corner covers at most this share of its height
MIN_TILE = 64  # pixels of image: 8 screen pixels to an 8x8 digit's pixel
REAL_COLOUR, FAKE_COLOUR = BLUE, VERMILLION  # as the GAN's real and fake points (style.REAL_POINTS, FAKE_POINTS)
PICK_COLOUR = YELLOW  # the class's picks, before the reveal


def to_qimage(image: np.ndarray) -> QImage:
    """A (H, W) or (H, W, 3) image in [0, 1] as an 8-bit QImage that owns its pixels."""
    pixels = np.ascontiguousarray(np.clip(image, 0.0, 1.0) * 255 + 0.5, dtype=np.uint8)
    height, width = pixels.shape[:2]
    if pixels.ndim == 3:
        return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    return QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class QuizTile(QAbstractButton):
    """One image of the quiz: a toggle, checked when the class says "fake" (a click, or Space with the focus);
    after the reveal it shows the truth on a label over the image's corner, and under it whether the class was
    right and D's verdict when there is one."""

    def __init__(self, number: int, verdict_lines: int) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("lab", "Image {number}").format(number=number))
        self.setToolTip(translate("lab", "Click if you think the model made this image; click again to take it back."))
        self.image = QImage()
        self.fake = False
        self.verdict: float | None = None  # D's probability that the image is real
        self.revealed = False
        self._lines = 1 + verdict_lines
        self.toggled.connect(self._describe)

    def show_image(self, image: np.ndarray, fake: bool, verdict: float | None) -> None:
        self.image, self.fake, self.verdict = to_qimage(image), fake, verdict
        self.revealed = False
        self.setChecked(False)
        self.setEnabled(True)
        self._describe()

    def reveal(self) -> None:
        self.revealed = True
        self.setEnabled(False)  # the guesses are in: a click no longer changes them
        self._describe()

    def label(self) -> str:
        """The word over the image's corner: the class's pick before the reveal, the truth after it."""
        if self.revealed:
            return translate("lab", "FAKE") if self.fake else translate("lab", "REAL")
        return translate("lab", "fake?") if self.isChecked() else ""

    def captions(self) -> list[str]:
        """The lines under the image, after the reveal: the class's result, and D's verdict."""
        if not self.revealed:
            return []
        if self.fake:
            lines = [translate("lab", "✓ found") if self.isChecked() else translate("lab", "✗ missed")]
        else:
            lines = [translate("lab", "✗ not a fake") if self.isChecked() else translate("lab", "✓ right")]
        if self.verdict is not None:
            lines.append(local_format(translate("lab", "D: {real:.2f} real"), real=self.verdict))
        return lines

    def _describe(self) -> None:
        self.setAccessibleDescription(" ".join(line for line in (self.label(), *self.captions()) if line))
        self.update()

    def _font(self, bold: bool, text: str = "", width: int = 0, height: float = 0.0) -> QFont:
        """The captions' font, larger than the window's; smaller where `text` would not fit in `width` or its
        line in `height` pixels."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * CAPTION_FACTOR)
        font.setBold(bold)
        metrics = QFontMetrics(font)
        shrink = min(1.0, width / max(metrics.horizontalAdvance(text), 1) if width else 1.0,
                     height / metrics.height() if height else 1.0)
        font.setPointSizeF(max(font.pointSizeF() * shrink, 6.0))
        return font

    def _caption_height(self) -> int:
        return self._lines * QFontMetrics(self._font(True)).lineSpacing()

    def sizeHint(self) -> QSize:
        return QSize(160, 160 + self._caption_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TILE, MIN_TILE + self._caption_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        side = max(1, min(self.width(), self.height() - self._caption_height()) - 2 * FRAME)
        square = QRect((self.width() - side) // 2, FRAME, side, side)
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # pixels stay crisp squares
            painter.drawImage(square, self.image)
        if self.revealed:
            colour = QColor(FAKE_COLOUR if self.fake else REAL_COLOUR)
            pen = QPen(colour, FRAME)
            pen.setStyle(Qt.PenStyle.DashLine if self.fake else Qt.PenStyle.SolidLine)
            label_ink = QColor("white")
        elif self.isChecked():  # neither the reveal's blue nor its orange, and bright against a dark image
            colour = QColor(PICK_COLOUR)
            pen = QPen(colour, FRAME)
            label_ink = QColor(INK)
        else:
            colour, label_ink = None, ink
            pen = QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.drawRect(QRectF(square).adjusted(-FRAME / 2, -FRAME / 2, FRAME / 2, FRAME / 2))
        if self.isChecked() and not self.revealed:  # a yellow frame needs an edge on a light window
            painter.setPen(QPen(ink, 1))
            edge = FRAME - 0.5  # the 1-pixel line on the frame's outer pixels: inside a tile as narrow as its frame
            painter.drawRect(QRectF(square).adjusted(-edge, -edge, edge, edge))
        if self.hasFocus():  # where Space acts: a dotted line inside the frame
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(square).adjusted(3, 3, -3, -3))
        label = self.label()
        if label and colour is not None:  # a filled label on the image's corner: read from the back of the room
            painter.setFont(self._font(True, label, side - 2 * FRAME, side * LABEL_HEIGHT))
            metrics = painter.fontMetrics()
            box = QRect(square.left(), square.top(), metrics.horizontalAdvance(label) + 2 * FRAME,
                        metrics.height() + FRAME)
            painter.fillRect(box, colour)
            painter.setPen(label_ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(ink)
        top = square.bottom() + FRAME + 2
        for index, line in enumerate(self.captions()):
            painter.setFont(self._font(index == 0, line, self.width() - 4))
            height = QFontMetrics(self._font(True)).lineSpacing()
            painter.drawText(QRect(0, top, self.width(), height), Qt.AlignmentFlag.AlignCenter, line)
            top += height


class RealOrFakePanel(QWidget):
    """The quiz, in place of a lab's pictures. `question` says, in the lab's words, who made the fakes;
    `with_verdicts`: the lab has a judge whose verdict each tile shows after the reveal (the GAN's D)."""

    new_round_requested = Signal()
    closed = Signal()

    def __init__(self, question: str, with_verdicts: bool) -> None:
        super().__init__()
        # It takes the place of the lab's pictures and asks for no room of its own: a lab is never laid out larger
        # for a quiz that is not shown.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.step: int | None = None  # the step of the model that made the fakes (and judged them)
        self.title = QLabel(translate("lab", "Real or fake?"))
        self.set_font_scale(1.0)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.tiles = [QuizTile(number + 1, int(with_verdicts)) for number in range(COLUMNS * COLUMNS)]
        for tile in self.tiles:
            tile.toggled.connect(self._on_tile_toggled)
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.score.setMinimumHeight(self.score.fontMetrics().lineSpacing() * 3)  # the reveal never moves the grid
        self.reveal_button = QPushButton(translate("lab", "Reveal"))
        self.reveal_button.setToolTip(
            translate("lab", "Show which images are fake, how many the class found, and what the model's own judge "
                      "said.") if with_verdicts else
            translate("lab", "Show which images are fake and how many the class found."))
        self.new_round_button = QPushButton(translate("lab", "New round"))
        self.new_round_button.setToolTip(translate("lab", "Another 16 images, from the model as it is now (or at "
                                                   "the step the timeline shows)."))
        self.close_button = QPushButton(translate("lab", "Close"))
        self.close_button.setToolTip(translate("lab", "Back to the lab's pictures."))
        self.reveal_button.clicked.connect(self.reveal)
        self.new_round_button.clicked.connect(self.new_round_requested)
        self.close_button.clicked.connect(self.closed)

        grid = QGridLayout()
        grid.setSpacing(8)
        for index, tile in enumerate(self.tiles):
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        buttons = QHBoxLayout()
        for button in (self.reveal_button, self.new_round_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addLayout(grid, 1)
        layout.addWidget(self.score)
        layout.addLayout(buttons)

    def set_font_scale(self, scale: float) -> None:
        self.title.setFont(scaled_font(scale, TITLE_FACTOR, bold=True))  # a font set once would not follow

    def hasHeightForWidth(self) -> bool:  # nor height for its width (its wrapped question would ask for some)
        return False

    @property
    def revealed(self) -> bool:
        return self.tiles[0].revealed

    def picked(self) -> list[bool]:
        return [tile.isChecked() for tile in self.tiles]

    def start_round(self, images: np.ndarray, fake: Sequence[bool], verdicts: Sequence[float] | None = None,
                    step: int | None = None) -> None:
        """A new round: `images` (16, H, W[, 3]) in [0, 1], which of them are fake, and D's P(real) for each."""
        self.step = step
        for index, tile in enumerate(self.tiles):
            tile.show_image(images[index], bool(fake[index]), None if verdicts is None else float(verdicts[index]))
        self.reveal_button.setEnabled(True)
        self._on_tile_toggled()
        self.tiles[0].setFocus(Qt.FocusReason.OtherFocusReason)  # Tab and Space from here, without the mouse

    def reveal(self) -> None:
        for tile in self.tiles:
            tile.reveal()
        self.reveal_button.setEnabled(False)
        self.new_round_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.score.setText(self.score_text())

    def score_text(self) -> str:
        """How the class did, and how D did on the same images (or, without D, the step of the model that made the
        fakes): whole sentences, each translated."""
        fake = [tile.fake for tile in self.tiles]
        picked = self.picked()
        found = sum(f and p for f, p in zip(fake, picked, strict=True))
        mistaken = sum(p and not f for f, p in zip(fake, picked, strict=True))
        right = sum(f == p for f, p in zip(fake, picked, strict=True))
        sentences = [translate("lab", "You found {found} of {fakes} fakes.").format(found=found, fakes=sum(fake))]
        if mistaken == 0:
            sentences.append(translate("lab", "No real image was taken for a fake."))
        elif mistaken == 1:
            sentences.append(translate("lab", "1 real image was taken for a fake."))
        else:
            sentences.append(translate("lab", "{count} real images were taken for fakes.").format(count=mistaken))
        total = len(self.tiles)
        judged = translate("lab", "The class judged {right} of {total} images correctly.").format(
            right=right, total=total)
        if self.tiles[0].verdict is None:  # no judge: say which model made the fakes (a past step, perhaps)
            made = "" if self.step is None else " " + translate("lab", "The fakes came from the model at step "
                                                                "{step}.").format(step=local_number(self.step, ","))
            return "\n".join((" ".join(sentences), judged + made))
        d_right = sum((tile.verdict < 0.5) == tile.fake for tile in self.tiles)
        d_judged = translate("lab", "The discriminator (step {step}) judged {right} of {total} correctly: it calls "
                             "an image real above 0.5.").format(step=local_number(self.step or 0, ","), right=d_right,
                                                                  total=total)
        if right > d_right:
            winner = translate("lab", "The class beat the discriminator.")
        elif right < d_right:
            winner = translate("lab", "The discriminator beat the class.")
        else:
            winner = translate("lab", "The class and the discriminator tie.")
        return "\n".join((" ".join(sentences), f"{judged} {d_judged}", winner))

    def _on_tile_toggled(self) -> None:
        if not self.revealed:
            self.score.setText(translate("lab", "Picked as fake: {count} of {total}. Press Reveal when the class "
                                         "has decided.").format(count=sum(self.picked()), total=len(self.tiles)))
