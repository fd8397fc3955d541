"""Start-up: QApplication, translations, database, current employee, main window.

Also the unattended ``--self-test``: open every registered session, print one line each, exit.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.crm.db.paths import data_dir
from desktop.crm.errors import CrmError
from desktop.interpreter import settle_memory, share_the_interpreter
from desktop.resources import app_icon_path
from desktop.settings import DATABASE_URL, EMPLOYEE_CODE, LANGUAGE, Settings
from desktop.views.shell.single_instance import SingleInstance
from desktop.widgets import focus_scroll, window_keys
from desktop.widgets.focus_style import focus_style

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.crm.db.database import Database


APP_USER_MODEL_ID = "CRMDesktop.CRM.Desktop"  # the taskbar groups the windows under it


#: after the first reads, time for their lines to be painted before memory is settled
SETTLE_AFTER_MS = 200


def create_application(argv: list[str] | None = None, icons: bool = True) -> QApplication:
    """The application, with the icon fonts loaded unless ``icons`` is False: the window's
    start loads them after its first paint (qtawesome's import, through qtpy's star imports of
    every Qt class, costs more than the rest of the frame)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]  # a QApplication, made here before
    # fractional scaling (125 %, 150 %) as Windows sets it, not rounded to whole pixels
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    set_windows_identity()
    app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("CRM desktop")
    # Fusion, with a focus ring that can be seen (issue 40)
    app.setStyle(focus_style())
    focus_scroll.install(app)  # and the focus scrolled into view wherever it goes
    window_keys.install(app)  # Ctrl+E exports from a search field on Linux too
    use_light_scheme(app)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    if icons:
        load_icons()
    return app


def load_icons() -> None:
    """Before the first icon: qtawesome would install its fonts for the user otherwise."""
    from desktop.icon_fonts import load_icon_fonts

    load_icon_fonts()


def use_light_scheme(app: QApplication) -> None:
    """The light colour scheme, set explicitly rather than following Windows' dark mode.

    Since Qt 6.5 the Fusion style follows the system's dark mode, but this application's own
    colours assume a light background: the blue of the icons, highlighted search boxes, status
    and conflict colours, the charts, the letter editor's white page and the report preview's
    paper. Following dark mode properly means a dark variant of every one of them; until then
    a consistent light window is readable where a half-dark one is not (LN's sessions are
    light too). Qt 6.8 lets an application ask for a scheme (QStyleHints.setColorScheme,
    https://doc.qt.io/qt-6/qstylehints.html#colorScheme-prop); the style's standard palette is
    set as well, for older Qt and platforms that ignore the request."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(app.style().standardPalette())


def bring_to_front(window) -> None:
    """Restored if minimised, raised and activated (on Windows the second start lent the
    right to take the foreground)."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def set_windows_identity() -> None:
    """On Windows, the process's AppUserModelID: the taskbar groups its windows under the
    application's icon and the pinned shortcut the installer made, not under python.exe."""
    if sys.platform != "win32":
        return
    import ctypes

    ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)


def resolve_employee(db: Database, settings: Settings, user: str) -> tuple[int | None, str]:
    """The employee chosen in Settings, else the one linked to the operating-system user."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.employees import employee_for_user

    with db.session(user) as session:
        code = settings.get(EMPLOYEE_CODE)
        employee = None
        if code:
            employee = session.scalars(select(E.Employee).where(E.Employee.code == code)).first()
        employee = employee or employee_for_user(session, user)
        return (employee.id, employee.name) if employee else (None, "")


def open_app_database(url: str | None) -> tuple[Database, str]:
    """Open the database; a new one gets the small demo data. Returns (db, status message)."""
    from desktop.crm.db.database import open_database
    from desktop.crm.demo import build_demo

    db = open_database(url)
    if db.created:
        build_demo(db.engine, "small")
        return db, QApplication.translate("app", "A demo database was created: %1").replace(
            "%1", db.description)
    if db.upgraded_from:
        return db, QApplication.translate("app", "The database was upgraded; backup: %1"
                                          ).replace("%1", str(db.backup_path))
    return db, ""


def run_application(args) -> int:
    """The frame paints first; the database, the entities and the features load after."""
    from desktop.dialogs.error_dialog import install_excepthook
    from desktop.i18n import Translations
    from desktop.views.shell.main_window import MainWindow

    if args.self_test and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.views.shell.collector import GuiThreadCollector

    app = create_application(icons=bool(args.self_test))
    collector = GuiThreadCollector(app)  # noqa: F841 - lives with the application
    settings = Settings()
    translations = Translations()
    translations.install(args.lang or settings.get(LANGUAGE))
    install_excepthook()
    if args.self_test:
        return _self_test(settings, args)
    instance = SingleInstance(data_dir())
    if not instance.claim():
        return _hand_over(instance, args)
    window = MainWindow()
    window.languageChangeRequested.connect(translations.install)
    window.show_opening(settings)
    started = Started(app, window, settings, args)
    instance.received.connect(started.arguments)
    if args.exit_after_paint:
        window.first_paint.painted.connect(lambda: print("painted", flush=True))
    window.first_paint.painted.connect(started.open)
    window.show()
    share_the_interpreter()
    try:
        code = app.exec()
    finally:
        started.close()
        instance.release()
    return code


def _hand_over(instance: SingleInstance, args) -> int:
    """Another window runs on this data folder: it gets the arguments and comes forward."""
    if instance.forward(getattr(args, "argv", [])):
        return 0
    QMessageBox.warning(None, QApplication.translate("app", "CRM desktop"), QApplication.translate(
        "app", "CRM desktop is already running on this data folder but does not answer: close "
               "it (in the Task Manager if need be) and start it again."))
    return 1


def requested_session(argv: list[str]) -> str | None:
    """The session a start asks to open (--open CODE), read from its raw arguments."""
    import argparse

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--open")
    return parser.parse_known_args(argv)[0].open


def _open(settings: Settings, args) -> tuple[Database, str] | None:
    """The database, or None once the user was told why it cannot be opened."""
    from desktop.i18n import error_text

    try:
        return open_app_database(args.database or settings.get(DATABASE_URL) or None)
    except CrmError as error:
        if args.self_test:
            print(f"self-test: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, QApplication.translate("app", "CRM desktop"),
                                 error_text(error))
        return None


def _context(db: Database, settings: Settings):
    from desktop.crm.demo.reference import current_os_user
    from desktop.team.replica.replica import Replica
    from desktop.views.shell.context import AppContext

    user = current_os_user()
    employee_id, employee_name = resolve_employee(db, settings, user)
    replica = db.engine.dialect.name == "sqlite" and Replica.is_replica(db)
    return AppContext(db=db, user=user, settings=settings, employee_id=employee_id,
                      employee_name=employee_name, replica=replica)


def _self_test(settings: Settings, args) -> int:
    from desktop.views.shell.main_window import MainWindow

    opened = _open(settings, args)
    if opened is None:
        return 2
    db = opened[0]
    try:
        window = MainWindow(_context(db, settings))
        try:
            return self_test(window)
        finally:
            window.sync.stop()
    finally:
        db.dispose()


class Started:
    """What follows the frame's first paint: the database opened, the window filled, the
    sessions of last time reopened, then the reminder scan."""

    def __init__(self, app, window, settings: Settings, args) -> None:
        self.app, self.window, self.settings, self.args = app, window, settings, args
        self.db: Database | None = None
        self.reminders = None
        self.pending: str | None = getattr(args, "open", None)  # a session to open

    def open(self) -> None:
        from desktop.trust import trust_system_store

        # after the frame's first paint, before anything that opens a connection: the
        # window's menus and toolbar (their icons), the sync thread, the team replica
        trust_system_store()
        load_icons()
        opened = _open(self.settings, self.args)
        if opened is None:
            self.app.exit(2)
            return
        self.db, status = opened
        ctx = _context(self.db, self.settings)
        window = self.window
        window.attach(ctx)
        window.restore_sessions()
        QTimer.singleShot(0, self.open_pending)
        from desktop.views.activities.reminders import ReminderService

        self.reminders = window.reminders = ReminderService(ctx, window)
        QTimer.singleShot(2000, self.reminders.start)
        ctx.pool.when_idle(self._settle)
        if status:
            window.statusBar().showMessage(status, 15000)
        if self.db.storage_warning is not None:
            QTimer.singleShot(0, self.warn_about_storage)
        if ctx.employee_id is None:
            QTimer.singleShot(0, window.open_settings)
        if self.args.exit_after_paint:
            self._when_read(ctx.pool)

    def arguments(self, argv: list[str]) -> None:
        """A later start's command line: the window comes forward and opens what it asks."""
        bring_to_front(self.window)
        self.pending = requested_session(argv) or self.pending
        self.open_pending()

    def open_pending(self) -> None:
        if self.pending and self.window.ctx is not None:
            code, self.pending = self.pending, None
            self.window.open_session(code)

    def warn_about_storage(self) -> None:
        """The SQLite file is on a network drive or in a synchronised folder: opened without
        WAL (crm/db/storage_place.py); the user is told once per start."""
        from desktop.i18n import error_text

        QMessageBox.warning(self.window, QApplication.translate("app", "Database location"),
                            error_text(self.db.storage_warning))

    def close(self) -> None:
        window = self.window
        if window.ctx is not None:
            for sub in window.mdi.subWindowList():
                sub.session.release()
            window.sync.stop()
            if window.team is not None:
                window.team.stop()
        if self.db is not None:
            self.db.dispose()

    def _when_read(self, pool) -> None:
        """For the start-up benchmark: once My day has read its lines (on the pool), the
        window is painted with them and "ready" printed."""
        pool.when_idle(self._ready)

    def _settle(self) -> None:
        """The collection that settles memory holds the GUI thread for half a second: it
        runs once the first reads have delivered and their lines are painted."""
        QTimer.singleShot(SETTLE_AFTER_MS, settle_memory)

    def _ready(self) -> None:
        QTimer.singleShot(0, self._painted_ready)  # the lines are laid out first

    def _painted_ready(self) -> None:
        self.window.repaint()
        print("ready", flush=True)
        self.app.quit()


def _wait_for_rows(window, session, seconds: float = 30) -> int | None:
    """The row count of a session's grid, once its reads on the task pool have answered (a
    grid starts its COUNT from the event loop, after its first paint)."""
    model = getattr(session, "model", None)
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        window.ctx.pool.wait_idle()
        if model is None or model.count_known or time.monotonic() > deadline:
            return session.rows_shown()


def self_test(window) -> int:
    """Open every session by its code, print a line each, close them; 0 when all worked."""
    from desktop.views.shell import registry

    failed = []
    for spec in registry.all_sessions():
        try:
            session = window.open_session(spec.code)
            rows = _wait_for_rows(window, session)
            print(f"{spec.code}  {spec.title:45} {rows if rows is not None else 'ok'}")
            window.find_window(session.key).close()
        except Exception as error:  # report which session failed
            log.exception("self-test: %s failed", spec.code)
            print(f"{spec.code}  {spec.title:45} FAILED: {error}")
            failed.append(spec.code)
    window.mdi.closeAllSubWindows()
    if failed:
        print(f"self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0
