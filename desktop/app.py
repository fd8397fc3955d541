"""Start-up: QApplication, translations, database, current employee, main window.

Also the unattended ``--self-test``: open every registered session, print one line each, exit.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.crm.database import Database, open_database
from desktop.crm.errors import CrmError
from desktop.settings import DATABASE_URL, EMPLOYEE_CODE, LANGUAGE, Settings

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("CRM desktop")
    app.setStyle("Fusion")
    return app


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
    from desktop.crm.demo.reference import current_os_user
    from desktop.dialogs.error_dialog import install_excepthook
    from desktop.i18n import Translations

    if args.self_test and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    settings = Settings()
    translations = Translations()
    translations.install(args.lang or settings.get(LANGUAGE))
    try:
        db, status = open_app_database(args.database or settings.get(DATABASE_URL) or None)
    except CrmError as error:
        from desktop.i18n import error_text

        if args.self_test:
            print(f"self-test: {error}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, app.translate("app", "CRM desktop"), error_text(error))
        return 2
    install_excepthook()
    try:
        return _run(app, db, settings, translations, current_os_user(), status, args)
    finally:
        db.dispose()


def _run(app, db, settings, translations, user, status, args) -> int:
    from desktop.views.shell.context import AppContext
    from desktop.views.shell.main_window import MainWindow

    employee_id, employee_name = resolve_employee(db, settings, user)
    ctx = AppContext(db=db, user=user, settings=settings, employee_id=employee_id,
                     employee_name=employee_name)
    window = MainWindow(ctx)
    window.languageChangeRequested.connect(translations.install)
    if args.self_test:
        try:
            return self_test(window)
        finally:
            window.sync.stop()
    window.restore_state()
    window.show()
    share_the_interpreter()
    QTimer.singleShot(0, settle_memory)
    from desktop.views.activities.reminders import ReminderService

    reminders = ReminderService(ctx, window)
    QTimer.singleShot(2000, reminders.start)
    if status:
        window.statusBar().showMessage(status, 15000)
    if employee_id is None:
        QTimer.singleShot(0, window.open_settings)
    code = app.exec()
    for sub in window.mdi.subWindowList():
        sub.session.release()
    window.sync.stop()
    return code


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


def share_the_interpreter() -> None:
    """Hand the interpreter to the GUI thread every millisecond rather than every five: while
    the task pool runs several reads at once, the window still turns its event loop."""
    sys.setswitchinterval(0.001)


def settle_memory() -> None:
    """After start-up, move what is loaded out of the garbage collector's way: its full
    collections then stay short and never stall the window."""
    gc.collect()
    gc.freeze()


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
        except Exception as error:  # noqa: BLE001 - report which session failed
            log.exception("self-test: %s failed", spec.code)
            print(f"{spec.code}  {spec.title:45} FAILED: {error}")
            failed.append(spec.code)
    window.mdi.closeAllSubWindows()
    if failed:
        print(f"self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0
