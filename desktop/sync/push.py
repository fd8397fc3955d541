"""Pushing the outbox: each waiting change becomes a create, an update of the field groups the
CRM changed, a delete, or a release (the item stays in the mailbox, no longer the CRM's), in
batches per mailbox. Nothing is lost on a fault: an outbox row is marked done only once every
mailbox it concerns confirmed it.

Attendees hear only of what they should: a removal that is not the user's own Cancel (the
synchronization switched off, another organizer) never tells them; a meeting with invitees is
released instead of deleted."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.crm import clock, entities as E
from desktop.crm.enums import ActivityType, OutboxOperation
from desktop.sync import mapping as MAP
from desktop.sync.contract import CredentialsRefused, FaultKind, Gateway, RemoteItem, SyncFault, Written
from desktop.sync.pull import Puller

BATCH = 100  # items per request of a server that takes many (a gateway splits further)
IN_CHUNK = 500  # keys per IN (...) list, well under SQLite's bound-parameter limit
SYNC_USER = "exchange-sync"
L = E.ExchangeItemLink


def back_off(attempts: int) -> dt.timedelta:
    """30 s, 1, 2, 4 ... minutes, at most an hour."""
    return dt.timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


class Pusher:
    """One push: ``usable(mailbox, kind)`` says whether this run may write that folder of
    that mailbox (served by the gateway, not held by another installation, not refused)."""

    def __init__(self, db, gateway: Gateway, usable: Callable[[str, str], bool],
                 sync_tasks: bool = True) -> None:
        self.db, self.gateway, self.usable, self.sync_tasks = db, gateway, usable, sync_tasks
        self.work: dict = defaultdict(list)
        self.held: set[int] = set()  # rows another machine, run or sign-in must push
        self.entries: Counter = Counter()
        self.failed_rows: set[int] = set()

    def push(self) -> tuple[int, SyncFault | None]:
        now = clock.now()
        with self.db.session(SYNC_USER) as s:
            rows = s.scalars(select(E.SyncOutbox).where(
                E.SyncOutbox.done_at.is_(None),
                (E.SyncOutbox.next_attempt_at.is_(None)) | (E.SyncOutbox.next_attempt_at <= now))
                .order_by(E.SyncOutbox.id)).all()
            self.plan(s, rows)
            idle = [r.id for r in rows if r.id not in self.entries and r.id not in self.held]
        pushed, fault, failed_boxes = 0, None, set()
        for (mailbox, operation, kind, invite), entries in self.work.items():
            if mailbox in failed_boxes:
                continue
            for batch in chunked(entries, BATCH):
                try:
                    pushed += self.send(mailbox, operation, kind, invite, batch)
                except CredentialsRefused:
                    raise
                except SyncFault as error:  # this mailbox waits; the others go on
                    fault = fault or error
                    failed_boxes.add(mailbox)
                    break
        with self.db.session(SYNC_USER) as s:  # rows with nothing to send are done
            for row in outbox_rows(s, idle).values():
                row.done_at = clock.now()
            s.commit()
        return pushed, fault

    # -- planning --------------------------------------------------------------------------
    def plan(self, s: Session, rows: list) -> None:
        """Group the outbox into batches: (mailbox, operation, kind, invite) -> entries of
        (outbox row ids, item id, item)."""
        users = MAP.sync_users(s)
        by_activity: dict[int, list] = defaultdict(list)
        for row in rows:
            by_activity[row.activity_id].append(row)
        acts, links_of = self._load(s, [a for a in by_activity if a])
        for activity_id, group in by_activity.items():
            act = acts.get(activity_id)
            if group[-1].operation is OutboxOperation.DELETE or act is None:
                self._plan_delete(s, [r.id for r in group], group[-1])
            else:
                self._plan_upsert(act, [r.id for r in group], group,
                                  links_of.get(activity_id, {}), users)
        self.entries = Counter(rid for entries in self.work.values() for e in entries
                               for rid in e[0])

    def _plan_delete(self, s: Session, row_ids: list[int], last) -> None:
        """The activity is gone: its items go too, and the attendees hear of it (the user
        deleted the meeting); a released item is the mailbox's and stays."""
        for mailbox, item_id in json.loads(last.payload or "[]"):
            if not self.usable(mailbox, ""):
                self.held.update(row_ids)
                continue
            link = s.scalars(select(L).where(L.mailbox == mailbox, L.item_id == item_id)).first()
            if link is not None and link.rekey:
                self.held.update(row_ids)
            elif link is None or not link.released:
                cancel = link is None or MAP.has_invitees(link.synced)
                self.work[(mailbox, "delete", "", cancel)].append((row_ids, item_id, None))

    def _plan_upsert(self, act: E.Activity, row_ids: list[int], group: list, links: dict,
                     users: dict) -> None:
        kind = "task" if act.type is ActivityType.TASK else "event"
        if kind == "task" and not self.sync_tasks:
            return  # calendars only: nothing to send
        wanted, may_invite = MAP.mailboxes(act, users)
        if not act.synchronize or MAP.is_cancelled(act):
            wanted = []
        if any(not self.usable(m, kind) for m in {*wanted, *links}):
            self.held.update(row_ids)
        for mailbox, link in links.items():
            if mailbox not in wanted and self.usable(mailbox, kind) and not link.released:
                self._plan_removal(act, row_ids, mailbox, link, kind, may_invite)
        invite = may_invite and any(r.send_invitations for r in group)
        for mailbox in wanted:
            if self.usable(mailbox, kind):
                self._plan_write(act, row_ids, mailbox, links.get(mailbox), kind, users,
                                 (may_invite, invite), any(lk.series_id for lk in links.values()))

    def _plan_removal(self, act, row_ids, mailbox: str, link: L, kind: str,
                      may_invite: bool) -> None:
        if link.rekey:
            self.held.update(row_ids)
        elif MAP.is_cancelled(act) and may_invite:  # the user's own Cancel: attendees told
            self.work[(mailbox, "delete", "", MAP.has_invitees(link.synced))].append(
                (row_ids, link.item_id, None))
        elif kind == "event" and MAP.has_invitees(link.synced):  # deleting would tell them
            self.work[(mailbox, "release", "", False)].append((row_ids, link.item_id, None))
        else:
            self.work[(mailbox, "delete", "", False)].append((row_ids, link.item_id, None))

    def _plan_write(self, act, row_ids, mailbox: str, link: L | None, kind: str, users: dict,
                    invites: tuple[bool, bool], series: bool) -> None:
        may_invite, invite = invites
        item = MAP.to_remote(act, users)
        if not may_invite:  # a copy in an attendee's calendar: nobody to invite from there
            item.required, item.optional, item.resources = [], [], []
        if link is None:
            if not series:  # an occurrence is never made a single item elsewhere
                self.work[(mailbox, "create", kind, invite)].append((row_ids, "", item))
            return
        if link.rekey:
            self.held.update(row_ids)
            return
        item.item_id, item.change_key, item.series_id = link.item_id, link.change_key, \
            link.series_id
        item.fields = None if link.released else MAP.changed_fields(item, link.synced)
        item.erased = MAP.json_or_empty(link.synced).get("attendees") == MAP.ERASED
        if item.fields != frozenset():  # else the CRM changed nothing the item shows
            self.work[(mailbox, "update", kind, invite)].append((row_ids, link.item_id, item))

    @staticmethod
    def _load(s: Session, activity_ids: list[int]) -> tuple[dict, dict]:
        """The activities of the outbox with what the mapping reads, and their links, in a
        few queries rather than several per activity."""
        acts: dict[int, E.Activity] = {}
        links: dict[int, dict[str, L]] = defaultdict(dict)
        for chunk in chunked(activity_ids, IN_CHUNK):
            acts.update((a.id, a) for a in s.scalars(
                select(E.Activity).where(E.Activity.id.in_(chunk))
                .options(selectinload(E.Activity.attendees), joinedload(E.Activity.assigned_to))))
            for link in s.scalars(select(L).where(L.activity_id.in_(chunk))):
                links[link.activity_id][link.mailbox] = link  # type: ignore[index]  # IN (ids)
        return acts, links

    # -- sending ---------------------------------------------------------------------------
    def send(self, mailbox: str, operation: str, kind: str, invite: bool, entries) -> int:
        try:
            written = self._call(mailbox, operation, invite, entries)
        except SyncFault as fault:
            self.failed([rid for e in entries for rid in e[0]],
                        f"{fault} {fault.detail}".strip(), fault.retry_after)
            raise
        done = 0
        with self.db.session(SYNC_USER) as s:
            s.info["sync_origin"] = True
            batch = _Batch(s, mailbox, entries, written)
            for (row_ids, item_id, item), result in zip(entries, written, strict=True):
                if result.error:
                    self._retry(batch.rows, row_ids, result.error, result.retry_after)
                    self._not_written(s, batch, item_id, item, result.fault)
                    continue
                self.record(s, batch, operation, item_id, item, result)
                for row_id in row_ids:  # done once every mailbox of the row confirmed
                    self.entries[row_id] -= 1
                    if self.entries[row_id] == 0 and row_id not in self.failed_rows \
                            and row_id not in self.held:
                        batch.rows[row_id].done_at = clock.now()
                done += 1
            s.commit()
        return done

    def _call(self, mailbox: str, operation: str, invite: bool, entries) -> list[Written]:
        if operation == "release":  # nothing to ask the server: the item simply stays
            return [Written(e[1]) for e in entries]
        if operation == "delete":
            return self.gateway.delete(mailbox, [e[1] for e in entries], invite)
        call = self.gateway.create if operation == "create" else self.gateway.update
        return call(mailbox, [e[2] for e in entries], invite)

    @staticmethod
    def _not_written(s: Session, batch: _Batch, item_id: str, item: RemoteItem | None,
                     fault: FaultKind | None) -> None:
        link = batch.links.get(item_id)
        if link is None:
            return
        if fault is FaultKind.FOREIGN_ID:  # found again under this protocol's id first
            link.rekey = True
        elif fault is FaultKind.NOT_FOUND and link.series_id:  # an occurrence gone: deleted
            Puller.remote_deleted(s, link)
        elif fault is FaultKind.NOT_FOUND:  # gone: create it again
            s.delete(link)

    def record(self, s: Session, batch: _Batch, operation: str, item_id: str,
               item: RemoteItem | None, result) -> None:
        link = batch.links.get(item_id or result.item_id)
        if operation == "delete":
            if link is not None:
                s.delete(link)
            return
        if operation == "release":
            assert link is not None, "a release is queued from the item's link"
            link.released = True
            return
        assert item is not None, "a create or an update is queued with its item"
        if link is None:
            link = L(activity_id=batch.activity_ids.get(item.crm_key), mailbox=batch.mailbox,
                     item_id=result.item_id)
            s.add(link)
        link.change_key, link.uid = result.change_key or link.change_key, item.uid or link.uid
        link.synced, link.released = MAP.synced_after_push(item), False
        link.last_synced_at = clock.now()

    def _retry(self, rows: dict, row_ids, error: str, retry_after: float | None = None) -> None:
        for row_id in row_ids:
            self.failed_rows.add(row_id)
            row = rows[row_id]
            row.attempts += 1
            row.last_error = error[:2000]
            wait = max(back_off(row.attempts), dt.timedelta(seconds=retry_after or 0))
            row.next_attempt_at = clock.now() + wait

    def failed(self, row_ids, error: str, retry_after: float | None = None) -> None:
        with self.db.session(SYNC_USER) as s:
            self._retry(outbox_rows(s, row_ids), row_ids, error, retry_after)
            s.commit()


class _Batch:
    """What recording one answered batch needs, read in a few queries: its outbox rows, the
    links it may update and the activity ids behind its CRM keys."""

    def __init__(self, s: Session, mailbox: str, entries, written) -> None:
        self.mailbox = mailbox
        self.rows = outbox_rows(s, [rid for e in entries for rid in e[0]])
        item_ids = [e[1] or r.item_id for e, r in zip(entries, written, strict=True) if e[1] or r.item_id]
        self.links = {link.item_id: link for chunk in chunked(item_ids, IN_CHUNK)
                      for link in s.scalars(select(L).where(L.mailbox == mailbox,
                                                            L.item_id.in_(chunk)))}
        codes = {e[2].crm_key.removeprefix("CRM-"): e[2].crm_key for e in entries if e[2]}
        self.activity_ids = {codes[code]: id_ for chunk in chunked(list(codes), IN_CHUNK)
                             for code, id_ in s.execute(select(E.Activity.code, E.Activity.id)
                                                        .where(E.Activity.code.in_(chunk)))}


def outbox_rows(s: Session, row_ids: list[int]) -> dict[int, E.SyncOutbox]:
    return {r.id: r for chunk in chunked(row_ids, IN_CHUNK) for r in s.scalars(
        select(E.SyncOutbox).where(E.SyncOutbox.id.in_(chunk)))}


def chunked(values: list, size: int):
    for start in range(0, len(values), size):
        yield values[start:start + size]
