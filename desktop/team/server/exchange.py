"""With a team server the Exchange sync runs here, never on laptops (issue 34, point 9): one
engine for the team's database, which takes each mailbox under a PostgreSQL advisory lock
(desktop/sync/locks.py), so two servers, or a server and an office PC still configured to
sync, never sync one mailbox twice. Runs on the pull interval of the settings."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import select

from desktop.crm import clock, entities as E
from desktop.crm.exchange_settings import next_run
from desktop.sync.api import database_gateway
from desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)
IDLE_SECONDS = 60.0  # how often the settings are read when the sync is off


class ExchangeRunner(threading.Thread):
    def __init__(self, db, stop: threading.Event, make_gateway=None) -> None:
        super().__init__(name="exchange-sync", daemon=True)
        self.db, self.stop = db, stop
        self.make_gateway = make_gateway or database_gateway(db)
        self.engine: SyncEngine | None = None

    def run(self) -> None:
        while not self.stop.is_set():
            self.stop.wait(self.run_once())

    def run_once(self) -> float:
        """One run if the settings enable it; the seconds until the next."""
        with self.db.session("exchange-sync") as s:
            settings = s.scalars(select(E.ExchangeSyncSettings)
                                 .order_by(E.ExchangeSyncSettings.id)).first()
            if settings is None or not settings.enabled:
                return IDLE_SECONDS
            due = next_run(settings.modified_at, settings.calendar_pull_interval,
                           settings.calendar_pull_unit, after=clock.now())
        try:
            if self.engine is None:
                self.engine = SyncEngine(self.db, self.make_gateway())
            report = self.engine.run_once()
            if report.error:
                log.warning("Exchange sync: %s", report.error)
                self.engine = None
        except Exception:  # the server goes on; the next run starts afresh
            log.exception("Exchange sync failed")
            self.engine = None
        return max(1.0, (due - clock.now()).total_seconds()) if due else IDLE_SECONDS
