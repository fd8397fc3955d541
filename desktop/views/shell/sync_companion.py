"""Starts the Exchange sync after local changes, as any window listens to Changes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.crm import entities as E
from desktop.crm.db.changes import Changes
from desktop.sync.worker import SyncController


class SyncCompanion(QObject):
    SYNCED = (E.Activity, E.Attendee)
    SETTINGS = (E.ExchangeSyncSettings, E.ExchangeSyncUser)

    def __init__(self, sync: SyncController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync

    def on_changes(self, changes: Changes) -> None:
        if changes.origin is self.sync:
            return  # what the sync itself pulled: nothing to push back, nothing to restart
        if changes.touches(self.SYNCED):
            self.sync.local_change()  # pushed soon, not at the next pull
        if changes.touches(self.SETTINGS):
            self.sync.settings_changed()  # BR-EX-12: the engine restarts with them
