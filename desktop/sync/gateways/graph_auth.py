"""Signing in to Microsoft 365 with Microsoft's msal.

Two ways: the application itself (client credentials, with a secret or a certificate) for a
company-wide sync of every sync user's mailbox, or a salesperson's own delegated sign-in (device
code or the browser) when there is no admin service account. The delegated token cache is kept
in a file encrypted with a key that lives in the operating system's keyring (Windows Credential
Manager, i.e. DPAPI), and the access token is refreshed silently from it."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import keyring
import msal
import requests
from cryptography import x509
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import serialization
from keyring.errors import KeyringError

from desktop.crm.io.files import make_private, write_private
from desktop.sync.contract import CredentialsRefused, FaultKind, SyncFault
from desktop.sync.credentials import TOKEN_KEY_SERVICE

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
GRAPH_ROOT = "https://graph.microsoft.com"
DELEGATED_SCOPES = ["Calendars.ReadWrite", "Tasks.ReadWrite", "Mail.Send"]
KEY_SERVICE = TOKEN_KEY_SERVICE
KNOWN_HOSTS = {"login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn"}


def authority(base: str, tenant: str) -> str:
    return f"{(base or MICROSOFT_AUTHORITY).rstrip('/')}/{tenant or 'organizations'}"


def _app_options(base: str, session: requests.Session) -> dict:
    """Microsoft's own authorities are checked against its instance list; another one (a
    national cloud's proxy, the tests' loopback) is taken as given."""
    host = urlparse(base or MICROSOFT_AUTHORITY).hostname or ""
    return {"http_client": session, "instance_discovery": host in KNOWN_HOSTS,
            "timeout": 30}


def _guard(call):
    try:
        return call()
    except requests.RequestException as error:
        raise SyncFault("The Microsoft sign-in service cannot be reached.",
                        detail=f"{type(error).__name__}: {error}",
                        kind=FaultKind.UNREACHABLE) from error
    except ValueError as error:  # msal: the authority's discovery failed or was refused
        raise CredentialsRefused("The sign-in authority or the tenant is not valid.",
                                 detail=str(error)) from error


def certificate_credential(path: str, passphrase: str = "") -> dict:
    """msal's credential from a PEM file holding the certificate and its private key."""
    try:
        data = Path(path).read_bytes()
        certificate = x509.load_pem_x509_certificate(data)
        try:
            key = serialization.load_pem_private_key(data, passphrase.encode() or None)
        except TypeError:  # a passphrase typed for a key that has none, or the reverse
            key = serialization.load_pem_private_key(data, None)
    except (OSError, ValueError, TypeError) as error:
        raise CredentialsRefused("The certificate file cannot be read: it must be a PEM file "
                                 "with the certificate and its private key.",
                                 detail=str(error)) from error
    pem_key = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    # the x5t thumbprint Entra expects is SHA-1 by definition
    thumbprint = hashlib.sha1(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return {"private_key": pem_key, "thumbprint": thumbprint,
            "public_certificate": certificate.public_bytes(serialization.Encoding.PEM).decode()}


class AppTokens:
    """The application's own token (client credentials), for every sync user's mailbox."""

    def __init__(self, client_id: str, tenant: str, credential, session: requests.Session,
                 authority_base: str = "", scope_root: str = GRAPH_ROOT) -> None:
        self.client_id, self.tenant, self.credential = client_id, tenant, credential
        self.session, self.authority_base = session, authority_base
        self.scopes = [f"{scope_root}/.default"]
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def _application(self) -> msal.ConfidentialClientApplication:
        if self._app is None:
            self._app = _guard(lambda: msal.ConfidentialClientApplication(
                self.client_id, client_credential=self.credential,
                authority=authority(self.authority_base, self.tenant),
                **_app_options(self.authority_base, self.session)))
        return self._app

    def token(self) -> str:
        with self._lock:
            app = self._application()
            result = _guard(lambda: app.acquire_token_for_client(scopes=self.scopes))
        if "access_token" not in result:
            raise CredentialsRefused("The application was refused its token: check the "
                                     "client id, its secret or certificate, and the tenant.",
                                     detail=f"{result.get('error')}: "
                                            f"{result.get('error_description')}")
        return result["access_token"]

    def forget(self) -> None:
        with self._lock:
            if self._app is not None:
                self._app.remove_tokens_for_client()

    def serves(self, mailbox: str) -> bool:
        return True


class EncryptedTokenCache:
    """msal's token cache in a file, encrypted (Fernet) with a key kept in the keyring: the
    refresh token never lies on disk in clear, and the file is useless on another account."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache = msal.SerializableTokenCache()
        self._lock = threading.Lock()
        if path.exists():
            make_private(path)  # written by a version that left it to the umask
            # key lost or file damaged: sign in again
            with contextlib.suppress(InvalidToken, ValueError):
                self.cache.deserialize(self._fernet(create=False).decrypt(path.read_bytes())
                                       .decode())

    def _fernet(self, create: bool = True) -> Fernet:
        try:
            key = keyring.get_password(KEY_SERVICE, "key")
            if not key:
                if not create:
                    raise ValueError("no key")
                key = Fernet.generate_key().decode()
                keyring.set_password(KEY_SERVICE, "key", key)
        except (KeyringError, RuntimeError) as error:
            raise SyncFault("The system keyring cannot be used, so the Microsoft 365 sign-in "
                            "cannot be kept.", detail=str(error)) from error
        return Fernet(key.encode())

    def save(self) -> None:
        with self._lock:
            if not self.cache.has_state_changed:
                return
            data = self._fernet().encrypt(self.cache.serialize().encode())
            write_private(self.path, data)  # 0600: the owner's only
            self.cache.has_state_changed = False


class DelegatedTokens:
    """A salesperson's own sign-in: the token reaches only their mailbox."""

    def __init__(self, client_id: str, tenant: str, cache: EncryptedTokenCache,
                 session: requests.Session, authority_base: str = "",
                 scope_root: str = GRAPH_ROOT, scopes: list[str] | None = None) -> None:
        self.client_id, self.tenant, self.cache = client_id, tenant, cache
        self.session, self.authority_base = session, authority_base
        #: Graph's by default; the team server's API scope for a laptop's sign-in (issue 35)
        self.scopes = scopes or [f"{scope_root}/{scope}" for scope in DELEGATED_SCOPES]
        self._app: msal.PublicClientApplication | None = None
        self._lock = threading.Lock()

    def _application(self) -> msal.PublicClientApplication:
        if self._app is None:
            self._app = _guard(lambda: msal.PublicClientApplication(
                self.client_id, authority=authority(self.authority_base, self.tenant),
                token_cache=self.cache.cache,
                **_app_options(self.authority_base, self.session)))
        return self._app

    def account(self) -> str:
        """The signed-in user's address, or "" before any sign-in."""
        accounts = self._application().get_accounts()
        return accounts[0].get("username", "") if accounts else ""

    def serves(self, mailbox: str) -> bool:
        """Only the signed-in user's mailbox; before any sign-in the sync stops, so that no
        change is taken for one with nowhere to go."""
        account = self.account()
        if not account:
            raise CredentialsRefused("Nobody is signed in to Microsoft 365: open the "
                                     "synchronization settings and sign in.")
        return mailbox.lower() == account.lower()

    def token(self) -> str:
        with self._lock:
            app = self._application()
            accounts = app.get_accounts()
            if not accounts:
                raise CredentialsRefused("Nobody is signed in to Microsoft 365: open the "
                                         "synchronization settings and sign in.")
            result = _guard(lambda: app.acquire_token_silent(self.scopes, account=accounts[0]))
            self.cache.save()
        if not result or "access_token" not in result:
            raise CredentialsRefused("The Microsoft 365 sign-in has expired: open the "
                                     "synchronization settings and sign in again.",
                                     detail=str((result or {}).get("error_description", "")))
        return result["access_token"]

    def forget(self) -> None:
        """A refused access token: the next silent call refreshes it from the refresh token."""
        with self._lock:
            app = self._application()
            for account in app.get_accounts():
                # listed first: removing while msal's search walks the cache fails
                for token in list(self.cache.cache.search(
                        msal.TokenCache.CredentialType.ACCESS_TOKEN,
                        query={"home_account_id": account["home_account_id"]})):
                    self.cache.cache.remove_at(token)

    # -- signing in ------------------------------------------------------------------------
    def start_device_flow(self) -> dict:
        """The code and the address the user types it at; raises when refused."""
        flow = _guard(lambda: self._application().initiate_device_flow(scopes=self.scopes))
        if "user_code" not in flow:
            raise CredentialsRefused("Microsoft 365 refused to start the sign-in: check the "
                                     "application id and that it allows public clients.",
                                     detail=str(flow.get("error_description", "")))
        return flow

    def finish_device_flow(self, flow: dict, cancelled: Callable[[], bool]) -> str:
        """Wait (polling at the server's pace) until the user signed in, or cancelled."""
        result = _guard(lambda: self._application().acquire_token_by_device_flow(
            flow, exit_condition=lambda _flow: cancelled()))
        return self._signed_in(result)

    def sign_in_interactive(self, prompt: str = "select_account") -> str:
        """The system browser signs in and comes back to a local address msal listens on."""
        try:
            result = _guard(lambda: self._application().acquire_token_interactive(
                self.scopes, prompt=prompt, timeout=300))
        except RuntimeError as error:  # msal: the browser never came back in time
            result = {"error": "timeout", "error_description": str(error)}
        return self._signed_in(result)

    def _signed_in(self, result: dict) -> str:
        if "access_token" not in result:
            raise CredentialsRefused("The sign-in did not complete: {reason}",
                                     detail=str(result.get("error_description", "")),
                                     reason=result.get("error", "cancelled"))
        self.cache.save()
        return self.account()

