"""The user's actions on partners and contacts: as files and duplicates (import, vCards, the
duplicate groups, a merge) and as personal data (GDPR: right of access, right to erasure,
retention), as plain functions of a database session and plain values, run by the windows
through Op, Query and LongOp (tests/test_one_road.py)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.crm import entities as E, merging
from desktop.crm.distinct_records import mark_distinct
from desktop.crm.duplicate_groups import DuplicateGroup, duplicate_contacts, duplicate_partners
from desktop.crm.erasure import check_erasable, erase_personal_data
from desktop.crm.importing import contacts, partners
from desktop.crm.importing.report import ImportOptions, ImportReport
from desktop.crm.importing.tables import Table, read_table
from desktop.crm.io.vcard_import import import_vcards
from desktop.crm.io.vcards import write_vcards
from desktop.crm.marketing_outputs import VCARD, Reasons, marketing_rows, record_inclusion
from desktop.crm.person_partners import (
    check_partner_erasable,
    erase_partner_data,
    export_partner_data,
)
from desktop.crm.personal_data import export_personal_data
from desktop.crm.retention import RetentionJob
from desktop.views.partners.personal_pdf import write_summary

IMPORTERS = {"partners": partners.import_partners, "contacts": contacts.import_contacts}


def value_text(value) -> str:
    """A value as the form shows it: enum labels translated, dates and amounts in the user's
    locale, a record by its key."""
    if value is None or value == "":
        return "—"
    if isinstance(value, enum.Enum):
        return QCoreApplication.translate("enum", getattr(value, "label", value.name))
    if isinstance(value, dt.date):
        return QLocale().toString(value, QLocale.ShortFormat)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2)
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeDialog", "Yes") if value else \
            QCoreApplication.translate("MergeDialog", "No")
    return str(value)


# -- files -----------------------------------------------------------------------------------
def read_file(_session, path: str) -> Table:
    """The file picked, read as a table (its bytes decide how)."""
    return read_table(Path(path))


def run_import(session, progress, kind: str, table: Table,
               options: ImportOptions) -> ImportReport:
    """Import or simulate ``table``; the runner commits what the report says was written."""
    return IMPORTERS[kind](session, table, options,
                           lambda done, total: progress.report(done, total) or True)


def record_fields(session, entity: type, record_id: int, names: list[str]) -> dict:
    """The fields of the record an imported line matches, as the merge dialog shows them (the
    partner of a contact by its key, as the file names it); none for a row of the same file
    that the simulation did not write."""
    found = session.get(entity, record_id)
    if found is None:
        return {}
    out = {}
    for name in names:
        if name == "business_partner":
            partner = found.business_partner
            out[name] = partner.display_key() if partner else ""
        else:
            out[name] = value_text(getattr(found, name, None))
    return out


def export_vcards(session, ids: list[int], path: str,
                  include_objected: bool = False) -> tuple[int, Reasons]:
    """The contacts ``ids`` written to ``path`` as vCards 3.0, those who object to direct
    marketing, post or calls (a card carries address and phones) left out unless the user
    includes them (recorded); (written, left out by reason)."""
    chosen = marketing_rows(session, select(E.Contact).where(E.Contact.id.in_(ids)),
                            E.Contact.id, include_objected, VCARD)
    found = session.scalars(chosen.statement.options(selectinload(E.Contact.business_partner))
                            .order_by(E.Contact.last_name, E.Contact.first_name)).all()
    record_inclusion(session, "vCards", chosen.included)
    Path(path).write_text(write_vcards(found), encoding="utf-8", newline="")
    return len(found), chosen.left_out_by


def import_vcard_file(session, data: bytes, partner_id: int | None):
    """The cards of a file (Outlook writes Windows-1252, others UTF-8 or UTF-16)."""
    return import_vcards(session, data, partner_id)


# -- duplicates ------------------------------------------------------------------------------
def find_duplicates(session, progress, of_contacts: bool,
                    threshold: int) -> list[DuplicateGroup]:
    search = duplicate_contacts if of_contacts else duplicate_partners
    return search(session, threshold, lambda done, total: progress.report(done, total) or True)


def mark_not_duplicates(session, entity: type, ids: list[int]):
    return mark_distinct(session, entity, ids)


def read_pair(session, entity: type, ids: list[int]) -> list[dict]:
    """What the merge dialog shows of both records."""
    pair = []
    for record_id in ids:
        obj = session.get(entity, record_id)
        values = {n: getattr(obj, n) for n in merging.mergeable_fields(entity)}
        pair.append({"id": obj.id, "key": obj.display_key(),
                     "name": getattr(obj, "name", None) or getattr(obj, "full_name", ""),
                     "values": values,
                     "shown": {n: value_text(_shown(session, entity, n, v))
                               for n, v in values.items()}})
    return pair


def _shown(session, entity: type, name: str, value):
    """A foreign key as the record it names (its code or name), not its number."""
    column = entity.__table__.c[name]
    if value is None or not column.foreign_keys:
        return value
    target = merging.entity_of(next(iter(column.foreign_keys)).column.table)
    found = session.get(target, value) if target is not None else None
    return found.display_key() if found is not None else value


def merge_records(session, entity: type, keep_id: int, gone_id: int, take: dict, user: str):
    return merging.merge(session, entity, keep_id, gone_id, take, user)


# -- personal data ---------------------------------------------------------------------------
def export_person_data(session: Session, entity: type, record_id: int, path: str) -> int:
    """The person's data (a contact's, or a one-person partner's: its contact's and its own)
    written to ``path`` (JSON, every column) and beside it as a PDF summary a person reads;
    the number of rows written."""
    export = export_partner_data if entity is E.BusinessPartner else export_personal_data
    data = export(session, record_id, Path(path))
    write_summary(data, Path(path).with_suffix(".pdf"))
    return sum(len(rows) for rows in data["tables"].values())


def check_person_erasable(session: Session, entity: type, record_id: int,
                          reason: str | None = None) -> None:
    """Raises what would refuse the erasure (a legal hold, a company, an empty reason)."""
    check = check_partner_erasable if entity is E.BusinessPartner else check_erasable
    check(session, record_id, reason)


def erase_person_data(session: Session, entity: type, record_id: int, reason: str) -> int:
    """The person (a contact, or a one-person partner) anonymised everywhere; the rows changed
    or deleted. The attachment files of the e-mails about them go when the runner commits."""
    erase = erase_partner_data if entity is E.BusinessPartner else erase_personal_data
    result = erase(session, record_id, reason)
    return result.rows_changed + result.rows_deleted


class RetentionRun(RetentionJob):
    """Retention of Personal Data from its processing window (the range of contact codes in
    the form's values)."""
