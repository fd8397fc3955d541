"""My day: the sections a salesperson sees first, built from the activities and
opportunities of the employee."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.crm import activities as A, entities as E
from desktop.crm.enums import ActivityType as T, OpportunityStatus
from desktop.crm.my_day import my_day, weighted

NOW = dt.datetime(2027, 3, 10, 9, 15).astimezone()
EMPLOYEE = 1


def _at(days: int, hour: int) -> dt.datetime:
    return (NOW.replace(hour=hour, minute=0) + dt.timedelta(days=days)).astimezone(dt.timezone.utc)


def _activity(session, kind: T, subject: str, when: dt.datetime) -> int:
    values = {"subject": subject, "contact_id": 1}
    values.update({"due_at": when} if kind is T.TASK else {"start_at": when})
    act = A.new_activity(session, kind, values, EMPLOYEE)
    session.flush()
    return act.id


def test_sections_of_the_day(demo_session):
    s = demo_session
    today = _activity(s, T.APPOINTMENT, "Visite aujourd'hui", _at(0, 14))
    tomorrow = _activity(s, T.CALL, "Appel demain", _at(1, 10))
    task = _activity(s, T.TASK, "Devis à relancer", _at(1, 18))
    late = _activity(s, T.TASK, "Tâche en retard", _at(-2, 18))
    later = _activity(s, T.CALL, "Appel dans une semaine", _at(7, 10))
    opp = s.query(E.Opportunity).filter(E.Opportunity.status.in_(
        [OpportunityStatus.PRELIMINARY, OpportunityStatus.IN_PROCESS])).first()
    opp.assigned_to_id, opp.expected_close_date = EMPLOYEE, dt.date(2027, 3, 25)
    opp.expected_revenue, opp.probability_pct = Decimal("10000"), Decimal("30")
    s.flush()
    day = my_day(s, EMPLOYEE, NOW)
    ids = {key: [line.record_id for line in lines] for key, lines in day.items()}
    assert today in ids["today"] and tomorrow not in ids["today"]
    assert tomorrow in ids["tomorrow"]
    assert task in ids["tasks"] and late not in ids["tasks"]
    assert late in ids["overdue"]
    assert later not in {i for values in ids.values() for i in values}
    closing = next(line for line in day["closing"] if line.record_id == opp.id)
    assert closing.amount == Decimal("3000.00") and closing.kind == "opportunity"
    assert all(line.when.month == 3 for line in day["closing"])


def test_weighted_revenue():
    assert weighted(Decimal("1234.56"), Decimal("12.5")) == Decimal("154.32")
    assert weighted(None, Decimal(50)) == Decimal("0.00")
