"""My agenda (issue 31): activities drawn at their local time, side by side where they overlap
as Outlook draws them, every one visible and openable; dragged to move them, their foot dragged
to change their length; a full day scrolls."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from desktop.crm import activities as A, entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T
from desktop.views.activities.agenda_grid import HOUR_PX
from tests.support.days import free_monday
from tests.support.typing import press, turn, type_text

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
    agenda.show_day(day)
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


# -- the keyboard (issue 40): one Tab stop, arrows between activities, Enter, Ctrl+arrows ----
def _focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_the_first_day_is_typed_and_tab_leaves_the_field(window, ctx, qtbot, today):
    """The day is typed as every date is ("+7", 03/12/2026) and Tab goes on to the next
    control, never from day to month to year; the week shown follows what was typed."""
    from desktop.widgets.fields import _format

    monday = free_monday(today)
    act_id = _appointment(ctx, _local(monday + dt.timedelta(days=1), 10))
    agenda = window.open_session("tccom6150m000")
    assert agenda.item_widget(act_id) is None
    line = agenda.day.line
    type_text(qtbot, line, _format(dt.datetime.combine(monday, dt.time()), False))
    press(qtbot, line, Qt.Key_Tab)
    assert _focused() is agenda.day.calendar_button or _focused() is agenda.span
    assert agenda.first_day() == monday and agenda.item_widget(act_id) is not None
    type_text(qtbot, line, "+7")
    press(qtbot, line, Qt.Key_Return)
    week_ahead = today + dt.timedelta(days=7)
    assert agenda.first_day() == week_ahead - dt.timedelta(days=week_ahead.weekday())
    assert agenda.item_widget(act_id) is None


def test_a_morning_in_the_agenda_from_the_keyboard(window, ctx, qtbot, today):
    """Tab enters the agenda on one activity (one stop, however many there are); the arrows
    go from one to the next and to the other days; Ctrl+arrows move it and it keeps the focus;
    Enter opens it; each is said with its type, day, time and subject."""
    monday = free_monday(today)
    tuesday = monday + dt.timedelta(days=1)
    first = _appointment(ctx, _local(monday, 9), 60, "Visite Dupont")
    second = _appointment(ctx, _local(monday, 14), 30, "Appel Martin")
    other_day = _appointment(ctx, _local(tuesday, 14, 15), 60, "Démo Durand")
    agenda = _agenda(window, monday)
    stops = [i for i in agenda.canvas.items if i.focusPolicy() & Qt.TabFocus]
    assert len(stops) == 1
    agenda.span.setFocus()
    press(qtbot, agenda.span, Qt.Key_Tab)  # the export button, then the agenda
    press(qtbot, _focused(), Qt.Key_Tab)
    assert _focused() is stops[0]
    press(qtbot, _focused(), Qt.Key_Tab)
    assert not agenda.canvas.isAncestorOf(_focused())  # one stop: Tab leaves the agenda
    agenda.canvas.focus_item(agenda.item_widget(first))
    item = _focused()
    assert "Visite Dupont" in item.accessibleName() and "Appointment" in item.accessibleName()
    press(qtbot, item, Qt.Key_Down)
    assert _focused() is agenda.item_widget(second)
    press(qtbot, _focused(), Qt.Key_Right)
    assert _focused() is agenda.item_widget(other_day)  # nearest time on the next day
    press(qtbot, _focused(), Qt.Key_Left)
    assert _focused() is agenda.item_widget(second)

    start, end = _times(ctx, second)
    press(qtbot, _focused(), Qt.Key_Down, Qt.ControlModifier)
    assert _times(ctx, second) == (start + dt.timedelta(minutes=15),
                                   end + dt.timedelta(minutes=15))
    assert _focused() is agenda.item_widget(second)  # drawn again, still in focus
    press(qtbot, _focused(), Qt.Key_Right, Qt.ControlModifier)
    assert _times(ctx, second)[0] == start + dt.timedelta(days=1, minutes=15)
    press(qtbot, _focused(), Qt.Key_Down, Qt.ControlModifier | Qt.ShiftModifier)
    assert _times(ctx, second)[1] == end + dt.timedelta(days=1, minutes=30)
    assert _focused() is agenda.item_widget(second)

    press(qtbot, _focused(), Qt.Key_Return)
    opened = window.mdi.activeSubWindow().session
    assert (opened.session_code, opened.record_id) == ("tccom6600m100", second)


def test_a_quarter_of_an_hour_shows_its_whole_line_and_its_type(window, ctx, today):
    """Not cut: a 15-minute call is drawn one text line tall, and told from an appointment
    by its icon and its name, not by its colour alone."""
    monday = free_monday(today)
    with ctx.db.session(user=ctx.user) as s:
        start = _local(monday, 10)
        call = A.new_activity(s, T.CALL, {"subject": "Rappel", "contact_id": 1,
                                          "start_at": start,
                                          "end_at": start + dt.timedelta(minutes=15)},
                              ctx.employee_id)
        commit(s)
        call_id = call.id
    next_one = _appointment(ctx, _local(monday, 10, 15), 60, "Réunion")
    agenda = _agenda(window, monday, 1)
    item = agenda.item_widget(call_id)
    assert item.label.height() >= item.label.fontMetrics().height()
    assert not item.geometry().intersects(agenda.item_widget(next_one).geometry())
    assert item.icon.pixmap() is not None and not item.icon.pixmap().isNull()
    assert item.accessibleName().startswith("Call")


def test_the_agenda_s_buttons_answer_enter_and_tab_goes_round_in_reading_order(window, ctx,
                                                                                qtbot, today):
    """Enter on Previous/Next pages as a click does; from the last stop (the activity) Tab
    goes round to Previous, the first control, with no unnamed stop between (the scroll
    area is none)."""
    from desktop.widgets.keyboard import accessible_name

    monday = free_monday(today)
    _appointment(ctx, _local(monday, 9))
    agenda = _agenda(window, monday)
    back = agenda.findChildren(QToolButton)[0]
    assert back.toolTip() == "Previous"
    back.setFocus()
    press(qtbot, back, Qt.Key_Return)
    qtbot.waitUntil(lambda: agenda.first_day() == monday - dt.timedelta(days=7))
    press(qtbot, back, Qt.Key_Enter)
    qtbot.waitUntil(lambda: agenda.first_day() == monday - dt.timedelta(days=14))
    agenda.show_day(monday)
    turn()
    seen = []
    back.setFocus()
    for _ in range(12):
        press(qtbot, _focused(), Qt.Key_Tab)
        seen.append(_focused())
        if _focused() is back:
            break
    assert seen[-1] is back, [type(w).__name__ for w in seen]
    assert agenda.scroll not in seen and any(w in agenda.canvas.items for w in seen)
    assert all(accessible_name(w) for w in seen)


def test_coming_back_to_the_agenda_the_activity_has_the_focus_again(window, ctx, qtbot,
                                                                   today):
    """Enter opens an activity in a tab of its own; back on the agenda's tab (drawn again
    meanwhile, its activities new widgets), the focus is on that activity, not the first
    field."""
    monday = free_monday(today)
    act_id = _appointment(ctx, _local(monday, 11), 60, "Point hebdo")
    agenda = _agenda(window, monday)
    agenda.canvas.focus_item(agenda.item_widget(act_id))
    qtbot.waitUntil(lambda: _focused() is agenda.item_widget(act_id))
    press(qtbot, _focused(), Qt.Key_Return)
    assert window.front_session().record_id == act_id
    agenda.refresh()  # as a change made elsewhere redraws it
    turn()
    window.mdi.setActiveSubWindow(window.find_window(agenda.key))
    qtbot.waitUntil(lambda: _focused() is agenda.item_widget(act_id))
