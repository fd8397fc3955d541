"""The sync engine: pull what changed in the sync users' calendars and task folders, then push
the outbox in batches. Nothing is lost on a fault: an outbox row is marked done only after
Exchange confirmed it, and a retried create finds its item by the CRM key instead of doubling.

Runs on any thread with a database session of its own; it never touches Qt."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.crm import clock, entities as E
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    Attendance,
    AttendanceStatus,
    AttributeObjectKind,
    BusinessObjectKind,
    OutboxOperation,
    PartyType,
)
from desktop.crm.errors import CrmError
from desktop.sync import mapping as MAP
from desktop.sync.contract import Change, CredentialsRefused, FaultKind, Gateway, RemoteItem, SyncFault

log = logging.getLogger(__name__)
BATCH = 100  # items per EWS request (exchangelib's own chunk size)
IN_CHUNK = 500  # keys per IN (...) list, well under SQLite's bound-parameter limit
SYNC_USER = "exchange-sync"
L = E.ExchangeItemLink


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    waiting: int = 0
    error: str = ""
    fault: SyncFault | None = None  # the error as a translatable sentence
    stopped: bool = False  # credentials refused: nothing runs until the settings change
    finished_at: dt.datetime | None = None
    requests: list[str] = field(default_factory=list)


def waiting_changes(db) -> int:
    """Activities whose changes Exchange has not confirmed yet."""
    with db.session(SYNC_USER) as s:
        return s.scalar(select(func.count(func.distinct(E.SyncOutbox.activity_id))).where(
            E.SyncOutbox.done_at.is_(None)))


def back_off(attempts: int) -> dt.timedelta:
    """30 s, 1, 2, 4 ... minutes, at most an hour."""
    return dt.timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


class SyncEngine:
    def __init__(self, db, gateway: Gateway) -> None:
        self.db, self.gateway = db, gateway
        self.unpulled: set[str] = set()
        self.pull_fault: SyncFault | None = None

    # -- one run ---------------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            report.pulled = self.pull()
            report.pushed = self.push()
            if self.pull_fault is not None:
                raise self.pull_fault
        except CredentialsRefused as error:
            report.error, report.fault, report.stopped = str(error), error, True
        except SyncFault as error:
            report.error, report.fault = str(error), error
            log.warning("sync: %s %s", error, error.detail)
        report.waiting = self.waiting()
        report.finished_at = clock.now()
        return report

    def waiting(self) -> int:
        return waiting_changes(self.db)

    # -- pull ------------------------------------------------------------------------------
    def pull(self) -> int:
        with self.db.session(SYNC_USER) as s:
            users = [(u.id, u.email_address) for u in MAP.sync_users(s).values()
                     if self.gateway.serves(u.email_address)]
        applied, self.unpulled, faults = 0, set(), []
        for user_id, mailbox in users:
            for kind, state_attr in (("event", "calendar_sync_state"),
                                     ("task", "task_sync_state")):
                with self.db.session(SYNC_USER) as s:
                    user = s.get(E.ExchangeSyncUser, user_id)
                    state = getattr(user, state_attr)
                try:
                    changes, new_state = self.gateway.changes(mailbox, kind, state)
                except CredentialsRefused:
                    raise
                except SyncFault as fault:
                    # this mailbox is not pushed either: a create lost in an earlier fault
                    # must be found by the pull before it may be sent again
                    self.unpulled.add(mailbox)
                    faults.append(fault)
                    continue
                with self.db.session(SYNC_USER) as s:
                    s.info["sync_origin"] = True  # what Exchange says is not echoed back
                    for change in changes:
                        applied += self.apply_one(s, mailbox, change)
                    user = s.get(E.ExchangeSyncUser, user_id)
                    setattr(user, state_attr, new_state)
                    user.last_calendar_sync_at = clock.now()
                    s.commit()
        self.pull_fault = faults[0] if faults else None
        return applied

    def apply_one(self, s: Session, mailbox: str, change: Change) -> int:
        """One remote change; one the rules refuse is logged and skipped, never blocking
        the changes after it."""
        try:
            with s.begin_nested():
                return self.apply(s, mailbox, change)
        except CrmError as error:
            log.warning("sync: item %s of %s not applied: %s", change.item_id, mailbox, error)
            return 0

    def apply(self, s: Session, mailbox: str, change: Change) -> int:
        link = s.scalars(select(L).where(L.mailbox == mailbox,
                                         L.item_id == change.item_id)).first()
        if change.kind == "delete":
            return self.remote_deleted(s, link) if link else 0
        item = change.item
        if link is None:
            link = self.known_under_another_id(s, mailbox, item)
        if link is not None and link.change_key == item.change_key:
            return 0  # our own write coming back
        act = s.get(E.Activity, link.activity_id) if link and link.activity_id else None
        if act is None and item.crm_key:  # a retried create already reached Exchange
            act = s.scalars(select(E.Activity).where(
                E.Activity.code == item.crm_key.removeprefix("CRM-"))).first()
        if act is None and item.uid:  # the same meeting seen from another mailbox
            other = s.scalars(select(L).where(L.uid == item.uid, L.activity_id.isnot(None))
                              ).first()
            act = s.get(E.Activity, other.activity_id) if other else None
        if not self.current(item):
            return 0  # past events are never pulled (BR-EX-05)
        if act is None:
            act = self.imported(s, mailbox, item)
            if act is None:
                return 0
        elif link is not None:
            self.merge(s, act, link, item)
        if link is None:
            link = L(activity_id=act.id, mailbox=mailbox, item_id=item.item_id)
            s.add(link)
        link.uid, link.change_key = item.uid or link.uid, item.change_key
        link.remote_modified_at, link.last_synced_at = item.modified_at, clock.now()
        return 1

    @staticmethod
    def known_under_another_id(s: Session, mailbox: str, item: RemoteItem) -> L | None:
        """The link of an item the other protocol wrote (EWS and Graph name one item
        differently): found by its UID or its CRM key, it takes the new id, so that switching
        protocol re-creates nothing."""
        link = None
        if item.uid:
            link = s.scalars(select(L).where(L.mailbox == mailbox, L.uid == item.uid)).first()
        if link is None and item.crm_key:
            link = s.scalars(select(L).join(E.Activity, E.Activity.id == L.activity_id).where(
                L.mailbox == mailbox,
                E.Activity.code == item.crm_key.removeprefix("CRM-"))).first()
        if link is not None:
            link.item_id, link.change_key = item.item_id, ""
        return link

    def current(self, item: RemoteItem) -> bool:
        if item.kind == "task":
            return True
        end = item.end or item.start
        return end is None or end >= clock.now() - dt.timedelta(hours=1)

    def imported(self, s: Session, mailbox: str, item: RemoteItem) -> E.Activity | None:
        """An Outlook item with the import category becomes a new activity."""
        settings = s.scalars(select(E.ExchangeSyncSettings)
                             .order_by(E.ExchangeSyncSettings.id)).first()
        category = settings.import_category if settings else ""
        if not category or category not in item.categories:
            return None
        from desktop.crm.activities import new_activity  # the domain numbers and checks it

        employee = s.scalars(select(E.Employee).where(E.Employee.email == mailbox)).first()
        emails = [p.email.lower() for p in item.required + item.optional]
        contact = s.scalars(select(E.Contact).where(func.lower(E.Contact.email).in_(emails))
                            .order_by(E.Contact.id)).first() if emails else None
        if contact is None:
            log.info("Outlook item %s has no CRM contact among its attendees; not imported",
                     item.item_id)
            return None
        kind = ActivityType.TASK if item.kind == "task" else ActivityType.APPOINTMENT
        values = {k: v for k, v in MAP.remote_values(item).items() if v is not None}
        values["contact_id"] = contact.id
        if kind is ActivityType.TASK:
            values.setdefault("due_at", clock.now())
        act = new_activity(s, kind, values, employee.id if employee else None)
        act.synchronize = True
        s.flush()
        return act

    def merge(self, s: Session, act: E.Activity, link: L, item: RemoteItem) -> None:
        """Both sides may have changed since the last sync: the later change wins field by
        field, and the value that lost is kept in a note (BR-EX-14)."""
        local_changed = act.modified_at > link.last_synced_at
        local_wins = local_changed and item.modified_at is not None and \
            act.modified_at > item.modified_at
        lost = []
        for name, remote in MAP.remote_values(item).items():
            local = getattr(act, name)
            if MAP.same(local, remote):
                continue
            if local_wins:
                lost.append(f"{name}: Exchange had {remote}")
            else:
                if local_changed:
                    lost.append(f"{name}: the CRM had {local}")
                setattr(act, name, remote)
        if act.type is not ActivityType.TASK:
            MAP.read_responses(act, item)
            if act.start_at and act.end_at and act.end_at < act.start_at:
                act.end_at = act.start_at
            act.sort_date = act.start_at
        else:
            act.sort_date = act.due_at
            if act.status is ActivityStatus.COMPLETED and act.completed_at is None:
                act.completed_at = clock.now()
        if lost:
            s.add(E.Note(object_kind=BusinessObjectKind.ACTIVITY, object_id=act.id,
                         subject="Synchronization conflict", author=SYNC_USER,
                         body="Both sides changed this activity. Kept: "
                              f"{'CRM' if local_wins else 'Exchange'}.\n" + "\n".join(lost)))

    def remote_deleted(self, s: Session, link: L) -> int:
        """BR-EX-13: an activity with notes or attributes becomes Not Held, else it goes."""
        act = s.get(E.Activity, link.activity_id) if link.activity_id else None
        s.delete(link)
        if act is None or s.scalar(select(func.count()).select_from(L).where(
                L.activity_id == act.id, L.id != link.id)):
            return 1  # other mailboxes still hold it
        keeps = s.scalar(select(func.count()).select_from(E.Note).where(
            E.Note.object_kind == BusinessObjectKind.ACTIVITY, E.Note.object_id == act.id)) or \
            s.scalar(select(func.count()).select_from(E.AttributeValue).where(
                E.AttributeValue.object_kind == AttributeObjectKind.A,
                E.AttributeValue.object_id == act.id))
        if keeps:
            if act.type is not ActivityType.TASK:
                act.status = ActivityStatus.NOT_HELD
            act.synchronize = False
            s.add(E.Note(object_kind=BusinessObjectKind.ACTIVITY, object_id=act.id,
                         subject="Deleted in Exchange", author=SYNC_USER,
                         body="The item was deleted in Exchange; the activity is kept."))
        else:
            s.delete(act)
        return 1

    # -- push ------------------------------------------------------------------------------
    def push(self) -> int:
        now = clock.now()
        with self.db.session(SYNC_USER) as s:
            rows = s.scalars(select(E.SyncOutbox).where(
                E.SyncOutbox.done_at.is_(None),
                (E.SyncOutbox.next_attempt_at.is_(None)) | (E.SyncOutbox.next_attempt_at <= now))
                .order_by(E.SyncOutbox.id)).all()
            work = self.plan(s, rows)
        pushed, fault, failed_boxes = 0, None, set()
        for (mailbox, operation, kind, invite), entries in work.items():
            if mailbox in self.unpulled or mailbox in failed_boxes:
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
            for row in outbox_rows(s, self._nothing_to_send).values():
                row.done_at = clock.now()
            s.commit()
        if fault is not None:
            raise fault
        return pushed

    def plan(self, s: Session, rows: list) -> dict:
        """Group the outbox into batches: (mailbox, create|update|delete, kind, invite)."""
        users = MAP.sync_users(s)
        served = _Served(self.gateway)
        by_activity: dict[int, list] = defaultdict(list)
        for row in rows:
            by_activity[row.activity_id].append(row)
        work: dict = defaultdict(list)
        self._nothing_to_send: list[int] = []
        self._held: set[int] = set()  # rows another machine's sign-in must push
        acts, links_of = self._load(s, [a for a in by_activity if a])
        for activity_id, group in by_activity.items():
            row_ids = [r.id for r in group]
            last = group[-1]
            act = acts.get(activity_id)
            all_links = links_of.get(activity_id, {})
            # a delegated sign-in acts for its own mailbox only: a change another mailbox
            # needs stays in the outbox for the machine signed in to it
            links = {m: link for m, link in all_links.items() if m in served}
            if last.operation is OutboxOperation.DELETE or act is None:
                targets = json.loads(last.payload or "[]") if last.payload else \
                    [[m, link.item_id] for m, link in all_links.items()]
                if any(m not in served for m, _ in targets):
                    self._held.update(row_ids)
                targets = [(m, i) for m, i in targets if m in served]
                for mailbox, item_id in targets:
                    work[(mailbox, "delete", "", True)].append((row_ids, item_id, None))
                if not targets and row_ids[0] not in self._held:
                    self._nothing_to_send.extend(row_ids)
                continue
            wanted, may_invite = MAP.mailboxes(act, users)
            if any(m not in served for m in {*wanted, *all_links}):
                self._held.update(row_ids)
            wanted = [m for m in wanted if m in served]
            if not act.synchronize or MAP.is_cancelled(act):
                wanted = []
            invite = may_invite and any(r.send_invitations for r in group)
            item_kind = "task" if act.type is ActivityType.TASK else "event"
            for mailbox, link in links.items():
                if mailbox not in wanted:
                    cancel = MAP.is_cancelled(act) and may_invite
                    work[(mailbox, "delete", "", cancel)].append((row_ids, link.item_id, None))
            for mailbox in wanted:
                item = MAP.to_remote(act, users)
                link = links.get(mailbox)
                if link is None:
                    work[(mailbox, "create", item_kind, invite)].append((row_ids, "", item))
                else:
                    item.item_id, item.change_key = link.item_id, link.change_key
                    work[(mailbox, "update", item_kind, invite)].append(
                        (row_ids, link.item_id, item))
            if not wanted and not links and row_ids[0] not in self._held:
                self._nothing_to_send.extend(row_ids)
        self._entries = Counter(rid for entries in work.values() for e in entries for rid in e[0])
        self._failed: set[int] = set()
        return work

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

    def send(self, mailbox: str, operation: str, kind: str, invite: bool, entries) -> int:
        try:
            if operation == "delete":
                written = self.gateway.delete(mailbox, [e[1] for e in entries], invite)
            else:
                call = self.gateway.create if operation == "create" else self.gateway.update
                written = call(mailbox, [e[2] for e in entries], invite)
        except SyncFault as fault:
            self.failed([rid for e in entries for rid in e[0]],
                        f"{fault} {fault.detail}".strip(), fault.retry_after)
            raise
        done = 0
        with self.db.session(SYNC_USER) as s:
            s.info["sync_origin"] = True
            batch = _Batch(s, mailbox, entries, written)
            for (row_ids, item_id, item), result in zip(entries, written):
                if result.error:
                    self._retry(batch.rows, row_ids, result.error, result.retry_after)
                    if result.fault is FaultKind.NOT_FOUND and item_id:  # gone: create again
                        s.execute(L.__table__.delete().where(L.mailbox == mailbox,
                                                             L.item_id == item_id))
                    continue
                self.record(s, batch, operation, item_id, item, result)
                for row_id in row_ids:  # done once every mailbox of the row confirmed
                    self._entries[row_id] -= 1
                    if self._entries[row_id] == 0 and row_id not in self._failed \
                            and row_id not in self._held:
                        batch.rows[row_id].done_at = clock.now()
                done += 1
            s.commit()
        return done

    def record(self, s: Session, batch: _Batch, operation: str, item_id: str,
               item: RemoteItem | None, result) -> None:
        if operation == "delete":
            s.execute(L.__table__.delete().where(L.mailbox == batch.mailbox,
                                                 L.item_id == item_id))
            return
        link = batch.links.get(item_id or result.item_id)
        if link is None:
            link = L(activity_id=batch.activity_ids.get(item.crm_key), mailbox=batch.mailbox,
                     item_id=result.item_id)
            s.add(link)
        link.change_key, link.uid = result.change_key, item.uid
        link.last_synced_at = clock.now()

    def _retry(self, rows: dict, row_ids, error: str, retry_after: float | None = None) -> None:
        for row_id in row_ids:
            self._failed.add(row_id)
            row = rows[row_id]
            row.attempts += 1
            row.last_error = error[:2000]
            wait = max(back_off(row.attempts), dt.timedelta(seconds=retry_after or 0))
            row.next_attempt_at = clock.now() + wait

    def failed(self, row_ids, error: str, retry_after: float | None = None) -> None:
        with self.db.session(SYNC_USER) as s:
            self._retry(outbox_rows(s, row_ids), row_ids, error, retry_after)
            s.commit()


class _Served:
    """Whether the gateway may act for a mailbox, asked once per mailbox and run."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.known: dict[str, bool] = {}

    def __contains__(self, mailbox: str) -> bool:
        if mailbox not in self.known:
            self.known[mailbox] = self.gateway.serves(mailbox)
        return self.known[mailbox]


class _Batch:
    """What recording one answered batch needs, read in a few queries: its outbox rows, the
    links it may update and the activity ids behind its CRM keys."""

    def __init__(self, s: Session, mailbox: str, entries, written) -> None:
        self.mailbox = mailbox
        self.rows = outbox_rows(s, [rid for e in entries for rid in e[0]])
        item_ids = [e[1] or r.item_id for e, r in zip(entries, written) if e[1] or r.item_id]
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


__all__ = ["SyncEngine", "SyncReport", "Attendance", "AttendanceStatus", "PartyType"]
