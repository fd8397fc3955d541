"""One thread pool for all background work, with results delivered on the GUI thread.

Only the task function runs on a worker thread; the callbacks stay on the GUI thread and are
dropped when the widget that owns them is gone. Tests make the pool run tasks inline
(``pool.inline = True``), as Picard's FakeThreadPool does.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from desktop.crm.batch import Cancelled
from desktop.crm.errors import CrmError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Pending:
    owner: QObject | None
    on_done: Done
    on_failed: Failed | None


class _Finished:
    """The outcome of a task the GUI thread may wait for (``TaskPool.settle``)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.outcome: _Outcome | None = None


class _Task(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay,
                 finished: _Finished | None = None) -> None:
        super().__init__()
        self.number, self.fn, self.relay, self.finished = number, fn, relay, finished

    def run(self) -> None:
        outcome = _call(self.fn)
        if self.finished is not None:
            self.finished.outcome = outcome
            self.finished.event.set()
        self.relay.finished.emit(self.number, outcome)


class _Relay(QObject):
    """Lives on the GUI thread: a signal emitted from a worker is queued to it."""

    finished = Signal(int, object)


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    value: Any


#: set while a task runs inline on the GUI thread (tests): its reads are a worker's
running_inline = threading.local()


def _call(fn: Callable[[], Any]) -> _Outcome:
    try:
        return _Outcome(True, fn())
    except CrmError as error:  # expected: the user is told
        log.info("task refused: %s", error)
        return _Outcome(False, error)
    except Cancelled as error:  # the user pressed Cancel
        log.info("task cancelled")
        return _Outcome(False, error)
    except BaseException as error:  # delivered to the GUI thread, logged here
        log.exception("background task failed")
        return _Outcome(False, error)


class TaskPool(QObject):
    """``run(fn, on_done, on_failed, owner)``: fn() on a worker, a callback on the GUI thread."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.inline = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending: dict[int, _Pending] = {}
        self._finished: dict[int, _Finished] = {}
        self._numbers = itertools.count(1)

    def runner(self, owner: QObject) -> Callable[[Callable[[], Any], Done], int | None]:
        """run(fn, done) on this pool for ``owner`` (dropped once it is gone); failures
        are logged."""
        return lambda fn, done: self.run(fn, done, None, owner=owner)

    def run(self, fn: Callable[[], Any], on_done: Done, on_failed: Failed | None = None,
            owner: QObject | None = None, awaitable: bool = False) -> int:
        """The task's number; ``awaitable``: the GUI thread may ``settle`` it."""
        number = next(self._numbers)
        self._pending[number] = _Pending(owner, on_done, on_failed)
        if self.inline:
            running_inline.depth = getattr(running_inline, "depth", 0) + 1
            try:
                outcome = _call(fn)
            finally:
                running_inline.depth -= 1
            self._deliver(number, outcome)
        else:
            finished = _Finished() if awaitable else None
            if finished is not None:
                self._finished[number] = finished
            self._pool.start(_Task(number, fn, self._relay, finished))
        return number

    def settle(self, number: int, msecs: int) -> bool:
        """Wait at most ``msecs`` for an awaitable task and deliver its result now, not on the
        next turn of the event loop (a new grid's first page: its first frame shows rows
        rather than an empty grid). The work stays on its worker; False when it has not
        finished in time (its result then arrives as usual)."""
        finished = self._finished.pop(number, None)
        if finished is None:
            return number not in self._pending
        if not finished.event.wait(msecs / 1000) or finished.outcome is None:
            return False
        self._deliver(number, finished.outcome)
        return True

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def when_idle(self, fn: Callable[[], Any]) -> None:
        """``fn()`` on the GUI thread once the tasks started so far have delivered (on the
        next turn of the event loop when none is running): start-up's own work waits behind
        the window's first reads rather than delaying them."""
        if self.busy:
            self.idle.connect(fn, Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, fn)

    def wait_idle(self, msecs: int = 60000) -> bool:
        """Finish every task and deliver its result (for shutdown, --self-test and tests)."""
        while self._pending:
            if not self._pool.waitForDone(msecs):
                return False
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return True

    def shutdown(self) -> None:
        self._pool.waitForDone()
        self._pending.clear()

    def _deliver(self, number: int, outcome: _Outcome) -> None:
        pending = self._pending.pop(number, None)
        if pending is None:
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return  # the window closed meanwhile
        try:
            if outcome.ok:
                pending.on_done(outcome.value)
            elif pending.on_failed is not None:
                pending.on_failed(outcome.value)
            else:
                log.error("unhandled failure of a background task: %r", outcome.value)
        finally:
            if not self._pending:
                self.idle.emit()
