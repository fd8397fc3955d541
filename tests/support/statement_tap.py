"""One listener for every statement any engine runs, for tests that watch the SQL.

SQLAlchemy keeps an engine's listeners in a deque that each statement iterates; adding or
removing one while another thread (the sync worker, a pool task) runs a statement raises
"deque mutated during iteration" on that thread. So the listener is registered once, before
any engine or thread exists, and tests subscribe here: the subscriber tuple is replaced
whole, never mutated, so a statement in flight sees either the old tuple or the new one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine

Watcher = Callable[..., None]

_watchers: tuple[Watcher, ...] = ()
_lock = threading.Lock()


def _statement(conn, cursor, statement, params, context, many) -> None:
    for watcher in _watchers:
        watcher(conn, cursor, statement, params, context, many)


def install() -> None:
    if not event.contains(Engine, "before_cursor_execute", _statement):
        event.listen(Engine, "before_cursor_execute", _statement)


def subscribe(watcher: Watcher) -> None:
    global _watchers
    with _lock:
        _watchers = (*_watchers, watcher)


def unsubscribe(watcher: Watcher) -> None:
    global _watchers
    with _lock:
        _watchers = tuple(w for w in _watchers if w is not watcher)


@contextmanager
def watching(watcher: Watcher, engine=None) -> Iterator[None]:
    """``watcher`` sees every statement (of ``engine`` only, when given) inside the block."""
    if engine is not None:
        only = watcher

        def watcher(conn, *args):  # type: ignore[no-redef]
            if conn.engine is engine:
                only(conn, *args)

    subscribe(watcher)
    try:
        yield
    finally:
        unsubscribe(watcher)
