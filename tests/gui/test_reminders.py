"""A reminder fires when a controllable clock reaches its time; Snooze and Dismiss."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from desktop.crm import activities as A, entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T, TimeUnit

UTC = dt.UTC


def _start(now: dt.datetime) -> dt.datetime:
    """A call two days after the pinned moment, on the hour."""
    return now.replace(minute=0, second=0) + dt.timedelta(days=2)


def test_reminder_fires_snoozes_and_is_dismissed(window, ctx, qtbot, clock, now):
    from desktop.views.activities.reminders import ReminderService

    start = _start(now)
    with ctx.db.session(user=ctx.user) as s:
        s.execute(update(E.Activity).values(reminder_done=True))  # the demo user's own ones
        call = A.new_activity(s, T.CALL, {"subject": "Rappeler M. Van Dijk", "contact_id": 1,
                                          "start_at": start, "reminder": True,
                                          "reminder_value": 15,
                                          "reminder_unit": TimeUnit.MINUTES}, ctx.employee_id)
        commit(s)
        call_id = call.id
    clock.set(start - dt.timedelta(minutes=30))
    service = ReminderService(ctx, window)
    service.check()  # the pool runs inline: checked when the call returns
    assert service.due == []
    assert not service.window.isVisible()
    clock.set(start - dt.timedelta(minutes=14))
    with qtbot.waitSignal(service.fired) as fired:
        service.timer.timeout.emit()  # what the timer does every 30 seconds
    assert [e["id"] for e in fired.args[0]] == [call_id]
    assert service.window.isVisible() and service.window.list.count() == 1
    service.window.snooze_button.click()
    assert service.window.list.count() == 0 and not service.window.isVisible()
    clock.advance(dt.timedelta(minutes=11))
    service.check()
    assert [e["id"] for e in service.due] == [call_id]
    service.window.dismiss_button.click()
    clock.advance(dt.timedelta(hours=2))
    service.check()
    assert service.due == []
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Activity, call_id).reminder_done


def test_missed_reminders_show_at_start(window, ctx, clock, now):
    from desktop.views.activities.reminders import ReminderService

    start = _start(now)
    with ctx.db.session(user=ctx.user) as s:
        A.new_activity(s, T.CALL, {"subject": "Manqué", "contact_id": 1, "start_at": start,
                                   "reminder": True, "reminder_value": 1,
                                   "reminder_unit": TimeUnit.HOURS}, ctx.employee_id)
        commit(s)
    clock.set(start + dt.timedelta(days=1))
    service = ReminderService(ctx, window)
    service.start()
    assert service.window.list.count() >= 1
    service.timer.stop()
