"""The audit trail (issue 35, item 5): who changed what, from which device, when, old and new.

A session that audits (the team server's, for every push it applies: ``audit_device``) writes
one row per field of every business record its flushes insert, change or delete, in the same
transaction, so a change and its trail are committed or rolled back together. The user is the
session's, which the server sets from the identity it verified, never from the pushed rows.
A CRM manager reads the trail of one record, and may export it."""

from __future__ import annotations

import csv
import datetime as dt
import enum
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from desktop.crm import clock
from desktop.crm.db.base import Audited, current_user, table_of
from desktop.crm.db.session import CrmSession
from desktop.crm.entities.audit import AuditEntry
from desktop.crm.errors import NotAllowedError
from desktop.crm.rights import is_crm_manager

#: the columns every record carries for the record's own bookkeeping, not the user's data
SKIPPED = frozenset({"created_by", "created_at", "modified_by", "modified_at", "version"})
#: records of the replication's own bookkeeping: the trail is of the team's data
NOT_AUDITED = frozenset({"partner_pins", "sync_conflicts"})
HEADERS = ("When (UTC)", "User", "Device", "Operation", "Field", "Old value", "New value")


def audit_device(session: Session, device_no: int) -> None:
    """From now on, the session writes the trail of its changes, as made from this device
    (0: the server itself or an office computer)."""
    session.info["audit_device"] = device_no


def trail(session: Session, table_name: str, row_id: int) -> list[AuditEntry]:
    """A record's trail, oldest first; for a CRM manager only."""
    if not is_crm_manager(session, current_user(session)):
        raise NotAllowedError("Only a CRM manager may read the audit trail.")
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.table_name == table_name, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id)))


def export_csv(session: Session, table_name: str, row_id: int, path: Path) -> int:
    """Write a record's trail to a CSV file (UTF-8 with a BOM, as Excel opens it); the rows
    written."""
    entries = trail(session, table_name, row_id)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows((e.at.isoformat(timespec="seconds"), e.user_name, e.device_no, e.op,
                          e.field, e.old_value, e.new_value) for e in entries)
    return len(entries)


@event.listens_for(CrmSession, "after_flush")
def _write_trail(session: Session, _context) -> None:
    """After the flush: ids are known, and the attributes' history still holds what the
    flush changed (SQLAlchemy resets it only once the flush is over)."""
    device = session.info.get("audit_device")
    if device is None:
        return
    stamp = dict(user_name=current_user(session), device_no=device, at=clock.now())
    rows = [{**row, **stamp} for record in (*session.new, *session.dirty, *session.deleted)
            if isinstance(record, Audited) and _table(record) not in NOT_AUDITED
            for row in _fields(session, record)]
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _table(record: Any) -> str:
    return table_of(type(record)).name


def _fields(session: Session, record: Any) -> list[dict]:
    op = "I" if record in session.new else "D" if record in session.deleted else "U"
    state = inspect(record)
    rows = []
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED or attr.key == "id":
            continue
        history = state.attrs[attr.key].history
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if op == "D":
            old = history.unchanged[0] if history.unchanged else old
        if (op == "U" and not history.has_changes()) or (op != "U" and old is None and
                                                          new is None):
            continue
        rows.append(dict(table_name=_table(record), row_id=record.id, op=op, field=attr.key,
                         old_value=_text(old), new_value=_text(new)))
    return rows


def _text(value: Any) -> str:
    """A value as the trail shows it: enums by name, moments in UTC, sets sorted."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, (frozenset, set)):
        return ",".join(sorted(_text(v) for v in value))
    return str(value)  # Decimal digit for digit, dates in ISO form
