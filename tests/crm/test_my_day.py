"""My day: the sections a salesperson sees first, built from the activities and
opportunities of the employee."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from desktop.crm import activities as A, clock, entities as E
from desktop.crm.enums import ActivityType as T, OpportunityStatus
from desktop.crm.my_day import my_day
from desktop.crm.opportunities import forecast, weighted_revenue

EMPLOYEE = 1


def _at(today: dt.date, days: int, hour: int) -> dt.datetime:
    return clock.local_moment(today + dt.timedelta(days=days), dt.time(hour)).astimezone(
        dt.UTC)


def _activity(session, kind: T, subject: str, when: dt.datetime) -> int:
    values = {"subject": subject, "contact_id": 1}
    values.update({"due_at": when} if kind is T.TASK else {"start_at": when})
    act = A.new_activity(session, kind, values, EMPLOYEE)
    session.flush()
    return act.id


def test_sections_of_the_day(demo_session, today):
    s, day_ = demo_session, today
    now = clock.local_moment(day_, dt.time(9, 15))
    today = _activity(s, T.APPOINTMENT, "Visite aujourd'hui", _at(day_, 0, 14))
    tomorrow = _activity(s, T.CALL, "Appel demain", _at(day_, 1, 10))
    task = _activity(s, T.TASK, "Devis à relancer", _at(day_, 1, 18))
    late = _activity(s, T.TASK, "Tâche en retard", _at(day_, -2, 18))
    later = _activity(s, T.CALL, "Appel dans une semaine", _at(day_, 7, 10))
    opp = s.query(E.Opportunity).filter(E.Opportunity.status.in_(
        [OpportunityStatus.PRELIMINARY, OpportunityStatus.IN_PROCESS])).first()
    month_end = day_.replace(day=calendar.monthrange(day_.year, day_.month)[1])
    opp.assigned_to_id, opp.expected_close_date = EMPLOYEE, month_end
    opp.expected_revenue, opp.probability_pct = Decimal("10000"), Decimal("30")
    s.flush()
    day = my_day(s, EMPLOYEE, now)
    ids = {key: [line.record_id for line in lines] for key, lines in day.items()}
    assert today in ids["today"] and tomorrow not in ids["today"]
    assert tomorrow in ids["tomorrow"]
    assert task in ids["tasks"] and late not in ids["tasks"]
    assert late in ids["overdue"]
    assert later not in {i for values in ids.values() for i in values}
    closing = next(line for line in day["closing"] if line.record_id == opp.id)
    assert closing.amount == Decimal("3000.00") and closing.kind == "opportunity"
    assert all(line.when.month == day_.month for line in day["closing"])


def test_weighted_revenue_is_the_forecast_s_everywhere(demo_session, today):
    """Issue 31: My day's weighted revenue is BR-FC-01's, as the opportunities' footer and the
    Customer 360 count it in SQL: nothing for an opportunity left out of the forecast."""
    s = demo_session
    opps = s.query(E.Opportunity).filter(E.Opportunity.status.in_(
        [OpportunityStatus.PRELIMINARY, OpportunityStatus.IN_PROCESS])).limit(2).all()
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    for opp, counted in zip(opps, (True, False), strict=True):
        opp.assigned_to_id, opp.expected_close_date = EMPLOYEE, month_end
        opp.expected_revenue, opp.probability_pct = Decimal("1234.56"), Decimal("12.5")
        opp.include_in_forecast = counted
    s.flush()
    closing = {line.record_id: line.amount for line in
               my_day(s, EMPLOYEE, clock.local_moment(today, dt.time(9)))["closing"]}
    assert [closing[o.id] for o in opps] == [Decimal("154.32"), Decimal("0.00")]
    for opp in opps:
        in_sql = forecast(s, [E.Opportunity.id == opp.id]).weighted
        assert weighted_revenue(opp) == in_sql == closing[opp.id]


def test_the_days_of_my_day_keep_their_own_length_across_a_clock_change(demo_session, paris):
    """The Saturday before the spring change: tomorrow is 23 hours long, and a call at 00:30
    on Monday belongs to no section of Saturday's page."""
    s = demo_session
    saturday = dt.date(2027, 3, 27)  # Europe/Paris moves to summer time on Sunday 28 at 02:00
    monday_night = _activity(s, T.CALL, "Appel lundi 0 h 30",
                             clock.local_moment(saturday + dt.timedelta(days=2), dt.time(0, 30)))
    sunday_late = _activity(s, T.CALL, "Appel dimanche 23 h 30",
                            clock.local_moment(saturday + dt.timedelta(days=1), dt.time(23, 30)))
    day = my_day(s, EMPLOYEE, clock.local_moment(saturday, dt.time(12)))
    assert sunday_late in [line.record_id for line in day["tomorrow"]]
    assert monday_night not in [line.record_id for lines in day.values() for line in lines]
