"""The outbox of the Exchange sync (BR-EX-04): every create, change or delete of a
synchronized appointment, call or task writes an outbox row in the same transaction as the
change, so neither a crash nor an outage can lose it. The sync engine pushes the rows later.

Changes the engine itself pulled from Exchange are flagged on the session
(``session.info["sync_origin"]``) and write nothing, so they never echo back."""

from __future__ import annotations

import json

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db import bulk
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import ActivityType, OutboxOperation

SYNC_TYPES = frozenset({ActivityType.APPOINTMENT, ActivityType.CALL, ActivityType.TASK})
#: Changes that concern the attendees, so invitations go out again (DESIGN 5).
INVITE_FIELDS = ("start_at", "end_at", "location", "all_day")


def _changed(obj, name: str) -> bool:
    return inspect(obj).attrs[name].history.has_changes()


def _was_synchronized(act: E.Activity) -> bool:
    history = inspect(act).attrs.synchronize.history
    return bool(act.synchronize or any(history.deleted or ()))


@event.listens_for(CrmSession, "before_flush")
def _collect(session: Session, _context, _instances) -> None:
    if session.info.get("sync_origin"):
        return
    pending: dict = session.info.setdefault("_outbox", {})
    for obj in session.new:
        if isinstance(obj, E.Activity) and obj.synchronize and obj.type in SYNC_TYPES:
            pending[obj] = pending.get(obj, False) or any(a.invite for a in obj.attendees)
    for obj in list(session.dirty) + list(session.new) + list(session.deleted):
        if isinstance(obj, E.Attendee) and obj.activity is not None and \
                obj.activity.synchronize and obj.activity not in session.deleted:
            pending[obj.activity] = True
    for obj in session.dirty:
        if isinstance(obj, E.Activity) and obj.type in SYNC_TYPES and \
                session.is_modified(obj) and _was_synchronized(obj):
            invite = any(_changed(obj, name) for name in INVITE_FIELDS)
            pending[obj] = pending.get(obj, False) or invite
    deletes = session.info.setdefault("_outbox_deletes", [])
    with session.no_autoflush:
        for obj in session.deleted:
            if isinstance(obj, E.Activity) and obj.synchronize and obj.id is not None:
                pending.pop(obj, None)
                links = session.execute(select(E.ExchangeItemLink.mailbox,
                                               E.ExchangeItemLink.item_id).where(
                    E.ExchangeItemLink.activity_id == obj.id)).all()
                deletes.append((obj.id, [list(link) for link in links]))


@event.listens_for(CrmSession, "after_flush")
def _write(session: Session, _context) -> None:
    pending = session.info.pop("_outbox", {})
    deletes = session.info.pop("_outbox_deletes", [])
    now = clock.now()
    rows = [dict(activity_id=act.id, operation=OutboxOperation.UPSERT, send_invitations=invite,
                 payload="", created_at=now, attempts=0)
            for act, invite in pending.items() if act.id is not None]
    rows += [dict(activity_id=activity_id, operation=OutboxOperation.DELETE,
                  send_invitations=True, payload=json.dumps(links), created_at=now, attempts=0)
             for activity_id, links in deletes]
    if rows:
        session.connection().execute(insert(E.SyncOutbox), rows)


@event.listens_for(CrmSession, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop("_outbox", None)
    session.info.pop("_outbox_deletes", None)


def _written_in_bulk(session: CrmSession, entity: type, rows, constants: dict) -> None:
    """Synchronized activities inserted in bulk get their outbox rows as a flush gives them."""
    if entity is not E.Activity or session.info.get("sync_origin"):
        return
    synced = [row for row in rows if {**constants, **row}.get("synchronize")
              and {**constants, **row}.get("type") in SYNC_TYPES]
    if not synced:
        return
    if "id" not in synced[0]:
        raise ValueError("synchronized activities written in bulk need their ids: the outbox "
                         "names them")
    now = clock.now()
    session.connection().execute(insert(E.SyncOutbox), [
        dict(activity_id=row["id"], operation=OutboxOperation.UPSERT, send_invitations=False,
             payload="", created_at=now, attempts=0) for row in synced])


bulk.AFTER_INSERT.append(_written_in_bulk)
