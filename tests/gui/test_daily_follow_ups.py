"""Follow-ups and the agenda as a salesperson sees them: a follow-up appears at once in the
Follow-ups tab of the activity it follows; the agenda draws each activity in the row of its
start over the rows of its duration."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop.crm import activities as A
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T
from tests.support.days import free_monday


def _activity(ctx, kind: T, start: dt.datetime, minutes: int, subject: str) -> int:
    values = {"subject": subject, "contact_id": 1, "start_at": start}
    if kind is T.APPOINTMENT:
        values["end_at"] = start + dt.timedelta(minutes=minutes)
    else:
        values.update(duration_hours=minutes // 60, duration_minutes=minutes % 60)
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, kind, values, ctx.employee_id)
        commit(s)
        return act.id


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone().astimezone(dt.timezone.utc)


def test_a_follow_up_shows_at_once_in_the_origin_follow_ups_tab(window, ctx, answers, today):
    answers.answer = QMessageBox.Discard
    call_id = _activity(ctx, T.CALL, _local(free_monday(today), 10), 15, "Premier appel")
    call = window.open_session("tccom6600m200", record_id=call_id)
    titles = [call.tab_widget.tabText(i) for i in range(call.tab_widget.count())]
    follow_ups = call.tab_widget.widget(titles.index("Follow-ups"))
    before = follow_ups.model.rowCount()
    next(a for a in call.follow_menu.actions() if a.text() == "Task").trigger()
    assert window.mdi.activeSubWindow().session.session_code == "tccom6600m300"
    assert follow_ups.model.rowCount() == before + 1  # no Refresh needed


def test_the_agenda_spans_each_activity_over_its_duration(window, ctx, today):
    monday = free_monday(today)
    long_id = _activity(ctx, T.APPOINTMENT, _local(monday, 10), 90, "Démonstration")
    inside_id = _activity(ctx, T.CALL, _local(monday, 10, 30), 15, "Appel pendant")
    later_id = _activity(ctx, T.CALL, _local(monday, 14), 30, "Rappel")
    agenda = window.open_session("tccom6150m000")
    agenda.day.setDate(QDate(monday))
    ten, two = (10 - 7) * 2, (14 - 7) * 2
    demo = agenda.table.item(ten, 0)
    assert demo.data(agenda_ids()) == long_id
    assert agenda.table.rowSpan(ten, 0) == 3  # 10:00-11:30
    assert "Appel pendant" in demo.text()  # starts inside: listed in the same cell
    recall = agenda.table.item(two, 0)
    assert recall.data(agenda_ids()) == later_id and agenda.table.rowSpan(two, 0) == 1
    assert agenda.table.item(two - 1, 0) is None and agenda.table.item(two + 1, 0) is None
    assert {e["id"] for e in agenda.items} >= {long_id, inside_id, later_id}


def agenda_ids():
    from desktop.views.activities.agenda import ID_ROLE

    return ID_ROLE
