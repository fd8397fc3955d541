"""Long work off the GUI thread: a worker thread, a progress dialog with Cancel, and the result
or the error delivered back on the GUI thread.

The work function receives a ``Progress`` it reports to and polls for cancellation; it must
open its own database session (a session belongs to one thread).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
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


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as error:  # noqa: BLE001 - delivered to the GUI thread
            log.info("background work ended: %r", error)
            self.failed.emit(error, traceback.format_exc())
            return
        self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``work`` on a thread of its own; emits ``done(result)`` or ``failed(error)``."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self.thread = QThread()
        self.worker = _Worker(work, self.progress)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.progress.changed.connect(self.progressed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.progress.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.thread.wait(msecs)

    def _stop_thread(self) -> None:
        self.thread.quit()
        self.thread.wait()

    @Slot(object)
    def _finished(self, result) -> None:
        self._stop_thread()
        self.done.emit(result)

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        self._stop_thread()
        self.failed.emit(error)


def run_with_progress(parent: QWidget, title: str, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> BackgroundTask:
    """Start ``work`` with a modal-less progress dialog whose Cancel stops it."""
    cancel = QCoreApplication.translate("BackgroundTask", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    task = BackgroundTask(work, parent)

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
