"""Business partners and contacts: numbering, status validity, primary contact, defaults."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.attributes import attach_set
from desktop.crm.db.records import apply_values, rule
from desktop.crm.enums import AttributeObjectKind, BPStatus
from desktop.crm.errors import ValidationError
from desktop.crm.numbering import next_number
from desktop.crm.parameters import com_parameters, crm_parameters, default_role_set, user_defaults

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def actual_status(bp: E.BusinessPartner, today: dt.date | None = None) -> BPStatus:
    """An Active or Prospect partner whose validity period has run out is Inactive."""
    today = today or clock.today()
    if bp.status in (BPStatus.ACTIVE, BPStatus.PROSPECT) and bp.status_expiry_date \
            and bp.status_expiry_date < today:
        return BPStatus.INACTIVE
    return bp.status


@rule(E.BusinessPartner)
def _status_dates(session: Session, bp: E.BusinessPartner) -> None:
    if bp.status in (BPStatus.ACTIVE, BPStatus.PROSPECT) and bp.status_effective_date is None:
        raise ValidationError(
            "A business partner with status {status_label} needs an effective date.",
            field="status_effective_date", status_label=bp.status.value)
    if bp.status is BPStatus.INACTIVE and (bp.status_effective_date or bp.status_expiry_date):
        raise ValidationError("An inactive business partner has no validity dates; clear them.",
                              field="status_effective_date")
    if bp.status_effective_date and bp.status_expiry_date \
            and bp.status_expiry_date < bp.status_effective_date:
        raise ValidationError("The expiry date must not be before the effective date.",
                              field="status_expiry_date")


@rule(E.BusinessPartner)
def _partner_email(session: Session, bp: E.BusinessPartner) -> None:
    if bp.email and not EMAIL.match(bp.email):
        raise ValidationError("{value} is not an e-mail address.", field="email", value=bp.email)


@rule(E.Contact)
def _contact_checks(session: Session, contact: E.Contact) -> None:
    if contact.email and not EMAIL.match(contact.email):
        raise ValidationError("{value} is not an e-mail address.", field="email",
                              value=contact.email)


@rule(E.Contact)
def _one_primary_phone(session: Session, contact: E.Contact) -> None:
    if contact.primary_office_phone and contact.primary_mobile_phone:
        raise ValidationError("Only one phone number can be the primary one.",
                              field="primary_mobile_phone")


def save_partner(session: Session, bp: E.BusinessPartner | None,
                 values: dict[str, Any]) -> E.BusinessPartner:
    """Create (bp None) or update a partner; a new one gets its number and attribute sets."""
    new = bp is None
    if bp is None:
        bp = E.BusinessPartner()
        if not (values.get("code") or "").strip():
            values = {**values, "code": _number(session, "bp_series_id")}
    apply_values(session, bp, values)
    session.flush()
    if new:
        _attach_role_sets(session, bp)
    return bp


def save_contact(session: Session, contact: E.Contact | None,
                 values: dict[str, Any]) -> E.Contact:
    new = contact is None
    if contact is None:
        contact = E.Contact()
        if not (values.get("code") or "").strip():
            values = {**values, "code": _number(session, "contact_series_id")}
    apply_values(session, contact, values)
    session.flush()
    if contact.is_primary:
        set_primary_contact(session, contact)
    if new:
        mine = user_defaults(session, session.info.get("user", ""))
        attribute_set = (mine and mine.default_attribute_set_contact) or \
            crm_parameters(session).default_attribute_set_contact
        if attribute_set is not None:
            attach_set(session, AttributeObjectKind.C, contact.id, attribute_set)
    return contact


def set_primary_contact(session: Session, contact: E.Contact) -> None:
    """Make ``contact`` the partner's primary contact; the previous one loses the flag."""
    contact.is_primary = True
    if contact.business_partner_id is None:
        return
    session.execute(
        update(E.Contact)
        .where(E.Contact.business_partner_id == contact.business_partner_id,
               E.Contact.id != contact.id, E.Contact.is_primary.is_(True))
        .values(is_primary=False, version=E.Contact.version + 1),
        execution_options={"synchronize_session": "fetch"},
    )


def primary_contact(session: Session, bp_id: int) -> E.Contact | None:
    return session.scalars(select(E.Contact).where(
        E.Contact.business_partner_id == bp_id, E.Contact.is_primary.is_(True))).first()


def _number(session: Session, series_field: str) -> str:
    series_id = getattr(com_parameters(session), series_field)
    if series_id is None:
        raise ValidationError("Enter a code, or set a number series in the COM parameters.",
                              field="code")
    return next_number(session, series_id)


def _attach_role_sets(session: Session, bp: E.BusinessPartner) -> None:
    user = session.info.get("user", "")
    for role in bp.roles:
        attribute_set = default_role_set(session, user, role.role, role.potential)
        if attribute_set is not None:
            attach_set(session, AttributeObjectKind.R, bp.id, attribute_set)
