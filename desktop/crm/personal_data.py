"""Right of access (GDPR art. 15, the CNIL's "droit d'accès"): every row that names a person.

The rows are found from the metadata, not from a list kept by hand, so a table added later
that points at a contact is exported (and erased) without anyone remembering it:

- the contact's own row, and every row of a table with a foreign key to ``contacts``;
- the rows that name it by kind and id (attribute values, notes);
- the activities those rows belong to (a meeting they attend, an e-mail they receive), and
  what the activities about them own (recipients, attachments, references, notes);
- the lines of the batch-run logs (mail merges ...) run over contacts that name its code.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import Base, table_of
from desktop.crm.db.records import existing
from desktop.crm.enums import AttributeObjectKind, BusinessObjectKind
from desktop.crm.errors import NotFoundError
from desktop.crm.io.files import PartialFile

Found = dict[Table, set[int]]
TABLES = Base.metadata.tables


def rows_naming(session: Session, contact_id: int) -> Found:
    """The ids of the rows that name the contact, per table."""
    contacts, activities = TABLES["contacts"], TABLES["activities"]
    found: Found = {contacts: {contact_id}}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is contacts and table is not contacts:
                _add(found, table, session.scalars(select(table.c.id).where(
                    fk.parent == contact_id)))
    _add(found, TABLES["attribute_values"], session.scalars(select(E.AttributeValue.id).where(
        E.AttributeValue.object_kind == AttributeObjectKind.C,
        E.AttributeValue.object_id == contact_id)))
    own = set(found.get(activities, set()))
    for table in (TABLES["attendees"], TABLES["email_recipients"]):
        ids = found.get(table, set())
        if ids:
            _add(found, activities, session.scalars(select(table.c.activity_id).where(
                table.c.id.in_(ids))))
    _notes(session, found, contact_id)
    activity_rows(session, found, own)
    _merge_log(session, found, contact_id)
    return {table: ids for table, ids in found.items() if ids}


def _add(found: Found, table: Table, ids) -> None:
    found.setdefault(table, set()).update(ids)


def _notes(session: Session, found: Found, contact_id: int) -> None:
    N = E.Note
    _add(found, table_of(N), session.scalars(select(N.id).where(
        N.object_kind == BusinessObjectKind.CONTACT, N.object_id == contact_id)))


def activity_rows(session: Session, found: Found, activities: set[int]) -> None:
    """What the activities about the person own: their notes and attribute values, and
    every row deleted with them (attendees, recipients, attachments, references ...: any
    table added later too)."""
    if not activities:
        return
    N, A = E.Note, E.AttributeValue
    _add(found, table_of(N), session.scalars(select(N.id).where(
        N.object_kind == BusinessObjectKind.ACTIVITY, N.object_id.in_(activities))))
    _add(found, table_of(A), session.scalars(select(A.id).where(
        A.object_kind == AttributeObjectKind.A, A.object_id.in_(activities))))
    _owned_by(session, found, TABLES["activities"], activities)


def _owned_by(session: Session, found: Found, parent: Table, ids: set[int]) -> None:
    """The rows that belong to these records only (deleted with them: ON DELETE CASCADE)."""
    if not ids:
        return
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is parent and fk.ondelete == "CASCADE" and "id" in table.c:
                _add(found, table, session.scalars(select(table.c.id).where(
                    fk.parent.in_(ids))))


def _merge_log(session: Session, found: Found, contact_id: int) -> None:
    contact = session.get(E.Contact, contact_id)
    if contact is None:
        raise NotFoundError("The contact {id} does not exist.", id=contact_id)
    code = contact.code
    runs = select(E.BatchRun.id).where(E.BatchRun.parameters.contains(
        str(BusinessObjectKind.CONTACT)))
    _add(found, TABLES["batch_run_lines"], session.scalars(select(E.BatchRunLine.id).where(
        E.BatchRunLine.object_key == code, E.BatchRunLine.run_id.in_(runs))))


def plain(value):
    """A column's value as JSON holds it."""
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def personal_data(session: Session, contact_id: int) -> dict:
    """Everything the CRM holds about the contact: each table's rows, every column."""
    contact = existing(session, E.Contact, contact_id)
    return {"contact": contact.code, "name": contact.full_name,
            "exported_at": clock.now().isoformat(),
            "tables": table_rows(session, rows_naming(session, contact_id))}


def table_rows(session: Session, found: Found) -> dict:
    """The rows found, every column, per table by name."""
    tables = {}
    for table, ids in sorted(found.items(), key=lambda item: item[0].name):
        rows = session.execute(select(table).where(table.c.id.in_(sorted(ids)))
                               .order_by(table.c.id)).mappings()
        tables[table.name] = [{key: plain(value) for key, value in row.items()}
                              for row in rows]
    return tables


def export_personal_data(session: Session, contact_id: int, path: Path) -> dict:
    """Write the contact's data to ``path`` as JSON (UTF-8, readable by a person and by a
    program) and return it. The file appears whole or not at all."""
    return write_json(personal_data(session, contact_id), path)


def write_json(data: dict, path: Path) -> dict:
    target = PartialFile(Path(path))
    try:
        target.open_temp().write_text(json.dumps(data, ensure_ascii=False, indent=2),
                                      encoding="utf-8")
        target.publish()
    except BaseException:
        target.discard()
        raise
    return data
