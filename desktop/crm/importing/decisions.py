"""The decisions a user takes for an import: whose partners the new ones become, and for each
field of an update whether the file's value overwrites the record's, fills it only where it
is empty, or is left aside (for the whole file, or for one line after a simulation)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import current_user
from desktop.crm.employees import employee_for_user
from desktop.crm.errors import CrmError
from desktop.crm.importing.report import Assign, FieldPolicy, ImportOptions


def representative(session: Session, options: ImportOptions) -> int | None:
    """The employee the imported partners are assigned to (None: left as they are)."""
    if options.assign is Assign.ME:
        me = employee_for_user(session, current_user(session))
        if me is None:
            raise CrmError("You are not linked to an employee: choose the representative, or "
                           "leave the partners unassigned.")
        return me.id
    if options.assign is Assign.CHOSEN:
        chosen = session.get(E.Employee, options.representative_id) \
            if options.representative_id is not None else None
        if chosen is None or not chosen.active:
            raise CrmError("Choose an active employee as the representative of the imported "
                           "partners.")
        return chosen.id
    return None


def update_values(record, values: dict, line: int, options: ImportOptions) -> dict:
    """What an update writes into ``record``: each value of the row as its field's policy
    says (a field of the row the record has no column for is passed on as it is)."""
    kept = {}
    for name, value in values.items():
        policy = options.policy_of(line, name)
        if policy is FieldPolicy.KEEP:
            continue
        if policy is FieldPolicy.FILL_EMPTY and getattr(record, name, None) not in (None, ""):
            continue
        kept[name] = value
    return kept


def record_values(record) -> dict:
    """A record's column values, to check an update as a whole before it is written."""
    return {c.key: getattr(record, c.key) for c in type(record).__table__.columns
            if not c.primary_key and c.key not in ("version", "created_at", "created_by",
                                                   "modified_at", "modified_by")}
