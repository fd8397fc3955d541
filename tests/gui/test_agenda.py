"""My agenda: the employee's week, moving an appointment by dropping it on another slot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from desktop.crm import activities as A, entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T
from tests.support.days import free_monday


def _appointment(ctx, start: dt.datetime) -> int:
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.APPOINTMENT, {"subject": "Visite client", "contact_id": 1,
                                                "start_at": start,
                                                "end_at": start + dt.timedelta(hours=1)},
                             ctx.employee_id)
        commit(s)
        return act.id


def test_agenda_shows_and_moves_an_appointment(window, ctx, today):
    monday = free_monday(today)
    start = dt.datetime.combine(monday, dt.time(10)).astimezone().astimezone(dt.timezone.utc)
    act_id = _appointment(ctx, start)
    agenda = window.open_session("tccom6150m000")
    agenda.day.setDate(QDate(monday + dt.timedelta(days=2)))
    assert agenda.first_day() == monday
    assert [e["id"] for e in agenda.items] == [act_id]
    row = (10 - 7) * 2
    item = agenda.table.item(row, 0)
    assert item is not None and "Visite client" in item.text()
    assert agenda.move(act_id, item.data(agenda_module().VERSION_ROLE), row + 3, 2)
    with ctx.db.session(user=ctx.user) as s:
        moved = s.get(E.Activity, act_id)
        assert moved.start_at.astimezone().date() == monday + dt.timedelta(days=2)
        assert (moved.start_at.astimezone().hour, moved.start_at.astimezone().minute) == (11, 30)
        assert moved.end_at - moved.start_at == dt.timedelta(hours=1)
    assert agenda.table.item(row + 3, 2) is not None


def test_double_click_opens_the_appointment(window, ctx, today):
    monday = free_monday(today)
    act_id = _appointment(ctx, dt.datetime.combine(monday, dt.time(9)).astimezone())
    agenda = window.open_session("tccom6150m000")
    agenda.day.setDate(QDate(monday))
    item = agenda.table.item(4, 0)
    agenda.open_item(item)
    opened = window.mdi.activeSubWindow().session
    assert (opened.session_code, opened.record_id) == ("tccom6600m100", act_id)


def agenda_module():
    from desktop.views.activities import agenda

    return agenda
