"""A window's own keys win over a line edit's Emacs-style ones (issue 40).

On Linux, Qt's line edits take Ctrl+E (end of line) and Ctrl+K (delete to the end), so Export
(Ctrl+E) and Run session (Ctrl+K) did nothing while the cursor was in a search field; Windows
binds neither. When a command of the window answers the key, the line edit gives it up; any
other Ctrl key still edits, and the clipboard and undo keys always stay the field's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

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


class _WindowKeysFirst(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.ShortcutOverride or not isinstance(obj, QLineEdit) \
                or not event.modifiers() & Qt.ControlModifier \
                or any(event.matches(key) for key in FIELD_KEYS):
            return False
        pressed = _pressed(event)
        # not accepted: Qt then tries the shortcut, and the key reaches the field if none runs
        return any(_answers(action, pressed, obj)
                   for action in obj.window().findChildren(QAction))


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(_WindowKeysFirst) is None:
        app.installEventFilter(_WindowKeysFirst(app))
