"""Keyboard-only use and screen readers (issue 40): names for what takes focus, Tab that always
moves between controls, Ctrl+Tab out of text editors.

A screen reader announces the widget that has focus. A compound field (a lookup, a date) is
labelled as a whole but gives its focus to an inner line edit, so the name must reach that
inner widget; ``name`` does it for one field, ``prepare`` for a whole window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from desktop.widgets import grid_menu
from desktop.widgets.mnemonics import mnemonic, with_mnemonics, without_mnemonic

#: names given by ``prepare`` (from a label, a tooltip, a placeholder): renewed each time, so
#: they follow a language switch; a name set on purpose is never touched
_DERIVED = "keyboard_derived_name"
_DERIVED_TIP = "keyboard_derived_tip"
_LEAVES = "leaves_with_ctrl_tab"


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes focus: the end of the focus-proxy chain."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def name(widget: QWidget, text: str, description: str = "") -> None:
    """``text`` (a label's words) as the accessible name of the widget and of each widget it
    forwards its focus to."""
    text = plain(text)
    target: QWidget | None = widget
    while target is not None:
        target.setAccessibleName(text)
        if description:
            target.setAccessibleDescription(description)
        target.setProperty(_DERIVED, False)
        target = target.focusProxy()


def plain(text: str) -> str:
    """A label's text as spoken: no mnemonic ampersand nor appended "(&K)" key, no trailing
    colon or required star."""
    return without_mnemonic(text).rstrip(" :*")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget (Qt's accessibility tree, as measured)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Name) if interface is not None else ""


def _derive(widget: QWidget, text: str) -> None:
    if text and (not widget.accessibleName() or widget.property(_DERIVED)):
        widget.setAccessibleName(plain(text))
        widget.setProperty(_DERIVED, True)


def part_name(whole: str, part: str) -> str:
    """A control said with what it belongs to first ("Date: Pick from a calendar"): two alike
    must not sound alike; French puts a space before the colon."""
    return QCoreApplication.translate("keyboard", "%1: %2").replace("%1", whole) \
        .replace("%2", part)


def _button_name(button: QAbstractButton) -> str:
    """A button without text said as its tooltip, and inside a labelled compound field with
    the field's name first: two dates' calendar buttons must not sound alike."""
    tip = button.toolTip().split("\n")[0]
    field = button.parentWidget()
    if tip and field is not None and field.focusProxy() is not None \
            and field.accessibleName():
        return part_name(field.accessibleName(), tip)
    return tip


def prepare(root: QWidget, title: str = "") -> None:
    """Give names to the unnamed controls of a window (from their label, tooltip or
    placeholder), let its grids give up Tab and its text editors leave with Ctrl+Tab. Cheap
    enough to run each time the window shows: tabs built late are covered too."""
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            if label.buddy().focusPolicy() == Qt.NoFocus:
                # a compound field's container: Alt+letter would skip it; its inner field not
                label.setBuddy(focus_target(label.buddy()))
            buddy = label.buddy()
            while buddy is not None:  # the label names the container and its inner field
                _derive(buddy, label.text())
                buddy = buddy.focusProxy()
    for form in root.findChildren(QFormLayout):
        _name_form_rows(form)
    for field in root.findChildren(QWidget):
        if field.focusProxy() is not None:  # a compound field, told by its tooltip
            text = field.accessibleName() or field.toolTip()
            target = field.focusProxy()
            while target is not None:
                _derive(target, text)
                target = target.focusProxy()
    for button in root.findChildren(QAbstractButton):
        if isinstance(button.parentWidget(), QToolBar):
            # as the toolbar's own buttons: its commands are keys and the Commands menu, and
            # Tab goes from field to field without stopping on each of them
            button.setFocusPolicy(Qt.NoFocus)
        if not button.text():
            _derive(button, _button_name(button))
    for line in root.findChildren(QLineEdit):
        _derive(line, line.placeholderText())
    for area in root.findChildren(QScrollArea):
        if area.widget() is not None and any(
                w.focusPolicy() & Qt.TabFocus for w in area.widget().findChildren(QWidget)):
            # a form's frame is no stop of its own: Tab goes to its fields, which the area
            # scrolls into view, and a window's first control is its first field
            area.setFocusPolicy(Qt.NoFocus)
    for view in root.findChildren(QAbstractItemView):
        _derive(view, title)  # a grid with no label of its own is the window's
        view.setTabKeyNavigation(False)  # cells move with the arrows; Tab leaves the grid
        if view.window() is root.window() and not isinstance(view, QHeaderView):
            # not a combo box's list (a popup of its own), nor a grid's header
            grid_menu.attach(view, root)
    give_mnemonics(root)
    for editor in [*root.findChildren(QTextEdit), *root.findChildren(QPlainTextEdit)]:
        _derive(editor, title)  # the letter's, the report's: the window's only text
        if editor.isReadOnly():
            editor.setTabChangesFocus(True)  # nothing to indent: Tab moves on
        elif not editor.tabChangesFocus():
            leave_with_ctrl_tab(editor)


def shortcut_scope(widget: QWidget) -> QWidget:
    """Where an Alt+letter of this widget must be unique: its MDI sub-window (Qt matches a
    window shortcut inside a sub-window only while that sub-window has the focus), else its
    window."""
    scope = widget
    while scope.windowType() != Qt.SubWindow and not scope.isWindow() \
            and scope.parentWidget() is not None:
        scope = scope.parentWidget()
    return scope


def window_key(owner: QWidget, action: QAction, keys: QKeySequence.StandardKey) -> None:
    """``keys`` trigger ``action`` while the focus is anywhere in ``owner`` (a session's
    window): with children's context, as Save and Ctrl+F, so two windows open in the MDI area
    with the same keys are no "ambiguous shortcut" (a window context is the main window's)."""
    action.setShortcut(keys)
    action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    owner.addAction(action)


def button_key(owner: QWidget, button: QAbstractButton,
               keys: QKeySequence.StandardKey) -> QAction:
    """``keys`` press ``button`` (while it can be pressed) from anywhere in ``owner``, and its
    tooltip names them: a button shows no shortcut of its own."""
    action = QAction(owner)
    action.triggered.connect(lambda: button.click() if button.isEnabled()
                             and button.isVisibleTo(owner) else None)
    window_key(owner, action, keys)
    button.setToolTip(QKeySequence(keys).toString(QKeySequence.NativeText))
    return action


def claimed(widget: QWidget) -> set[str]:
    """The letters already answered to where ``widget`` lives: the menu bar's, and those of
    the labels and buttons shown in its scope."""
    window, scope = widget.window(), shortcut_scope(widget)
    texts = [a.text() for a in window.menuBar().actions()] \
        if isinstance(window, QMainWindow) else []
    texts += [w.text() for w in scope.findChildren(QLabel) + scope.findChildren(QAbstractButton)
              if w.isVisibleTo(scope) and not isinstance(w.parentWidget(), QToolBar)]
    return {letter for letter in map(mnemonic, texts) if letter}


def menu_mnemonics(menu: QMenu) -> None:
    """An Alt letter for each item of ``menu`` that has none, unique within the menu (Alt+S
    then C opens Contacts, whatever order the language sorts the items in)."""
    actions = [action for action in menu.actions()
               if not action.isSeparator() and action.text() and "&" not in action.text()]
    for action, text in zip(actions, with_mnemonics([a.text() for a in actions], set()),
                            strict=True):
        action.setText(text)


def give_mnemonics(root: QWidget) -> None:
    """An Alt+letter for each field label of ``root`` that has none, never one the window
    already answers to (``with_mnemonics``)."""
    if not root.isVisible():
        return  # not in its window yet: which letters the window takes is not known
    labels = [label for label in root.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(root)
              and mnemonic(label.text()) is None and "&" not in label.text()]
    if not labels:
        return
    # all at once, as a matching: each label its own key, as many labels served as can be
    for label, text in zip(labels, with_mnemonics([label.text() for label in labels],
                                                  claimed(root)), strict=True):
        label.setText(text)


def tab_chain(widgets: list[QWidget]) -> None:
    """Tab goes through these widgets (and the controls inside each) in this order: the
    reading order, where the widgets were made in another (filters made after their grid)."""
    chain = [w for widget in widgets for w in (widget, *widget.findChildren(QWidget))
             if w.focusPolicy() & Qt.TabFocus and focus_target(w) is w]
    for first, second in zip(chain, chain[1:], strict=False):
        if first.window() is second.window():  # Qt orders only within one window
            QWidget.setTabOrder(first, second)
    for widget in widgets:
        for compound in (widget, *widget.findChildren(QWidget)):
            if compound.focusProxy() in chain:
                _before_its_proxy(compound)


def _before_its_proxy(compound: QWidget) -> None:
    """Put a compound field (a lookup, a date: a container with a focus proxy) back just
    before its inner edit once that edit was ordered: left where it was made (after a grid
    made first), Qt stops on it through its proxy, and Tab from the grid went back to the
    filter, a loop that never reached the rest of the window (the Customer 360's list)."""
    proxy = compound.focusProxy()
    before = proxy.previousInFocusChain()
    if before is compound or before.window() is not compound.window():
        return
    compound.setFocusProxy(None)  # else Qt would move the proxy, not the container
    QWidget.setTabOrder(before, compound)  # the container and its inside, proxy first
    compound.setFocusProxy(proxy)


def focus_first(root: QWidget) -> None:
    """Focus the first control of the window's Tab order (its first field, or its grid),
    unless the window already put the focus somewhere of its own. When none can take it yet
    (a record's form is disabled while it is read), the window itself holds the focus: the
    keyboard must leave the tab behind it, and the first read moves it to the first field."""
    focused = QApplication.focusWidget()
    if focused is not None and focused is not root and root.isAncestorOf(focused) \
            and not isinstance(focused, QTabBar):
        return  # a tab strip is where Qt's sub-window puts the focus, not the window's choice
    other = root.nextInFocusChain()
    while other is not None and other is not root:
        if root.isAncestorOf(other) and other.focusPolicy() & Qt.TabFocus \
                and not isinstance(other, QTabBar) \
                and other.isVisible() and other.isEnabled() and focus_target(other) is other:
            other.setFocus(Qt.OtherFocusReason)
            return
        other = other.nextInFocusChain()
    if root.isVisible() and (focused is None or not root.isAncestorOf(focused)):
        root.setFocus(Qt.OtherFocusReason)


def _name_form_rows(form: QFormLayout) -> None:
    """A form's label names its row's field (or the first control of a row of several)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.LabelRole)
        field = form.itemAt(row, QFormLayout.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        target = field.widget() or _first_control(field.layout())
        if isinstance(target, QLabel):
            continue  # a shown value is said as its own text ("100 000,00 EUR"), not its label
        while target is not None:
            _derive(target, label.widget().text())
            target = target.focusProxy()


def _first_control(layout) -> QWidget | None:
    for index in range(layout.count() if layout is not None else 0):
        widget = layout.itemAt(index).widget()
        if widget is not None and widget.focusPolicy() != Qt.NoFocus:
            return widget
    return None


class _CtrlTab(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab move focus out of a text editor that types Tab.

    QMdiArea filters the application's keys for its own Ctrl+Tab (the next window) and an
    application filter installed later is asked first; so while such an editor has focus,
    and only then (a Python filter on every event of the application would cost), this
    filter sits on the application."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.FocusIn and watched.property(_LEAVES):
            QCoreApplication.instance().installEventFilter(self)
        elif kind == QEvent.FocusOut and watched.property(_LEAVES):
            QCoreApplication.instance().removeEventFilter(self)
        elif kind in (QEvent.KeyPress, QEvent.ShortcutOverride) \
                and event.modifiers() & Qt.ControlModifier \
                and event.key() in (Qt.Key_Tab, Qt.Key_Backtab) \
                and isinstance(watched, QWidget) and watched.property(_LEAVES):
            if kind == QEvent.ShortcutOverride:
                event.accept()  # the editor's key, not a shortcut's
                return True
            move_focus(watched, event.key() == Qt.Key_Tab
                       and not event.modifiers() & Qt.ShiftModifier)
            return True
        return False


_ctrl_tab = _CtrlTab()


def leave_with_ctrl_tab(editor: QWidget) -> None:
    """Tab indents in the editor; Ctrl+Tab leaves it, and its tooltip says so (renewed at
    each ``prepare``: it follows a language switch)."""
    hint = QCoreApplication.translate("keyboard", "Tab indents; Ctrl+Tab moves to the next "
                                                  "field, Ctrl+Shift+Tab to the previous one.")
    if not editor.toolTip() or editor.property(_DERIVED_TIP):
        editor.setToolTip(hint)
        editor.setProperty(_DERIVED_TIP, True)
    editor.setAccessibleDescription(hint)
    if not editor.property(_LEAVES):
        editor.setProperty(_LEAVES, True)
        editor.installEventFilter(_ctrl_tab)
        if editor.hasFocus():
            QCoreApplication.instance().installEventFilter(_ctrl_tab)


def move_focus(widget: QWidget, forward: bool) -> None:
    """Focus the next (or previous) widget of the window's Tab chain that takes Tab focus."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    other = step(widget)
    while other is not None and other is not widget:
        if other.focusPolicy() & Qt.TabFocus and other.isVisible() and other.isEnabled() \
                and focus_target(other) is other and other.window() is widget.window():
            other.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
            return
        other = step(other)
