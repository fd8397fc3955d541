"""The focused field is scrolled into view wherever the focus comes from (issue 40): Tab
through a long form, Shift+Tab back into it from the lines below, an Alt+letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget

from desktop.views.shell import features, registry  # noqa: F401 - features register
from desktop.widgets.focus_scroll import enclosing_scroll_area


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _shown(widget: QWidget, area: QScrollArea) -> bool:
    """The whole widget inside the area's viewport; one taller than the viewport, its top."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    viewport = area.viewport().rect()
    if widget.height() > viewport.height():
        return 0 <= top_left.y() < viewport.height()
    return viewport.contains(QRect(top_left, widget.size()))


def _short_opportunity(window, qtbot):
    """A new opportunity in a window too low for its form: the form scrolls."""
    window.resize(1100, 560)
    detail = window.open_session("tdsmi1610m000")
    qtbot.waitUntil(lambda: not window.ctx.pool.busy, timeout=20000)
    area = enclosing_scroll_area(detail.form)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    return detail, area


def _tab(qtbot, key=Qt.Key_Tab) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def test_tab_through_a_long_form_shows_each_field(window, qtbot):
    detail, area = _short_opportunity(window, qtbot)
    focused = QApplication.focusWidget()
    assert detail.form.isAncestorOf(focused)
    reached_below = False
    while detail.form.isAncestorOf(focused):
        assert _shown(focused, area), focused.accessibleName()
        reached_below |= area.verticalScrollBar().value() > 0
        focused = _tab(qtbot)
    assert reached_below  # the form did scroll on the way


def test_shift_tab_from_the_lines_below_shows_the_last_field(window, qtbot):
    detail, area = _short_opportunity(window, qtbot)
    focused = QApplication.focusWidget()
    while detail.form.isAncestorOf(focused):
        focused = _tab(qtbot)  # out of the form, into what follows it
    area.verticalScrollBar().setValue(0)  # as after reading the top of the form
    last = _tab(qtbot, Qt.Key_Backtab)
    assert detail.form.isAncestorOf(last)
    assert _shown(last, area), last.accessibleName()
