"""Windows that fit a laptop (issue 31): the first window size from the screen's free area,
every detail form of the registry usable at 1366x768 (it fits or scrolls as one area, no
scroll area inside another, no field left out of sight when scrolled to), a dozen session
tabs that stay readable, and Ctrl+W bringing the neighbouring tab forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from desktop.views.shapes.detail import DetailSession
from desktop.views.shell import features, registry  # noqa: F401 - features register
from desktop.views.shell.main_window import first_geometry
from tests.support.typing import press, turn

LAPTOP = (1366, 768)
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton)
DETAILS = sorted(spec.code for spec in registry.all_sessions()
                 if issubclass(spec.factory, DetailSession))


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def test_the_first_window_takes_its_size_from_the_screen():
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar
    first = first_geometry(laptop)
    assert laptop.contains(first) and first.width() > 1200 and first.height() > 640
    wide = first_geometry(QRect(0, 0, 3840, 2120))
    assert wide.width() <= 1600 and wide.center() == QRect(0, 0, 3840, 2120).center()


def _inputs(area: QScrollArea) -> list[QWidget]:
    inner = area.widget()
    return [w for w in inner.findChildren(QWidget) if isinstance(w, INPUTS)
            and w.isVisibleTo(inner) and not isinstance(w.parent(), INPUTS)]


def _out_of_sight(area: QScrollArea) -> list[str]:
    """Inputs that are not wholly in the area's viewport once the area scrolled to them (a
    widget taller or wider than the viewport: its top-left corner at least)."""
    viewport, found = area.viewport(), []
    for widget in _inputs(area):
        _scroll_to(area, widget)
        rect = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        shown = viewport.rect()
        corner = rect.adjusted(0, 0, -max(0, rect.width() - shown.width()),
                               -max(0, rect.height() - shown.height()))
        if not shown.contains(corner):
            found.append(f"{widget.objectName() or type(widget).__name__} at {rect}, "
                         f"viewport {shown.size()}")
    return found


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll as a person does until the whole widget shows, its top first (Qt's own
    ensureWidgetVisible brings only a line edit's text cursor into view)."""
    rect = QRect(widget.mapTo(area.widget(), widget.rect().topLeft()), widget.size())
    for bar, start, length, room in (
            (area.verticalScrollBar(), rect.top(), rect.height(), area.viewport().height()),
            (area.horizontalScrollBar(), rect.left(), rect.width(), area.viewport().width())):
        if start < bar.value() or length > room:
            bar.setValue(start)
        elif start + length > bar.value() + room:
            bar.setValue(start + length - room)
    turn()


def _check(window) -> list[str]:
    problems = []
    for area in window.findChildren(QScrollArea):
        if not area.isVisibleTo(window) or area.widget() is None:
            continue
        nested = [a for a in area.widget().findChildren(QScrollArea) if a.isVisibleTo(area)]
        problems += [f"a scroll area inside a scroll area: {a.objectName()}" for a in nested]
        problems += _out_of_sight(area)
    return problems


@pytest.mark.parametrize("code", DETAILS)
def test_every_detail_form_fits_a_laptop_screen(code, window, ctx, qtbot):
    window.resize(*LAPTOP)
    factory = registry.get(code).factory
    with ctx.db.session() as s:
        record_id = s.scalar(select(func.min(factory.entity.id)))
    problems = []
    for params in ({}, {"record_id": record_id} if record_id else None):
        if params is None:
            continue
        detail = window.open_session(code, **params)
        turn()
        assert detail.width() <= LAPTOP[0]
        problems += [f"{params}: {p}" for p in _check(detail)]
        for index in range(getattr(detail, "tab_widget", None) and detail.tab_widget.count()
                           or 0):
            detail.tab_widget.setCurrentIndex(index)
            turn()
            problems += [f"{params} tab {index}: {p}" for p in _check(detail)]
    assert not problems, "\n".join(problems)


def _dozen_tabs(window, ctx) -> list:
    with ctx.db.session() as s:
        from desktop.crm import entities as E

        ids = s.scalars(select(E.BusinessPartner.id).order_by(E.BusinessPartner.id)
                        .limit(12)).all()
    return [window.open_session("tccom4100s000", record_id=i) for i in ids]


def test_a_dozen_tabs_stay_readable(window, ctx, qtbot):
    window.resize(*LAPTOP)
    details = _dozen_tabs(window, ctx)
    bar = window.mdi.findChild(QTabBar)
    assert bar.count() == 12 and bar.usesScrollButtons()
    assert bar.elideMode() == Qt.ElideRight
    for index, detail in enumerate(details):
        assert bar.tabToolTip(index) == detail.window_title()
        assert bar.tabRect(index).width() >= 90  # elided, never squeezed to "B…"


def test_ctrl_w_brings_the_neighbouring_tab_forward(window, ctx, qtbot):
    details = _dozen_tabs(window, ctx)
    window.mdi.setActiveSubWindow(window.find_window(details[1].key))
    window.mdi.setActiveSubWindow(window.find_window(details[5].key))  # the last one used
    window.mdi.setActiveSubWindow(window.find_window(details[1].key))
    press(qtbot, details[1], Qt.Key_W, Qt.ControlModifier)
    assert window.mdi.activeSubWindow().session is details[2]  # its right, not the last used
    window.mdi.setActiveSubWindow(window.find_window(details[-1].key))
    press(qtbot, details[-1], Qt.Key_W, Qt.ControlModifier)
    assert window.mdi.activeSubWindow().session is details[-2]  # the last tab: its left
    assert len(window.mdi.subWindowList()) == len(details) - 2
