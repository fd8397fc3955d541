"""The list of sold-to partners (BR-360-01..03): the account manager, "only my customers",
and the columns a manager sorts by (last activity, open pipeline), computed by the database."""

from __future__ import annotations

from sqlalchemy import exists, func, or_, select

from desktop.crm import entities as E
from desktop.crm.enums import BPRole, OpportunityStatus

BP, A, O = E.BusinessPartner, E.Activity, E.Opportunity
OPEN_OPPORTUNITY = (OpportunityStatus.PRELIMINARY, OpportunityStatus.IN_PROCESS)


def sold_to():
    """BR-360-01: partners with the Sold-to role."""
    R = E.BusinessPartnerRole
    return exists().where(R.business_partner_id == BP.id, R.role == BPRole.SOLD_TO)


def managed_by(employee_id: int | None) -> list:
    """BR-360-02: the partners whose internal or external sales rep is the account manager
    (no manager given: nobody's, so nothing)."""
    if employee_id is None:
        return [BP.id.is_(None)]
    return [or_(BP.internal_rep_id == employee_id, BP.external_rep_id == employee_id)]


def last_activity():
    """The date of the partner's latest activity (one index seek per partner)."""
    return select(func.max(A.sort_date)).where(A.business_partner_id == BP.id) \
        .scalar_subquery()


def open_pipeline():
    """The expected revenue of the partner's open opportunities."""
    return select(func.coalesce(func.sum(O.expected_revenue), 0)).where(
        O.sold_to_bp_id == BP.id, O.status.in_(OPEN_OPPORTUNITY)).scalar_subquery()


def account_clauses(employee_id: int | None, only_mine: bool) -> list:
    return [sold_to(), *(managed_by(employee_id) if only_mine else [])]
