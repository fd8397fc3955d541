"""Team server (ttaad9600m000): where this laptop's team server is, how its certificate is
trusted, and setting the laptop up: a replica of the user's part of the team's database is
made beside the embedded one, registered with the server, filled with the first copy, and
opened at the next start. The team's own administrator starts the server with
``crm-desktop serve`` (README)."""

from __future__ import annotations

from functools import partial

import qtawesome as qta
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.crm.db.paths import data_dir
from desktop.i18n import error_text
from desktop.settings import (
    DATABASE_URL,
    TEAM_ENTRA_AUTHORITY,
    TEAM_ENTRA_CLIENT_ID,
    TEAM_ENTRA_SCOPE,
    TEAM_ENTRA_TENANT,
    TEAM_FINGERPRINT,
    TEAM_SERVER_URL,
    TEAM_SIGN_IN,
)
from desktop.team.replica.signin import EntraSignIn
from desktop.views.ops.background import run_with_progress
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session
from desktop.views.team import ops
from desktop.views.team.entra import entra_dialog, team_tokens
from desktop.views.team.signin_dialog import SignInDialog
from desktop.widgets import keyboard

REPLICA_FILE = "team.sqlite"
SIGN_IN_KINDS = ("", "account", "entra")  # the setting's values, in the list's order
ENTRA_SETTINGS = (TEAM_ENTRA_TENANT, TEAM_ENTRA_CLIENT_ID, TEAM_ENTRA_SCOPE, TEAM_ENTRA_AUTHORITY)


@session("ttaad9600m000", "Team server", "fa5s.server", "tools")
class TeamServerSession(SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        settings = ctx.settings
        self.url = QLineEdit(settings.get(TEAM_SERVER_URL), self)
        self.url.setPlaceholderText("https://crm-server.example:8443")
        self.fingerprint = QLineEdit(settings.get(TEAM_FINGERPRINT), self)
        self.user = QLineEdit(ctx.user, self)
        #: how the company signs in; the item data is the setting's value
        self.sign_in = QComboBox(self)
        self.sign_in.addItems(["", "", ""])
        for index, kind in enumerate(SIGN_IN_KINDS):
            self.sign_in.setItemData(index, kind)
        self.sign_in.setCurrentIndex(max(0, self.sign_in.findData(settings.get(TEAM_SIGN_IN))))
        self.sign_in.currentIndexChanged.connect(self._kind_changed)
        #: Microsoft Entra ID: what the administrator gives (README, "Identity for a team")
        self.entra = {setting: QLineEdit(settings.get(setting), self)
                      for setting in ENTRA_SETTINGS}
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.save_button = QPushButton(qta.icon("fa5s.save"), "", self)
        self.save_button.clicked.connect(self.save)
        self.setup_button = QPushButton(qta.icon("fa5s.laptop"), "", self)
        self.setup_button.clicked.connect(self.set_up)
        self.form = QFormLayout()
        editors = (self.url, self.fingerprint, self.sign_in, *self.entra.values(), self.user)
        self.labels = [QLabel(self) for _ in editors]
        for label, editor in zip(self.labels, editors, strict=True):
            label.setBuddy(editor)
            self.form.addRow(label, editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.retranslate()
        self._kind_changed()

    def _kind_changed(self) -> None:
        """The Entra fields show for that sign-in only."""
        entra = self.sign_in.currentData() == "entra"
        for editor in self.entra.values():
            self.form.setRowVisible(editor, entra)
        keyboard.give_mnemonics(self)  # the labels just shown get their Alt letters

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self.labels, (self.tr("Server address"),
                                             self.tr("Certificate fingerprint"),
                                             self.tr("Sign-in"),
                                             self.tr("Directory (tenant) ID"),
                                             self.tr("Application (client) ID"),
                                             self.tr("Team server's API scope"),
                                             self.tr("Sign-in authority"),
                                             self.tr("Your user name")), strict=True):
            label.setText(text)
        self.sign_in.setItemText(0, self.tr("None (a trial server)"))
        self.sign_in.setItemText(1, self.tr("Server account (password asked at each start)"))
        self.sign_in.setItemText(2, self.tr("Microsoft Entra ID (your work account)"))
        self.entra[TEAM_ENTRA_SCOPE].setPlaceholderText("api://crm-team-server/sync")
        self.entra[TEAM_ENTRA_AUTHORITY].setPlaceholderText(self.tr(
            "Empty: Microsoft's (https://login.microsoftonline.com)"))
        self.fingerprint.setPlaceholderText(self.tr("Empty: the certificate is checked by "
                                                    "the system's authorities"))
        self.explain.setText(self.tr(
            "With a team server, this laptop keeps a copy of your customers, their contacts, "
            "opportunities, quotations and recent activities, and works the same online or "
            "offline; changes go both ways in the background. The administrator gives the "
            "server's address and, for a self-signed certificate, its fingerprint."))
        self.save_button.setText(self.tr("Save"))
        self.setup_button.setText(self.tr("Set up this laptop…"))
        replica = self.ctx.replica
        self.state.setText(self.tr("This laptop works on the team's data (%1).").replace(
            "%1", self.ctx.db.description) if replica else
            self.tr("This laptop works on its own database, not on the team's."))

    def save(self) -> None:
        settings = self.ctx.settings
        settings.set(TEAM_SERVER_URL, self.url.text().strip())
        settings.set(TEAM_FINGERPRINT, self.fingerprint.text().strip())
        settings.set(TEAM_SIGN_IN, self.sign_in.currentData())
        for setting, editor in self.entra.items():
            settings.set(setting, editor.text().strip())
        settings.sync()

    def set_up(self) -> None:
        self.save()
        kind = self.sign_in.currentData()
        if kind == "account":
            dialog = SignInDialog(self.user.text().strip(), parent=self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._copy(dialog.sign_in())
        elif kind == "entra":  # Microsoft's sign-in waits on the pool; the copy follows it
            tokens = team_tokens(self.ctx.settings)
            self.entra_dialog = entra_dialog(tokens, self.ctx.pool, self)
            self.entra_dialog.signedIn.connect(lambda _account: self._copy(EntraSignIn(tokens)))
            self.entra_dialog.open()
            self.entra_dialog.start()
        else:
            self._copy(None)

    def _copy(self, sign_in) -> None:
        """Registers the laptop and makes the first copy, off the GUI thread."""
        path = str(data_dir() / REPLICA_FILE)
        work = partial(ops.set_up_laptop, self.url.text().strip(),
                       self.fingerprint.text().strip(), self.user.text().strip(), path,
                       sign_in=sign_in)
        self.task = run_with_progress(self, self.ctx.pool, self.tr("Copying your part of the "
                                                                   "team's database…"),
                                      work, partial(self._set_up, path), self._failed)

    def _set_up(self, path: str, rows: int) -> None:
        self.ctx.settings.set(DATABASE_URL, f"sqlite:///{path}")
        self.ctx.settings.sync()
        QMessageBox.information(self, self.tr("Team server"), self.tr(
            "This laptop is set up: %1 records copied. Restart the application to work on "
            "the team's data.").replace("%1", f"{rows:,}"))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Team server"), error_text(error))
