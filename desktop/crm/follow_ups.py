"""Follow-ups (domain.md 3.6, BR-FU-01..05). A follow-up is first a proposal: the values of a
new activity (the origin's links, the next working slot in the user's local time for the
user's usual length, a task due at the user's hour), which the user edits in a new form; only
its save creates it, with the origin referenced and its attendees or recipients copied."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.activities import (
    FOLLOW_UP_TYPES,
    WITH_ATTENDEES,
    _add_attendee,
    _no_autoflush,
    add_attendee,
    add_recipient,
    new_activity,
)
from desktop.crm.enums import ActivityType as T, Attendance, PartyType, RecipientRole
from desktop.crm.errors import NotAllowedError
from desktop.crm.moments import end_of_next_working_day, next_half_hour

UTC = dt.UTC


@dataclass(frozen=True)
class Planning:
    """The user's habits (Tools > Settings): how long appointments and calls last, when the
    working day starts and ends (tasks are due at its end)."""

    appointment_minutes: int = 60
    call_minutes: int = 15
    day_start: dt.time = dt.time(9)
    day_end: dt.time = dt.time(18)


def next_working_slot(now: dt.datetime, minutes: int, planning: Planning) -> dt.datetime:
    """The first half hour after ``now`` (aware, local) on a working day (Monday to Friday)
    from which ``minutes`` fit before the day's end; else the start of the next working day.
    Local wall times of each day, with that day's own offset."""
    length = dt.timedelta(minutes=minutes)
    earliest = next_half_hour(now)
    day = now.astimezone().date()
    for _ in range(14):
        if day.weekday() < 5:
            start = max(clock.local_moment(day, planning.day_start), earliest)
            if start + length <= clock.local_moment(day, planning.day_end):
                return start
        day += dt.timedelta(days=1)
    return clock.local_moment(day, planning.day_start)


def proposed_values(original: E.Activity, kind: T, planning: Planning,
                    now: dt.datetime) -> dict[str, Any]:
    """What the follow-up's form starts with (BR-FU-02, BR-FU-05): the origin's subject and
    links, and when it happens. Moments are aware UTC; ``now`` is aware local time."""
    if kind not in FOLLOW_UP_TYPES:
        raise NotAllowedError("A follow-up can be an appointment, a call, a task or an e-mail.")
    values: dict[str, Any] = {
        "subject": original.subject, "business_partner_id": original.business_partner_id,
        "contact_id": original.contact_id, "opportunity_id": original.opportunity_id,
        "phase_id": original.phase_id, "linked_activity_id": original.id}
    if kind is T.APPOINTMENT:
        start = next_working_slot(now, planning.appointment_minutes, planning)
        values.update(start_at=start.astimezone(UTC), end_at=(start + dt.timedelta(
            minutes=planning.appointment_minutes)).astimezone(UTC))
    elif kind is T.CALL:
        start = next_working_slot(now, planning.call_minutes, planning)
        values.update(start_at=start.astimezone(UTC),
                      duration_hours=planning.call_minutes // 60,
                      duration_minutes=planning.call_minutes % 60)
    elif kind is T.TASK:
        values["due_at"] = end_of_next_working_day(now, planning.day_end).astimezone(UTC)
    return values


@_no_autoflush
def create_follow_up(session: Session, original: E.Activity, kind: T, values: dict[str, Any],
                     employee_id: int | None) -> E.Activity:
    """The follow-up as the user saved it: ``values`` (the proposal, maybe edited), the origin
    referenced and read-only (BR-FU-03), its parties copied (BR-FU-04)."""
    if kind not in FOLLOW_UP_TYPES:
        raise NotAllowedError("A follow-up can be an appointment, a call, a task or an e-mail.")
    act = new_activity(session, kind, {**values, "linked_activity_id": original.id},
                       employee_id)
    act.linked_activity = original
    for party in _parties(original):
        _copy_party(session, act, party)
    return act


def follow_up(session: Session, original: E.Activity, kind: T, employee_id: int | None,
              when: dt.datetime | None = None, planning: Planning = Planning()) -> E.Activity:
    """A follow-up created at once (batch work, tests): the proposal saved as it is, at
    ``when`` if given."""
    values = proposed_values(original, kind, planning, clock.local_now())
    if when is not None:
        values.update({"start_at": when} if kind in WITH_ATTENDEES else
                      {"due_at": when} if kind is T.TASK else {})
        values.pop("end_at", None)
    return create_follow_up(session, original, kind, values, employee_id)


# -- the parties (BR-FU-04: attendees and recipients converted between roles, Q-ACT-8) -------
ATTENDEE_TO_ROLE = {Attendance.ORGANIZER: RecipientRole.FROM, Attendance.REQUIRED:
                    RecipientRole.TO, Attendance.OPTIONAL: RecipientRole.CC}
ROLE_TO_ATTENDANCE = {RecipientRole.FROM: Attendance.ORGANIZER, RecipientRole.TO:
                      Attendance.REQUIRED, RecipientRole.CC: Attendance.OPTIONAL,
                      RecipientRole.BCC: Attendance.OPTIONAL}


def _parties(act: E.Activity) -> list[dict]:
    """Attendees and recipients as (role-neutral) dicts."""
    parties = [{"type": a.attendee_type, "employee_id": a.employee_id,
                "contact_id": a.contact_id, "name": a.full_name, "email": a.email,
                "attendance": a.attendance, "role": ATTENDEE_TO_ROLE.get(a.attendance),
                "invite": a.invite} for a in act.attendees]
    parties += [{"type": r.recipient_type, "employee_id": r.employee_id,
                 "contact_id": r.contact_id, "name": r.name, "email": r.email,
                 "attendance": ROLE_TO_ATTENDANCE[r.role], "role": r.role, "invite": False}
                for r in act.recipients]
    return parties


def _copy_party(session: Session, act: E.Activity, party: dict) -> None:
    common = {"employee_id": party["employee_id"], "contact_id": party["contact_id"],
              "email": party["email"]}
    if act.type in WITH_ATTENDEES:
        if party["attendance"] in (Attendance.ORGANIZER, None):
            return  # the follow-up has its own organizer: the employee creating it
        add_attendee(session, act, {**common, "attendee_type": party["type"],
                                    "attendance": party["attendance"],
                                    "full_name": party["name"], "invite": party["invite"]})
    elif act.type is T.EMAIL and party["role"] is not None:
        if party["role"] is RecipientRole.FROM and party["type"] is not PartyType.EMPLOYEE:
            return
        add_recipient(session, act, {**common, "recipient_type": party["type"],
                                     "role": party["role"], "name": party["name"]})
    elif act.type is T.TASK and party["attendance"] is not Attendance.ORGANIZER:
        # the seed copies the participants to any follow-up; a task keeps them as data
        # (shown read-only), though nobody adds attendees to a task by hand (BR-AP-12)
        _add_attendee(session, act, {**common, "attendee_type": party["type"],
                                     "attendance": party["attendance"],
                                     "full_name": party["name"]})
