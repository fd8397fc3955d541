"""A merge field in the editor: one character (an object) drawn as a rounded token, so it is
selected, deleted and moved whole and can never be half deleted."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextFormat,
)

from desktop.crm.letters.document import Field
from desktop.widgets import colours

TOKEN_TYPE = QTextFormat.UserObject + 1
NAME = QTextFormat.UserProperty + 1
PLACEMENT = QTextFormat.UserProperty + 2
OBJECT = "\ufffc"


def token_format(field: Field, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setObjectType(TOKEN_TYPE)
    fmt.setProperty(NAME, field.name)
    fmt.setProperty(PLACEMENT, field.placement)
    fmt.setToolTip(field.token)
    return fmt


def is_token(fmt: QTextFormat) -> bool:
    return fmt.objectType() == TOKEN_TYPE


def token_label(fmt: QTextFormat) -> str:
    return f"{fmt.property(PLACEMENT) or ''}{fmt.property(NAME) or ''}"


class TokenRenderer(QPyTextObject):
    """Draws tokens: the field's name in the run's font, on a tinted rounded box (PySide6
    needs QPyTextObject for a text object interface written in Python)."""

    def _font(self, fmt: QTextFormat) -> QFont:
        return QTextCharFormat(fmt.toCharFormat()).font()

    def intrinsicSize(self, document, position, fmt) -> QSizeF:  # noqa: N802
        metrics = QFontMetricsF(self._font(fmt))
        return QSizeF(metrics.horizontalAdvance(token_label(fmt)) + 8, metrics.height())

    def drawObject(self, painter: QPainter, rect: QRectF, document, position, fmt):  # noqa: N802
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#5b7db1"), 1))
        painter.setBrush(QColor(colours.MERGE_TOKEN[1]))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(self._font(fmt))
        char = fmt.toCharFormat()
        colour = char.foreground().color() if char.hasProperty(QTextFormat.ForegroundBrush) \
            else QColor(colours.MERGE_TOKEN[0])
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignCenter, token_label(fmt))
        painter.restore()
