"""What a user does with a conflict sync decided (the Conflicts session): use the value the
laptop had (one click: written as any edit is, and pushed with the next sync), or keep the
server's. Either way the conflict is marked resolved, by whom."""

from __future__ import annotations

import json

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import current_user
from desktop.crm.db.records import apply_values, existing
from desktop.crm.errors import NotAllowedError
from desktop.team import tables as T, wire

#: conflicts whose laptop value can be written back into a field
FIELD_RULES = frozenset({"server_wins", "owner_queue", "last_write", "completed_kept"})


def open_conflicts(user: str):
    """The WHERE clause of the conflicts a user made or must decide, not resolved yet."""
    c = E.SyncConflict
    return (c.resolved.is_(False), or_(c.user_name == user, c.owner_name == user))


def count_open(session: Session, user: str) -> int:
    return session.scalar(select(func.count()).select_from(E.SyncConflict).where(
        *open_conflicts(user))) or 0


def use_other_value(session: Session, conflict_id: int) -> None:
    """Write the value the conflict kept from the laptop (the other side's, for a
    last-write-wins field) into the record, and resolve the conflict."""
    conflict = existing(session, E.SyncConflict, conflict_id)
    if conflict.rule not in FIELD_RULES or not conflict.field:
        raise NotAllowedError("This conflict has no value to write back: keep the server's "
                              "version (it is the record as it stands).")
    entity = T.entity(conflict.table_name)
    record = existing(session, entity, conflict.row_id)
    kept = conflict.server_value if conflict.kept == "laptop" else conflict.laptop_value
    value = wire.decode(conflict.table_name, {conflict.field: json.loads(kept or "null")})
    apply_values(session, record, value)
    _resolve(session, conflict, "other")


def keep_server(session: Session, conflict_id: int) -> None:
    _resolve(session, existing(session, E.SyncConflict, conflict_id), "server")


def _resolve(session: Session, conflict: E.SyncConflict, how: str) -> None:
    conflict.resolved, conflict.resolution = True, how
    conflict.resolved_by = current_user(session)
    session.flush()
