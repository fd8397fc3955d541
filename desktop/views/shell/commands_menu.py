"""The Commands menu (issue 40): every toolbar command of the session in front, reachable from
the keyboard (Alt+C, the arrows, Enter) even when it has no shortcut of its own.

Filled each time it opens, from the toolbars the session shows then: a detail's tab brings its
own commands, a hidden action stays out. The menu holds the toolbars' own actions, so a
command is enabled, checked and translated exactly as its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget, QWidgetAction


class CommandsMenu(QMenu):
    def __init__(self, front: Callable[[], QWidget | None], parent=None) -> None:
        super().__init__(parent)
        self.front = front  # the session in front, or None
        self.retranslate()
        self.aboutToShow.connect(self.fill)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("menu", "&Commands"))

    def fill(self) -> None:
        self.clear()
        session = self.front()
        if session is None:
            return
        for bar in session.findChildren(QToolBar):
            if bar.isVisibleTo(session) and bar.isVisible():
                self._add_bar(bar)
        self.setEnabled(True)

    def _add_bar(self, bar: QToolBar) -> None:
        if self.actions():
            self.addSeparator()
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = bar.widgetForAction(action)
            if not isinstance(action, QWidgetAction):
                self.addAction(action)
            elif isinstance(widget, QToolButton) and widget.menu() is not None:
                # a button with a menu of kinds (New ▸ Appointment, Call ...)
                widget.menu().setTitle(widget.text())
                widget.menu().setIcon(widget.icon())
                self.addMenu(widget.menu())
