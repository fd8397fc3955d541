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


def _call(ctx, start: dt.datetime, subject: str) -> tuple[int, dt.datetime]:
    """A call at ``start`` with a reminder 15 minutes before: (its id, its reminder time)."""
    with ctx.db.session(user=ctx.user) as s:
        call = A.new_activity(s, T.CALL, {"subject": subject, "contact_id": 1,
                                          "start_at": start, "reminder": True,
                                          "reminder_value": 15,
                                          "reminder_unit": TimeUnit.MINUTES}, ctx.employee_id)
        commit(s)
        return call.id, call.reminder_at


def _only_call(ctx, start: dt.datetime, subject: str) -> tuple[int, dt.datetime]:
    """The call, as the only reminder due (the demo user's own ones are done)."""
    with ctx.db.session(user=ctx.user) as s:
        s.execute(update(E.Activity).values(reminder_done=True))
        commit(s)
    return _call(ctx, start, subject)


def test_reminder_fires_snoozes_and_is_dismissed(window, ctx, qtbot, clock, now):
    from desktop.views.activities.reminders import ReminderService

    start = _start(now)
    call_id, _reminder_at = _only_call(ctx, start, "Rappeler M. Van Dijk")
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


def test_escape_closes_the_reminders_and_changes_nothing(window, ctx, qtbot, clock, now):
    """Escape closes the window as any dialog's would (issue 40): no snooze, no dismissal;
    the reminder is still due at the next check, and the window stays closed for it (it came
    back every 30 seconds) until a new reminder is due."""
    from PySide6.QtCore import Qt

    from desktop.views.activities.reminders import ReminderService

    start = _start(now)
    call_id, reminder_at = _only_call(ctx, start, "Relancer Fabrikam")
    clock.set(start - dt.timedelta(minutes=10))
    service = ReminderService(ctx, window)
    service.check()
    reminders = service.window
    qtbot.waitUntil(reminders.isVisible)
    reminders.activateWindow()
    reminders.list.setFocus()
    qtbot.waitUntil(reminders.list.hasFocus)
    qtbot.keyClick(reminders.list, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not reminders.isVisible())
    with ctx.db.session(user=ctx.user) as s:
        activity = s.get(E.Activity, call_id)
        assert not activity.reminder_done and activity.reminder_at == reminder_at
    service.timer.timeout.emit()  # what the timer does every 30 seconds
    assert [e["id"] for e in service.due] == [call_id]
    assert not reminders.isVisible()
    _call(ctx, start, "Rappeler Contoso")
    with qtbot.waitSignal(service.fired):
        service.timer.timeout.emit()
    assert reminders.isVisible() and reminders.list.count() == 2


def test_an_open_reminders_window_follows_a_language_switch(window, ctx, qtbot, clock, now):
    # it stays open beside the work, so a switch made meanwhile must reach it
    from desktop.i18n import Translations
    from desktop.views.activities.reminders import ReminderService

    _only_call(ctx, _start(now), "Rappel bilingue")
    clock.set(_start(now))
    service = ReminderService(ctx, window)
    service.start()
    service.timer.stop()
    shown = service.window
    assert shown.isVisible() and shown.dismiss_button.text() == "Dismiss"
    translations = Translations()
    try:
        translations.install("fr")
        qtbot.waitUntil(lambda: shown.windowTitle() == "Rappels")
        assert shown.dismiss_button.text() != "Dismiss" and shown.open_button.text() == "Ouvrir"
    finally:
        translations.install("en")
    qtbot.waitUntil(lambda: shown.windowTitle() == "Reminders")


def test_a_reminder_is_reached_and_opened_from_the_keyboard(window, ctx, qtbot, clock, now):
    """The window opens without taking the focus from the user's typing, so the keyboard
    could not reach it (issue 40): the status bar (read out) says that a reminder came and
    which key shows it; Ctrl+Shift+R brings it forward on its list, and Enter opens it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.views.activities.reminders import ReminderService
    from tests.support.typing import press

    start = _start(now)
    call_id, _reminder_at = _only_call(ctx, start, "Rappeler Northwind")
    clock.set(start - dt.timedelta(minutes=10))
    service = window.reminders = ReminderService(ctx, window)
    home = window.open_session("tccom4500m000")
    home.search.setFocus()
    qtbot.waitUntil(home.search.hasFocus)
    with qtbot.waitSignal(service.fired):
        service.check()
    assert "Rappeler Northwind" in window.statusBar().currentMessage()
    assert "Ctrl+Shift+R" in window.statusBar().currentMessage()

    press(qtbot, QApplication.focusWidget(), Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(service.window.list.hasFocus)
    opened = []
    ctx.open_record = lambda entity, record_id: opened.append((entity, record_id))
    press(qtbot, service.window.list, Qt.Key_Return)
    assert opened == [(E.Activity, call_id)]


def test_the_reminders_key_says_when_nothing_is_due(window, ctx, qtbot, clock, now):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.views.activities.reminders import ReminderService
    from tests.support.typing import press

    with ctx.db.session(user=ctx.user) as s:
        s.execute(update(E.Activity).values(reminder_done=True))
        commit(s)
    service = window.reminders = ReminderService(ctx, window)
    service.check()
    window.activateWindow()
    press(qtbot, QApplication.focusWidget() or window, Qt.Key_R,
          Qt.ControlModifier | Qt.ShiftModifier)
    assert window.statusBar().currentMessage() == "No reminder due."
    assert not service.window.isVisible()
