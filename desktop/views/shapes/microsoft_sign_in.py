"""Sign in with a Microsoft work account (Microsoft Entra ID): a device code to type at
Microsoft's page (works behind any proxy, on any screen), or the system browser. The waiting
runs on the pool; Cancel stops it within a second. Used for a salesperson's own mailbox
(Exchange sync) and for the team server; each caller gives its own words and, where useful,
what an administrator sets up."""

from __future__ import annotations

from functools import partial

import qtawesome as qta
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.views.ops.background import BackgroundTask


class SignInDialog(QDialog):
    """``tokens`` is the sync's DelegatedTokens; ``signedIn`` gives the account's address."""

    signedIn = Signal(str)

    def __init__(self, tokens, pool, parent=None, intro: str = "", help_html: str = "") -> None:
        super().__init__(parent)
        self.tokens, self.pool = tokens, pool
        self.task: BackgroundTask | None = None
        self.flow: dict = {}
        self.account = ""
        self.setWindowTitle(self.tr("Sign in to Microsoft 365"))
        self.setWindowIcon(qta.icon("fa5b.microsoft"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro or self.tr(
            "Open the Microsoft sign-in page, type the code below and sign in with your work "
            "account."), self)
        self.intro.setWordWrap(True)
        self.code = QLabel("…", self)
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(QFont.AbsoluteSpacing, 4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(self.code.textInteractionFlags() |
                                          self.code.textInteractionFlags().TextSelectableByMouse)
        self.address = QLabel(self)
        self.address.setOpenExternalLinks(True)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(qta.icon("fa5s.copy"), self.tr("Copy the code"), self)
        self.open_button = QPushButton(qta.icon("fa5s.external-link-alt"),
                                       self.tr("Open the sign-in page"), self)
        self.browser_button = QPushButton(qta.icon("fa5s.globe"),
                                          self.tr("Sign in with the browser instead"), self)
        for button in (self.copy_button, self.open_button, self.browser_button):
            buttons.addWidget(button)
        self.status = QLabel(self.tr("Asking Microsoft for a code…"), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.close_box = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.help_button = self.close_box.addButton(self.tr("Administrator's setup…"),
                                                    QDialogButtonBox.HelpRole)
        self.help_button.setIcon(qta.icon("fa5s.question-circle"))
        self.help_button.setCheckable(True)
        self.help = QTextBrowser(self)
        self.help.setOpenExternalLinks(True)
        self.help.setHtml(help_html)
        self.help.setMinimumHeight(320)
        self.help.hide()
        self.help_button.toggled.connect(self.help.setVisible)
        self.help_button.setVisible(bool(help_html))
        for widget in (self.intro, self.code, self.address):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.busy, self.status, self.help, self.close_box):
            layout.addWidget(widget)
        self.copy_button.clicked.connect(self._copy)
        self.open_button.clicked.connect(self._open)
        self.browser_button.clicked.connect(self.sign_in_with_browser)
        self.close_box.rejected.connect(self.reject)
        self._enable_code(False)

    def _enable_code(self, enabled: bool) -> None:
        for button in (self.copy_button, self.open_button):
            button.setEnabled(enabled)

    # -- device code -----------------------------------------------------------------------
    def start(self) -> None:
        self._run(partial(_start_device_flow, self.tokens), self._code_received)

    def _code_received(self, flow: dict) -> None:
        self.flow = flow
        self.code.setText(flow["user_code"])
        url = flow.get("verification_uri", "https://microsoft.com/devicelogin")
        self.address.setText(f'<a href="{url}">{url}</a>')
        self._enable_code(True)
        self.status.setText(self.tr("Waiting for you to sign in…"))
        self._run(partial(_finish_device_flow, self.tokens, flow), self._signed_in)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())

    def _open(self) -> None:
        QDesktopServices.openUrl(QUrl(self.flow.get("verification_uri",
                                                    "https://microsoft.com/devicelogin")))

    # -- browser ---------------------------------------------------------------------------
    def sign_in_with_browser(self) -> None:
        """The system browser signs in and comes back to a local address."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        self._enable_code(False)
        self.status.setText(self.tr("Sign in in the browser window that opened…"))
        self._run(partial(_sign_in_interactive, self.tokens), self._signed_in)

    # -- common ----------------------------------------------------------------------------
    def _run(self, work, on_done) -> None:
        self.task = BackgroundTask(work, self.pool, self)
        self.task.done.connect(on_done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _signed_in(self, account: str) -> None:
        self.account = account
        self.busy.hide()
        self.status.setText(self.tr("Signed in as %1.").replace("%1", account))
        self.signedIn.emit(account)
        self.accept()

    def _failed(self, error) -> None:
        if not self.isVisible() and self.result() == QDialog.Rejected and self.flow:
            return  # cancelled: nothing to say
        self.busy.hide()
        self.status.setText(self.tr("The sign-in failed: %1").replace("%1", str(error)))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()

    def done(self, result: int) -> None:  # closes in every way: wait for the poll to stop
        super().done(result)
        if self.task is not None and self.task.running:
            self.task.cancel()


def _start_device_flow(tokens, _progress) -> dict:
    return tokens.start_device_flow()


def _finish_device_flow(tokens, flow: dict, progress) -> str:
    """Wait for the user to sign in elsewhere; Cancel stops the waiting."""
    return tokens.finish_device_flow(flow, cancelled=lambda: progress.cancelled)


def _sign_in_interactive(tokens, _progress) -> str:
    return tokens.sign_in_interactive()
