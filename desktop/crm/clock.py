"""The one clock of the application: every "now" and "today" of the domain, the views and the
sync comes from here.

The application runs on ``SystemClock``. Tests install a ``PinnedClock`` (``use``) so that the
day the code sees never moves under them, whatever the machine's calendar says and however
long a run lasts. Moments are time-zone aware in UTC; "today" is the date in the user's zone
(the machine's local zone, as everywhere else in the application).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

UTC = dt.UTC
MICROSECOND = dt.timedelta(microseconds=1)


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock: what the application uses."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class PinnedClock:
    """A clock that stays at its moment until told to move.

    Each reading is one microsecond after the previous one, so records stamped in a row keep
    their order, as with a real clock, while the day never changes by itself.
    """

    def __init__(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("a pinned moment must be time-zone aware")
        self._moment = moment.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            self._moment += MICROSECOND
            return self._moment

    def set(self, moment: dt.datetime) -> None:
        with self._lock:
            self._moment = moment.astimezone(UTC)

    def advance(self, delta: dt.timedelta) -> None:
        with self._lock:
            self._moment += delta


_current: Clock = SystemClock()


def now() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return _current.now()


def local_now() -> dt.datetime:
    """The current moment in the user's zone."""
    return _current.now().astimezone()


def today() -> dt.date:
    """Today in the user's zone."""
    return local_now().date()


def local_moment(day: dt.date, time: dt.time = dt.time()) -> dt.datetime:
    """A wall-clock time of the user's zone on ``day``, aware, with that day's own offset (a
    fixed offset carried over from another day is an hour off across a daylight-saving
    change)."""
    return dt.datetime.combine(day, time).astimezone()


def current() -> Clock:
    return _current


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Run with ``clock`` as the application's clock, then put the previous one back."""
    global _current
    previous, _current = _current, clock
    try:
        yield clock
    finally:
        _current = previous
