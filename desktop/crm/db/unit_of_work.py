"""Committing a unit of work: a stale save becomes a StaleRecordError naming the record and the
user who saved it first; nothing is overwritten and the session is rolled back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.crm.db.base import Audited, Base, table_of
from desktop.crm.errors import StaleRecordError

_E = TypeVar("_E", bound=Base)


@dataclass(frozen=True)
class _Pending:
    cls: type[Base]
    pk: tuple
    key: str
    version: int | None


def _pending_changes(session: Session, extra=()) -> list[_Pending]:
    pending = []
    for obj in [*extra, *session.dirty, *session.deleted]:
        state = inspect(obj)
        if isinstance(obj, Audited) and isinstance(obj, Base) and state.identity is not None:
            version = state.attrs.version.loaded_value
            pending.append(_Pending(type(obj), state.identity, obj.display_key(), version))
    return pending


def _who_changed(session: Session, pending: list[_Pending]) -> StaleRecordError:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with engine.connect() as conn:
        for item in pending:
            table = table_of(item.cls)
            pk_col = table.primary_key.columns.values()[0]
            row = conn.execute(
                select(table.c.version, table.c.modified_by).where(pk_col == item.pk[0])
            ).first()
            if row is None:
                return StaleRecordError(
                    "{entity_label} {record} was deleted by another user. Your changes were "
                    "not saved.",
                    record=item.key,
                    entity_label=item.cls.entity_label,
                )
            if row.version != item.version:
                return StaleRecordError(
                    "{entity_label} {record} was changed by {changed_by} after you opened it. "
                    "Your changes were not saved: reload the record to see theirs.",
                    record=item.key,
                    changed_by=row.modified_by or "?",
                    entity_label=item.cls.entity_label,
                )
    return StaleRecordError(
        "A record was changed by another user after you opened it. Your changes were not "
        "saved: reload and try again."
    )


@contextmanager
def conflicts_reported(session: Session, *objects) -> Iterator[None]:
    """Within the block, a version conflict becomes StaleRecordError naming the record and who
    changed it; the session is rolled back and nothing is overwritten.

    ``objects`` are records the block is about to change: their versions are noted now, since
    a failed flush leaves the session's own bookkeeping unreliable.
    """
    noted = _pending_changes(session, [o for o in objects if o is not None])
    try:
        yield
    except StaleDataError:
        pending = noted + _pending_changes(session)
        session.rollback()
        raise _who_changed(session, pending) from None


def flush(session: Session) -> None:
    with conflicts_reported(session):
        session.flush()


def commit(session: Session) -> None:
    with conflicts_reported(session):
        session.commit()


def get_current(session: Session, entity: type[_E], record_id: int, version: int | None) -> _E:
    """The record, provided nobody changed it since it was shown at ``version``."""
    obj = session.get(entity, record_id)
    if obj is None:
        raise StaleRecordError("{entity_label} {record} was deleted by another user. Your "
                               "changes were not saved.", record=str(record_id),
                               entity_label=entity.entity_label)
    if version is not None and version and isinstance(obj, Audited) and obj.version != version:
        raise StaleRecordError(
            "{entity_label} {record} was changed by {changed_by} after you opened it. "
            "Your changes were not saved: reload the record to see theirs.",
            record=obj.display_key(), changed_by=obj.modified_by or "?",
            entity_label=entity.entity_label)
    return obj


def begin(session: Session) -> None:
    """Open the transaction now, before a savepoint. Python's sqlite3 starts one only before
    a write: a SAVEPOINT taken first would begin it, and releasing that savepoint would then
    commit the rows written so far, so a later rollback (Simulate, Cancel, all-or-nothing)
    could not take them back. PostgreSQL needs nothing."""
    connection = session.connection()
    raw = connection.connection.driver_connection
    assert raw is not None, "a connection just checked out of the pool is open"
    if connection.dialect.name == "sqlite" and not raw.in_transaction:
        connection.exec_driver_sql("BEGIN")
