"""Which records a lookup offers in a context: the phases of the chosen sales process only,
the contacts of the record's partner first. Conditions for a WHERE or an ORDER BY."""

from __future__ import annotations

from sqlalchemy import false, select

from desktop.crm import entities as E


def phases_of_process(process_id: int | None):
    """The phases of a sales process (none when no process is chosen)."""
    if process_id is None:
        return false()
    SPP = E.SalesProcessPhase
    return E.Phase.id.in_(select(SPP.phase_id).where(SPP.sales_process_id == process_id))


def phases_of_opportunity(opportunity_id: int | None):
    """The phases of the opportunity's sales process (an activity's phase)."""
    if opportunity_id is None:
        return None
    Opp = E.Opportunity
    process = select(Opp.sales_process_id).where(Opp.id == opportunity_id).scalar_subquery()
    SPP = E.SalesProcessPhase
    return E.Phase.id.in_(select(SPP.phase_id).where(SPP.sales_process_id == process))


def contacts_of_partner(partner_id: int | None):
    return None if partner_id is None else E.Contact.business_partner_id == partner_id


def contacts_of_opportunity_partner(opportunity_id: int):
    Opp = E.Opportunity
    return E.Contact.business_partner_id == select(Opp.sold_to_bp_id).where(
        Opp.id == opportunity_id).scalar_subquery()


def contacts_of_activity_partner(activity_id: int):
    A = E.Activity
    return E.Contact.business_partner_id == select(A.business_partner_id).where(
        A.id == activity_id).scalar_subquery()
