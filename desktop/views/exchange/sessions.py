"""MS Exchange Synchronization Settings (ttaad2140m000) with Test connection, for Exchange
Server (EWS) and Exchange Online (Microsoft Graph) with the fields each needs and a
salesperson's own sign-in; and Users (ttaad2141m000) with Activate all, Deactivate all and
Import all users. Passwords and secrets go to the system keyring, never to the database."""

from __future__ import annotations

from functools import partial

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from desktop.crm import entities as E, exchange_settings as X
from desktop.crm.enums import GraphSignIn, SyncAccessType, SyncAuthType, SyncProtocol, TimeUnit
from desktop.dialogs import files
from desktop.i18n import error_text
from desktop.models.columns import Column
from desktop.sync.api import NoKeyring, save_password, sign_in_tokens
from desktop.views.exchange import ops
from desktop.views.exchange.admin_help import admin_help
from desktop.views.ops.background import BackgroundTask
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.microsoft_sign_in import SignInDialog
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.parameters import ParameterSession
from desktop.views.shapes.simple import define
from desktop.views.shell.registry import session
from desktop.widgets import colours

U = E.ExchangeSyncUser
EWS_FIELDS = ("service_url", "auth_type", "access_type", "account_user", "oauth_tenant",
              "oauth_token_url", "server_version")
GRAPH_GROUP = QT_TRANSLATE_NOOP("fields", "Microsoft Graph")


@session("ttaad2140m000", "MS Exchange Synchronization Settings", "fa5s.exchange-alt", "tools")
class ExchangeSettingsSession(ParameterSession):
    entity = E.ExchangeSyncSettings
    loader = staticmethod(X.sync_settings)
    warning: QLabel | None = None

    def groups(self):
        return [
            Group("Connection", [
                F("enabled", kind="bool"),
                F("protocol", kind="enum", enum_class=SyncProtocol,
                  tooltip="Exchange Server on premises: EWS. Exchange Online (Microsoft "
                          "365): Microsoft Graph"),
                F("service_url", tooltip="e.g. https://mail.example.com/EWS/Exchange.asmx"),
                F("auth_type", kind="enum", enum_class=SyncAuthType),
                F("access_type", kind="enum", enum_class=SyncAccessType,
                  tooltip="Impersonation: a service account acts for every sync user"),
                F("account_user", tooltip="OAuth 2: the application (client) id"),
                F("password", "Password or secret",
                  tooltip="Kept in the system keyring; leave empty to keep the saved one. "
                          "OAuth 2 and Graph: the client secret, or the certificate's "
                          "passphrase"),
                F("oauth_tenant", tooltip="The directory (tenant) id the application is registered in"),
                F("oauth_token_url", tooltip="Empty: Microsoft's address for the tenant"),
                F("server_version", tooltip="e.g. 15.1.2507.6; empty: asked from the server"),
                F("timeout_seconds", kind="int", options={"minimum": 5, "maximum": 600})]),
            Group(GRAPH_GROUP, [
                F("graph_tenant", "Tenant",
                  tooltip="The directory (tenant) id or domain, e.g. contoso.onmicrosoft.com"),
                F("graph_client_id", "Application (client) id",
                  tooltip="The application registered in Microsoft Entra"),
                F("graph_sign_in", "Sign-in", "enum", enum_class=GraphSignIn,
                  tooltip="Application: one sync for the whole company (admin consent to "
                          "Calendars.ReadWrite and Tasks.ReadWrite). Own mailbox: each "
                          "salesperson signs in; no service account"),
                F("certificate_path", "Certificate file",
                  tooltip="A PEM file with the certificate and its private key"),
                F("graph_account", "Signed in as"),
                F("graph_url", "Graph address",
                  tooltip="Empty: https://graph.microsoft.com/v1.0 (national clouds differ)"),
                F("authority_url", "Sign-in authority",
                  tooltip="Empty: https://login.microsoftonline.com")]),
            Group("Schedule", [
                F("calendar_pull_interval", kind="int", options={"minimum": 1, "maximum": 999}),
                F("calendar_pull_unit", kind="enum", enum_class=TimeUnit),
                F("contact_pull_interval", kind="int", options={"minimum": 1, "maximum": 999}),
                F("contact_pull_unit", kind="enum", enum_class=TimeUnit),
                F("push_notifications_enabled", kind="bool"),
                F("import_category", tooltip="Outlook items with this category become activities"),
                F("sync_tasks", kind="bool",
                  tooltip="Off: calendars only, for an application granted no Tasks "
                          "permission")], column=1),
        ]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("password").setEchoMode(QLineEdit.Password)
        self.form.editor("graph_account").setReadOnly(True)
        for name, text in (("graph_url", "https://graph.microsoft.com/v1.0"),
                           ("authority_url", "https://login.microsoftonline.com")):
            self.form.editor(name).setPlaceholderText(text)  # what empty means
        for name in ("auth_type", "protocol", "graph_sign_in", "service_url"):
            self.form.editor(name).changed.connect(self._mode_changed)
        self.browse_button = QPushButton(qta.icon("fa5s.folder-open"), "", self)
        self.browse_button.setToolTip(self.tr("Choose the certificate file"))
        self.browse_button.clicked.connect(self.choose_certificate)
        self.form.add_beside("certificate_path", self.browse_button)
        self.sign_in_button = QPushButton(qta.icon("fa5b.microsoft"), self.tr("Sign in…"), self)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.form.add_beside("graph_account", self.sign_in_button)
        self.sign_in_dialog: SignInDialog | None = None
        self.test_action = QAction(qta.icon("fa5s.plug"), "", self)
        self.translated(self.test_action.setText, "ExchangeSettingsSession", "Test connection")
        self.test_action.triggered.connect(self.test_connection)
        self.users_action = QAction(qta.icon("fa5s.users"), "", self)
        self.translated(self.users_action.setText, "ExchangeSettingsSession", "Users")
        self.users_action.triggered.connect(lambda: ctx.open_session("ttaad2141m000"))
        self.toolbar.addAction(self.test_action)
        self.toolbar.addAction(self.users_action)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.layout().insertWidget(1, self.test_result)
        self.warning = QLabel(self)  # EWS pointed at Exchange Online
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {colours.status('warning', self.palette())};")
        self.warning.hide()
        self.layout().insertWidget(1, self.warning)
        self._mode_changed()
        self.test_task: BackgroundTask | None = None
        self._password = ""

    def loaded(self) -> None:
        self._mode_changed()

    def _mode_changed(self) -> None:
        """Only the fields of the chosen protocol and sign-in show; the tenant and token
        address of EWS matter to OAuth 2 only."""
        editor = self.form.editor
        graph = editor("protocol").value() is SyncProtocol.GRAPH
        sign_in = editor("graph_sign_in").value()
        for name in EWS_FIELDS:
            self.form.show_field(name, not graph)
        self.form.show_group(GRAPH_GROUP, graph)
        self.form.show_field("certificate_path", sign_in is GraphSignIn.APP_CERTIFICATE)
        self.form.show_field("graph_account", sign_in is GraphSignIn.DELEGATED)
        self.form.show_field("password", not graph or sign_in is not GraphSignIn.DELEGATED)
        oauth = editor("auth_type").value() is SyncAuthType.OAUTH2
        for name in ("oauth_tenant", "oauth_token_url"):
            editor(name).setEnabled(oauth)
        warning = X.online_warning(editor("protocol").value(), editor("service_url").value())
        if self.warning is not None:  # the form may load before the label is made
            self.warning.setText(error_text(warning) if warning is not None else "")
            self.warning.setVisible(warning is not None)

    def choose_certificate(self) -> None:
        path = files.open_path(self, self.ctx.settings, "certificates",
                               self.tr("Certificate of the application"),
                               self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.form.editor("certificate_path").set_value(str(path))
            self._changed()

    def sign_in(self) -> None:
        """A salesperson signs in with their own account; the address shows once done."""
        settings = self._settings_values(self.form.values())
        self.sign_in_dialog = SignInDialog(
            sign_in_tokens(settings), self.ctx.pool, self, help_html=admin_help(),
            intro=self.tr("The synchronization will use your own mailbox. Open the Microsoft "
                          "sign-in page, type the code below and sign in with your work "
                          "account."))
        self.sign_in_dialog.signedIn.connect(self._signed_in)
        self.sign_in_dialog.show()
        self.sign_in_dialog.start()

    def _signed_in(self, account: str) -> None:
        self.form.editor("graph_account").set_value(account)
        self._changed()
        self.test_result.setText(self.tr("Signed in as %1: save the settings to synchronize "
                                         "this mailbox.").replace("%1", account))

    @staticmethod
    def _settings_values(values: dict) -> dict:
        return {k: v for k, v in values.items() if hasattr(E.ExchangeSyncSettings, k)}

    def form_values(self) -> dict:
        """The password goes to the keyring, never to the database."""
        values = super().form_values()
        self._password = values.pop("password", "") or ""
        return values

    def after_save(self) -> None:
        values = self.snap.values
        if self._password:
            graph = values["protocol"] is SyncProtocol.GRAPH
            try:
                save_password(values["graph_client_id" if graph else "account_user"],
                              self._password)
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
        settings = self._settings_values(values)
        self.test_result.setText(self.tr("Testing the connection…"))
        if settings.get("protocol") is SyncProtocol.GRAPH and \
                settings.get("graph_sign_in") is GraphSignIn.DELEGATED:
            self._test(settings.get("graph_account") or "", settings, typed)
            return
        self.query(ops.test_mailbox, settings.get("account_user") or "") \
            .success(lambda mailbox: self._test(mailbox, settings, typed)).run()

    def _test(self, mailbox: str, settings: dict, typed: str | None) -> None:
        self.test_task = BackgroundTask(partial(ops.connection_test, settings, typed, mailbox),
                                        self.ctx.pool, self)
        self.test_task.done.connect(lambda count: self.test_result.setText(
            self.tr("Connected: the calendar of %1 holds %n item(s).", "", count)
            .replace("%1", mailbox)))
        self.test_task.failed.connect(lambda error: self.test_result.setText(
            self.tr("The connection failed: %1").replace("%1", str(error))))
        self.test_task.start()

    def release(self) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()
            if self.sign_in_dialog.task is not None:
                self.sign_in_dialog.task.wait()
        if self.test_task is not None:
            self.test_task.wait()
        super().release()


class _UsersOverview(OverviewSession):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        for icon, slot in (("fa5s.toggle-on", lambda: self._all(True)),
                           ("fa5s.toggle-off", lambda: self._all(False)),
                           ("fa5s.user-plus", self.import_users)):
            action = QAction(qta.icon(icon), "", self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
        actions = self.toolbar.actions()[-3:]
        self.translated(actions[0].setText, "_UsersOverview", "Activate all")
        self.translated(actions[1].setText, "_UsersOverview", "Deactivate all")
        self.translated(actions[2].setText, "_UsersOverview", "Import all users")

    def _all(self, active: bool) -> None:
        self.op(ops.activate_all, active, kinds=(U,)).run()

    def import_users(self) -> None:
        """A sync user for every employee with an e-mail address who has none yet."""
        self.op(ops.import_users, kinds=(U,)).run()


def _user_columns(self):
    return [Column("user_name", t("User"), U.user_name, searchable=True, width=120),
            Column("display_name", t("Name"), U.display_name, searchable=True, width=220),
            Column("active", t("Active"), U.active, kind="bool", width=60),
            Column("email", t("E-mail address"), U.email_address, searchable=True, width=260),
            Column("last_sync", t("Last synchronization"), U.last_calendar_sync_at,
                   kind="datetime", width=150)]


def _user_groups(self):
    return [Group("General", [F("user_name", required=True),
                              F("display_name"), F("active", kind="bool"),
                              F("email_address", required=True,
                                tooltip="Exactly as the mailbox spells it, letter case "
                                        "included")])]


define(U, ("ttaad2141m000", "MS Exchange Synchronization Users"),
       ("ttaad2141s000", "MS Exchange Synchronization User"), "fa5s.users", "tools",
       _user_columns, _user_groups, order=lambda: [U.user_name], base_overview=_UsersOverview)
