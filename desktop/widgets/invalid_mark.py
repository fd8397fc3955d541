"""Input that is wrong is marked by more than colour (issue 40, item 4): a warning icon in the
field and the message as its tooltip and as the field's accessible description, besides the
red border, so that it is seen without telling red from grey and heard with a screen reader."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

BORDER = "border: 1px solid #c0392b;"
_MARK = "invalid_mark_action"
_HINT = "invalid_mark_hint"
_MESSAGE = "invalid_mark_message"


def set_hint(line: QLineEdit, hint: str) -> None:
    """The field's own description (its keys), said after the wrong input's message."""
    line.setProperty(_HINT, hint)
    _describe(line)


def _describe(line: QLineEdit) -> None:
    parts = (line.property(_MESSAGE), line.property(_HINT))
    line.setAccessibleDescription("\n".join(part for part in parts if part))


def mark(line: QLineEdit, message: str | None) -> None:
    """Show ``message`` as wrong input in ``line``; None clears the mark."""
    action = line.property(_MARK)
    if not isinstance(action, QAction):
        action = line.addAction(qta.icon("fa5s.exclamation-circle", color="#c0392b"),
                                QLineEdit.TrailingPosition)
        line.setProperty(_MARK, action)
    action.setVisible(bool(message))
    action.setToolTip(message or "")
    action.setText(message or "")
    line.setStyleSheet(BORDER if message else "")
    line.setProperty(_MESSAGE, message or "")
    _describe(line)
