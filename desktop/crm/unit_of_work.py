"""Committing a unit of work: a stale save becomes a StaleRecordError naming the record and the
user who saved it first; nothing is overwritten and the session is rolled back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.crm.base import Audited
from desktop.crm.errors import StaleRecordError


@dataclass(frozen=True)
class _Pending:
    cls: type
    pk: tuple
    key: str
    version: int | None


def _pending_changes(session: Session) -> list[_Pending]:
    pending = []
    for obj in list(session.dirty) + list(session.deleted):
        state = inspect(obj)
        if isinstance(obj, Audited) and state.identity is not None:
            version = state.attrs.version.loaded_value
            pending.append(_Pending(type(obj), state.identity, obj.display_key(), version))
    return pending


def _who_changed(session: Session, pending: list[_Pending]) -> StaleRecordError:
    with session.bind.connect() as conn:
        for item in pending:
            table = item.cls.__table__
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


def flush(session: Session) -> None:
    """Flush, turning a version conflict into StaleRecordError (the session is rolled back)."""
    pending = _pending_changes(session)
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise _who_changed(session, pending) from None


def commit(session: Session) -> None:
    """Commit, turning a version conflict into StaleRecordError (the session is rolled back)."""
    pending = _pending_changes(session)
    try:
        session.commit()
    except StaleDataError:
        session.rollback()
        raise _who_changed(session, pending) from None
