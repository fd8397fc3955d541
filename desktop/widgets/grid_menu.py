"""A grid's context menu (issue 40): the commands of the toolbar that serves the grid (open,
new, delete, export...), opened with the Menu key, Shift+F10 or the right button, each with
a letter of its own. Made in one place for every grid: ``keyboard.prepare`` attaches it.

The menu is built each time it opens, from the toolbars shown then, so a command hidden or
disabled in the toolbar is so in the menu too. It holds stand-ins that trigger the toolbar's
actions: the letters (``&Open``) must not reach the toolbar's buttons and the Commands
menu, which name the same actions."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QToolButton, QWidget, QWidgetAction

from desktop.widgets.mnemonics import with_mnemonic

_ATTACHED = "grid_menu_attached"


def attach(view: QAbstractItemView, root: QWidget) -> None:
    """Give ``view`` the context menu of the commands of ``root``'s toolbars nearest to it,
    unless it has a menu of its own."""
    if view.property(_ATTACHED) or view.contextMenuPolicy() != Qt.DefaultContextMenu:
        return
    view.setProperty(_ATTACHED, True)
    view.setContextMenuPolicy(Qt.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: open_menu(view, root, view.viewport().mapToGlobal(pos)))
    # the Menu key and Shift+F10 (the desktop guidelines' two keys): as shortcuts of the
    # grid, so the menu opens under the current cell whichever way the platform sends them
    # (Qt turns the Menu key into a context-menu event on some platforms only)
    for key in (QKeySequence(Qt.Key_Menu), QKeySequence(Qt.SHIFT | Qt.Key_F10)):
        keys = QShortcut(key, view, context=Qt.WidgetShortcut)
        keys.activated.connect(lambda: open_menu(view, root, _at_current(view)))


def commands(view: QAbstractItemView, root: QWidget) -> list[QAction]:
    """The visible actions of the toolbars nearest to ``view``: its own panel's first (a
    detail tab's grid), else the window's."""
    scope = view.parentWidget()
    while scope is not None:
        bars = [bar for bar in scope.findChildren(QToolBar)
                if bar.isVisibleTo(scope) and bar.isVisible()]
        actions = [a for bar in bars for a in _bar_actions(bar)]
        if actions or scope is root:
            return actions
        scope = scope.parentWidget()
    return []


def _bar_actions(bar: QToolBar) -> list[QAction]:
    found = []
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if action.isSeparator() or not action.isVisible():
            continue
        if not isinstance(action, QWidgetAction):
            found.append(action)
        elif isinstance(widget, QToolButton) and widget.menu() is not None:
            widget.menu().setTitle(widget.text())  # a button with a menu of kinds
            found.append(widget.menu().menuAction())
    return found


def build(view: QAbstractItemView, root: QWidget) -> QMenu | None:
    """The menu, or None for a grid with no command."""
    actions = commands(view, root)
    if not actions:
        return None
    menu = QMenu(view)
    menu.setAttribute(Qt.WA_DeleteOnClose)
    used: set[str] = set()
    for action in actions:
        text = with_mnemonic(action.text().replace("&", "&&") or action.toolTip(), used)
        if action.menu() is not None:  # New ▸ Appointment, Call...: its own menu
            sub = menu.addMenu(action.icon(), text)
            sub.setEnabled(action.isEnabled())
            sub.addActions(action.menu().actions())
            continue
        shortcut = action.shortcut().toString(QKeySequence.NativeText)
        stand_in = menu.addAction(action.icon(), text + (f"\t{shortcut}" if shortcut else ""))
        stand_in.setEnabled(action.isEnabled())
        stand_in.setCheckable(action.isCheckable())
        stand_in.setChecked(action.isChecked())
        stand_in.triggered.connect(lambda _=False, a=action: a.trigger())
    return menu


def open_menu(view: QAbstractItemView, root: QWidget, where: QPoint) -> None:
    menu = build(view, root)
    if menu is not None:
        menu.popup(where)  # not exec(): the grid's window keeps its event loop


def _at_current(view: QAbstractItemView) -> QPoint:
    """Under the current cell (the keyboard's place), else the grid's top left corner."""
    rect = view.visualRect(view.currentIndex())
    point = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
    return view.viewport().mapToGlobal(point)
