"""A ring around the widget that has the keyboard focus (issue 40; WCAG 2.4.7, focus
visible). Fusion marks a focused line edit with a frame one pixel wide in a pale blue and a
grid with nothing at all until a row is current: someone working from the keyboard loses the
focus from one window to the next. One ring for the application follows the focus.

The ring is a sibling of the focused widget, raised above it, transparent for the mouse and
never focused. Its parent can be deleted under it (a closed window): it is made again then."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.widgets import colours

WIDTH = 2


class _Ring(QWidget):
    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.NoFocus)
        self.setObjectName("focus_ring")

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        pen = QPen(QColor(colours.focus(self.palette())), WIDTH)
        pen.setJoinStyle(Qt.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class FocusRing(QObject):
    """Installed once on the application: ``install``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: _Ring | None = None
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        app.focusChanged.connect(self._moved)

    def _moved(self, _old, new) -> None:
        for watched in self.watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self.target, self.watched = None, []
        ring = self._ring()
        if new is None or isinstance(new, QMenu) or new.isWindow():
            ring.hide()
            return
        host = _host(new)
        if host.parentWidget() is None:
            ring.hide()
            return
        self.target, self.watched = new, [new, host]
        for watched in self.watched:
            watched.installEventFilter(self)
        ring.setParent(host.parentWidget())  # beside the compound field: never clipped by it
        self._follow()

    def _ring(self) -> _Ring:
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = _Ring()  # the last one went with its window
        return self.ring

    def _follow(self) -> None:
        ring, target = self._ring(), self.target
        if target is None or not target.isVisible():
            ring.hide()
            return
        where = QRect(target.mapTo(ring.parentWidget(), QPoint(0, 0)), target.size())
        ring.setGeometry(where.adjusted(-WIDTH - 1, -WIDTH - 1, WIDTH + 1, WIDTH + 1))
        ring.show()
        ring.raise_()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide):
            self._follow()
        return False


def _host(widget: QWidget) -> QWidget:
    """The compound field (a lookup, a date) whose inner line edit ``widget`` is: the
    outermost widget that forwards its focus to it."""
    host = widget
    while host.parentWidget() is not None and not host.isWindow() \
            and host.parentWidget().focusProxy() is host:
        host = host.parentWidget()
    return host


def install(app: QApplication) -> FocusRing:
    existing = app.findChild(FocusRing)
    return existing if existing is not None else FocusRing(app)
