"""Builds the gateway the settings name: exchangelib for Exchange Server (EWS), Microsoft
Graph for Exchange Online. Each is imported on first use, on the sync thread: the window never
pays for loading a client it may not need."""

from __future__ import annotations

from desktop.crm.db.database import data_dir
from desktop.crm.enums import SyncProtocol
from desktop.sync.contract import Gateway
from desktop.sync.credentials import load_password

TOKEN_CACHE = "graph-token-cache.bin"


def token_cache_path() -> str:
    return str(data_dir() / TOKEN_CACHE)


def graph_settings(settings, secret: str | None = None):
    """GraphSettings from the settings row (E35) and the keyring. The secret (or the
    certificate's passphrase) is kept under the application id."""
    from desktop.sync.gateways.graph import GRAPH_URL, GraphSettings

    sign_in = settings.graph_sign_in.name
    if secret is None:
        secret = load_password(settings.graph_client_id) if sign_in != "DELEGATED" else ""
    return GraphSettings(
        tenant=settings.graph_tenant, client_id=settings.graph_client_id, sign_in=sign_in,
        secret=secret, certificate_path=settings.certificate_path,
        graph_url=settings.graph_url or GRAPH_URL, authority_url=settings.authority_url,
        timeout_seconds=settings.timeout_seconds or 30, token_cache=token_cache_path())


def make_gateway(settings, secret: str | None = None) -> Gateway:
    """The gateway of the settings row; ``secret`` is one typed but not saved yet."""
    if settings.protocol is SyncProtocol.GRAPH:
        from desktop.sync.gateways.graph import GraphGateway

        return GraphGateway(graph_settings(settings, secret))
    from desktop.sync.gateways.ews import ExchangeGateway

    return ExchangeGateway(gateway_settings(settings, secret))


def gateway_settings(settings, password: str | None = None):
    """GatewaySettings (EWS) from the settings row (E35) and the keyring."""
    from desktop.sync.gateways.ews import GatewaySettings

    return GatewaySettings(
        service_url=settings.service_url, user=settings.account_user,
        password=load_password(settings.account_user) if password is None else password,
        auth_type=settings.auth_type.name,
        impersonation=settings.access_type.name == "IMPERSONATION",
        server_version=settings.server_version, timeout_seconds=settings.timeout_seconds,
        oauth_tenant=settings.oauth_tenant, oauth_token_url=settings.oauth_token_url)


def delegated_sign_in(settings):
    """The delegated tokens of these settings, to sign a salesperson in (the sign-in dialog)."""
    from desktop.sync.gateways.graph import GraphGateway

    return GraphGateway(graph_settings(settings, "")).tokens


def delegated_tokens(tenant: str, client_id: str, scopes: list[str], cache_file: str,
                     authority: str = "", ca_file: str = ""):
    """A user's own tokens for ``scopes`` (msal's public client, its cache encrypted in
    ``cache_file``), through the same HTTP session as Graph's (a company CA, proxies)."""
    from pathlib import Path

    from desktop.sync.gateways.graph import GraphSettings, http_session
    from desktop.sync.gateways.graph_auth import DelegatedTokens, EncryptedTokenCache

    session = http_session(GraphSettings(tenant, client_id, ca_file=ca_file))
    return DelegatedTokens(client_id, tenant, EncryptedTokenCache(Path(cache_file)), session,
                           authority_base=authority, scopes=scopes)
