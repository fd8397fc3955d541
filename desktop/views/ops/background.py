"""Long work off the GUI thread: a task of the shared pool, a progress dialog with Cancel, and
the result or the error delivered back on the GUI thread.

The work function receives a ``Progress`` it reports to and polls for cancellation; it must
open its own database session (a session belongs to one thread).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.crm.batch import BatchJob, Cancelled as DomainCancelled, RunReport, run_job
from desktop.crm.db.changes import Changes
from desktop.crm.db.unit_of_work import commit as commit_unit
from desktop.crm.enums import UpdateMode
from desktop.interpreter import collector_paused
from desktop.views.ops.operation import STRICT, ask_retry, check_work
from desktop.views.ops.pool import TaskPool

log = logging.getLogger(__name__)


class Cancelled(DomainCancelled):
    """Raised inside work when the user pressed Cancel; the work rolls back."""


class Progress(QObject):
    """Reported to by the work; passes a report on at most every 50 ms (and always the last),
    so a run over 100,000 records does not flood the GUI thread with signals."""

    changed = Signal(int, int, str)
    INTERVAL = 0.05

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False
        self._last = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled:
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= self.INTERVAL or done >= total or text:
            self._last = now
            self.changed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled


class BackgroundTask(QObject):
    """Runs ``work(progress)`` on the shared pool; emits ``done(result)`` or
    ``failed(error)`` on the GUI thread, and ``progressed`` as the work reports."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    #: whether a file another program holds may be retried: the work wrote nothing for good
    retryable = True

    def __init__(self, work: Callable[[Progress], Any], pool: TaskPool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self.pool = pool
        self.work = work
        self._finished = threading.Event()
        self.progress.changed.connect(self.progressed)

    def start(self) -> None:
        work, progress, finished = self.work, self.progress, self._finished

        def task() -> Any:
            try:
                return work(progress)
            finally:
                finished.set()

        self.pool.run(task, self._succeeded, self._failed_or_retry, owner=self)

    def _failed_or_retry(self, error: BaseException) -> None:
        parent = self.parent()
        retry = ask_retry(parent if isinstance(parent, QWidget) else None, error) \
            if self.retryable else None
        if retry:
            self._finished.clear()
            self.start()
            return
        # Cancel after the sentence was shown: as any cancel, nothing more to say
        self.failed.emit(Cancelled() if retry is False else error)

    def _succeeded(self, result: Any) -> None:
        self.done.emit(result)

    @property
    def running(self) -> bool:
        return not self._finished.is_set()

    def cancel(self) -> None:
        self.progress.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the work has stopped (after a cancel, before a window closes)."""
        return self._finished.wait(msecs / 1000)


def run_with_progress(parent: QWidget, pool: TaskPool, title: str,
                      work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> BackgroundTask:
    """Start ``work`` with a modal-less progress dialog whose Cancel stops it."""
    cancel = QCoreApplication.translate("BackgroundTask", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    task = BackgroundTask(work, pool, parent)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def finish(result) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(error) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_failed(error)

    task.progressed.connect(progressed)
    task.done.connect(finish)
    task.failed.connect(fail)
    dialog.canceled.connect(task.cancel)
    task.start()
    return task


class LongOp(BackgroundTask):
    """Long work in one unit of work: ``work(session, progress, *args)`` runs on the pool with
    a database session of its own, is committed at the end (unless ``commit`` is False: a
    simulation) and publishes its Changes; a failure or a Cancel rolls everything back."""

    def __init__(self, ctx, parent: QObject | None, work: Callable[..., Any], *args,
                 commit: bool = True, kinds: tuple[type, ...] = ()) -> None:
        db, user = ctx.db, ctx.user
        self.ctx = ctx
        work = check_work(work) if STRICT else work

        def in_session(progress: Progress) -> tuple[Any, Changes]:
            with db.session(user=user) as session, collector_paused():
                try:
                    result = work(session, progress, *args)
                    session.recorder.note_kinds(*kinds)
                    if commit:
                        commit_unit(session)
                    else:
                        session.rollback()
                    return result, (session.changes() if commit else Changes())
                except BaseException:
                    session.rollback()
                    raise

        super().__init__(in_session, ctx.pool, parent)
        self._origin = parent

    def _succeeded(self, outcome: tuple[Any, Changes]) -> None:
        result, changes = outcome
        self.done.emit(result)
        self.ctx.hub.publish(changes.with_origin(self._origin))


class BatchOp(BackgroundTask):
    """A processing run: ``job`` through the batch runner (``crm.batch.run_job``, which commits
    or rolls back its own transaction and logs the run) with progress and Cancel; an Update
    publishes what it changed. Not retried as a whole: its transaction may have committed
    before its files were moved in place."""

    retryable = False

    def __init__(self, ctx, parent: QObject | None, job: BatchJob, mode: UpdateMode,
                 kinds: tuple[type, ...] = ()) -> None:
        db, user = ctx.db, ctx.user
        self.ctx = ctx

        def in_session(progress: Progress) -> tuple[RunReport, Changes]:
            def step(done: int, total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            with db.session(user=user) as session, collector_paused():
                report = run_job(session, job, mode, step)
                session.recorder.note_kinds(*kinds)
                return report, (session.changes() if mode is UpdateMode.UPDATE else Changes())

        super().__init__(in_session, ctx.pool, parent)
        self._origin = parent

    def _succeeded(self, outcome: tuple[RunReport, Changes]) -> None:
        report, changes = outcome
        self.done.emit(report)
        self.ctx.hub.publish(changes.with_origin(self._origin))
