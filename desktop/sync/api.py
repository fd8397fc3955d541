"""What the windows may use of the sync, and nothing else: the gateway the settings describe,
the salesperson's sign-in, Test connection, the keyring, and the words the help shows. The
engine, the gateways and their clients stay behind this module (and the Qt worker)."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.exchange_settings import sync_settings
from desktop.sync.contract import SyncFault
from desktop.sync.credentials import NoKeyring, save_password
from desktop.sync.engine import SYNC_USER
from desktop.sync.gateways import delegated_sign_in, delegated_tokens, make_gateway

__all__ = ["NoKeyring", "SYNC_USER", "SyncFault", "database_gateway", "save_password",
           "sign_in_tokens", "team_server_tokens", "test_connection"]


def database_gateway(db, secret: str | None = None):
    """The gateway described by the settings row and the keyring (or ``secret``, given on the
    command line), built when a run needs it."""
    def make():
        with db.session(SYNC_USER) as s:
            settings = sync_settings(s)
            s.commit()
            return make_gateway(settings, secret)
    return make


def sign_in_tokens(settings: dict):
    """The tokens a salesperson signs in with, from the settings form (not saved yet)."""
    return delegated_sign_in(E.ExchangeSyncSettings(**settings))


def team_server_tokens(tenant: str, client_id: str, scope: str, cache_file: str,
                       authority: str = "", ca_file: str = ""):
    """A laptop user's tokens for the team server's API (issue 35): msal's public client
    with its cache encrypted in ``cache_file``, the same sign-in as a mailbox's."""
    return delegated_tokens(tenant, client_id, [scope], cache_file, authority, ca_file)


def test_connection(settings: dict, typed_password: str | None, mailbox: str) -> int:
    """Sign in with these settings (not saved yet) and count the items of ``mailbox``'s
    calendar; runs on a worker thread."""
    probe = E.ExchangeSyncSettings(**settings)
    return make_gateway(probe, typed_password).test_connection(mailbox)
