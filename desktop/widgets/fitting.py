"""Text that fits its widget on a 1366x768 laptop (issue 40): a clipped word is lost to every
reader, and French runs a third longer than English."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

#: QLineEdit's own horizontal margin around its text (qlineedit_p.h: horizontalMargin = 2)
TEXT_MARGIN = 2
CLEAR_BUTTON = 16 + 6


def placeholder_room(line: QLineEdit) -> int:
    """The width a line edit gives its text: its contents rect without its side buttons (the
    clear button is placed there even while hidden)."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    rect = line.style().subElementRect(QStyle.SE_LineEditContents, option, line)
    margins = line.textMargins()
    buttons = sum(b.width() for b in line.findChildren(QToolButton))
    return rect.width() - margins.left() - margins.right() - buttons - 2 * TEXT_MARGIN


def fit_placeholder(line: QLineEdit) -> None:
    """Make the line edit wide enough for its placeholder (a search field's only label), up to
    its maximum width; called again after a language switch, as the words change."""
    frame = line.style().pixelMetric(QStyle.PM_DefaultFrameWidth, None, line)
    margins = line.textMargins()
    # the clear button's room: a 16-pixel icon and its 6-pixel margin (QLineEditPrivate::
    # sideWidgetParameters), and a pixel each side to spare
    side = CLEAR_BUTTON + 2 if line.isClearButtonEnabled() else 0
    needed = line.fontMetrics().horizontalAdvance(line.placeholderText()) + side \
        + 2 * (frame + TEXT_MARGIN) + margins.left() + margins.right()
    line.setMinimumWidth(min(max(needed, line.minimumWidth()), line.maximumWidth()))
