"""The replica's sync for the window: it runs on a thread of its own every minute and soon
after a local change, never on the GUI thread; the status bar shows when it last
synchronized, how many changes wait and how many conflicts wait for the user; what it pulled
is published to the open windows as any change is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from desktop.crm import clock
from desktop.crm.db.changes import Changes
from desktop.settings import TEAM_FINGERPRINT, TEAM_SERVER_URL, TEAM_SIGN_IN, TEAM_SYNC_SECONDS
from desktop.sync.api import SyncFault
from desktop.team.replica.replica import Replica
from desktop.team.replica.signin import EntraSignIn, SignIn, signed_transport
from desktop.team.replica.status import ReplicaStatus, note_failure, read_status
from desktop.team.replica.transport import HttpsTransport, ServerRefused, TransportError
from desktop.views.team.entra import team_tokens


class ReplicaWorker(QObject):
    finished = Signal(object, object)  # ReplicaStatus, Changes
    started = Signal()

    def __init__(self, db, url: str, fingerprint: str) -> None:
        super().__init__()
        self.db, self.url, self.fingerprint = db, url, fingerprint
        self.replica: Replica | None = None
        #: how requests are signed; None: a trial server that asks nobody
        self.sign_in: SignIn | None = None

    def _transport(self):
        if self.sign_in is None:
            return HttpsTransport(self.url, self.fingerprint)
        return signed_transport(self.url, self.fingerprint, self.sign_in)

    @Slot(object)
    def use_sign_in(self, sign_in: SignIn) -> None:
        """A new sign-in (on the worker's thread, between two syncs): the next request
        carries it; the changes waiting in the replica are untouched."""
        self.sign_in = sign_in
        if self.replica is not None:
            self.replica.transport.close()
            self.replica.transport = self._transport()

    @Slot()
    def run(self) -> None:
        self.started.emit()
        changes, error, offline, needed = Changes(), "", False, False
        try:
            if self.replica is None:
                self.replica = Replica(self.db, self._transport())
                self.replica.attach()
            changes = self.replica.sync().changes
        except TransportError as fault:
            error, offline = str(fault), True
        except ServerRefused as refused:
            needed = refused.status == 401  # the transport could not renew it by itself
            error = refused.message(lambda t: QCoreApplication.translate("crm", t))
        except SyncFault as fault:  # Microsoft's sign-in, before the request left
            needed = fault.kind.name == "CREDENTIALS_REFUSED"
            offline = not needed  # Microsoft unreachable: the laptop works on, as offline
            error = QCoreApplication.translate(
                "ReplicaWorker", "Sign in with your work account to synchronize with the "
                "team server.") if needed else str(fault)
        if error:
            note_failure(self.db, error)
        status = read_status(self.db)
        self.finished.emit(ReplicaStatus(status.user, status.pending, status.conflicts,
                                         status.last_sync_at, error, offline, needed), changes)


class ReplicaController(QObject):
    """Owned by the main window of a laptop whose database is a replica."""

    statusChanged = Signal(str)
    changesPulled = Signal(object)
    requestRun = Signal()
    #: the server refused the sign-in and the laptop cannot renew it: the window asks the user
    signInNeeded = Signal()
    signInGiven = Signal(object)

    def __init__(self, ctx, parent=None, local_change_delay_ms: int = 2000) -> None:
        super().__init__(parent)
        settings = ctx.settings
        self.pool = ctx.pool  # where a Microsoft sign-in waits for the user
        self.thread = QThread(self)
        self.thread.setObjectName("team-sync")
        self.worker = ReplicaWorker(ctx.db, settings.get(TEAM_SERVER_URL),
                                    settings.get(TEAM_FINGERPRINT))
        self.worker.moveToThread(self.thread)
        self.requestRun.connect(self.worker.run)
        self.signInGiven.connect(self.worker.use_sign_in)
        #: a server account's password is asked before the first sync
        self.asks_password = settings.get(TEAM_SIGN_IN) == "account"
        #: a Microsoft work account's tokens: msal renews them; the user signs in when asked
        self.tokens = team_tokens(settings) if settings.get(TEAM_SIGN_IN) == "entra" else None
        if self.tokens is not None:
            self.worker.sign_in = EntraSignIn(self.tokens)
        self.worker.started.connect(self._started)
        self.worker.finished.connect(self._finished)
        self.running = self.again = False
        self.last: ReplicaStatus | None = None
        self.schedule = QTimer(self)
        self.schedule.setInterval(max(5, settings.get(TEAM_SYNC_SECONDS)) * 1000)
        self.schedule.timeout.connect(self.run_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(local_change_delay_ms)
        self.soon.timeout.connect(self.run_now)

    def start(self) -> None:
        if not self.thread.isRunning():
            self.thread.start()
            self.schedule.start()
            if self.asks_password:
                self.signInNeeded.emit()
            self.run_now()

    def give_sign_in(self, sign_in: SignIn) -> None:
        """The user signed in: handed to the worker's thread, then a sync at once."""
        self.asks_password = False
        self.signInGiven.emit(sign_in)  # queued before the run: the worker takes it first
        self.run_now()

    def stop(self) -> None:
        self.schedule.stop()
        self.soon.stop()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait()

    def run_now(self) -> None:
        if self.asks_password:  # nothing to send it with: the user is asked, changes wait
            return
        if self.running:
            self.again = True
            return
        self.running = True
        self.requestRun.emit()

    def on_changes(self, changes: Changes) -> None:
        """A local change: pushed soon (what the sync itself pulled is not)."""
        if changes.origin is not self and changes:
            self.soon.start()

    def _started(self) -> None:
        self.statusChanged.emit(self.tr("Team: synchronizing…"))

    def _finished(self, status: ReplicaStatus, changes: Changes) -> None:
        self.last = status
        self.running = False
        self.statusChanged.emit(self.status_text())
        if changes:
            self.changesPulled.emit(changes.with_origin(self))
        if status.sign_in_needed:
            self.asks_password = True
            self.signInNeeded.emit()
        if self.again:
            self.again = False
            self.run_now()

    def status_text(self) -> str:
        status = self.last
        if status is None:
            return self.tr("Team: sign-in needed") if self.asks_password else ""
        if status.offline:
            text = self.tr("Team: offline, working on this laptop")
        elif status.error:
            text = self.tr("Team: %1").replace("%1", status.error[:160])
        elif status.last_sync_at is None:
            text = self.tr("Team: not synchronized yet")
        else:
            minutes = int((clock.now() - status.last_sync_at) / dt.timedelta(minutes=1))
            text = self.tr("Team: synchronized just now") if minutes < 1 else \
                self.tr("Team: synchronized %n min ago", "", minutes)
        if status.pending:
            text += " — " + self.tr("%n change(s) waiting", "", status.pending)
        if status.conflicts:
            text += " — " + self.tr("%n conflict(s)", "", status.conflicts)
        return text
