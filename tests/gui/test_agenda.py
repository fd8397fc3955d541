"""My agenda (issue 31): activities drawn at their local time, side by side where they overlap
as Outlook draws them, every one visible and openable; dragged to move them, their foot dragged
to change their length; a full day scrolls."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.crm import activities as A, entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T
from desktop.views.activities.agenda_grid import HOUR_PX
from tests.support.days import free_monday
from tests.support.typing import turn

#: five that overlap, of different lengths: (start hour, start minute, minutes)
FIVE = ((9, 0, 180), (9, 30, 30), (10, 0, 90), (10, 15, 30), (11, 0, 120))


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def _appointment(ctx, start: dt.datetime, minutes: int = 60, subject="Visite client") -> int:
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.APPOINTMENT, {"subject": subject, "contact_id": 1,
                                                "start_at": start,
                                                "end_at": start + dt.timedelta(minutes=minutes)},
                             ctx.employee_id)
        commit(s)
        return act.id


def _times(ctx, act_id: int) -> tuple[dt.datetime, dt.datetime]:
    with ctx.db.session() as s:
        act = s.get(E.Activity, act_id)
        return act.start_at.astimezone(), act.end_at.astimezone()


def _agenda(window, day: dt.date, days: int = 7):
    agenda = window.open_session("tccom6150m000")
    agenda.span.setCurrentIndex(agenda.span.findData(days))
    agenda.day.setDate(QDate(day))
    turn()
    return agenda


def _drag(qtbot, widget, start: QPoint, by: QPoint) -> None:
    """Press on the widget, move in steps as a hand does and release. The widget follows the
    mouse and keeps it (Qt's implicit grab): each event goes to it, at the place the mouse is
    over the canvas, which stays (QTest sends an event to the widget it is given)."""
    canvas = widget.parentWidget()
    origin = widget.mapTo(canvas, start)
    qtbot.mousePress(widget, Qt.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(widget, widget.mapFrom(canvas, origin + by * step / 4))
        turn()
    qtbot.mouseRelease(widget, Qt.LeftButton, pos=widget.mapFrom(canvas, origin + by))
    turn()


def _five(window, ctx, today, days: int):
    monday = free_monday(today) + dt.timedelta(days=2)
    ids = [_appointment(ctx, _local(monday, h, m), minutes, f"Rendez-vous {n}")
           for n, (h, m, minutes) in enumerate(FIVE)]
    return monday, ids, _agenda(window, monday, days)


@pytest.mark.parametrize("days", [1, 7])
def test_five_overlapping_activities_are_all_visible_side_by_side(window, ctx, today, days):
    _monday, ids, agenda = _five(window, ctx, today, days)
    items = [agenda.item_widget(i) for i in ids]
    assert all(item is not None and item.isVisible() for item in items)
    canvas = agenda.canvas.rect()
    for item, (hour, minute, minutes) in zip(items, FIVE, strict=True):
        rect = item.geometry()
        assert canvas.contains(rect) and rect.width() >= 8
        assert abs(rect.top() - (hour * 60 + minute) * HOUR_PX / 60) <= 2  # at local time
        assert abs(rect.height() - minutes * HOUR_PX / 60) <= 3  # as long as it lasts
    for (a, ta), (b, tb) in itertools.combinations(zip(items, FIVE, strict=True), 2):
        overlap = ta[0] * 60 + ta[1] < tb[0] * 60 + tb[1] + tb[2] and \
            tb[0] * 60 + tb[1] < ta[0] * 60 + ta[1] + ta[2]
        if overlap:
            assert not a.geometry().intersects(b.geometry()), (a.entry, b.entry)
    assert agenda.count.text().startswith("5")


def test_each_of_five_overlapping_activities_opens_on_a_double_click(window, ctx, qtbot,
                                                                     today):
    _monday, ids, agenda = _five(window, ctx, today, 1)
    for act_id in ids:
        window.mdi.setActiveSubWindow(window.find_window(agenda.key))
        item = agenda.item_widget(act_id)
        qtbot.mouseDClick(item, Qt.LeftButton, pos=QPoint(item.width() // 2, 5))
        opened = window.mdi.activeSubWindow().session
        assert (opened.session_code, opened.record_id) == ("tccom6600m100", act_id)


def test_dragging_moves_and_the_foot_changes_the_length(window, ctx, qtbot, today):
    _monday, ids, agenda = _five(window, ctx, today, 1)
    moved, lengthened = ids[1], ids[3]
    start, end = _times(ctx, moved)
    item = agenda.item_widget(moved)
    _drag(qtbot, item, QPoint(item.width() // 2, 4), QPoint(0, HOUR_PX * 2))
    assert _times(ctx, moved) == (start + dt.timedelta(hours=2), end + dt.timedelta(hours=2))
    start, end = _times(ctx, lengthened)
    item = agenda.item_widget(lengthened)
    _drag(qtbot, item, QPoint(item.width() // 2, item.height() - 2), QPoint(0, HOUR_PX))
    assert _times(ctx, lengthened) == (start, end + dt.timedelta(hours=1))
    item = agenda.item_widget(lengthened)  # drawn again, longer
    assert abs(item.height() - 90 * HOUR_PX / 60) <= 3


def test_dragging_to_another_day_of_the_week(window, ctx, qtbot, today):
    monday = free_monday(today)
    act_id = _appointment(ctx, _local(monday, 10))
    agenda = _agenda(window, monday)
    item = agenda.item_widget(act_id)
    day_width = round(agenda.canvas.day_width())
    _drag(qtbot, item, QPoint(10, 4), QPoint(2 * day_width, HOUR_PX + HOUR_PX // 2))
    start, end = _times(ctx, act_id)
    assert start == _local(monday + dt.timedelta(days=2), 11, 30)
    assert end - start == dt.timedelta(hours=1)


def test_a_full_day_scrolls_to_its_last_activity(window, ctx, qtbot, today):
    monday = free_monday(today)
    late = _appointment(ctx, _local(monday, 21), 60, "Dîner client")
    agenda = _agenda(window, monday, 1)
    bar = agenda.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0  # it opens on the working day, not midnight
    item = agenda.item_widget(late)
    agenda.scroll.ensureWidgetVisible(item)
    turn()
    top = item.mapTo(agenda.scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < agenda.scroll.viewport().height()


def test_drawn_at_local_time_across_a_clock_change(window, ctx, paris, today):
    """The last Sunday of March in Paris has no 02:00-03:00: an activity at 09:00 local time
    is drawn at 09:00, its length in minutes as it runs."""
    sunday = dt.date(today.year + 1, 3, 31)
    sunday -= dt.timedelta(days=(sunday.weekday() + 1) % 7)
    act_id = _appointment(ctx, _local(sunday, 9), 90)
    agenda = _agenda(window, sunday, 1)
    item = agenda.item_widget(act_id)
    assert abs(item.geometry().top() - 9 * HOUR_PX) <= 2
    assert abs(item.geometry().height() - 1.5 * HOUR_PX) <= 3
