"""The application's unit of work.

Every session the application opens is a ``CrmSession``: the domain's invariants (audit
columns, numbers that fit their columns, the Exchange outbox) listen on this class, never on
SQLAlchemy's ``Session`` for every program in the process, and each session notes what it
changed (``changes()``), whoever writes through it: a window's operation, a bulk run, the
sync engine or the command line. The runners publish those notes; nothing else has to.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm.db.changes import ChangeRecorder, Changes


class CrmSession(Session):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.recorder = ChangeRecorder(self)

    def changes(self) -> Changes:
        """What this session created, changed and deleted since it opened, committed or
        not: a runner reads it after its commit."""
        return self.recorder.changes()

    def note_written(self, kind: type, created=(), changed=(), deleted=()) -> None:
        """Rows written by Core statements the session does not track (bulk inserts)."""
        self.recorder.note_rows(kind, created, changed, deleted)

