"""Dates as a salesperson types them: a new call starts at the next half hour for the
user's default duration, a task is due at the end of the next working day, and the date
fields read 'demain 10:00' / 'tomorrow 10:00' / '3/12 10h' / '+2' in either language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.crm.moments import end_of_next_working_day, next_half_hour
from desktop.i18n import Translations
from desktop.settings import CALL_MINUTES
from tests.support.typing import type_text


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard  # the window closes at the end of each test
    return answers


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone().replace(tzinfo=None)


def _type(qtbot, field, text: str) -> None:
    type_text(qtbot, field.line, text)
    qtbot.keyClick(field.line, Qt.Key_Return)


def test_a_new_call_starts_at_the_next_half_hour_for_my_duration(window, ctx, now):
    ctx.settings.set(CALL_MINUTES, 20)
    call = window.open_session("tccom6600m200")
    start = call.form.editor("start_at").value()
    assert start == next_half_hour(now.astimezone())  # the same moment, whatever the offset
    assert _local(start).minute in (0, 30) and start > now
    assert call.form.editor("duration_hours").value() == 0
    assert call.form.editor("duration_minutes").value() == 20
    assert not call.dirty  # defaults are not edits: closing asks nothing


def test_a_new_task_is_due_at_the_end_of_the_next_working_day(window, now):
    task = window.open_session("tccom6600m300")
    due = task.form.editor("due_at").value()
    assert due == end_of_next_working_day(now.astimezone(), dt.time(18))
    assert _local(due).date().weekday() < 5 and _local(due).time() == dt.time(18)


@pytest.mark.parametrize("language, typed", [
    ("fr", "demain 10:00"), ("fr", "demain à 10h"), ("en", "tomorrow 10:00"),
    ("en", "Tomorrow 10am")])
def test_tomorrow_at_ten_in_either_language(window, qtbot, language, typed, today):
    Translations().install(language)
    call = window.open_session("tccom6600m200")
    field = call.form.editor("start_at")
    _type(qtbot, field, typed)
    tomorrow = today + dt.timedelta(days=1)
    assert _local(field.value()) == dt.datetime.combine(tomorrow, dt.time(10))
    assert field.line.text() == f"{tomorrow:%d/%m/%Y} 10:00"  # both locales: day first
    assert field.error() is None and call.dirty


def test_numeric_dates_days_ahead_and_a_wrong_date(window, qtbot, answers, today):
    call = window.open_session("tccom6600m200")
    field = call.form.editor("start_at")
    _type(qtbot, field, "03/12/2026 10:00")
    assert _local(field.value()) == dt.datetime(2026, 12, 3, 10)
    _type(qtbot, field, "3/12 14h30")
    assert _local(field.value()) == dt.datetime(today.year, 12, 3, 14, 30)
    _type(qtbot, field, "+2")  # two days from today, the time kept
    assert _local(field.value()) == dt.datetime.combine(
        today + dt.timedelta(days=2), dt.time(14, 30))
    _type(qtbot, field, "31/02/2026")
    assert field.error() == "Type a date such as 03/12/2026 10:00, tomorrow 10:00 or +2."
    type_text(qtbot, call.form.editor("subject"), "Relance")
    call.save_action.trigger()
    assert call.record_id is None  # not saved: the form said what to fix
    assert answers.shown and "Start" in answers.shown[-1][1]


def test_the_calendar_opens_on_the_field_date_or_today(window, today):
    task = window.open_session("tccom6600m300")
    start = task.form.editor("start_at")  # empty
    start.open_calendar()
    assert start.calendar.selectedDate() == QDate(today)
    start.calendar.close()
    due = task.form.editor("due_at")
    due.set_value(dt.datetime(2027, 3, 15, 9, tzinfo=dt.UTC))
    due.open_calendar()
    assert due.calendar.selectedDate() == QDate(2027, 3, 15)
    due.calendar.clicked.emit(QDate(2027, 3, 17))
    assert _local(due.value()).date() == dt.date(2027, 3, 17)
    assert _local(due.value()).time() == _local(
        dt.datetime(2027, 3, 15, 9, tzinfo=dt.UTC)).time()


def test_a_new_appointment_shows_and_saves_what_the_record_defaults_to(window, ctx, qtbot):
    from desktop.crm import entities as E
    from desktop.crm.enums import ActivityType as T, ShowTimeAs
    from desktop.views.activities.sessions import DETAIL

    appointment = window.open_session(DETAIL[T.APPOINTMENT])
    assert appointment.form.editor("show_time_as").value() is ShowTimeAs.BUSY
    assert appointment.form.editor("organizer_id").value() == ctx.employee_id
    type_text(qtbot, appointment.form.editor("subject"), "Visite")
    appointment.form.editor("contact_id").set_value(1)
    appointment.save_action.trigger()
    with ctx.db.session() as s:
        assert s.get(E.Activity, appointment.record_id).show_time_as is ShowTimeAs.BUSY


def test_a_task_typed_to_start_after_it_is_due_is_saved_and_said(window, ctx, qtbot,
                                                                  answers, today):
    """Outlook asks the same: a start after the due date is likely mistyped; the task is
    saved (one from Exchange may be so) and the user is told, in words."""
    task = window.open_session("tccom6600m300")
    type_text(qtbot, task.form.editor("subject"), "Relancer le devis")
    task.form.editor("contact_id").set_value(1)
    _type(qtbot, task.form.editor("due_at"), "+2")
    _type(qtbot, task.form.editor("start_at"), "+5")
    task.save_action.trigger()
    qtbot.waitUntil(lambda: task.record_id is not None)
    assert ("information", "Saved. The task starts after its due date.") in answers.shown
