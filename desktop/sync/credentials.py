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


def gateway_settings(settings, password: str | None = None):
    """GatewaySettings from the settings row (E35) and the keyring."""
    from desktop.sync.gateway import GatewaySettings

    return GatewaySettings(
        service_url=settings.service_url, user=settings.account_user,
        password=load_password(settings.account_user) if password is None else password,
        auth_type=settings.auth_type.name,
        impersonation=settings.access_type.name == "IMPERSONATION",
        server_version=settings.server_version, timeout_seconds=settings.timeout_seconds,
        oauth_tenant=settings.oauth_tenant, oauth_token_url=settings.oauth_token_url)
