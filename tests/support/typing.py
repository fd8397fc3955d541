"""Typing into widgets like a user, accents included (QTest only types ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str, clear: bool = True) -> None:
    widget.setFocus()
    if clear and hasattr(widget, "selectAll"):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))
