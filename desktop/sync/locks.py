"""One engine per mailbox: when several installations share one PostgreSQL database, a
session-level advisory lock per mailbox lets only one of them pull and push that mailbox at a
time; the others skip it and say so. The lock lives on a connection of its own, held for the
run: if the process dies, PostgreSQL closes the connection and the lock goes with it
(https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS).

On SQLite the database is one file on one machine: a lock within the process is enough for
now (one engine per database file)."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy import text

#: the first key of the two-key advisory locks: the CRM's Exchange sync ("CRMX")
LOCK_CLASS = 0x43524D58

_local: dict[tuple[str, str], threading.Lock] = {}
_local_guard = threading.Lock()


class MailboxLocks:
    """``acquire(mailboxes)`` takes the mailboxes nobody else holds and returns them;
    ``release()`` lets them go."""

    def __init__(self, db) -> None:
        self.db = db
        self.postgresql = db.engine.dialect.name == "postgresql"
        self._connection = None
        self._held: list[str] = []

    def acquire(self, mailboxes: Iterable[str]) -> list[str]:
        return [m for m in mailboxes if self._try(m)]

    def _try(self, mailbox: str) -> bool:
        if self.postgresql:
            if self._connection is None:
                self._connection = self.db.engine.connect()
            got = self._connection.execute(text(
                "SELECT pg_try_advisory_lock(CAST(:cls AS integer), hashtext(lower(:mailbox)))"),
                {"cls": LOCK_CLASS, "mailbox": mailbox}).scalar()
            self._connection.commit()
        else:
            with _local_guard:
                lock = _local.setdefault((str(self.db.engine.url), mailbox.lower()),
                                         threading.Lock())
            got = lock.acquire(blocking=False)
        if got:
            self._held.append(mailbox)
        return bool(got)

    def release(self) -> None:
        for mailbox in self._held:
            if self.postgresql:
                self._connection.execute(text(
                    "SELECT pg_advisory_unlock(CAST(:cls AS integer), hashtext(lower(:mailbox)))"),
                    {"cls": LOCK_CLASS, "mailbox": mailbox})
            else:
                _local[(str(self.db.engine.url), mailbox.lower())].release()
        self._held = []
        if self._connection is not None:
            self._connection.commit()
            self._connection.close()
            self._connection = None
