"""What a keyboard-only user and a screen reader meet in a window (issue 40): controls
without an accessible name, grids and editors that keep Tab, toolbar commands with no key or
menu, mnemonics used twice. Measured through Qt's accessibility tree and real key presses."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.widgets import grid_menu
from desktop.widgets.keyboard import accessible_name, focus_target
from desktop.widgets.mnemonics import mnemonic

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit,
          QTextEdit, QAbstractButton)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


def _inner(widget: QWidget) -> bool:
    """A part of a Qt widget (a combo's or spin box's line edit, a tab bar's scroll button),
    named through its owner."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QToolBar, QLineEdit)) \
        or type(widget).__name__ in ("QLineEditIconButton", "QToolBarExtension")


def unnamed(root: QWidget) -> list[str]:
    """Inputs, buttons, grids and editors a screen reader would announce without a name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _shown(widget, root) or _inner(widget):
            continue
        focusable = widget.focusPolicy() != Qt.NoFocus and focus_target(widget) is widget
        if (focusable or isinstance(widget, QAbstractButton)) and not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"in {type(widget.parentWidget()).__name__}")
    return found


def keeping_tab(qtbot, root: QWidget) -> list[str]:
    """Grids that keep Tab and editors that Ctrl+Tab does not leave, by real presses."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        has_rows = view.model() is not None and view.model().rowCount() > 0
        if _shown(view, root) and view.focusPolicy() & Qt.TabFocus and not _inner(view) \
                and has_rows and (view.tabKeyNavigation() or _keeps(qtbot, view, Qt.NoModifier)):
            found.append(f"grid {type(view).__name__} {view.objectName()!r}")
    for editor in [*root.findChildren(QTextEdit), *root.findChildren(QPlainTextEdit)]:
        if _shown(editor, root) and editor.isEnabled() and editor.focusPolicy() & Qt.TabFocus:
            key = Qt.NoModifier if editor.tabChangesFocus() else Qt.ControlModifier
            if _keeps(qtbot, editor, key):
                found.append(f"editor {type(editor).__name__} {editor.objectName()!r}")
    return found


def _keeps(qtbot, widget: QWidget, modifier) -> bool:
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    QTest.keyClick(widget, Qt.Key_Tab, modifier)
    return QApplication.focusWidget() is widget


def tab_back_from_grid(qtbot, root: QWidget) -> list[str]:
    """Grids from which Tab goes back to a control above them (a filter) instead of on to
    the rest of the window: a loop that never reaches what follows (real presses)."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root) or _inner(view) or not view.focusPolicy() & Qt.TabFocus \
                or view.window() is not root.window():
            continue
        view.setFocus(Qt.OtherFocusReason)
        qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v, timeout=2000)
        QTest.keyClick(view, Qt.Key_Tab)
        after = QApplication.focusWidget()
        if after is None or after is view or not root.isAncestorOf(after):
            continue
        grid = view.rect().translated(view.mapTo(root, view.rect().topLeft()))
        box = after.rect().translated(after.mapTo(root, after.rect().topLeft()))
        if box.bottom() < grid.top() and box.left() < grid.right() \
                and box.right() > grid.left() and after is not _first_stop(root):
            found.append(f"{type(view).__name__} {view.objectName()!r} back to "
                         f"{type(after).__name__} {accessible_name(after)!r}")
    return found


def _first_stop(root: QWidget) -> QWidget | None:
    other = root.nextInFocusChain()
    while other is not None and other is not root:
        if root.isAncestorOf(other) and other.focusPolicy() & Qt.TabFocus \
                and _shown(other, root) and focus_target(other) is other:
            return other
        other = other.nextInFocusChain()
    return None


def _unchecked_radio(widget: QWidget) -> bool:
    """Tab goes to a group's checked radio button; the arrows move between them (Qt)."""
    return isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked()


def tab_unreached(qtbot, root: QWidget) -> list[str]:
    """Controls that Tab, pressed from the window's first control, never reaches: a cycle
    that leaves them out is a trap too (real presses; Ctrl+Tab leaves an editor)."""
    stops = [w for w in root.findChildren(QWidget) if _shown(w, root) and w.isEnabled()
             and w.focusPolicy() & Qt.TabFocus and focus_target(w) is w and not _inner(w)
             and not isinstance(w, QTabBar) and not _unchecked_radio(w)]
    first = _first_stop(root)
    if len(stops) < 2 or first is None:
        return []
    first.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    seen = {first}
    for _ in range(3 * len(stops) + 20):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        editor = isinstance(focused, (QTextEdit, QPlainTextEdit)) and not (
            focused.tabChangesFocus())
        QTest.keyClick(focused, Qt.Key_Tab, Qt.ControlModifier if editor else Qt.NoModifier)
        seen.add(QApplication.focusWidget())
        if all(stop in seen for stop in stops):
            return []
    return [f"{type(w).__name__} {w.objectName()!r} {accessible_name(w)!r}"
            for w in stops if w not in seen]


def tab_order_against_reading(root: QWidget) -> list[str]:
    """Controls above a grid (its filters) that Tab reaches only after the grid."""
    order: dict[QWidget, int] = {}
    other = root.nextInFocusChain()
    while other is not None and other is not root and other not in order:
        if root.isAncestorOf(other) and other.focusPolicy() & Qt.TabFocus \
                and _shown(other, root) and focus_target(other) is other:
            order[other] = len(order)
        other = other.nextInFocusChain()
    found = []
    for view in [w for w in order if isinstance(w, QAbstractItemView)]:
        grid = view.rect().translated(view.mapTo(root, view.rect().topLeft()))
        for widget, index in order.items():
            box = widget.rect().translated(widget.mapTo(root, widget.rect().topLeft()))
            if index > order[view] and box.bottom() < grid.top() \
                    and box.left() < grid.right() and box.right() > grid.left() \
                    and not isinstance(widget, QTabBar) and not widget.isAncestorOf(view):
                found.append(f"{type(widget).__name__} {widget.objectName()!r} above "
                             f"{type(view).__name__} comes after it")
    return found


def _in_a_menu(action) -> bool:
    return any(isinstance(o, QMenu) for o in action.associatedObjects())


def without_key(root: QWidget) -> list[str]:
    """Toolbar commands with neither a shortcut nor a place in a menu (a button with a menu
    of its own counts when that menu is in one)."""
    found = []
    for bar in root.findChildren(QToolBar):
        if not _shown(bar, root):
            continue
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if action.isSeparator() or not action.isVisible() or isinstance(
                    action, QWidgetAction) and not isinstance(widget, QToolButton):
                continue  # a field in the bar is a control of its own, met with Tab
            menu = widget.menu() if isinstance(widget, QToolButton) else None
            if action.shortcut().isEmpty() and not _in_a_menu(action) \
                    and not (menu is not None and _in_a_menu(menu.menuAction())):
                found.append(action.text().replace("&", "") or widget.text())
    return found


def duplicate_mnemonics(root: QWidget) -> list[str]:
    """Alt+letter keys that two labels or buttons of one window claim, or that one of them
    takes from the menu bar."""
    window = root.window()
    seen: dict[str, str] = {}
    if isinstance(window, QMainWindow):
        seen = {m: a.text() for a in window.menuBar().actions() if (m := mnemonic(a.text()))}
    twice = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # Qt grabs a label's Alt+letter only for its buddy (QLabel::setBuddy)
        if isinstance(widget, (QLabel, QAbstractButton)) and _shown(widget, root) \
                and not isinstance(widget.parentWidget(), QToolBar):
            key = mnemonic(widget.text())
            if key:
                if key in seen:
                    twice.append(f"Alt+{key}: {seen[key]!r} and {widget.text()!r}")
                seen[key] = widget.text()
    return twice


def without_context_menu(qtbot, root: QWidget) -> list[str]:
    """Grids whose context menu the Menu key or Shift+F10 does not open with each command
    of their toolbar and Copy, each with a letter of its own (real key presses)."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root) or _inner(view) or view.window() is not root.window() \
                or not view.focusPolicy() & Qt.TabFocus:
            continue
        wanted = [a.text() for a in grid_menu.commands(view, root)] + [grid_menu.copy_text()]
        for press in (_menu_key, _shift_f10):
            problem = _menu_problem(qtbot, view, press, wanted)
            if problem:
                found.append(f"grid {type(view).__name__} {view.objectName()!r}: {problem}")
    return found


def _menu_key(view: QWidget) -> None:
    QTest.keyClick(view, Qt.Key_Menu)
    # on X11 the same press also comes as a keyboard context-menu event (Qt's xcb plugin
    # sends one for Key_Menu): still one menu
    event = QContextMenuEvent(QContextMenuEvent.Keyboard, QPoint(1, 1))
    QApplication.sendEvent(view.viewport() if isinstance(view, QAbstractItemView) else view,
                           event)


def _shift_f10(view: QWidget) -> None:
    QTest.keyClick(view, Qt.Key_F10, Qt.ShiftModifier)


def _menu_problem(qtbot, view: QWidget, press, wanted: list[str]) -> str:
    view.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
    press(view)
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        return f"{press.__name__[1:]} opens no menu"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    QTest.keyClick(menu, Qt.Key_Escape)  # closed as a user does
    if isinstance(QApplication.activePopupWidget(), QMenu):
        return f"{press.__name__[1:]} opens two menus: one Escape leaves one open"
    # the offscreen platform leaves no window active after a popup (a desktop's window
    # manager gives the activation back): the window is activated again, as it would be
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    keys = [mnemonic(text) for text in texts]
    shown = [text.split("\t")[0].replace("&", "") for text in texts]
    if [w.replace("&", "") for w in wanted] != shown:
        return f"menu {shown} is not the commands {wanted}"
    if None in keys or len(set(keys)) != len(keys):
        return f"letters missing or twice: {texts}"
    return ""
