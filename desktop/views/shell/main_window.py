"""The main window: menus built from the session registry, a toolbar, tabbed MDI sessions and
a status bar with the database, the employee and the synchronization state.

It is built in two steps so that it paints before anything that can wait is loaded: the frame
(its geometry, icon, empty work area and status bar) needs Qt alone; ``attach(ctx)`` then
loads the database layer, the feature packages and the Exchange thread and fills it. The
application attaches once the frame has painted; tests pass the context at once."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMdiArea,
    QMdiSubWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop import __version__
from desktop.lazy import lazy_module
from desktop.resources import app_icon_path
from desktop.settings import (
    DATABASE_URL,
    EMPLOYEE_CODE,
    GEOMETRY,
    LANGUAGE,
    OPEN_SESSIONS,
    WINDOW_STATE,
    Settings,
)
from desktop.views.shell import registry
from desktop.views.shell.commands_menu import CommandsMenu
from desktop.views.shell.first_paint import FirstPaint
from desktop.views.shell.session_tabs import SessionTabs
from desktop.widgets import keyboard
from desktop.widgets.announce import announce
from desktop.widgets.eliding_label import ElidingLabel

if TYPE_CHECKING:
    import qtawesome as qta

    from desktop.crm import entities as E
    from desktop.dialogs import settings_dialog
    from desktop.views import ops
    from desktop.views.shapes.window import SessionWindow
    from desktop.views.shell import ops as shell_ops, run_session, sync_companion
    from desktop.views.shell.context import AppContext
else:  # loaded by attach(), after the frame has painted
    qta = lazy_module("qtawesome")
    E = lazy_module("desktop.crm.entities")
    settings_dialog = lazy_module("desktop.dialogs.settings_dialog")
    ops = lazy_module("desktop.views.ops")
    run_session = lazy_module("desktop.views.shell.run_session")
    sync_companion = lazy_module("desktop.views.shell.sync_companion")
    shell_ops = lazy_module("desktop.views.shell.ops")

log = logging.getLogger(__name__)
FIRST_SHARE = 0.92  # of the screen's free area, for the first start
FIRST_LARGEST = QSize(1600, 1000)  # on a large screen, a window, not a wall


def first_geometry(available: QRect) -> QRect:
    """The window's first place: most of the screen's free area (what the taskbar leaves),
    never larger than is comfortable, centred."""
    size = QSize(min(int(available.width() * FIRST_SHARE), FIRST_LARGEST.width()),
                 min(int(available.height() * FIRST_SHARE), FIRST_LARGEST.height()))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


class SessionSubWindow(QMdiSubWindow):
    """Asks its session before closing and frees the session's resources after, and keeps
    the user's place when another tab comes in front.

    The tabbed area hides the tab it leaves; Qt then moves the focus of a hidden widget to
    the next control in the Tab chain (QWidget::hide), so the tab was left on the control
    after the user's, which a screen reader announced as the tab changed (issue 40), and the
    user came back to it. The focus waits on the area instead (outside the tab, so Qt moves
    nothing), and goes back to the same control when the tab is in front again."""

    def __init__(self, session: SessionWindow) -> None:
        super().__init__()
        self.closed = False
        self.session = session
        self._kept: QWidget | None = None  # the user's control while another tab is in front
        self.setWidget(session)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(session.window_title())
        for action in self.systemMenu().actions() if self.systemMenu() else []:
            action.setShortcuts([])  # Ctrl+W is the main window's (the neighbour comes next):
            # Qt's Close here (Ctrl+W, Ctrl+F4) made the key ambiguous, and then nothing fires
        session.titleChanged.connect(self.setWindowTitle)
        session.closeRequested.connect(self.close)

    def hideEvent(self, event) -> None:  # noqa: N802
        focus = QApplication.focusWidget()
        if not event.spontaneous() and self.isHidden() and self.isAncestorOf(focus):
            # hidden itself (not minimised with the main window): Qt would move the focus on
            self._kept = focus
            self.mdiArea().setFocus(Qt.OtherFocusReason)
        super().hideEvent(event)

    def restore_focus(self) -> None:
        """In front again: the focus back on the control the user left, if it is still
        there."""
        kept, self._kept = self._kept, None
        if kept is not None and shiboken6.isValid(kept) and self.isAncestorOf(kept) \
                and kept.isVisible() and kept.isEnabled():
            kept.setFocus(Qt.ActiveWindowFocusReason)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.session.maybe_close():
            event.ignore()
            return
        self.session.release()
        self.closed = True  # deleted later; never hand it out again
        super().closeEvent(event)


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach
        self.team = None  # the team sync of a laptop's replica, set by attach
        self.reminders = None  # the reminder service, set by the application once it runs
        self.setWindowIcon(QIcon(str(app_icon_path())))
        self.setWindowTitle("CRM")
        self.mdi = QMdiArea(self)
        self.mdi.setViewMode(QMdiArea.TabbedView)
        self.mdi.setTabsClosable(True)
        self.mdi.setTabsMovable(True)
        self.mdi.setDocumentMode(True)
        self.mdi.setTabShape(self.mdi.tabShape())
        self.setCentralWidget(self.mdi)
        self.tabs = SessionTabs(self.mdi)
        self.mdi.subWindowActivated.connect(
            lambda sub: sub.restore_focus() if isinstance(sub, SessionSubWindow) else None)
        self.db_label = QLabel(self)
        self.employee_label = QLabel(self)
        self.sync_label = ElidingLabel(self)
        for label in (self.sync_label, self.employee_label, self.db_label):
            self.statusBar().addPermanentWidget(label)
        # every status message, whoever shows it, is read out: the bar never takes the focus
        self.statusBar().messageChanged.connect(
            lambda text: announce(self.statusBar(), text))
        self._retranslate_pending = False
        self._add_toolbar()
        self.company = ""
        self.first_paint = FirstPaint(self)
        if ctx is not None:
            self.attach(ctx)

    def show_opening(self, settings: Settings) -> None:
        """The frame as the user left it, saying that the database is being opened."""
        self.restore_geometry(settings)
        self.statusBar().showMessage(self.tr("Opening the database…"))

    def attach(self, ctx: AppContext) -> None:
        """Load what the window works with and fill it: menus, toolbar, status, the sync."""
        from desktop.sync.api import database_gateway
        from desktop.sync.worker import SyncController
        from desktop.views.shell import features  # noqa: F401 - registers every session

        self.ctx = ctx
        ctx.open_session = self.open_session
        ctx.open_record = self.open_record
        ctx.show_status = lambda text: self.statusBar().showMessage(text, 30000)
        self.statusBar().clearMessage()
        self.sync = SyncController(ctx.db, ctx.make_gateway or database_gateway(ctx.db), None)
        self.sync.statusChanged.connect(self.sync_label.setText)
        self.sync.changesPulled.connect(ctx.hub.publish)  # the windows follow what was pulled
        self.team = None
        if ctx.replica:  # the team's package (and SQLAlchemy) loads on a team's laptop only
            from desktop.views.team import worker as team_worker
            from desktop.views.team.signin_dialog import SignInOffer

            self.team = team_worker.ReplicaController(ctx, None)
            self.team_sign_in = SignInOffer(self.team, ctx.user, self)
        if self.team is not None:
            self.team.statusChanged.connect(self.sync_label.setText)
            self.team.changesPulled.connect(ctx.hub.publish)
            ctx.hub.changed.connect(self.team.on_changes)
        if self.first_paint.done:
            QTimer.singleShot(0, self._start_sync)
        else:  # the sync thread starts once the window shows
            self.first_paint.painted.connect(self._start_sync)
        self.sync_companion = sync_companion.SyncCompanion(self.sync, self)
        ctx.hub.changed.connect(self.sync_companion.on_changes)
        ctx.hub.changed.connect(self._parameters_changed)
        self.build_ui()
        self.read_company()

    def _start_sync(self) -> None:
        """The sync thread's first act imports the Exchange clients (a second of the
        interpreter): it starts once the window's first reads (My day, the sessions of last
        time) are done, so that they do not wait behind it."""
        if self.ctx is not None:
            # a laptop of a team: the team server runs the Exchange sync, the laptop its replica's
            self.ctx.pool.when_idle(self.team.start if self.team is not None else self.sync.start)

    def _add_toolbar(self) -> None:
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)

    # -- menus -----------------------------------------------------------------------------
    def build_ui(self) -> None:
        self.menuBar().clear()
        self.toolbar.clear()
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))  # its name for a screen reader
        self.setWindowTitle(self.title_text())
        self.menus: dict[str, QMenu] = {}
        for key, title in registry.AREAS:
            if key == "help":  # the commands of the session in front, before Help
                self.commands_menu = CommandsMenu(self.front_session, self)
                self.menuBar().addMenu(self.commands_menu)
            self.menus[key] = self.menuBar().addMenu(QCoreApplication.translate("menu", title))
        self.session_actions: dict[str, QAction] = {}
        for spec in sorted(registry.all_sessions(), key=lambda s: s.translated_title):
            if not spec.in_menu:
                continue
            act = QAction(qta.icon(spec.icon), spec.translated_title, self)
            act.setStatusTip(spec.translated_title)  # the code ("home") means nothing to a user
            act.setData(spec.code)
            act.triggered.connect(lambda _c=False, code=spec.code: self.open_session(code))
            self.menus[spec.area].addAction(act)
            self.session_actions[spec.code] = act
        file_menu = self.menus["file"]
        file_menu.addSeparator()
        self.quit_action = QAction(qta.icon("fa5s.sign-out-alt"), self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        tools = self.menus["tools"]
        tools.addSeparator()
        self.run_action = QAction(qta.icon("fa5s.terminal"), self.tr("Run session…"), self)
        self.run_action.setShortcut(QKeySequence("Ctrl+K"))
        self.run_action.triggered.connect(self.run_session_dialog)
        tools.addAction(self.run_action)
        self.sync_action = QAction(qta.icon("fa5s.sync-alt"), self.tr("Synchronize now"), self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self.team.run_now if self.team is not None
                                           else self.sync.run_now)
        tools.addAction(self.sync_action)
        self.reminders_action = QAction(qta.icon("fa5s.bell"), self.tr("Reminders"), self)
        self.reminders_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reminders_action.triggered.connect(
            lambda: self.reminders.show_window() if self.reminders is not None else None)
        tools.addAction(self.reminders_action)
        self.settings_action = QAction(qta.icon("fa5s.cog"), self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        tools.addAction(self.settings_action)
        help_menu = self.menus["help"]
        about = QAction(qta.icon("fa5s.info-circle"), self.tr("About CRM desktop"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        for menu in self.menus.values():
            keyboard.menu_mnemonics(menu)
        self.close_tab_action = QAction(qta.icon("fa5s.times"), self.tr("Close tab"), self)
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_tab_action.triggered.connect(self.tabs.close_current)
        self.addAction(self.close_tab_action)
        if not shiboken6.isValid(self.toolbar):
            self._add_toolbar()  # never leave the window without its toolbar
        self.toolbar.addAction(self.run_action)
        self.toolbar.addSeparator()
        for code in ("home", "tccom4500m000", "tccom1140m000", "tdsmi1110m000", "tccom6100m000",
                     "tccom6150m000", "tdsmi1500m000"):
            if code in self.session_actions:
                self.toolbar.addAction(self.session_actions[code])
        self.update_status()

    def update_status(self, sync_text: str = "") -> None:
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.ctx.db.description))
        self.employee_label.setText(self.tr("Employee: %1").replace(
            "%1", self.ctx.employee_name or self.tr("none")))
        if sync_text:
            self.sync_label.setText(sync_text)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange and not self._retranslate_pending:
            # one language switch sends several events: rebuild once, after the last
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window goes first
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild the menus and retranslate every open window in place: nothing is closed
        and unsaved edits stay."""
        self._retranslate_pending = False
        if self.ctx is None:
            return  # the frame: attach() builds the menus in the language of then
        if not shiboken6.isValid(self.toolbar):
            return  # the window is being destroyed: its children went first
        self.build_ui()
        for sub in self.mdi.subWindowList():
            if isinstance(sub, SessionSubWindow) and not sub.closed:
                sub.session.retranslate()
                sub.setWindowTitle(sub.session.window_title())

    # -- sessions --------------------------------------------------------------------------
    def find_window(self, key: str) -> SessionSubWindow | None:
        for sub in self.mdi.subWindowList():
            if isinstance(sub, SessionSubWindow) and not sub.closed and sub.session.key == key:
                return sub
        return None

    def open_session(self, code: str, **params) -> SessionWindow | None:
        spec = registry.get(code)
        if spec is None:
            QMessageBox.warning(self, self.tr("Run session"),
                                self.tr("There is no session %1.").replace("%1", code))
            return None
        existing = self.find_window(spec.factory.key_for(**params))
        if existing is not None:
            self.mdi.setActiveSubWindow(existing)
            return existing.session
        session = spec.factory(self.ctx, **params)
        sub = SessionSubWindow(session)
        sub.windowTitleChanged.connect(lambda _t: self.tabs.update_tooltips())
        sub.setWindowIcon(qta.icon(spec.icon))
        self.mdi.addSubWindow(sub)
        sub.showMaximized()
        self.mdi.setActiveSubWindow(sub)
        keyboard.focus_first(session)  # typing starts in its first field (or its grid)
        return session

    def front_session(self) -> SessionWindow | None:
        sub = self.mdi.currentSubWindow()  # the active one is None while a menu has focus
        return sub.session if isinstance(sub, SessionSubWindow) and not sub.closed else None

    def sessions(self) -> list[SessionWindow]:
        return [sub.session for sub in self.mdi.subWindowList()
                if isinstance(sub, SessionSubWindow) and not sub.closed]

    def open_record(self, entity: type, record_id: int) -> None:
        """Open the detail window of a record; its kind's feature said which one."""
        opener = registry.opener_for(entity)
        if opener is None:
            return
        if isinstance(opener, str):
            self.open_session(opener, record_id=record_id)
            return
        ops.Query(self.ctx, self, shell_ops.session_of_record, opener, record_id).success(
            lambda code: self.open_session(code, record_id=record_id)).run()

    def run_session_dialog(self) -> None:
        dialog = run_session.RunSessionDialog(self)
        if dialog.exec() and dialog.chosen:
            self.open_session(dialog.chosen)

    def open_settings(self) -> None:
        dialog = settings_dialog.SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.apply_settings(*dialog.choices())

    def apply_settings(self, database: str, employee_id: int | None, language: str) -> None:
        """Store the choices of Settings; the language and the employee apply at once."""
        settings = self.ctx.settings
        settings.set(DATABASE_URL, database)
        settings.set(LANGUAGE, language)
        settings.sync()
        if employee_id is not None:
            self.query_employee(employee_id)
        self.languageChangeRequested.emit(language)
        self.update_status()

    def query_employee(self, employee_id: int) -> None:
        ops.Query(self.ctx, self, shell_ops.employee, employee_id) \
            .success(self._employee_chosen).run()

    def _employee_chosen(self, employee: tuple[str, int, str]) -> None:
        code, self.ctx.employee_id, self.ctx.employee_name = employee
        self.ctx.settings.set(EMPLOYEE_CODE, code)
        self.ctx.settings.sync()
        self.update_status()

    # -- the company, in the title -------------------------------------------------------
    def title_text(self) -> str:
        return "CRM" + (f" – {self.company}" if self.company else "")

    def read_company(self) -> None:
        ops.Query(self.ctx, self, shell_ops.company_name).success(self._company_read).run()

    def _company_read(self, name: str) -> None:
        self.company = name
        self.setWindowTitle(self.title_text())

    def _parameters_changed(self, changes) -> None:
        if changes.touches((E.COMParameters,)):
            self.read_company()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About CRM desktop"),
                          self.tr("CRM desktop %1\nDatabase: %2").replace("%1", __version__)
                          .replace("%2", self.ctx.db.description))

    # -- state -----------------------------------------------------------------------------
    def restore_geometry(self, settings: Settings) -> None:
        """Where the user left the window (Qt keeps it on a screen that is still there), or,
        the first time, a size taken from the screen's free area: a laptop's 1366x768 less its
        taskbar is not a 1280x800 window."""
        geometry = settings.get(GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.setGeometry(first_geometry(self.screen().availableGeometry()))
        state = settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)

    def restore_state(self) -> None:
        """The geometry, and the sessions open when the window last closed."""
        settings = self.ctx.settings
        self.restore_geometry(settings)
        self.restore_sessions()

    def restore_sessions(self) -> None:
        settings = self.ctx.settings
        home = self.open_session("home")  # the window opens on My day
        for key in settings.get(OPEN_SESSIONS):
            code, _, record = key.partition(":")
            if code == "home":
                continue
            try:
                self.open_session(code, **({"record_id": int(record)} if record else {}))
            except Exception:  # a record may be gone; never block the start
                log.exception("could not reopen %s", key)
        if home is not None:
            self.open_session("home")  # in front

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set(GEOMETRY, self.saveGeometry())
        settings.set(WINDOW_STATE, self.saveState())
        # a session's or a record's window comes back, not a new form (a follow-up's)
        keys = [s.key for s in self.sessions()
                if not s.key.partition(":")[2] or s.key.partition(":")[2].isdigit()]
        settings.set(OPEN_SESSIONS, keys)
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Quitting asks about every unsaved window at once, before any tab closes: Save all
        (then quit, or stay on the window whose save failed), Discard, or Cancel (the
        workspace stays exactly as it was)."""
        if self.ctx is None:  # closed while the database was opening (or failed to)
            event.accept()
            return
        unsaved = [s for s in self.sessions() if s.has_unsaved_changes()]
        if unsaved:
            answer = self.ask_unsaved(unsaved)
            if answer == QMessageBox.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.SaveAll:
                event.ignore()
                self.save_all(unsaved)  # quits once the last one is saved
                return
            for window in unsaved:
                window.discard_changes()
        self.save_state()
        for sub in list(self.mdi.subWindowList()):
            if not sub.close():  # a run that goes on, say: the window stays
                event.ignore()
                return
        self.sync.stop()
        if self.team is not None:
            self.team.stop()
        self.ctx.pool.shutdown()
        event.accept()

    def ask_unsaved(self, unsaved: list[SessionWindow]) -> QMessageBox.StandardButton:
        names = "\n".join(f"• {window.window_title()}" for window in unsaved)
        text = self.tr("%n window(s) have unsaved changes:", "", len(unsaved))
        return QMessageBox.question(
            self, self.tr("Quit"), f"{text}\n{names}\n\n" + self.tr("Save them before quitting?"),
            QMessageBox.SaveAll | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.SaveAll)

    def save_all(self, unsaved: list[SessionWindow]) -> None:
        """Save the windows one after the other, each in front while it saves, and quit after
        the last; a save that fails stops there with its window in front."""
        waiting = list(unsaved)

        def next_one() -> None:
            if not waiting:
                QTimer.singleShot(0, self.close)
                return
            window = waiting.pop(0)
            sub = next((s for s in self.mdi.subWindowList() if s.widget() is window), None)
            if sub is not None:
                self.mdi.setActiveSubWindow(sub)
            window.save_changes(next_one)

        next_one()
