"""Ctrl+Tab and Ctrl+Shift+Tab between session tabs keep each tab's place (issue 40): the
tab left behind kept no focus on the control after the user's (Qt moves the focus of a
hidden widget on along the Tab chain, and a screen reader said that control as the tab
changed), and coming back finds the control the user left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from tests.support.typing import turn


def _switch(backwards: bool) -> list:
    """Ctrl held, Tab (Shift+Tab) pressed, Ctrl let go, as fingers do; the controls that took
    the focus on the way."""
    seen: list = []
    app = QApplication.instance()
    app.focusChanged.connect(record := lambda _old, new: seen.append(new))
    modifiers = Qt.ControlModifier | (Qt.ShiftModifier if backwards else Qt.NoModifier)
    QTest.keyPress(QApplication.focusWidget(), Qt.Key_Control, Qt.ControlModifier)
    turn()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Backtab if backwards else Qt.Key_Tab,
                   modifiers)
    turn()
    QTest.keyRelease(QApplication.focusWidget(), Qt.Key_Control, Qt.NoModifier)
    turn()
    app.focusChanged.disconnect(record)
    return seen


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.mark.parametrize("backwards", [False, True], ids=["ctrl-tab", "ctrl-shift-tab"])
def test_each_tab_keeps_its_place(window, qtbot, backwards):
    partners = window.open_session("tccom4500m000")
    grid = partners.findChild(QTableView)
    _focus(qtbot, partners.search)
    view = window.open_session("tdsmi1500m000")
    qtbot.waitUntil(lambda: view.accounts.model.count_known)
    _focus(qtbot, view.accounts.view)

    on_the_way = _switch(backwards)
    assert window.mdi.activeSubWindow().widget() is partners
    # no other control of the tab left behind took the focus (and was said) on the way
    assert {w for w in on_the_way if view.isAncestorOf(w)} <= {view.accounts.view}
    assert QApplication.focusWidget() is partners.search  # where the user left it

    _focus(qtbot, grid)
    _switch(backwards)
    assert window.mdi.activeSubWindow().widget() is view
    assert QApplication.focusWidget() is view.accounts.view
    _switch(not backwards)
    assert QApplication.focusWidget() is grid
