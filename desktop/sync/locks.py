"""One engine per mailbox: whoever runs the sync (the window's thread, a scheduled
``crm-desktop-cli sync``, another installation) takes each mailbox's lock for the run; one that
finds a mailbox taken skips it and says so, or waits for it up to a limit.

PostgreSQL: a session-level advisory lock per mailbox, on a connection of its own held for the
run: if the process dies, PostgreSQL closes the connection and the lock goes with it
(https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS). Waiting uses
pg_advisory_lock under lock_timeout, which bounds every lock wait, advisory ones included
(https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT).

SQLite: the database is one file that the window and the command line may both open, so the
lock is the operating system's, on a file beside the database (one per mailbox): filelock takes
it with fcntl's flock on Linux and msvcrt.locking on Windows, and the system lets it go when the
process ends, whatever the way (https://py-filelock.readthedocs.io/en/latest/). A database in
memory has no file: a lock within the process serves."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

#: the first key of the two-key advisory locks: the CRM's Exchange sync ("CRMX")
LOCK_CLASS = 0x43524D58

_local: dict[tuple[str, str], threading.Lock] = {}
_local_guard = threading.Lock()


def lock_file(database: Path, mailbox: str) -> Path:
    """The file whose lock stands for ``mailbox``'s engine on the SQLite file ``database``."""
    digest = hashlib.sha1(mailbox.lower().encode("utf-8")).hexdigest()[:16]
    return database.with_name(f"{database.name}.sync-{digest}.lock")


class MailboxLocks:
    """``acquire(mailboxes)`` takes the mailboxes nobody else holds (waiting up to ``wait``
    seconds in all for those held) and returns them; ``release()`` lets them go."""

    def __init__(self, db) -> None:
        self.db = db
        self.postgresql = db.engine.dialect.name == "postgresql"
        database = make_url(str(db.engine.url)).database
        self.path = Path(database) if not self.postgresql and database and \
            database != ":memory:" else None
        self._connection = None
        self._held: list[str] = []
        self._files: dict[str, FileLock] = {}

    def acquire(self, mailboxes: Iterable[str], wait: float = 0.0) -> list[str]:
        deadline = time.monotonic() + wait
        return [m for m in mailboxes if self._try(m, max(0.0, deadline - time.monotonic()))]

    def _try(self, mailbox: str, wait: float) -> bool:
        if self.postgresql:
            got = self._advisory(mailbox, wait)
        elif self.path is not None:
            got = self._file(mailbox, wait)
        else:
            with _local_guard:
                lock = _local.setdefault((str(self.db.engine.url), mailbox.lower()),
                                         threading.Lock())
            got = lock.acquire(timeout=wait) if wait else lock.acquire(blocking=False)
        if got:
            self._held.append(mailbox)
        return bool(got)

    def _advisory(self, mailbox: str, wait: float) -> bool:
        if self._connection is None:
            self._connection = self.db.engine.connect()
        keys = {"cls": LOCK_CLASS, "mailbox": mailbox}
        if not wait:
            got = self._connection.execute(text(
                "SELECT pg_try_advisory_lock(CAST(:cls AS integer), hashtext(lower(:mailbox)))"),
                keys).scalar()
            self._connection.commit()
            return bool(got)
        try:
            self._connection.execute(text(f"SET lock_timeout = {int(wait * 1000) or 1}"))
            self._connection.execute(text(
                "SELECT pg_advisory_lock(CAST(:cls AS integer), hashtext(lower(:mailbox)))"),
                keys)
            self._connection.execute(text("SET lock_timeout = 0"))
            self._connection.commit()
            return True
        except OperationalError:  # 55P03 lock_not_available: its turn did not come
            self._connection.rollback()
            return False

    def _file(self, mailbox: str, wait: float) -> bool:
        lock = FileLock(lock_file(self.path, mailbox), timeout=wait)
        try:
            lock.acquire()
        except Timeout:
            return False
        self._files[mailbox] = lock
        return True

    def release(self) -> None:
        for mailbox in self._held:
            if self.postgresql:
                self._connection.execute(text(
                    "SELECT pg_advisory_unlock(CAST(:cls AS integer), hashtext(lower(:mailbox)))"),
                    {"cls": LOCK_CLASS, "mailbox": mailbox})
            elif mailbox in self._files:
                self._files.pop(mailbox).release()
            else:
                _local[(str(self.db.engine.url), mailbox.lower())].release()
        self._held = []
        if self._connection is not None:
            self._connection.commit()
            self._connection.close()
            self._connection = None
