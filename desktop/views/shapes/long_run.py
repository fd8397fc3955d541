"""What a window that runs long work shows while it runs: its Run button off and Cancel on, a
progress bar, a line saying it is running, the form locked; closing the window cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from desktop.crm.errors import ConfirmationRequired
from desktop.i18n import error_text
from desktop.views.ops.background import BackgroundTask


class LongRunControls:
    """Mixed into a session window that has ``run_button``, ``cancel_button``, ``progress``,
    ``summary`` and ``form``; ``start_task`` wires a task to them."""

    task: BackgroundTask | None = None

    def running_text(self) -> str:
        raise NotImplementedError

    def start_task(self, task: BackgroundTask, done, failed) -> BackgroundTask:
        self.task = task
        task.progressed.connect(self._progressed)
        task.done.connect(done)
        task.failed.connect(failed)
        self._running(True)
        task.start()
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.form.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)
            self.summary.setText(self.running_text())

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def asked(self, error, again: Callable[[], object], declined: str) -> bool:
        """A run that stopped on a question (replace the file? go on?): asked, and run
        ``again`` on Yes; ``declined`` is said on No. False: the error was no question."""
        if not isinstance(error, ConfirmationRequired):
            return False
        answer = QMessageBox.question(self, self.window_title(), error_text(error),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            again()
        else:
            self.summary.setText(declined)
        return True

    def maybe_close(self) -> bool:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.wait()
        return True
