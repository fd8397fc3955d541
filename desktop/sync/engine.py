"""The sync engine: for each sync user's mailbox this installation may take (one engine per
mailbox, locks.py), pull what changed in the calendar and the task folder, then push the
outbox (push.py). A fault stays with its mailbox, or its folder: the others go on; refused
credentials stop everything until the settings are fixed. What a run changed in the CRM is
reported as a ``Changes`` value, for the open windows to follow.

Runs on any thread with database sessions of its own; it never touches Qt."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.changes import ChangeRecorder, Changes
from desktop.crm.enums import ActivityType, Attendance, AttendanceStatus, OutboxOperation, PartyType
from desktop.sync import mapping as MAP
from desktop.sync.contract import CredentialsRefused, Gateway, MailboxRefused, SyncFault
from desktop.sync.locks import MailboxLocks
from desktop.sync.pull import Puller
from desktop.sync.push import SYNC_USER, Pusher, back_off

log = logging.getLogger(__name__)
L = E.ExchangeItemLink
#: what the windows are told of: the records a user sees (not links, states, the outbox)
SHOWN = (E.Activity, E.Attendee, E.Note)
FOLDERS = (("event", "calendar_sync_state"), ("task", "task_sync_state"))


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
    busy: list[str] = field(default_factory=list)  # mailboxes another installation holds
    changes: Changes = field(default_factory=Changes)  # what the pull changed in the CRM


def waiting_changes(db) -> int:
    """Activities whose changes Exchange has not confirmed yet."""
    with db.session(SYNC_USER) as s:
        return s.scalar(select(func.count(func.distinct(E.SyncOutbox.activity_id))).where(
            E.SyncOutbox.done_at.is_(None)))


class SyncEngine:
    def __init__(self, db, gateway: Gateway) -> None:
        self.db, self.gateway = db, gateway
        self.blocked: set[tuple[str, str]] = set()  # (mailbox, folder) not pulled this run
        self.busy: set[str] = set()  # mailboxes another installation holds
        self.served: dict[str, bool] = {}  # whether the gateway may act for a mailbox
        self.sync_tasks = True
        self.wait = 0.0  # seconds to wait for mailboxes another engine holds; 0: skip them
        self.on_wait: Callable[[list[str]], None] = lambda mailboxes: None

    # -- one run ---------------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        report = SyncReport()
        locks = MailboxLocks(self.db)
        try:
            users = self._lock(locks)
            report.busy = sorted(self.busy)
            pull_fault = self._pull(report, users)
            report.pushed, push_fault = Pusher(self.db, self.gateway, self.usable,
                                               self.sync_tasks).push()
            fault = pull_fault or push_fault
            if fault is not None:
                raise fault
        except CredentialsRefused as error:
            report.error, report.fault, report.stopped = str(error), error, True
        except SyncFault as error:
            report.error, report.fault = str(error), error
            log.warning("sync: %s %s", error, error.detail)
        finally:
            locks.release()
        report.waiting = self.waiting()
        report.finished_at = clock.now()
        return report

    def waiting(self) -> int:
        return waiting_changes(self.db)

    def _lock(self, locks: MailboxLocks) -> list[tuple[int, str]]:
        """The sync users whose mailboxes this run takes: served by the gateway and not held
        by another installation (those are noted in ``busy``)."""
        self.served, self.blocked = {}, set()
        with self.db.session(SYNC_USER) as s:
            settings = s.scalars(select(E.ExchangeSyncSettings)
                                 .order_by(E.ExchangeSyncSettings.id)).first()
            self.sync_tasks = settings.sync_tasks if settings is not None else True
            users = [(u.id, u.email_address) for u in MAP.sync_users(s).values()
                     if self.serves(u.email_address)]
        mine = set(locks.acquire(m for _, m in users))
        held = [m for _, m in users if m not in mine]
        if held and self.wait:  # the command line waits for the running engine to finish
            self.on_wait(held)
            mine |= set(locks.acquire(held, self.wait))
        self.busy = {m for _, m in users if m not in mine}
        return [(u, m) for u, m in users if m in mine]

    def serves(self, mailbox: str) -> bool:
        if mailbox not in self.served:
            self.served[mailbox] = self.gateway.serves(mailbox)
        return self.served[mailbox]

    def usable(self, mailbox: str, kind: str) -> bool:
        """Whether this run may write that folder ("" for any) of that mailbox."""
        if mailbox in self.busy or (mailbox, "") in self.blocked or not self.serves(mailbox):
            return False
        return (mailbox, kind) not in self.blocked if kind else \
            not any(box == mailbox for box, _ in self.blocked)

    # -- pull ------------------------------------------------------------------------------
    def pull(self) -> int:
        """Only the pull of a run (the benchmarks time the pull and the push apart)."""
        report = SyncReport()
        locks = MailboxLocks(self.db)
        try:
            fault = self._pull(report, self._lock(locks))
        finally:
            locks.release()
        if fault is not None:
            raise fault
        return report.pulled

    def push(self) -> int:
        """Only the push of a run, after ``pull``."""
        pushed, fault = Pusher(self.db, self.gateway, self.usable, self.sync_tasks).push()
        if fault is not None:
            raise fault
        return pushed

    def _pull(self, report: SyncReport, users: list[tuple[int, str]]) -> SyncFault | None:
        """Each folder of each mailbox; a folder that fails is not pushed either this run (a
        create lost in an earlier fault must be found by the pull before it is sent again)."""
        faults = []
        for user_id, mailbox in users:
            for kind, state_attr in FOLDERS:
                if kind == "task" and not self.sync_tasks:
                    continue
                try:
                    self._pull_folder(report, user_id, mailbox, kind, state_attr)
                except CredentialsRefused:
                    raise
                except MailboxRefused as fault:
                    self.blocked.add((mailbox, fault.folder or kind))
                    faults.append(fault)
                except SyncFault as fault:
                    self.blocked.add((mailbox, kind))
                    faults.append(fault)
        return faults[0] if faults else None

    def _pull_folder(self, report: SyncReport, user_id: int, mailbox: str, kind: str,
                     state_attr: str) -> None:
        self._rekey(mailbox, kind)
        with self.db.session(SYNC_USER) as s:
            state = getattr(s.get(E.ExchangeSyncUser, user_id), state_attr)
            horizon = self._horizon(s, mailbox) if kind == "event" else None
        changes, new_state = self.gateway.changes(mailbox, kind, state, horizon)
        with self.db.session(SYNC_USER) as s:
            s.info["sync_origin"] = True  # what Exchange says is not echoed back
            recorder = ChangeRecorder(s)
            try:
                puller = Puller(MAP.sync_users(s))
                report.pulled += sum(puller.apply_one(s, mailbox, c)
                                     for c in puller.relevant(s, mailbox, changes))
                user = s.get(E.ExchangeSyncUser, user_id)
                setattr(user, state_attr, new_state)
                user.last_calendar_sync_at = clock.now()
                s.commit()
            finally:
                recorder.close()
        report.changes = report.changes.union(recorder.changes().only(SHOWN))

    @staticmethod
    def _horizon(s: Session, mailbox: str) -> dt.datetime | None:
        """The latest end of the events the CRM holds in this mailbox: the server's window,
        if it follows one, must reach it."""
        return s.scalar(select(func.max(E.Activity.end_at)).join(
            L, L.activity_id == E.Activity.id).where(L.mailbox == mailbox,
                                                     L.released.is_(False)))

    def _rekey(self, mailbox: str, kind: str) -> None:
        """Links the other protocol wrote are found again under this one's ids (by their CRM
        key) before anything is read or written through them; one the server no longer
        holds is made again from its activity."""
        tasks = E.Activity.type == ActivityType.TASK
        with self.db.session(SYNC_USER) as s:
            pending = s.execute(select(L.item_id, E.Activity.code).join(
                E.Activity, E.Activity.id == L.activity_id).where(
                L.mailbox == mailbox, L.rekey.is_(True), tasks if kind == "task" else ~tasks)
            ).all()
        if not pending:
            return
        found = self.gateway.rekey(mailbox, kind, [(i, f"CRM-{code}") for i, code in pending])
        with self.db.session(SYNC_USER) as s:
            for link in s.scalars(select(L).where(L.mailbox == mailbox, L.rekey.is_(True),
                                                  L.item_id.in_([i for i, _ in pending]))):
                if link.item_id in found:
                    link.item_id, link.change_key, link.rekey = found[link.item_id], "", False
                    continue
                if link.activity_id is not None:
                    s.add(E.SyncOutbox(activity_id=link.activity_id,
                                       operation=OutboxOperation.UPSERT, created_at=clock.now()))
                s.delete(link)
            s.commit()


__all__ = ["SyncEngine", "SyncReport", "SYNC_USER", "back_off", "Attendance",
           "AttendanceStatus", "PartyType"]
