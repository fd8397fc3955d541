"""Signing in to the team server with a Microsoft work account (Microsoft Entra ID, issue 35):
the laptop's tokens for the server's API, kept by msal in an encrypted file of their own, and
the dialog that signs the user in (a device code or the browser)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.crm.db.paths import data_dir
from desktop.settings import (
    TEAM_ENTRA_AUTHORITY,
    TEAM_ENTRA_CA_FILE,
    TEAM_ENTRA_CLIENT_ID,
    TEAM_ENTRA_SCOPE,
    TEAM_ENTRA_TENANT,
)
from desktop.sync.api import team_server_tokens
from desktop.views.shapes.microsoft_sign_in import SignInDialog

TOKEN_FILE = "team-token-cache.bin"  # apart from the mailbox's: another account may sign in


def team_tokens(settings):
    """The tokens the settings describe; nothing is asked of Microsoft until one is needed."""
    return team_server_tokens(settings.get(TEAM_ENTRA_TENANT), settings.get(TEAM_ENTRA_CLIENT_ID),
                              settings.get(TEAM_ENTRA_SCOPE), str(data_dir() / TOKEN_FILE),
                              settings.get(TEAM_ENTRA_AUTHORITY), settings.get(TEAM_ENTRA_CA_FILE))


def entra_dialog(tokens, pool, parent) -> SignInDialog:
    return SignInDialog(tokens, pool, parent, intro=QCoreApplication.translate(
        "TeamSignIn", "The team server asks who uses this laptop. Open the Microsoft sign-in "
        "page, type the code below and sign in with your work account. Changes made "
        "meanwhile wait on this laptop."))
