"""The series behind the 360's charts, grouped by the database: the open pipeline by phase,
the won revenue by month over the last twelve months (BR-360-09's Turnover, from won
opportunities and processed quotations: this CRM holds no invoices), and the activities by
month and type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.customer360.accounts import OPEN_OPPORTUNITY
from desktop.crm.customer360.figures import closed_on, money
from desktop.crm.enums import ActivityType, OpportunityStatus, QuotationStatus

O, A, Q, QL = E.Opportunity, E.Activity, E.Quotation, E.QuotationLine
MONTHS = 12


def last_months(today: dt.date, count: int = MONTHS) -> list[str]:
    """"YYYY-MM" of the ``count`` months up to this one, oldest first."""
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def month_of(session: Session, column):
    """"YYYY-MM" of a date or date-time column, computed by the database. SQLite stores dates
    as ISO text ("2026-03-14 08:00:00.000000"): its first seven characters are the month, read
    in half the time strftime takes to parse each of a heavy customer's rows."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(column, "YYYY-MM")


def first_day(months: list[str]) -> dt.date:
    year, month = months[0].split("-")
    return dt.date(int(year), int(month), 1)


@dataclass(frozen=True)
class PhaseBar:
    phase: str
    description: str
    amount: Decimal
    count: int


def pipeline_by_phase(session: Session, bp_id: int) -> list[PhaseBar]:
    """The open opportunities' expected revenue per phase, in the phases' order."""
    P, SPP = E.Phase, E.SalesProcessPhase
    rows = session.execute(
        select(func.coalesce(P.code, ""), func.coalesce(P.description, ""),
               func.coalesce(func.sum(O.expected_revenue), 0), func.count(O.id))
        .select_from(O).outerjoin(P, O.phase_id == P.id)
        .outerjoin(SPP, and_(SPP.sales_process_id == O.sales_process_id,
                             SPP.phase_id == O.phase_id))
        .where(O.sold_to_bp_id == bp_id, O.status.in_(OPEN_OPPORTUNITY))
        .group_by(P.code, P.description)
        .order_by(func.min(SPP.sequence), P.code)).all()
    return [PhaseBar(code, description, money(amount), count)
            for code, description, amount, count in rows]


@dataclass(frozen=True)
class MonthlyRevenue:
    months: list[str]
    won: list[Decimal]  # won opportunities, by the month they closed
    quoted: list[Decimal]  # processed quotations, by their date


def revenue_by_month(session: Session, bp_id: int, today: dt.date) -> MonthlyRevenue:
    months = last_months(today)
    start = first_day(months)
    month = month_of(session, closed_on())
    won: dict[str, Decimal] = dict(session.execute(
        select(month, func.sum(O.expected_revenue)).where(
            O.sold_to_bp_id == bp_id, O.status == OpportunityStatus.WON, closed_on() >= start,
            closed_on() <= today).group_by(month)).all())
    q_month = month_of(session, Q.quotation_date)
    quoted: dict[str, Decimal] = dict(session.execute(
        select(q_month, func.sum(QL.amount)).join(Q, QL.quotation_id == Q.id).where(
            Q.sold_to_bp_id == bp_id, Q.status == QuotationStatus.PROCESSED,
            Q.quotation_date >= start, Q.quotation_date <= today).group_by(q_month)).all())
    return MonthlyRevenue(months, [money(won.get(m)) for m in months],
                          [money(quoted.get(m)) for m in months])


@dataclass(frozen=True)
class MonthlyActivities:
    months: list[str]
    types: list[ActivityType]
    counts: dict[ActivityType, list[int]]


def activities_by_month(session: Session, bp_id: int, today: dt.date) -> MonthlyActivities:
    months = last_months(today)
    start = dt.datetime.combine(first_day(months), dt.time(), dt.UTC)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC)
    month = month_of(session, A.sort_date)
    rows = session.execute(
        select(month, A.type, func.count()).where(
            A.business_partner_id == bp_id, A.sort_date >= start, A.sort_date < end)
        .group_by(month, A.type)).all()
    counts = {kind: [0] * len(months) for kind in ActivityType}
    index = {m: i for i, m in enumerate(months)}
    for key, kind, count in rows:
        if key in index:
            counts[kind][index[key]] = count
    types = [kind for kind in ActivityType if any(counts[kind])]
    return MonthlyActivities(months, types, {kind: counts[kind] for kind in types})
