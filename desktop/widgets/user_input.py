"""Whether the user pressed a key or a mouse button since a moment: a window that moves the
cursor a moment after it opens leaves it where the user already went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

USER_INPUT = (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseButtonDblClick)


class _InputWatch(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.acted = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's override
        if event.type() in USER_INPUT:
            self.acted = True
        return False


def unless_user_acts(owner: QObject, then: Callable[[], None]) -> None:
    """``then()`` at the next turn of the event loop, unless a key or a mouse button was
    pressed meanwhile (input queued while the window was being built comes first)."""
    app = QCoreApplication.instance()
    watch = _InputWatch(owner)
    app.installEventFilter(watch)

    def fire() -> None:
        app.removeEventFilter(watch)
        acted = watch.acted
        watch.deleteLater()
        if not acted:
            then()

    QTimer.singleShot(0, owner, fire)
