"""What a unit of work changed, as a plain value every window can read.

A ``ChangeRecorder`` listens to one database session's flushes and notes, per entity class,
the ids created, changed and deleted; ``Changes`` is the frozen result. Only classes and ints
are kept, never ORM objects, so the value may cross from a worker thread to the GUI thread.
Statements that bypass the ORM (bulk inserts of a quotation's lines) name their entities with
``note_kinds``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Changes:
    """Kinds of record and ids touched by one operation, and the window that asked for it."""

    kinds: frozenset[type] = frozenset()
    created: frozenset[tuple[type, int]] = frozenset()
    changed: frozenset[tuple[type, int]] = frozenset()
    deleted: frozenset[tuple[type, int]] = frozenset()
    #: the window that ran the operation (set on the GUI thread, never crosses threads)
    origin: object | None = field(default=None, compare=False)
    #: the user who made the change
    user: str = ""

    def touches(self, kinds: Iterable[type]) -> bool:
        return bool(self.kinds.intersection(kinds))

    def ids(self, kind: type) -> set[int]:
        """Ids of ``kind`` created, changed or deleted."""
        return {i for k, i in (*self.created, *self.changed, *self.deleted) if k is kind}

    def was_changed(self, kind: type, record_id: int) -> bool:
        return (kind, record_id) in self.changed

    def was_deleted(self, kind: type, record_id: int) -> bool:
        return (kind, record_id) in self.deleted

    def union(self, other: Changes) -> Changes:
        """Both operations' changes, as one (the origin and user of this one)."""
        return Changes(self.kinds | other.kinds, self.created | other.created,
                       (self.changed | other.changed) - self.deleted - other.deleted,
                       self.deleted | other.deleted, self.origin, self.user or other.user)

    def only(self, kinds: Iterable[type]) -> Changes:
        """What concerns these kinds of record only."""
        wanted = frozenset(kinds)
        return Changes(self.kinds & wanted, frozenset(p for p in self.created if p[0] in wanted),
                       frozenset(p for p in self.changed if p[0] in wanted),
                       frozenset(p for p in self.deleted if p[0] in wanted), self.origin,
                       self.user)

    def with_origin(self, origin: object) -> Changes:
        return Changes(self.kinds, self.created, self.changed, self.deleted, origin, self.user)

    def __bool__(self) -> bool:
        return bool(self.kinds)


class ChangeRecorder:
    """Notes what a session flushes until ``changes()`` is asked for."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._kinds: set[type] = set()
        self._created: set[tuple[type, int]] = set()
        self._changed: set[tuple[type, int]] = set()
        self._deleted: set[tuple[type, int]] = set()
        self._pending_new: list[object] = []
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)
        event.listen(session, "after_rollback", self._after_rollback)

    def note_kinds(self, *kinds: type) -> None:
        """Entities written by Core statements the session does not track."""
        self._kinds.update(kinds)

    def note_rows(self, kind: type, created=(), changed=(), deleted=()) -> None:
        """Rows of ``kind`` written by Core statements, by id."""
        self._kinds.add(kind)
        for into, ids in ((self._created, created), (self._changed, changed),
                          (self._deleted, deleted)):
            into.update((kind, int(i)) for i in ids)

    def reset(self) -> None:
        for noted in (self._kinds, self._created, self._changed, self._deleted):
            noted.clear()

    def _before_flush(self, session: Session, _context, _instances) -> None:
        self._pending_new.extend(session.new)

    def _after_flush(self, session: Session, _context) -> None:
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._note(self._changed, obj)
        for obj in session.deleted:
            self._note(self._deleted, obj)
        for obj in self._pending_new:
            self._note(self._created, obj)
        self._pending_new.clear()

    def _after_rollback(self, _session: Session) -> None:
        self._pending_new.clear()  # not written after all

    def _note(self, into: set, obj: object) -> None:
        state = inspect(obj)
        # a row inserted by this flush has its id already, not yet its identity key
        identity = state.identity or state.mapper.primary_key_from_instance(obj)
        kind = type(obj)
        self._kinds.add(kind)
        if identity is not None and len(identity) == 1 and isinstance(identity[0], int):
            into.add((kind, identity[0]))

    def changes(self) -> Changes:
        user = str(self.session.info.get("user", ""))
        return Changes(frozenset(self._kinds), frozenset(self._created),
                       frozenset(self._changed - self._created - self._deleted),
                       frozenset(self._deleted), None, user)

    def close(self) -> None:
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)
        event.remove(self.session, "after_rollback", self._after_rollback)
