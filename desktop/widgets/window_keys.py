"""Who gets a key: a window's command or the focused control (issue 40).

- On Linux, Qt's line edits take Ctrl+E (end of line) and Ctrl+K (delete to the end), so
  Export (Ctrl+E) and Run session (Ctrl+K) did nothing while the cursor was in a search field;
  Windows binds neither. When a command of the window answers the key, the line edit gives it
  up; any other Ctrl key still edits, and the clipboard and undo keys always stay the field's.
- Enter in a line edit is the field's (a typed filter date is applied), never the list's Open.
- Enter on a focused button presses it, as Space does (Qt's tool buttons took Space only)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

#: what a field always keeps, whatever a window binds
FIELD_KEYS = (QKeySequence.Copy, QKeySequence.Cut, QKeySequence.Paste, QKeySequence.Undo,
              QKeySequence.Redo, QKeySequence.SelectAll)


def _pressed(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def _answers(action: QAction, pressed: QKeySequence, field: QWidget) -> bool:
    """Whether ``action`` would run on ``pressed`` with the focus in ``field``."""
    if not action.isEnabled() or pressed not in action.shortcuts():
        return False
    context = action.shortcutContext()
    for owner in action.associatedObjects():
        if not isinstance(owner, QWidget) or not owner.isVisible():
            continue
        if context == Qt.ApplicationShortcut:
            return True
        if context == Qt.WindowShortcut and owner.window() is field.window():
            return True
        if context == Qt.WidgetWithChildrenShortcut and owner.isAncestorOf(field):
            return True
    return False


ENTER = (Qt.Key_Return, Qt.Key_Enter)


def _plain_enter(event: QKeyEvent) -> bool:
    return event.key() in ENTER and not event.modifiers() & ~Qt.KeypadModifier


class _WindowKeysFirst(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.ShortcutOverride and isinstance(obj, QLineEdit) \
                and _plain_enter(event):
            event.accept()  # the field's: Qt delivers the key to it, no shortcut runs
            return True
        if kind == QEvent.KeyPress and isinstance(obj, (QToolButton, QPushButton)) \
                and _plain_enter(event) and obj.isEnabled() and not _dialog_default(obj):
            obj.animateClick()
            return True
        if kind != QEvent.ShortcutOverride or not isinstance(obj, QLineEdit) \
                or not event.modifiers() & Qt.ControlModifier \
                or any(event.matches(key) for key in FIELD_KEYS):
            return False
        window = obj.window()
        if isinstance(window, QDialog):
            # a dialog binds no window command; and a file dialog's own actions crash
            # PySide when read from here (a path typed, then Enter, killed the application)
            return False
        pressed = _pressed(event)
        # not accepted: Qt then tries the shortcut, and the key reaches the field if none runs
        return any(_answers(action, pressed, obj) for action in window.findChildren(QAction))


def _dialog_default(button) -> bool:
    """A dialog's push buttons answer Enter themselves (autoDefault): left to Qt."""
    return isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault())


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(_WindowKeysFirst) is None:
        app.installEventFilter(_WindowKeysFirst(app))
