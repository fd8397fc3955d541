"""What the 360 shows of one partner (BR-360-04, -06): the sold-to contact, the credit
information, the key figures and the counts behind each link. Each is one SQL statement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Row, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from desktop.crm import entities as E
from desktop.crm.customer360.accounts import OPEN_OPPORTUNITY
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES,
    ActivityType,
    AttributeObjectKind,
    BusinessObjectKind,
    OpportunityStatus as S,
    QuotationStatus,
)
from desktop.crm.errors import NotFoundError
from desktop.crm.opportunities import weighted_revenue_expr

BP, A, O, Q, QL = E.BusinessPartner, E.Activity, E.Opportunity, E.Quotation, E.QuotationLine
CENT = Decimal("0.01")
OPEN_QUOTATION = (QuotationStatus.CREATED, QuotationStatus.APPROVED, QuotationStatus.PRINTED)


@dataclass(frozen=True)
class ContactBlock:
    """BR-360-04: the partner's primary (sold-to) contact."""
    partner: str
    contact_id: int | None = None
    name: str = ""
    email: str = ""
    do_not_call: bool = False
    office_phone: str = ""
    office_primary: bool = False
    mobile_phone: str = ""
    mobile_primary: bool = False


def contact_block(session: Session, bp_id: int) -> ContactBlock:
    """One statement: the partner's name and its primary contact (else its first active one,
    else its first)."""
    C, other = E.Contact, aliased(E.Contact)
    chosen = select(other.id).where(other.business_partner_id == BP.id).order_by(
        other.is_primary.desc(), other.active.desc(), other.id).limit(1) \
        .correlate(BP).scalar_subquery()
    row = session.execute(
        select(BP.name, C.id, C.full_name, C.email, C.do_not_call, C.office_phone,
               C.primary_office_phone, C.mobile_phone, C.primary_mobile_phone)
        .select_from(BP).outerjoin(C, C.id == chosen).where(BP.id == bp_id)).first()
    if row is None:
        raise NotFoundError("{entity_label} {record} does not exist any more.",
                            entity_label=BP.entity_label, record=str(bp_id))
    if row[1] is None:
        return ContactBlock(row[0])
    return ContactBlock(*row)


@dataclass(frozen=True)
class Credit:
    """The credit information of BR-360-04 / Q-360-2, in the partner's currency."""
    currency: str
    credit_limit: Decimal | None
    open_balance: Decimal | None
    overdue_amount: Decimal | None
    open_quotations: Decimal

    @property
    def available(self) -> Decimal | None:
        if self.credit_limit is None:
            return None
        return self.credit_limit - (self.open_balance or Decimal(0))


def year_range(today: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def closed_on():
    """The day an opportunity was closed: its end date, else its expected close date."""
    return func.coalesce(O.end_date, O.expected_close_date)


def credit(session: Session, bp_id: int) -> Credit:
    """What the partner owes and may still owe; what it won this year is a key figure."""
    open_quotes = select(func.coalesce(func.sum(QL.amount), 0)).join(
        Q, QL.quotation_id == Q.id).where(Q.sold_to_bp_id == bp_id,
                                          Q.status.in_(OPEN_QUOTATION)).scalar_subquery()
    row = session.execute(select(BP.currency, BP.credit_limit, BP.open_balance,
                                 BP.overdue_amount, open_quotes)
                          .where(BP.id == bp_id)).one()
    return Credit(row[0], row[1], row[2], row[3], money(row[4]))


@dataclass(frozen=True)
class NextActivity:
    id: int
    when: dt.datetime
    subject: str
    type: object


@dataclass(frozen=True)
class Kpis:
    open_pipeline: Decimal
    weighted_pipeline: Decimal
    open_count: int
    won_count: int
    won_amount: Decimal
    lost_count: int
    lost_amount: Decimal
    days_since_last_activity: int | None
    next_activity: NextActivity | None

    @property
    def win_rate(self) -> Decimal | None:
        """Won out of won and lost this year, in percent (None before the first close)."""
        closed = self.won_count + self.lost_count
        if not closed:
            return None
        return (Decimal(100) * self.won_count / closed).quantize(Decimal("0.1"))


def kpis(session: Session, bp_id: int, now: dt.datetime, today: dt.date) -> Kpis:
    """The key figures: open and weighted pipeline, won and lost this year (count and
    amount), the days since the last activity and the next planned one. Two statements:
    one pass over the partner's opportunities with the last activity beside it, and the
    next activity."""
    first, last = year_range(today)
    dialect = session.get_bind().dialect.name
    is_open = O.status.in_(OPEN_OPPORTUNITY)
    this_year = closed_on().between(first, last)

    def when(condition, value):
        return func.coalesce(func.sum(case((condition, value), else_=None)), 0)

    def counted(condition):
        return func.count(case((condition, 1), else_=None))

    won, lost = and_(O.status == S.WON, this_year), and_(O.status == S.LOST, this_year)
    last_at = select(func.max(A.sort_date)).where(
        A.business_partner_id == bp_id, A.sort_date <= now).scalar_subquery()
    row = session.execute(select(
        when(is_open, O.expected_revenue), when(is_open, weighted_revenue_expr(dialect)),
        counted(is_open), counted(won), when(won, O.expected_revenue), counted(lost),
        when(lost, O.expected_revenue), last_at).where(O.sold_to_bp_id == bp_id)).one()
    upcoming = session.execute(select(A.id, A.sort_date, A.subject, A.type).where(
        A.business_partner_id == bp_id, A.sort_date > now,
        A.status.not_in(CLOSED_ACTIVITY_STATUSES)).order_by(A.sort_date, A.id).limit(1)).first()
    last_at = row[7]
    days = None if last_at is None else (now.date() - _day(last_at)).days
    return Kpis(money(row[0]), money(row[1]), row[2], row[3], money(row[4]), row[5],
                money(row[6]), days, _next_activity(upcoming))


def _next_activity(upcoming: Row[int, dt.datetime | None, str, ActivityType] | None
                   ) -> NextActivity | None:
    if upcoming is None:
        return None
    activity_id, when, subject, kind = upcoming
    assert when is not None, "an activity after now has a date"
    return NextActivity(activity_id, when, subject, kind)


def _day(moment: dt.datetime) -> dt.date:
    return moment.date()


def money(value) -> Decimal:
    """A sum from SQL (a float on SQLite's side of arithmetic) as exact cents."""
    return Decimal(str(value or 0)).quantize(CENT)


# -- the links (BR-360-06) --------------------------------------------------------------------
#: group -> [(link, what it counts, or None when this CRM does not hold it)]
LINK_GROUPS = {
    "CRM": ["Activities", "Opportunities", "Contacts", "Notes", "Attributes"],
    "Sales": ["Quotations", "Sales orders", "Sales contracts"],
    "Execution": ["Shipments"],
    "After Sales": ["Service calls", "Service contracts"],
}
GROUP_LABELS = {"CRM": "CRM", "Sales": "Sales", "Execution": "Execution",
                "After Sales": "After Sales"}
LINK_LABELS = {name: name for names in LINK_GROUPS.values() for name in names}


def link_counts(session: Session, bp_id: int) -> dict[str, int | None]:
    """How many records of each link the partner has (None: not held by this CRM), in one
    statement of counts."""
    N, V = E.Note, E.AttributeValue
    counts = {
        "Activities": select(func.count()).where(A.business_partner_id == bp_id),
        "Opportunities": select(func.count()).where(O.sold_to_bp_id == bp_id),
        "Contacts": select(func.count()).where(E.Contact.business_partner_id == bp_id),
        "Notes": select(func.count()).where(
            N.object_kind == BusinessObjectKind.BUSINESS_PARTNER, N.object_id == bp_id),
        "Attributes": select(func.count()).where(
            V.object_kind == AttributeObjectKind.R, V.object_id == bp_id),
        "Quotations": select(func.count()).where(Q.sold_to_bp_id == bp_id),
    }
    names = list(counts)
    row = session.execute(select(*(c.scalar_subquery() for c in counts.values()))).one()
    found: dict[str, int | None] = dict.fromkeys(LINK_LABELS)
    found.update(zip(names, row, strict=True))
    return found



