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
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal

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


class _Task(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number, self.fn, self.relay = number, fn, relay

    def run(self) -> None:
        outcome = _call(self.fn)
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
    except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread, logged here
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
        self._numbers = itertools.count(1)

    def runner(self, owner: QObject) -> Callable[[Callable[[], Any], Done], None]:
        """run(fn, done) on this pool for ``owner`` (dropped once it is gone); failures
        are logged."""
        return lambda fn, done: self.run(fn, done, None, owner=owner)

    def run(self, fn: Callable[[], Any], on_done: Done, on_failed: Failed | None = None,
            owner: QObject | None = None) -> None:
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
            self._pool.start(_Task(number, fn, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, msecs: int = 60000) -> bool:
        """Finish every task and deliver its result (for shutdown, --self-test and tests)."""
        while self._pending:
            if not self._pool.waitForDone(msecs):
                return False
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
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
