"""The Qt side of the sync: the engine runs on a thread of its own, on the pull interval of
the settings (BR-EX-06) and soon after a local change; the status bar reads its state, and
what a run changed in the CRM is published to the open windows as a ``Changes`` value (grids
follow, a detail window with unsaved edits says who changed the record).
The GUI thread never waits on the network."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from sqlalchemy import select

from desktop.crm import clock, entities as E
from desktop.crm.exchange_settings import next_run
from desktop.sync.contract import SyncFault
from desktop.sync.engine import SyncEngine, SyncReport, waiting_changes


class SyncWorker(QObject):
    """Lives in the sync thread; one run at a time, requests arriving meanwhile coalesce."""

    finished = Signal(object)  # SyncReport
    started = Signal()
    warmedUp = Signal()
    #: whether the sync is enabled, and when the next run is due (None: not scheduled)
    planned = Signal(bool, object)

    def __init__(self, db, make_gateway) -> None:
        super().__init__()
        self.db, self.make_gateway = db, make_gateway
        self.engine: SyncEngine | None = None
        self.warm = False

    @Slot()
    def warm_up(self) -> None:
        """Import the clients here, once, at start: a first import holds the interpreter
        long enough to freeze the window if it happened in the middle of a sync."""
        import desktop.sync.gateways.ews  # noqa: F401
        import desktop.sync.gateways.graph  # noqa: F401

        self.warm = True
        self.warmedUp.emit()

    @Slot()
    def reset(self) -> None:
        self.engine = None

    @Slot()
    def plan(self) -> None:
        """Read the settings here, on the sync thread: the window never waits for them."""
        with self.db.session("exchange-sync") as s:
            settings = s.scalars(select(E.ExchangeSyncSettings)
                                 .order_by(E.ExchangeSyncSettings.id)).first()
            if settings is None or not settings.enabled:
                self.planned.emit(False, None)
                return
            count, unit = settings.calendar_pull_interval, settings.calendar_pull_unit
            saved = settings.modified_at
        self.planned.emit(True, next_run(saved, count, unit, after=clock.now()))

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            if self.engine is None:
                self.engine = SyncEngine(self.db, self.make_gateway())
            report = self.engine.run_once()
        except SyncFault as fault:  # e.g. the keyring, read when the gateway is built
            report = SyncReport(error=str(fault), fault=fault, finished_at=clock.now(),
                                waiting=waiting_changes(self.db))
            self.engine = None
        except Exception as error:  # noqa: BLE001 - any failure is shown, the thread lives on
            report = SyncReport(error=str(error) or type(error).__name__,
                                finished_at=clock.now())
            self.engine = None  # rebuilt from the settings next time
        if report.stopped or report.error:
            self.engine = None  # after a fault, start again with fresh connections
        self.finished.emit(report)


class SyncController(QObject):
    """Owned by the main window: schedules runs and turns reports into status text."""

    statusChanged = Signal(str)
    reportReady = Signal(object)  # SyncReport, on the GUI thread once the status shows it
    changesPulled = Signal(object)  # Changes of what a run changed in the CRM, for the windows
    requestRun = Signal()
    requestReset = Signal()
    requestWarmUp = Signal()
    requestPlan = Signal()

    def __init__(self, db, make_gateway, parent=None, local_change_delay_ms: int = 2000) -> None:
        super().__init__(parent)
        self.db = db
        self.sync_thread = QThread(self)
        self.sync_thread.setObjectName("exchange-sync")
        self.worker = SyncWorker(db, make_gateway)
        self.worker.moveToThread(self.sync_thread)
        self.requestRun.connect(self.worker.run)
        self.requestReset.connect(self.worker.reset)
        self.requestWarmUp.connect(self.worker.warm_up)
        self.requestPlan.connect(self.worker.plan)
        self.worker.planned.connect(self._planned)
        self.worker.finished.connect(self._finished)
        self.worker.started.connect(self._started)
        self.running = False
        self.again = False
        #: whether the settings enable the sync, as last read on the sync thread
        self.sync_enabled = False
        self.last: SyncReport | None = None
        self.schedule = QTimer(self)
        self.schedule.setSingleShot(True)
        self.schedule.timeout.connect(self.run_now)
        self.soon = QTimer(self)  # after a local change, wait for the edits to settle
        self.soon.setSingleShot(True)
        self.soon.setInterval(local_change_delay_ms)
        self.soon.timeout.connect(self.run_now)
        self.ticker = QTimer(self)  # "synchronized 2 min ago" ages
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._publish)

    def start(self) -> None:
        """Start the thread and plan the first run: after the window's first paint, since the
        thread's first act, importing the Exchange clients, competes with the start-up.
        Requests made before are queued for the thread and run once it starts."""
        if self.sync_thread.isRunning():
            return
        self.sync_thread.start()
        self.ticker.start()
        self.requestWarmUp.emit()
        self._plan_next()

    # -- requests --------------------------------------------------------------------------
    def run_now(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        self.requestRun.emit()

    def local_change(self) -> None:
        if self.sync_enabled:
            self.soon.start()

    def settings_changed(self) -> None:
        self.requestReset.emit()
        self.last = None
        self._plan_next()

    def stop(self) -> None:
        for timer in (self.schedule, self.soon, self.ticker):
            timer.stop()
        if self.sync_thread.isRunning():
            self.sync_thread.quit()
            self.sync_thread.wait()

    # -- reports ---------------------------------------------------------------------------
    def _started(self) -> None:
        self.statusChanged.emit(self.tr("Synchronizing with Exchange…"))

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        self.last = report
        self._publish()
        if report.changes:
            self.changesPulled.emit(report.changes.with_origin(self))
        if self.again and not report.stopped:
            self.again = False
            self.run_now()
        else:
            self._plan_next()
        self.reportReady.emit(report)

    def _plan_next(self) -> None:
        if self.last is not None and self.last.stopped:
            return  # refused credentials: nothing runs until the settings change
        self.requestPlan.emit()  # read on the sync thread; _planned gets the answer

    def _planned(self, enabled: bool, due: dt.datetime | None) -> None:
        self.sync_enabled = enabled
        if due is not None and not (self.last is not None and self.last.stopped):
            wait = (due - clock.now()).total_seconds()
            self.schedule.start(max(1000, int(wait * 1000)))

    def status_text(self) -> str:
        report = self.last
        if report is None:
            return ""
        error = report.fault.message(lambda t: QCoreApplication.translate("crm", t)) \
            if report.fault is not None else report.error
        if report.stopped:
            return self.tr("Synchronization stopped: %1").replace("%1", error)
        if report.error:
            text = self.tr("Will retry: %1").replace("%1", error[:160])
        else:
            finished = report.finished_at or clock.now()
            minutes = int((clock.now() - finished) / dt.timedelta(minutes=1))
            if minutes < 1:
                text = self.tr("Synchronized just now")
            else:
                text = QCoreApplication.translate("SyncController", "Synchronized %n min ago", "",
                                                  minutes)
        if report.waiting:
            waiting = self.tr("%n change(s) waiting", "", report.waiting)
            text = text + " — " + waiting
        if report.busy:  # one engine per mailbox: another installation has these
            text = text + " — " + self.tr("%1: synchronized by another installation").replace(
                "%1", ", ".join(report.busy))
        return text

    def _publish(self) -> None:
        text = self.status_text()
        if text:
            self.statusChanged.emit(text)
