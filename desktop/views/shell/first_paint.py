"""What can wait until the window has painted: a filter that says when a widget has painted
for the first time. The main window starts its Exchange thread then, and the application its
reminder scan; the start-up benchmark stops its clock there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class FirstPaint(QObject):
    """``painted`` once, after the watched widget's first paint has been drawn."""

    painted = Signal()

    def __init__(self, widget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)
        self.done = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Paint and not self.done:
            self.done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # once this paint is on the screen
        return False
