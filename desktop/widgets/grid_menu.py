"""A grid's context menu (issue 40): the commands of the toolbar that serves the grid (open,
new, delete, export...) and Copy, opened with the Menu key, Shift+F10 or the right button, each with
a letter of its own. Made in one place for every grid: ``keyboard.prepare`` attaches it.

The menu is built each time it opens, from the toolbars shown then, so a command hidden or
disabled in the toolbar is so in the menu too. It holds stand-ins that trigger the toolbar's
actions: the letters (``&Open``) must not reach the toolbar's buttons and the Commands
menu, which name the same actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)

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
    # Ctrl+C copies the selected cells, as the menu's Copy (Qt's own copies one cell)
    QShortcut(QKeySequence.Copy, view, context=Qt.WidgetShortcut).activated.connect(
        lambda: copy_cells(view))


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


def copy_text() -> str:
    return QCoreApplication.translate("grid_menu", "Copy")


def copy_cells(view: QAbstractItemView) -> None:
    """The selected cells (else the current one) to the clipboard as lines of tab-separated
    values, in the grid's order: what a spreadsheet pastes as rows and columns."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    rows: dict[int, dict[int, str]] = {}
    for index in indexes:
        rows.setdefault(index.row(), {})[index.column()] = str(index.data() or "")
    QGuiApplication.clipboard().setText("\n".join(
        "\t".join(cells[c] for c in sorted(cells)) for _r, cells in sorted(rows.items())))


def build(view: QAbstractItemView, root: QWidget) -> QMenu:
    """The menu: the toolbar's commands, then Copy."""
    actions = commands(view, root)
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
    if actions:
        menu.addSeparator()
    copy = menu.addAction(QIcon.fromTheme("edit-copy"), with_mnemonic(copy_text(), used) + "\t"
                          + QKeySequence(QKeySequence.Copy).toString(QKeySequence.NativeText))
    copy.setEnabled(view.currentIndex().isValid() or bool(
        view.selectionModel() and view.selectionModel().hasSelection()))
    copy.triggered.connect(lambda: copy_cells(view))
    return menu


def open_menu(view: QAbstractItemView, root: QWidget, where: QPoint) -> None:
    # one menu per press: on X11 the Menu key is both our shortcut and a context-menu event
    if isinstance(QApplication.activePopupWidget(), QMenu):
        return
    build(view, root).popup(where)  # not exec(): the grid's window keeps its event loop


def _at_current(view: QAbstractItemView) -> QPoint:
    """Under the current cell (the keyboard's place), else the grid's top left corner."""
    rect = view.visualRect(view.currentIndex())
    point = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
    return view.viewport().mapToGlobal(point)
