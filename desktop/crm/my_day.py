""""My day", the home page: what a salesperson looks at first in the morning. Today's and
tomorrow's appointments and calls, open tasks due by tomorrow, what is overdue, the
opportunities closing this month with their weighted revenue, and the reminders due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.crm import activities as A, clock, entities as E
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES,
    CLOSED_OPPORTUNITY_STATUSES,
    ActivityStatus as St,
    ActivityType as T,
)
from desktop.crm.opportunities import weighted_revenue

SECTIONS = ("overdue", "today", "tomorrow", "tasks", "closing", "reminders")
LIMIT = 50  # per section: the home page is a glance, the sessions hold the rest


@dataclass(frozen=True)
class DayLine:
    """One line of the home page; ``kind`` names the record it opens."""

    kind: str  # "activity" or "opportunity"
    record_id: int
    when: dt.datetime | dt.date | None
    title: str
    partner: str
    type: T | None = None
    amount: Decimal | None = None


def _mine(employee_id: int):
    attending = select(E.Attendee.activity_id).where(E.Attendee.employee_id == employee_id)
    return or_(E.Activity.organizer_id == employee_id, E.Activity.assigned_to_id == employee_id,
               E.Activity.id.in_(attending))


def _activity_line(act: E.Activity, when: dt.datetime | None = None) -> DayLine:
    return DayLine("activity", act.id, when or act.sort_date, act.subject,
                   act.business_partner.name if act.business_partner else "", act.type)


def _activities(session: Session, *where, latest_first: bool = False) -> list[DayLine]:
    order = E.Activity.sort_date.desc() if latest_first else E.Activity.sort_date
    found = session.scalars(select(E.Activity).where(*where).order_by(order).limit(LIMIT))
    return [_activity_line(act) for act in found]


def my_day(session: Session, employee_id: int, now: dt.datetime) -> dict[str, list[DayLine]]:
    """The sections of the home page for the employee; ``now`` is aware local time (the day
    boundaries are the user's)."""
    day = now.astimezone().date()
    today, tomorrow, after = (clock.local_moment(day + dt.timedelta(days=n)) for n in range(3))
    mine, open_ = _mine(employee_id), E.Activity.status.not_in(list(CLOSED_ACTIVITY_STATUSES))
    meetings = E.Activity.type.in_([T.APPOINTMENT, T.CALL])
    not_cancelled = E.Activity.status.not_in([St.NOT_HELD])
    return {
        "overdue": _activities(session, mine, open_, E.Activity.type.in_(
            [T.APPOINTMENT, T.CALL, T.TASK]), E.Activity.sort_date < today,
            latest_first=True),  # yesterday's first: the oldest are the least urgent
        "today": _activities(session, mine, meetings, not_cancelled,
                             E.Activity.sort_date >= today, E.Activity.sort_date < tomorrow),
        "tomorrow": _activities(session, mine, meetings, not_cancelled,
                                E.Activity.sort_date >= tomorrow, E.Activity.sort_date < after),
        "tasks": _activities(session, mine, open_, E.Activity.type == T.TASK,
                             E.Activity.sort_date >= today, E.Activity.sort_date < after),
        "closing": closing_this_month(session, employee_id, now.date()),
        "reminders": [_activity_line(act, act.reminder_at)
                      for act in A.due_reminders(session, employee_id, now)[:LIMIT]],
    }


def closing_this_month(session: Session, employee_id: int, today: dt.date) -> list[DayLine]:
    """The employee's open opportunities expected to close this month, with their weighted
    revenue as the forecast counts it (BR-FC-01: nothing for one left out of the forecast)."""
    first = today.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    Opp = E.Opportunity
    found = session.scalars(select(Opp).where(
        Opp.assigned_to_id == employee_id, Opp.status.not_in(list(CLOSED_OPPORTUNITY_STATUSES)),
        Opp.expected_close_date >= first, Opp.expected_close_date < following)
        .order_by(Opp.expected_close_date, Opp.code).limit(LIMIT))
    return [DayLine("opportunity", opp.id, opp.expected_close_date,
                    f"{opp.code} {opp.description}",
                    opp.sold_to_bp.name if opp.sold_to_bp else "",
                    amount=weighted_revenue(opp))
            for opp in found]
