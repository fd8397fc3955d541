"""MS Exchange Synchronization Settings (ttaad2140m000) with Test connection, and Users
(ttaad2141m000) with Activate all, Deactivate all and Import all users. The password goes to
the system keyring, never to the database."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from desktop.crm import entities as E, exchange_settings as X
from desktop.crm.enums import SyncAccessType, SyncAuthType, SyncProtocol, TimeUnit
from desktop.i18n import error_text
from desktop.models.columns import Column
from desktop.sync.worker import NoKeyring, save_password, test_connection
from desktop.views.ops.background import BackgroundTask
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.parameters import ParameterSession
from desktop.views.shapes.simple import define
from desktop.views.shell.registry import session

U = E.ExchangeSyncUser


@session("ttaad2140m000", "MS Exchange Synchronization Settings", "fa5s.exchange-alt", "tools")
class ExchangeSettingsSession(ParameterSession):
    entity = E.ExchangeSyncSettings
    loader = staticmethod(X.sync_settings)

    def groups(self):
        return [
            Group("Connection", [
                F("enabled", "Synchronization on", "bool"),
                F("protocol", "Protocol", "enum", enum_class=SyncProtocol,
                  options={"members": [SyncProtocol.EWS]}),
                F("service_url", "Service address",
                  tooltip="e.g. https://mail.example.com/EWS/Exchange.asmx"),
                F("auth_type", "Authentication", "enum", enum_class=SyncAuthType),
                F("access_type", "Access", "enum", enum_class=SyncAccessType,
                  tooltip="Impersonation: a service account acts for every sync user"),
                F("account_user", "Service account",
                  tooltip="OAuth 2: the application (client) id"),
                F("password", "Password",
                  tooltip="Kept in the system keyring; leave empty to keep the saved one. "
                          "OAuth 2: the client secret"),
                F("oauth_tenant", "Tenant (OAuth 2)",
                  tooltip="The directory (tenant) id the application is registered in"),
                F("oauth_token_url", "Token address (OAuth 2)",
                  tooltip="Empty: Microsoft's address for the tenant"),
                F("server_version", "Server version",
                  tooltip="e.g. 15.1.2507.6; empty: asked from the server"),
                F("timeout_seconds", "Time-out (seconds)", "int",
                  options={"minimum": 5, "maximum": 600})]),
            Group("Schedule", [
                F("calendar_pull_interval", "Calendar pull interval", "int",
                  options={"minimum": 1, "maximum": 999}),
                F("calendar_pull_unit", "Unit", "enum", enum_class=TimeUnit),
                F("contact_pull_interval", "Contact pull interval", "int",
                  options={"minimum": 1, "maximum": 999}),
                F("contact_pull_unit", "Contact unit", "enum", enum_class=TimeUnit),
                F("push_notifications_enabled", "Push notifications", "bool"),
                F("import_category", "Outlook category imported",
                  tooltip="Outlook items with this category become activities")], column=1),
        ]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("password").setEchoMode(QLineEdit.Password)
        self.form.editor("auth_type").changed.connect(self._auth_changed)
        self.test_action = QAction(qta.icon("fa5s.plug"), self.tr("Test connection"), self)
        self.test_action.triggered.connect(self.test_connection)
        self.users_action = QAction(qta.icon("fa5s.users"), self.tr("Users"), self)
        self.users_action.triggered.connect(lambda: ctx.open_session("ttaad2141m000"))
        self.toolbar.addAction(self.test_action)
        self.toolbar.addAction(self.users_action)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.layout().insertWidget(1, self.test_result)
        self.test_task: BackgroundTask | None = None
        self._password = ""

    @classmethod
    def read_values(cls, session, obj, fields) -> dict:
        return {**super().read_values(session, obj, fields), "password": ""}

    def loaded(self) -> None:
        self._auth_changed()

    def _auth_changed(self) -> None:
        """The tenant and token address matter to OAuth 2 only."""
        oauth = self.form.editor("auth_type").value() is SyncAuthType.OAUTH2
        for name in ("oauth_tenant", "oauth_token_url"):
            self.form.editor(name).setEnabled(oauth)

    def form_values(self) -> dict:
        """The password goes to the keyring, never to the database."""
        values = super().form_values()
        self._password = values.pop("password", "") or ""
        return values

    def after_save(self) -> None:
        values = self.snap.values
        if self._password:
            try:
                save_password(values["account_user"], self._password)
            except NoKeyring as error:
                QMessageBox.warning(self, self.tr("Password not saved"), self.tr(
                    "The system keyring refused the password: %1").replace("%1", error.detail))
            self._password = ""
        warning = X.interval_warning(values["calendar_pull_interval"],
                                     values["calendar_pull_unit"])
        if warning is not None:
            self.test_result.setText(error_text(warning))

    def test_connection(self) -> None:
        """Sign in with what the form holds and read the first sync user's calendar, on the
        pool."""
        values = self.form.values()
        typed = values.pop("password", "") or None
        settings = {k: v for k, v in values.items() if hasattr(E.ExchangeSyncSettings, k)}
        self.test_result.setText(self.tr("Testing the connection…"))
        self.query(lambda s: X.test_mailbox(s) or settings.get("account_user") or "") \
            .success(lambda mailbox: self._test(mailbox, settings, typed)).run()

    def _test(self, mailbox: str, settings: dict, typed: str | None) -> None:
        self.test_task = BackgroundTask(
            lambda _progress: test_connection(settings, typed, mailbox), self.ctx.pool, self)
        self.test_task.done.connect(lambda count: self.test_result.setText(
            self.tr("Connected: the calendar of %1 holds %n item(s).", "", count)
            .replace("%1", mailbox)))
        self.test_task.failed.connect(lambda error: self.test_result.setText(
            self.tr("The connection failed: %1").replace("%1", str(error))))
        self.test_task.start()

    def release(self) -> None:
        if self.test_task is not None:
            self.test_task.wait()
        super().release()


class _UsersOverview(OverviewSession):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        for icon, text, slot in (
                ("fa5s.toggle-on", self.tr("Activate all"), lambda: self._all(True)),
                ("fa5s.toggle-off", self.tr("Deactivate all"), lambda: self._all(False)),
                ("fa5s.user-plus", self.tr("Import all users"), self.import_users)):
            action = QAction(qta.icon(icon), text, self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)

    def _all(self, active: bool) -> None:
        self.op(lambda s: X.activate_all(s, active), kinds=(U,)).run()

    def import_users(self) -> None:
        """A sync user for every employee with an e-mail address who has none yet."""
        self.op(X.import_users, kinds=(U,)).run()


def _user_columns(self):
    return [Column("user_name", t("User"), U.user_name, searchable=True, width=120),
            Column("display_name", t("Name"), U.display_name, searchable=True, width=220),
            Column("active", t("Active"), U.active, kind="bool", width=60),
            Column("email", t("E-mail address"), U.email_address, searchable=True, width=260),
            Column("last_sync", t("Last synchronization"), U.last_calendar_sync_at,
                   kind="datetime", width=150)]


def _user_groups(self):
    return [Group("General", [F("user_name", "User", required=True),
                              F("display_name", "Name"), F("active", "Active", "bool"),
                              F("email_address", "E-mail address", required=True,
                                tooltip="Exactly as the mailbox spells it, letter case "
                                        "included")])]


define(U, ("ttaad2141m000", "MS Exchange Synchronization Users"),
       ("ttaad2141s000", "MS Exchange Synchronization User"), "fa5s.users", "tools",
       _user_columns, _user_groups, order=lambda: [U.user_name], base_overview=_UsersOverview)
