"""Follow-ups as a salesperson makes them (issue 31): a new, unsaved form filled from the
origin at the next working slot of the user's day and for the user's lengths; nothing is
written until Save, closing discards it; once saved it shows at once in the origin's
Follow-ups tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.crm import activities as A, clock, entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T
from desktop.crm.follow_ups import Planning, next_working_slot
from desktop.settings import APPOINTMENT_MINUTES, WORKDAY_END, WORKDAY_START


def _call(ctx) -> int:
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.CALL, {"subject": "Premier appel", "contact_id": 1,
                                         "start_at": clock.now()}, ctx.employee_id)
        commit(s)
        return act.id


def _count(ctx) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count(E.Activity.id)))


def _follow(window, call, kind: str):
    next(a for a in call.follow_menu.actions() if a.text() == kind).trigger()
    return window.mdi.activeSubWindow().session


def test_a_follow_up_is_a_new_form_and_closing_discards_it(window, ctx):
    call = window.open_session("tccom6600m200", record_id=_call(ctx))
    before = _count(ctx)
    task = _follow(window, call, "Task")
    assert (task.session_code, task.record_id) == ("tccom6600m300", None)
    assert task.form.editor("subject").value() == "Premier appel"
    assert task.form.editor("contact_id").value() == 1
    assert task.form.editor("linked_activity_id").value() == call.record_id
    due = task.form.editor("due_at").value().astimezone()
    assert due.time() == dt.time.fromisoformat(ctx.settings.get(WORKDAY_END))  # Settings' hour
    assert due.date() > clock.local_now().date()
    assert _count(ctx) == before  # nothing written
    window.find_window(task.key).close()
    assert window.find_window(task.key) is None and _count(ctx) == before


def test_saved_it_joins_the_origin_follow_ups_tab_at_once(window, ctx, answers):
    answers.answer = QMessageBox.Discard
    call = window.open_session("tccom6600m200", record_id=_call(ctx))
    titles = [call.tab_widget.tabText(i) for i in range(call.tab_widget.count())]
    follow_ups = call.tab_widget.widget(titles.index("Follow-ups"))
    before = follow_ups.model.rowCount()
    task = _follow(window, call, "Task")
    task.save()
    assert task.record_id is not None
    with ctx.db.session() as s:
        assert s.get(E.Activity, task.record_id).linked_activity_id == call.record_id
    assert follow_ups.model.rowCount() == before + 1  # no Refresh needed


def test_an_appointment_follow_up_at_the_next_working_slot_for_my_length(window, ctx):
    ctx.settings.set(APPOINTMENT_MINUTES, 45)
    ctx.settings.set(WORKDAY_START, "08:00")
    call = window.open_session("tccom6600m200", record_id=_call(ctx))
    meeting = _follow(window, call, "Appointment")
    start = meeting.form.editor("start_at").value()
    end = meeting.form.editor("end_at").value()
    planning = Planning(45, 15, dt.time(8), dt.time.fromisoformat(ctx.settings.get(WORKDAY_END)))
    assert start == next_working_slot(clock.local_now(), 45, planning)
    assert end - start == dt.timedelta(minutes=45)
    local = start.astimezone()
    assert local.weekday() < 5 and dt.time(8) <= local.time()


def test_two_follow_ups_open_side_by_side(window, ctx):
    first = window.open_session("tccom6600m200", record_id=_call(ctx))
    second = window.open_session("tccom6600m200", record_id=_call(ctx))
    one, other = _follow(window, first, "Call"), _follow(window, second, "Call")
    assert one is not other
    assert one.form.editor("linked_activity_id").value() == first.record_id
    assert other.form.editor("linked_activity_id").value() == second.record_id
