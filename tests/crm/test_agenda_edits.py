"""Changes made in the agenda with the mouse (issue 31): moving keeps the length; dragging the
foot changes the end of an appointment and the duration of a call; a task has no length."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.crm import activities as A, clock
from desktop.crm.agenda import move_activity, resize_activity
from desktop.crm.enums import ActivityType as T
from desktop.crm.errors import NotAllowedError, ValidationError


def _activity(session, kind: T, **values):
    start = clock.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=3)
    base = {"subject": "Rendez-vous", "contact_id": 1, "start_at": start,
            "due_at": start} if kind is T.TASK else {"subject": "Rendez-vous",
                                                       "contact_id": 1, "start_at": start}
    return A.new_activity(session, kind, {**base, **values}, employee_id=1)


def test_an_appointment_moves_with_its_length(demo_session):
    act = _activity(demo_session, T.APPOINTMENT)
    act.end_at = act.start_at + dt.timedelta(minutes=45)
    later = act.start_at + dt.timedelta(days=1, hours=2)
    move_activity(demo_session, act, later)
    demo_session.flush()
    assert (act.start_at, act.end_at - act.start_at) == (later, dt.timedelta(minutes=45))


def test_the_foot_of_an_appointment_sets_its_end(demo_session):
    act = _activity(demo_session, T.APPOINTMENT)
    end = act.start_at + dt.timedelta(hours=2, minutes=15)
    resize_activity(demo_session, act, end)
    demo_session.flush()
    assert act.end_at == end


def test_the_foot_of_a_call_sets_its_duration(demo_session):
    act = _activity(demo_session, T.CALL, duration_hours=0, duration_minutes=15)
    resize_activity(demo_session, act, act.start_at + dt.timedelta(minutes=75))
    demo_session.flush()
    assert (act.duration_hours, act.duration_minutes) == (1, 15)
    assert act.end_at - act.start_at == dt.timedelta(minutes=75)


def test_an_activity_lasts_a_quarter_of_an_hour_at_least(demo_session):
    act = _activity(demo_session, T.APPOINTMENT)
    with pytest.raises(ValidationError):
        resize_activity(demo_session, act, act.start_at + dt.timedelta(minutes=5))


def test_a_task_has_no_length_to_change(demo_session):
    task = _activity(demo_session, T.TASK)
    with pytest.raises(NotAllowedError):
        resize_activity(demo_session, task, task.due_at + dt.timedelta(hours=1))
