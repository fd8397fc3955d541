"""Right of access and erasure for a business partner that is one person (a sole trader, a
private customer): GDPR art. 15 and 17, the CNIL's "droit d'accès" and "droit à
l'effacement".

The model has no "person" kind of partner, so a partner counts as one person when it has
exactly one contact, the person: its name, address, e-mail and phone are then theirs. A partner
with several contacts is a company, whose data is not personal; the rights are exercised on
its contacts. What names the partner is found from the metadata, as for a contact
(desktop.crm.personal_data): the partner row, every row of a table with a foreign key to it,
its attribute values and its notes, and what the partner's activities own (their attendees,
recipients, attachments, notes ...)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import table_of
from desktop.crm.db.records import existing
from desktop.crm.enums import AttributeObjectKind, BusinessObjectKind, QuotationStatus
from desktop.crm.erasure import (
    PLACEHOLDER,
    ErasureResult,
    check_erasable,
    erase_personal_data,
    remove_about_only,
    scrub_rows,
)
from desktop.crm.errors import ValidationError
from desktop.crm.personal_data import (
    TABLES,
    Found,
    activity_rows,
    rows_naming,
    table_rows,
    write_json,
)

#: what is emptied on the partner itself: where the person lives and how to reach them
CLEARED = ("street", "postal_code", "city", "phone", "email", "website", "general_information")


def the_person(session: Session, partner_id: int) -> E.Contact:
    """The partner's only contact; a partner with none or several is not one person."""
    partner = existing(session, E.BusinessPartner, partner_id)
    contacts = session.scalars(select(E.Contact).where(
        E.Contact.business_partner_id == partner.id).limit(2)).all()
    if len(contacts) != 1:
        count = session.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.business_partner_id == partner.id))
        raise ValidationError(
            "Business partner {code} is not one person: it has {count} contacts. Export or "
            "erase the personal data of the person on their contact.", code=partner.code,
            count=count)
    return contacts[0]


def rows_naming_partner(session: Session, partner_id: int) -> Found:
    """The partner's row, the rows pointing at it, its attribute values and notes."""
    partners = TABLES["business_partners"]
    found: Found = {partners: {partner_id}}
    for table in TABLES.values():
        for fk in table.foreign_keys:
            if fk.column.table is partners and table is not partners and "id" in table.c:
                found.setdefault(table, set()).update(session.scalars(
                    select(table.c.id).where(fk.parent == partner_id)))
    A, N = E.AttributeValue, E.Note
    found.setdefault(table_of(A), set()).update(session.scalars(select(A.id).where(
        A.object_kind == AttributeObjectKind.R, A.object_id == partner_id)))
    found.setdefault(table_of(N), set()).update(session.scalars(select(N.id).where(
        N.object_kind == BusinessObjectKind.BUSINESS_PARTNER, N.object_id == partner_id)))
    activity_rows(session, found, set(found.get(TABLES["activities"], ())))
    return {table: ids for table, ids in found.items() if ids}


def partner_personal_data(session: Session, partner_id: int) -> dict:
    """Everything the CRM holds about the person: what names their contact and what names
    their partner, each row once."""
    partner = existing(session, E.BusinessPartner, partner_id)
    person = the_person(session, partner_id)
    found = rows_naming(session, person.id)
    for table, ids in rows_naming_partner(session, partner_id).items():
        found.setdefault(table, set()).update(ids)
    return {"business_partner": partner.code, "contact": person.code,
            "name": person.full_name, "exported_at": clock.now().isoformat(),
            "tables": table_rows(session, found)}


def export_partner_data(session: Session, partner_id: int, path: Path) -> dict:
    """The person's data written to ``path`` as JSON, whole or not at all."""
    return write_json(partner_personal_data(session, partner_id), path)


def erase_partner_data(session: Session, partner_id: int, reason: str) -> ErasureResult:
    """The person anonymised as a contact (desktop.crm.erasure), then as a partner: its name
    replaced, its address and ways to reach it emptied, its notes and attribute values
    deleted, its name taken out of every row that points at it. An open quotation of the
    partner is a legal hold. Flushes; the caller commits, which removes ``files``."""
    partner, person = _erasable(session, partner_id)
    words = sorted({w for w in (partner.name, partner.email, partner.phone)
                    if w and len(w.strip()) >= 3}, key=len, reverse=True)
    result = erase_personal_data(session, person.id, reason)
    found = rows_naming_partner(session, partner_id)
    found.pop(TABLES["business_partners"])
    remove_about_only(session, found, result)
    result.rows_changed += scrub_rows(session, found, words)
    partner = existing(session, E.BusinessPartner, partner_id)
    for name in CLEARED:
        setattr(partner, name, "")
    partner.name = PLACEHOLDER
    session.flush()
    return result


def check_partner_erasable(session: Session, partner_id: int,
                           reason: str | None = None) -> None:
    """What would refuse the erasure of a one-person partner, before anybody is asked: a
    company, an open quotation of the partner or of its person, an empty reason once given."""
    _partner, person = _erasable(session, partner_id)
    check_erasable(session, person.id, reason)


def _erasable(session: Session, partner_id: int) -> tuple[E.BusinessPartner, E.Contact]:
    """The partner and its one person, refused when it is a company or its own quotation is
    open (the person's own checks are erase_personal_data's)."""
    partner = existing(session, E.BusinessPartner, partner_id)
    person = the_person(session, partner_id)
    _refuse_on_hold(session, partner)
    return partner, person


def _refuse_on_hold(session: Session, partner: E.BusinessPartner) -> None:
    Q = E.Quotation
    open_quotes = list(session.scalars(select(Q.code).where(
        Q.sold_to_bp_id == partner.id, Q.status != QuotationStatus.PROCESSED).order_by(Q.code)))
    if open_quotes:
        raise ValidationError(
            "The data of {code} cannot be erased while quotation {quotations} is open "
            "(legal hold): process or close it first.", code=partner.code,
            quotations=", ".join(open_quotes))
