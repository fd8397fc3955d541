"""Announcements for what changes away from the focus (issue 40, item 5): a run's result, a
grid's row count, an error shown beside a grid. A screen reader reads the focused widget only;
what changes elsewhere must be said through Qt's accessibility events (Qt 6.8's
QAccessibleAnnouncementEvent: the platform's live-region or notification call)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have ``text`` read out on behalf of ``widget``; ``urgent`` interrupts what is being
    read (an error), otherwise it waits its turn (a count, a result)."""
    if not text or not widget.isVisible():
        return  # a window not shown says nothing: a restored tab in the back stays quiet
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
