"""Who hands out ids and numbers: the database itself, or a laptop's replica of the team's.

On a laptop that keeps a replica of the team's PostgreSQL (desktop.team.replica), a record
made offline must get an id no other laptop and no office user will ever give, and a number
no one else takes; nothing is rewritten later. The replica registers a ``LocalIdentity`` for
its engine; the domain's hooks here ask it:

- every new row of a replicated table gets its id from the laptop's own range (the device's
  number in the high bits of a BIGINT), for ORM flushes and bulk inserts alike;
- ``numbering.next_numbers`` takes numbers from the blocks the server leased to the laptop,
  or a provisional number for a series that must have no gaps (replaced at sync, with a note);
- reference data is the server's: a laptop refuses to change it, with a message;
- what only the server may do (merging duplicates) is refused offline, with a message.

Without a registered identity (a plain SQLite file, PostgreSQL) nothing changes."""

from __future__ import annotations

import weakref
from typing import Protocol

from sqlalchemy import BigInteger, Integer, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from desktop.crm.db.base import Base
from desktop.crm.db.session import CrmSession
from desktop.crm.errors import NotAllowedError

#: ids are BIGINT on PostgreSQL (a device part above 2**40); SQLite's INTEGER is 64 bits
#: already and must stay INTEGER to remain the rowid
BigId = BigInteger().with_variant(Integer(), "sqlite")


class LocalIdentity(Protocol):
    def new_ids(self, connection: Connection, count: int) -> list[int]: ...

    def numbers(self, connection: Connection, series_id: int, count: int) -> list[str]: ...

    def owns(self, table_name: str) -> bool:
        """Whether new rows of this table take their ids from the laptop's range."""
        ...

    def read_only(self, table_name: str) -> bool: ...


_IDENTITIES: weakref.WeakKeyDictionary[Engine, LocalIdentity] = weakref.WeakKeyDictionary()


def register(engine: Engine, identity: LocalIdentity | None) -> None:
    if identity is None:
        _IDENTITIES.pop(engine, None)
    else:
        _IDENTITIES[engine] = identity


def of_connection(connection: Connection) -> LocalIdentity | None:
    return _IDENTITIES.get(connection.engine) if _IDENTITIES else None


def of_session(session: Session) -> LocalIdentity | None:
    if not _IDENTITIES or session.bind is None:
        return None
    return _IDENTITIES.get(session.get_bind())  # type: ignore[arg-type]


def is_replica(session: Session) -> bool:
    return of_session(session) is not None


def reserve_ids(session: Session, table_name: str, count: int) -> int | None:
    """The first of ``count`` consecutive ids for rows a statement inserts itself (an
    INSERT ... SELECT), or None when the database gives ids."""
    identity = of_session(session)
    if identity is None or not identity.owns(table_name) or count <= 0:
        return None
    return identity.new_ids(session.connection(), count)[0]


def refuse_offline(session: Session, what: str) -> None:
    """NotAllowedError on a laptop's replica for what only the team server may do."""
    if is_replica(session):
        raise NotAllowedError("{what_label} is done online only: on an office computer "
                              "connected to the team's database.", what_label=what)


@event.listens_for(Base, "before_insert", propagate=True)
def _laptop_id(mapper, connection: Connection, target) -> None:
    identity = of_connection(connection)
    if identity is None or getattr(target, "id", 1) is not None:
        return
    if identity.owns(mapper.local_table.name):
        target.id = identity.new_ids(connection, 1)[0]


@event.listens_for(CrmSession, "before_flush")
def _reference_read_only(session: Session, _context, _instances) -> None:
    identity = of_session(session)
    if identity is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__table__", None)
        if table is not None and identity.read_only(table.name) and \
                (obj in session.new or obj in session.deleted or session.is_modified(obj)):
            raise NotAllowedError(
                "{entity_label} is reference data: it is changed on the team server, and "
                "read-only on this laptop.", entity_label=getattr(obj, "entity_label", "Record"))
