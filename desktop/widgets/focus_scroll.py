"""The focused control is scrolled into view, in one place for the whole application (issue
40): Qt's QScrollArea does it only for a Tab pressed inside it, so a field reached from outside
(Shift+Tab from the grid below a form, an Alt+letter, a grid's Tab that moves the focus
itself) could take the focus below the fold, where a keyboard user cannot see it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

#: room left around the field, so its label and ring show too
MARGIN = 24


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area whose contents hold ``widget`` (not one it merely sits beside,
    as a scroll bar would)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def reveal(widget: QWidget) -> None:
    """``widget`` made visible in its scroll area, and that area in the one around it."""
    area = enclosing_scroll_area(widget)
    while area is not None:
        show_in(area, widget)
        widget, area = area, enclosing_scroll_area(area)


def show_in(area: QScrollArea, widget: QWidget) -> None:
    """The whole of ``widget`` in view, with a margin where it fits. Not ensureWidgetVisible:
    it keeps only a line edit's cursor in view, half the field's frame can stay out; and it
    centres a widget taller than the pane, where its top (where typing starts) should show."""
    top_left = widget.mapTo(area.widget(), QPoint(0, 0))
    room = area.viewport().size() - widget.size()
    if room.height() < 0:
        area.verticalScrollBar().setValue(top_left.y())
        return
    # the margin only where it fits: in a low pane it would push the field's top out
    x_margin = min(MARGIN, max(room.width() // 2, 0))
    y_margin = min(MARGIN, room.height() // 2)
    centre = top_left + widget.rect().center()
    area.ensureVisible(centre.x(), centre.y(), widget.width() // 2 + x_margin,
                       widget.height() // 2 + y_margin)


class _Revealer(QObject):
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            reveal(new)


def install(app: QApplication) -> None:
    """Every focus change scrolls the new focus into view; once per application."""
    if app.findChild(_Revealer) is None:
        revealer = _Revealer(app)
        app.focusChanged.connect(revealer.follow)
