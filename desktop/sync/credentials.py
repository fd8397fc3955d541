"""The sync account's password lives in the operating system's keyring (Windows Credential
Manager, macOS Keychain, Secret Service), never in the database or the settings file."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

from desktop.sync.contract import SyncFault

SERVICE = "crm-desktop/exchange"


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
