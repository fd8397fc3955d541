"""Waiting for the application in the screenshots' scenes (tools/screenshots.py)."""

from __future__ import annotations


def _wait(app, done, seconds: float = 20) -> None:
    """Process events until ``done()`` (a worker thread's answer) or the time is up."""
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not done() and not deadline.hasExpired():
        app.processEvents()


def _idle(window, app) -> None:
    """Until every read and change on the task pool has answered."""
    _wait(app, lambda: not window.ctx.pool.busy)


def _run_to_end(window, app, form) -> None:
    """Run a processing or printing form and wait for its answer on the screen."""
    task = form.run()
    _wait(app, lambda: not task.running)
    _idle(window, app)
