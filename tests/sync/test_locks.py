"""One engine per mailbox: installations sharing one PostgreSQL database take each mailbox in
turn under a PostgreSQL advisory lock; one that finds a mailbox taken skips it and says so."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.sync.engine import SyncEngine
from desktop.sync.locks import MailboxLocks
from tests.sync.conftest import JULIEN, SOPHIE, appointment
from tests.sync.test_faults import _many

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def test_a_mailbox_another_installation_holds_is_skipped(sync_db, remote, engine):
    appointment(sync_db, "Chez Sophie", organizer=SOPHIE)
    appointment(sync_db, "Chez Julien", organizer=JULIEN)
    other = MailboxLocks(sync_db)  # another installation, its own connection
    assert other.acquire([SOPHIE]) == [SOPHIE]
    try:
        report = engine.run_once()
        assert (report.busy, report.error, report.waiting) == ([SOPHIE], "", 1)
        assert remote.events(SOPHIE) == [] and len(remote.events(JULIEN)) == 1
        assert SOPHIE not in remote.pulled()
    finally:
        other.release()
    report = engine.run_once()
    assert (report.busy, report.waiting) == ([], 0) and len(remote.events(SOPHIE)) == 1


def test_two_installations_at_once_write_each_item_once(sync_db, remote):
    _many(sync_db, 120)
    appointment(sync_db, "Chez Julien", organizer=JULIEN)
    engines = [SyncEngine(sync_db, remote.gateway(timeout_seconds=30)) for _ in range(2)]
    reports: list = []
    go = threading.Barrier(2)

    def run(engine) -> None:
        go.wait()
        reports.append(engine.run_once())

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for engine in engines:  # whatever one of them skipped, the next runs finish
        engine.run_once()
    keys = [v.crm_key for v in remote.events(SOPHIE)]
    assert len(keys) == len(set(keys)) == 120
    with sync_db.session("t") as s:
        assert s.scalar(select(func.count()).select_from(E.ExchangeItemLink)) == 121
    assert not [r.error for r in reports if r.error]


def test_a_wait_for_a_held_mailbox_ends_when_its_time_is_up_or_the_mailbox_is_free(sync_db):
    """pg_advisory_lock under lock_timeout: the wait gives up with the lock still held
    elsewhere (SQLSTATE 55P03), and takes it at once when it is free."""
    other, waiting = MailboxLocks(sync_db), MailboxLocks(sync_db)
    assert other.acquire([SOPHIE]) == [SOPHIE]
    try:
        assert waiting.acquire([SOPHIE, JULIEN], wait=0.2) == [JULIEN]
    finally:
        other.release()
        waiting.release()
    assert waiting.acquire([SOPHIE], wait=5) == [SOPHIE]
    assert other.acquire([SOPHIE]) == []
    waiting.release()
