"""The sign-in to the team server when it asks: with a server account, the user name and the
password typed at each start of the application (the password is kept in memory only, never
in the settings or on disk); with a Microsoft work account, Microsoft's own sign-in (msal keeps
and renews the tokens, so it is asked again only when they are revoked or expire)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.team.replica.signin import AccountSignIn, EntraSignIn
from desktop.views.team.entra import entra_dialog


class SignInDialog(QDialog):
    def __init__(self, user: str, reason: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the team server"))
        self.explain = QLabel(reason or self.tr(
            "The team server asks who uses this laptop: type your server account's "
            "password. Changes made meanwhile wait on this laptop."), self)
        self.explain.setWordWrap(True)
        self.user = QLineEdit(user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.explain)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(buttons)
        self.password.setFocus()
        self.setMinimumWidth(420)

    def sign_in(self) -> AccountSignIn:
        return AccountSignIn(self.user.text().strip(), self.password.text())


class SignInOffer:
    """Opens the dialog when the team sync needs a sign-in, one at a time, and hands the
    sign-in to the sync; cancelled, the status bar keeps saying a sign-in is needed."""

    def __init__(self, controller, user: str, parent) -> None:
        self.controller, self.user, self.parent = controller, user, parent
        self.dialog: QDialog | None = None
        controller.signInNeeded.connect(self.offer)

    def offer(self) -> None:
        if self.dialog is not None:
            return
        tokens = self.controller.tokens
        if tokens is None:
            self.dialog = SignInDialog(self.user, parent=self.parent)
        else:  # a Microsoft work account: Microsoft's page signs the user in
            self.dialog = entra_dialog(tokens, self.controller.pool, self.parent)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()
        if tokens is not None:
            self.dialog.start()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            if result == QDialog.DialogCode.Accepted:
                self.controller.give_sign_in(self._sign_in(dialog))
            dialog.deleteLater()

    def _sign_in(self, dialog):
        if isinstance(dialog, SignInDialog):
            self.user = dialog.user.text().strip()
            return dialog.sign_in()
        return EntraSignIn(self.controller.tokens)
