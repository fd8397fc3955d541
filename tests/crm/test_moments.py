"""Dates typed as people say them, and the moments new activities start with."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.crm.enums import ActivityType as T
from desktop.crm.moments import (
    MomentError,
    end_of_next_working_day,
    new_activity_moments,
    next_half_hour,
    parse_moment,
)

WEDNESDAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("text, date, time", [
    ("03/12/2026 10:00", dt.date(2026, 12, 3), dt.time(10)),
    ("3/12 10h", dt.date(2026, 12, 3), dt.time(10)),
    ("3.12.26 10h30", dt.date(2026, 12, 3), dt.time(10, 30)),
    ("demain 10:00", dt.date(2026, 12, 3), dt.time(10)),
    ("Demain à 10 h", dt.date(2026, 12, 3), dt.time(10)),
    ("tomorrow 10:00", dt.date(2026, 12, 3), dt.time(10)),
    ("tomorrow at 2 pm", dt.date(2026, 12, 3), dt.time(14)),
    ("aujourd'hui", WEDNESDAY, None),
    ("après-demain 9h30", dt.date(2026, 12, 4), dt.time(9, 30)),
    ("+2", dt.date(2026, 12, 4), None),
    ("+ 1 semaine", dt.date(2026, 12, 9), None),
    ("-3", dt.date(2026, 11, 29), None),
    ("lundi", dt.date(2026, 12, 7), None),
    ("wednesday", dt.date(2026, 12, 9), None),  # today is Wednesday: the next one
    ("2026-12-03T10:00", dt.date(2026, 12, 3), dt.time(10)),
    ("14h", None, dt.time(14)),
    ("", None, None),
])
def test_typed_moments(text, date, time):
    assert parse_moment(text, WEDNESDAY) == (date, time)


def test_month_first_locales_read_month_then_day():
    assert parse_moment("12/25/2026", WEDNESDAY, day_first=False) == (dt.date(2026, 12, 25), None)
    with pytest.raises(MomentError):
        parse_moment("12/25/2026", WEDNESDAY, day_first=True)


@pytest.mark.parametrize("text", ["31/02/2026", "25:00", "next", "3/12 10h 11h 12h", "13pm"])
def test_what_is_not_a_moment_is_refused(text):
    with pytest.raises(MomentError):
        parse_moment(text, WEDNESDAY)


def test_next_half_hour_is_strictly_later():
    at = dt.datetime(2026, 12, 2, 9, 5)
    assert next_half_hour(at) == dt.datetime(2026, 12, 2, 9, 30)
    assert next_half_hour(dt.datetime(2026, 12, 2, 9, 30)) == dt.datetime(2026, 12, 2, 10)
    assert next_half_hour(dt.datetime(2026, 12, 2, 23, 45)) == dt.datetime(2026, 12, 3)


def test_tasks_are_due_at_the_end_of_the_next_working_day(paris):
    end = dt.time(18)
    friday = dt.datetime(2026, 12, 4, 11).astimezone()
    assert end_of_next_working_day(friday, end) == dt.datetime(2026, 12, 7, 18).astimezone()
    assert end_of_next_working_day(dt.datetime(2026, 12, 2, 20).astimezone(), end) == \
        dt.datetime(2026, 12, 3, 18).astimezone()


def test_new_activities_start_at_the_next_half_hour_for_the_user_duration(paris):
    now = dt.datetime(2026, 12, 2, 9, 10).astimezone()
    utc = dt.UTC
    assert new_activity_moments(T.APPOINTMENT, now, 45, dt.time(18)) == {
        "start_at": dt.datetime(2026, 12, 2, 8, 30, tzinfo=utc),
        "end_at": dt.datetime(2026, 12, 2, 9, 15, tzinfo=utc)}
    assert new_activity_moments(T.CALL, now, 90, dt.time(18)) == {
        "start_at": dt.datetime(2026, 12, 2, 8, 30, tzinfo=utc),
        "duration_hours": 1, "duration_minutes": 30}
    assert new_activity_moments(T.TASK, now, 15, dt.time(17, 30)) == {
        "due_at": dt.datetime(2026, 12, 3, 16, 30, tzinfo=utc)}


def test_the_next_working_day_ends_at_its_own_offset_across_a_clock_change(paris):
    """Friday in winter time, Monday in summer time: 18:00 on Monday is 16:00 UTC."""
    friday = dt.datetime(2027, 3, 26, 11).astimezone()
    due = end_of_next_working_day(friday, dt.time(18))
    assert due.astimezone(dt.UTC) == dt.datetime(2027, 3, 29, 16, tzinfo=dt.UTC)


def test_the_next_half_hour_of_the_missing_hour_is_the_same_moment(paris):
    """At 01:45 on the night the clocks jump from 02:00 to 03:00, the next half hour is 03:00
    summer time, 30 minutes later."""
    before = dt.datetime(2027, 3, 28, 1, 45).astimezone()
    start = next_half_hour(before)
    assert start - before == dt.timedelta(minutes=15)
    assert start.astimezone().hour == 3
