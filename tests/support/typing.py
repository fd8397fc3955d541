"""Typing into widgets like a user: key by key, the event loop turning between keys (what a
key started — a timer, a task's answer — may arrive before the next key, as it does for a
person), accents included (QTest only types ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def turn() -> None:
    """Let the event loop deliver what is waiting: posted events, queued signals, timers due."""
    QApplication.processEvents()
    QApplication.sendPostedEvents()


def receiver(widget):
    """Where the keys a person types go: to an open pop-up (a completer's list), as Qt's own
    window delivers them (QWidgetWindow::handleKeyEvent), else to ``widget``."""
    popup = QApplication.activePopupWidget()
    if popup is not None and popup.isVisible():
        return popup.focusWidget() or popup
    return widget


def type_key(qtbot, widget, char: str) -> None:
    """One character typed into ``widget``, then the event loop turned."""
    widget = receiver(widget)
    if char.isascii():
        qtbot.keyClicks(widget, char)
    else:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))
    turn()


def press(qtbot, widget, key: Qt.Key, modifier=Qt.NoModifier) -> None:
    """A key that is not a character (Tab, Enter, Down ...), then the event loop turned."""
    qtbot.keyClick(receiver(widget), key, modifier)
    turn()


def type_text(qtbot, widget, text: str, clear: bool = True, each=None) -> None:
    """``text`` typed key by key; ``each(typed so far)`` is called after every key, once the
    event loop turned (a test checks there what the field holds)."""
    widget.setFocus()
    if clear and hasattr(widget, "selectAll"):
        widget.selectAll()
        press(qtbot, widget, Qt.Key_Delete)
    for index, char in enumerate(text):
        type_key(qtbot, widget, char)
        if each is not None:
            each(text[:index + 1])
