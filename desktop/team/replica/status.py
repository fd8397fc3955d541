"""The replica's state as the status bar shows it: when it last synchronized, how many local
transactions wait to be pushed, how many conflicts wait for the user."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from desktop.crm.db.database import Database
from desktop.team.replica.conflicts import count_open


@dataclass(frozen=True)
class ReplicaStatus:
    user: str
    pending: int
    conflicts: int
    last_sync_at: dt.datetime | None
    error: str = ""
    offline: bool = False
    #: the server refused the sign-in and the laptop could not renew it by itself
    sign_in_needed: bool = False


def read_status(db: Database) -> ReplicaStatus:
    with db.session() as s:
        row = s.execute(text("SELECT user_name, last_sync_at, last_error FROM replica_state "
                             "WHERE id = 1")).one()
        pending = s.execute(text("SELECT count(DISTINCT txn) FROM local_changes")).scalar()
        conflicts = count_open(s, row.user_name)
    last = dt.datetime.fromisoformat(row.last_sync_at).replace(tzinfo=dt.UTC) \
        if row.last_sync_at else None
    return ReplicaStatus(row.user_name, pending or 0, conflicts, last, row.last_error or "")


def note_failure(db: Database, message: str) -> None:
    """What stopped the last sync, for the status bar after a restart too."""
    with db.engine.begin() as c:
        c.execute(text("UPDATE replica_state SET last_error = :m WHERE id = 1"),
                  {"m": message[:500]})
