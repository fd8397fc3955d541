"""Customer 360 (BR-360-01..09, scenario 20): the list of an account manager's sold-to
partners, and each figure of one partner checked against values computed by hand on a small
fixed data set."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.customer360 import charts, figures, timeline
from desktop.crm.customer360.accounts import account_clauses, last_activity, open_pipeline
from desktop.crm.enums import (
    ActivityStatus as AS,
    ActivityType as T,
    AttributeObjectKind,
    BPRole,
    BusinessObjectKind,
    OpportunityStatus as S,
    PriceOrigin,
    QuotationOrigin,
    QuotationStatus as QS,
)
from tests.support import factories as f


def _partner(session, code, internal=None, external=None, sold_to=True, **kw):
    bp = f.partner(session, code, f"Partner {code}", internal_rep=internal,
                   external_rep=external, **kw)
    if sold_to:
        bp.roles.append(E.BusinessPartnerRole(role=BPRole.SOLD_TO))
    session.flush()
    return bp


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), dt.UTC)


def _month(day: dt.date) -> str:
    return f"{day:%Y-%m}"


class Days:
    """The book's dates, derived from the pinned day: what the figures count depends on
    where they fall (this year, the last twelve months, before or after today)."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.new_year = dt.date(today.year, 1, 1)  # won and lost this year, never after today
        window_start = dt.date(today.year - 1, today.month, 1) + dt.timedelta(days=31)
        self.won_long_ago = window_start.replace(day=1) - dt.timedelta(days=12)  # last year
        self.call_held, self.task_done = today - dt.timedelta(12), today - dt.timedelta(4)
        self.next_visit, self.old_call = today + dt.timedelta(3), today - dt.timedelta(60)
        self.quoted, self.processed = today - dt.timedelta(2), today - dt.timedelta(53)


@pytest.fixture
def days(today) -> Days:
    return Days(today)


@pytest.fixture
def book(session, days):
    """E1 manages B1 (internal rep) and B2 (external rep); B3 is E2's; B4 is E1's but not a
    sold-to partner. B1 has the figures below; B2 has nothing."""
    e1, e2 = f.employee(session, "E1", user=None), f.employee(session, "E2", user=None)
    b1 = _partner(session, "B1", internal=e1, credit_limit=D(5000), open_balance=D(1200),
                  overdue_amount=D(200))
    _partner(session, "B2", external=e1)
    _partner(session, "B3", internal=e2, external=e2)
    _partner(session, "B4", internal=e1, sold_to=False)
    process = f.sales_process(session, "STD")
    ana, prop = (session.scalar(select(E.Phase).where(E.Phase.code == c)) for c in ("ANA", "PROP"))
    opps = [("O1", S.IN_PROCESS, "1000", 50, prop, None),
            ("O2", S.PRELIMINARY, "400", 25, ana, None),
            ("O3", S.WON, "2000", 100, None, days.new_year),
            ("O4", S.WON, "500", 100, None, days.won_long_ago),
            ("O5", S.LOST, "300", 0, None, days.new_year),
            ("O6", S.LOST, "700", 0, None, days.new_year)]
    for code, status, revenue, pct, phase, end in opps:
        f.opportunity(session, f"OPP00000{code[1]}", sold_to_bp=b1, assigned_to=e1,
                      sales_process=process, status=status, expected_revenue=D(revenue),
                      probability_pct=D(pct), phase=phase, end_date=end)
    for n, (kind, status, when) in enumerate([(T.CALL, AS.HELD, _at(days.call_held)),
                                              (T.TASK, AS.COMPLETED, _at(days.task_done)),
                                              (T.APPOINTMENT, AS.PLANNED, _at(days.next_visit, 9)),
                                              (T.CALL, AS.PLANNED, _at(days.old_call))], 1):
        session.add(E.Activity(code=f"ACT{n:05d}", type=kind, subject=f"Activity {n}",
                               status=status, business_partner_id=b1.id, sort_date=when))
    item = f.item(session, "ART-1", "50")
    for code, status, day, amounts in (("Q1", QS.CREATED, days.quoted, ("100", "50")),
                                       ("Q2", QS.PROCESSED, days.processed, ("300",))):
        quotation = E.Quotation(code=code, sold_to_bp_id=b1.id, origin=QuotationOrigin.MANUAL,
                                status=status, quotation_date=day)
        for position, amount in enumerate(amounts, 1):
            quotation.lines.append(E.QuotationLine(
                position=position * 10, item_id=item.id, ordered_qty=D(1), unit="pcs",
                price=D(amount), amount=D(amount), price_origin=PriceOrigin.MANUAL))
        session.add(quotation)
    session.add(E.Note(object_kind=BusinessObjectKind.BUSINESS_PARTNER, object_id=b1.id,
                       subject="Visite d'usine", body="Très bon accueil."))
    f.contact(session, "CT1", b1, first_name="Anne", last_name="Durand", is_primary=True,
              email="anne@b1.example", do_not_call=True, office_phone="+33 1 00 00 00 01",
              mobile_phone="+33 6 00 00 00 01", primary_office_phone=False,
              primary_mobile_phone=True)
    f.contact(session, "CT2", b1, last_name="Martin")
    session.commit()
    return {"E1": e1.id, "E2": e2.id, "B1": b1.id,
            "B2": session.scalar(select(E.BusinessPartner.id).where(
                E.BusinessPartner.code == "B2"))}


def _listed(session, employee, only_mine):
    BP = E.BusinessPartner
    return session.scalars(select(BP.code).where(*account_clauses(employee, only_mine))
                           .order_by(BP.code)).all()


def test_scenario_20_only_my_customers(session, book):
    assert _listed(session, book["E1"], True) == ["B1", "B2"]
    assert _listed(session, book["E2"], True) == ["B3"]
    assert _listed(session, book["E1"], False) == ["B1", "B2", "B3"]  # sold-to only
    assert _listed(session, None, True) == []


def test_list_columns_last_activity_and_open_pipeline(session, book, days, now):
    BP = E.BusinessPartner
    rows = dict(session.execute(select(BP.code, open_pipeline()).where(
        BP.code.in_(["B1", "B2"]))).all())
    assert rows == {"B1": D("1400.00"), "B2": D(0)}
    latest = session.scalar(select(last_activity()).where(BP.id == book["B1"]))
    assert latest.replace(tzinfo=dt.UTC) == _at(days.next_visit, 9)


def test_contact_block_is_the_primary_contact(session, book):
    block = figures.contact_block(session, book["B1"])
    assert (block.name, block.email, block.do_not_call) == ("Anne Durand", "anne@b1.example",
                                                            True)
    assert (block.office_phone, block.office_primary, block.mobile_phone,
            block.mobile_primary) == ("+33 1 00 00 00 01", False, "+33 6 00 00 00 01", True)
    assert figures.contact_block(session, book["B2"]).contact_id is None


def test_credit_information(session, book):
    credit = figures.credit(session, book["B1"])
    assert (credit.credit_limit, credit.open_balance, credit.overdue_amount) == (
        D(5000), D(1200), D(200))
    assert credit.available == D(3800)
    assert credit.open_quotations == D("150.00")  # Q1; Q2 is processed


def test_key_figures(session, book, days, now):
    k = figures.kpis(session, book["B1"], now, days.today)
    assert (k.open_pipeline, k.weighted_pipeline, k.open_count) == (D("1400.00"),
                                                                    D("600.00"), 2)
    # O3 won this year; O4 closed last year
    assert (k.won_count, k.won_amount, k.lost_count, k.lost_amount) == (1, D("2000.00"), 2,
                                                                       D("1000.00"))
    assert k.win_rate == D("33.3")
    assert k.days_since_last_activity == 4  # the completed task
    assert k.next_activity.subject == "Activity 3"
    empty = figures.kpis(session, book["B2"], now, days.today)
    assert (empty.open_pipeline, empty.win_rate, empty.days_since_last_activity,
            empty.next_activity) == (D(0), None, None, None)


def test_link_counts(session, book):
    counts = figures.link_counts(session, book["B1"])
    assert {k: v for k, v in counts.items() if v is not None} == {
        "Activities": 4, "Opportunities": 6, "Contacts": 2, "Notes": 1, "Attributes": 0,
        "Quotations": 2}
    assert counts["Sales orders"] is None and counts["Service calls"] is None
    assert set(figures.link_counts(session, book["B2"]).values()) == {0, None}


def test_charts(session, book, days, now):
    phases = charts.pipeline_by_phase(session, book["B1"])
    assert [(p.phase, p.amount, p.count) for p in phases] == [("ANA", D("400.00"), 1),
                                                             ("PROP", D("1000.00"), 1)]
    revenue = charts.revenue_by_month(session, book["B1"], days.today)
    assert len(revenue.months) == 12 and revenue.months[-1] == _month(days.today)
    assert dict(zip(revenue.months, revenue.won, strict=True))[_month(days.new_year)] == D("2000.00")
    assert sum(revenue.won) == D("2000.00")  # O4 is older than 12 months
    assert dict(zip(revenue.months, revenue.quoted, strict=True)) == {
        m: D("300.00") if m == _month(days.processed) else D("0.00") for m in revenue.months}
    activities = charts.activities_by_month(session, book["B1"], days.today)
    by_month = {kind: dict(zip(activities.months, counts, strict=True))
                for kind, counts in activities.counts.items()}
    assert by_month[T.CALL][_month(days.call_held)] == 1
    assert by_month[T.CALL][_month(days.old_call)] == 1
    assert by_month[T.TASK][_month(days.task_done)] == 1
    assert T.APPOINTMENT not in by_month  # the next visit is after today
    assert activities.types == [t for t in T if t in (T.CALL, T.TASK)]


def test_timeline_newest_first_and_paged(session, book):
    entries = timeline.timeline(session, book["B1"], 0, 100)
    assert timeline.total(session, book["B1"]) == len(entries) == 4 + 1 + 2
    dated = [e.when for e in entries]
    assert dated == sorted(dated, reverse=True)
    assert entries[0].kind == "activity" and entries[0].title == "Activity 3"
    assert {e.kind for e in entries} == {"activity", "note", "quotation"}
    assert timeline.timeline(session, book["B1"], 2, 3) == entries[2:5]
    assert timeline.timeline(session, book["B2"]) == []


def test_an_attribute_counts_under_attributes(session, book):
    attribute = E.Attribute(code="SIZE", label="Size", search_key="SIZE",
                            data_type="INTEGER")
    session.add(attribute)
    session.flush()
    session.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=book["B1"],
                                 attribute_id=attribute.id, value_number=D(3)))
    session.commit()
    assert figures.link_counts(session, book["B1"])["Attributes"] == 1
