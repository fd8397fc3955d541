"""The sync account's password lives in the operating system's keyring (Windows Credential
Manager, macOS Keychain, Secret Service), never in the database or the settings file."""

from __future__ import annotations

from collections.abc import Iterable

import keyring
from keyring.errors import KeyringError

from desktop.sync.contract import SyncFault

SERVICE = "crm-desktop/exchange"
TOKEN_KEY_SERVICE = "crm-desktop/graph-token-cache"  # the key of the Graph token cache
SERVICES = (SERVICE, TOKEN_KEY_SERVICE)


class NoKeyring(SyncFault):
    """The system has no usable keyring (none installed, or locked): the password can be
    neither stored nor read. A fault like an outage: the sync retries, nothing is lost."""


def _no_keyring(error: Exception) -> NoKeyring:
    return NoKeyring("The system keyring cannot be used, so the password of the service "
                     "account cannot be read or saved.", detail=str(error))


def save_password(account: str, password: str) -> None:
    try:
        keyring.set_password(SERVICE, account, password)
    except (KeyringError, RuntimeError) as error:
        raise _no_keyring(error) from error


def load_password(account: str) -> str:
    try:
        return keyring.get_password(SERVICE, account) or ""
    except (KeyringError, RuntimeError) as error:
        raise _no_keyring(error) from error


def forget_credentials(accounts: Iterable[str] = ()) -> int:
    """Remove what the CRM keeps in the keyring (the uninstaller offers it): the passwords of
    ``accounts``, the token cache's key, and whatever else the keyring finds under the CRM's
    services (on Windows, a credential is found by its service alone:
    keyring's WinVaultKeyring.get_credential). Returns how many entries went."""
    removed = 0
    for service in SERVICES:
        for account in {*accounts, "key"}:
            removed += _delete(service, account)
        for _found in range(20):  # bounded: a backend that keeps answering is not trusted
            credential = keyring.get_credential(service, None)
            if credential is None or not _delete(service, credential.username):
                break
            removed += 1
    return removed


def _delete(service: str, account: str) -> int:
    if not account or keyring.get_password(service, account) is None:
        return 0
    try:
        keyring.delete_password(service, account)
    except (KeyringError, RuntimeError):
        return 0
    return 1
