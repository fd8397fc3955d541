"""Reminders: when an activity's reminder time comes while the application runs, a tray
message and a non-modal window with Open / Snooze / Dismiss; missed ones show at start.

The window opens beside the work without taking the focus from what the user types; the
status bar says that a reminder came, and Ctrl+Shift+R (Tools > Reminders) brings the
window forward with the focus on its list, where Enter opens the activity (issue 40)."""

from __future__ import annotations

from collections.abc import Callable

import qtawesome as qta
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
)

from desktop.crm import clock, entities as E
from desktop.views.activities import ops
from desktop.views.activities.type_icons import type_icon
from desktop.views.ops import Op, Query

SNOOZE_MINUTES = 10
ID_ROLE = 0x0100 + 1


class ReminderWindow(QDialog):
    """The reminders that are due; stays open beside the work (non-modal)."""

    def __init__(self, service: ReminderService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setModal(False)
        self.resize(460, 280)
        self.list = QListWidget(self)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(qta.icon("fa5s.folder-open"), "", self)
        self.snooze_button = QPushButton(qta.icon("fa5s.clock"), "", self)
        self.dismiss_button = QPushButton(qta.icon("fa5s.check"), "", self)
        self.retranslate()
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(lambda: self._act(service.open))
        self.snooze_button.clicked.connect(lambda: self._act(service.snooze))
        self.dismiss_button.clicked.connect(lambda: self._act(service.dismiss))
        self.list.itemDoubleClicked.connect(lambda _i: self._act(service.open))
        # Enter is the dialog's default button's: Open

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reminders"))
        self.open_button.setText(self.tr("Open"))
        self.snooze_button.setText(self.tr("Snooze %1 min").replace("%1", str(SNOOZE_MINUTES)))
        self.dismiss_button.setText(self.tr("Dismiss"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # open beside the work: it follows
            self.retranslate()
        super().changeEvent(event)

    def show_due(self, due: list[dict], reopen: bool = True) -> None:
        """The due reminders listed; the window shown when ``reopen`` (some are new) or when
        it is open already: closed with Escape, it stays closed for those it showed, rather
        than coming back at the next check (issue 40)."""
        self.list.clear()
        for entry in due:
            item = QListWidgetItem(type_icon(entry["type"]),
                                   f"{entry['when']:%d/%m %H:%M}  {entry['subject']}")
            item.setData(ID_ROLE, entry["id"])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        if due and (reopen or self.isVisible()):
            self.show()
            self.raise_()
        elif not due:
            self.hide()

    def bring_forward(self) -> None:
        """In front, with the keyboard on the list."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.list.setFocus()

    def _act(self, action: Callable[[int], None]) -> None:
        item = self.list.currentItem()
        if item is not None:
            action(item.data(ID_ROLE))


class ReminderService(QObject):
    """Checks the current employee's reminders on a timer, against the application's clock."""

    fired = Signal(list)

    def __init__(self, ctx, parent=None, interval_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = ReminderWindow(self, parent)
        self.tray = QSystemTrayIcon(qta.icon("fa5s.bell"), self) \
            if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._announced: set[int] = set()
        #: the reminders due at the last check
        self.due: list[dict] = []

    def start(self) -> None:
        self.check()  # the missed ones first
        self.timer.start()

    def check(self) -> None:
        """Read the reminders due (in the background) and announce the new ones."""
        if self.ctx.employee_id is None:
            return
        Query(self.ctx, self.window, ops.due_reminders, self.ctx.employee_id, clock.now()) \
            .success(self._announce).run()

    def _announce(self, due: list[dict]) -> None:
        self.due = due
        new = [entry for entry in due if entry["id"] not in self._announced]
        self._announced = {entry["id"] for entry in due}
        self.window.show_due(due, reopen=bool(new))
        if new:
            self._say(self.tr("Reminder: %1. Ctrl+Shift+R shows the reminders.")
                      .replace("%1", new[0]["subject"]))
            if self.tray is not None:
                self.tray.show()
                self.tray.showMessage(self.tr("Reminder"), new[0]["subject"])
            self.fired.emit(new)

    def show_window(self) -> None:
        """Tools > Reminders (Ctrl+Shift+R): the due reminders, ready for the keyboard."""
        if self.due:
            self.window.bring_forward()
        else:
            self._say(self.tr("No reminder due."))

    def _say(self, text: str) -> None:
        """In the main window's status bar, which is read out."""
        main = self.window.parentWidget()
        if main is not None and hasattr(main, "statusBar"):
            main.statusBar().showMessage(text, 15_000)

    def _update(self, work, *args) -> None:
        Op(self.ctx, self.window, work, *args).success(lambda _r: self.check()).run()

    def dismiss(self, activity_id: int) -> None:
        self._update(ops.dismiss_reminder, activity_id)

    def snooze(self, activity_id: int) -> None:
        self._update(ops.snooze_reminder, activity_id, SNOOZE_MINUTES, clock.now())

    def open(self, activity_id: int) -> None:
        self.ctx.open_record(E.Activity, activity_id)
