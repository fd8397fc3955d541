"""Follow-ups as proposals (issue 31, BR-FU-*): the next working slot in the user's local time
for the user's lengths, a task due at the user's hour, the origin's links; created only when
saved, with the origin referenced and its parties copied."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.crm import activities as A, clock, entities as E
from desktop.crm.enums import ActivityType as T, Attendance, PartyType
from desktop.crm.follow_ups import Planning, create_follow_up, next_working_slot, proposed_values

PLAN = Planning(appointment_minutes=90, call_minutes=20, day_start=dt.time(8, 30),
                day_end=dt.time(18))


def _weekday(today: dt.date, weekday: int) -> dt.date:
    """The first such weekday (0 = Monday) after the pinned day."""
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return clock.local_moment(day, dt.time(hour, minute))


def test_the_next_half_hour_of_a_working_day(today):
    tuesday = _weekday(today, 1)
    assert next_working_slot(_at(tuesday, 10, 5), 90, PLAN) == _at(tuesday, 10, 30)


def test_before_the_working_day_it_starts_with_the_day(today):
    tuesday = _weekday(today, 1)
    assert next_working_slot(_at(tuesday, 6, 40), 90, PLAN) == _at(tuesday, 8, 30)


def test_what_no_longer_fits_today_goes_to_the_next_working_day(today):
    friday = _weekday(today, 4)
    monday = friday + dt.timedelta(days=3)
    assert next_working_slot(_at(friday, 16, 50), 90, PLAN) == _at(monday, 8, 30)
    assert next_working_slot(_at(friday, 16, 50), 20, PLAN) == _at(friday, 17, 0)
    assert next_working_slot(_at(friday + dt.timedelta(days=1), 11), 20, PLAN) == \
        _at(monday, 8, 30)  # a Saturday


def test_local_wall_times_across_a_clock_change(paris, today):
    """The Friday before the last Sunday of October in Paris: Monday 08:30 is local time,
    with Monday's own offset."""
    sunday = dt.date(today.year + 1, 10, 31)
    sunday -= dt.timedelta(days=(sunday.weekday() + 1) % 7)
    friday, monday = sunday - dt.timedelta(days=2), sunday + dt.timedelta(days=1)
    slot = next_working_slot(_at(friday, 17, 45), 60, PLAN)
    assert (slot.date(), slot.time()) == (monday, dt.time(8, 30))
    assert slot.utcoffset() != _at(friday, 17, 45).utcoffset()


def _call_with_a_guest(session) -> E.Activity:
    contact = session.scalars(select(E.Contact).where(E.Contact.email != "")).first()
    opportunity = session.scalars(select(E.Opportunity).where(
        E.Opportunity.sold_to_bp_id == contact.business_partner_id)).first()
    call = A.new_activity(session, T.CALL, {
        "subject": "Appel de qualification", "contact_id": contact.id,
        "opportunity_id": opportunity.id if opportunity else None,
        "start_at": clock.now()}, employee_id=1)
    A.add_attendee(session, call, {"attendee_type": PartyType.CONTACT, "contact_id": contact.id,
                                   "attendance": Attendance.REQUIRED})
    session.flush()
    return call


def test_a_proposal_writes_nothing(demo_session, today):
    call = _call_with_a_guest(demo_session)
    before = demo_session.scalar(select(func.count(E.Activity.id)))
    now = _at(_weekday(today, 1), 10, 5)
    meeting = proposed_values(call, T.APPOINTMENT, PLAN, now)
    assert (meeting["start_at"], meeting["end_at"] - meeting["start_at"]) == (
        _at(now.date(), 10, 30), dt.timedelta(minutes=90))
    assert meeting["contact_id"] == call.contact_id
    assert meeting["opportunity_id"] == call.opportunity_id
    assert meeting["linked_activity_id"] == call.id
    phone = proposed_values(call, T.CALL, PLAN, now)
    assert (phone["duration_hours"], phone["duration_minutes"]) == (0, 20)
    task = proposed_values(call, T.TASK, PLAN, now)
    assert task["due_at"] == _at(now.date() + dt.timedelta(days=1), 18)  # the user's hour
    demo_session.flush()
    assert demo_session.scalar(select(func.count(E.Activity.id))) == before


def test_saving_the_proposal_creates_the_follow_up_with_its_parties(demo_session, today):
    call = _call_with_a_guest(demo_session)
    values = proposed_values(call, T.APPOINTMENT, PLAN, _at(_weekday(today, 1), 10))
    values["subject"] = "Démonstration sur site"  # edited in the form
    meeting = create_follow_up(demo_session, call, T.APPOINTMENT, values, employee_id=2)
    demo_session.flush()
    assert meeting.id and meeting.linked_activity_id == call.id
    assert meeting.subject == "Démonstration sur site"
    assert [(a.attendance, a.contact_id) for a in meeting.attendees] == [
        (Attendance.ORGANIZER, None), (Attendance.REQUIRED, call.contact_id)]
