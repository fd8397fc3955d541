"""How a laptop proves to the team server who uses it (issue 35): the Authorization header
sent with every request, and what to do when the server answers 401.

- ``AccountSignIn``: a server account's name and password, as HTTP Basic inside the TLS. The
  password is held in memory for the session only (asked in a dialog at start), never
  written anywhere; it cannot be renewed without the user.
- ``EntraSignIn``: a Microsoft Entra ID access token for the server's API, from msal's token
  cache (desktop.sync's DelegatedTokens or anything with ``token()`` and ``forget()``). A
  refused token is dropped from the cache so that the next silent call refreshes it from
  the refresh token, without the user."""

from __future__ import annotations

import base64
from typing import Protocol


class SignIn(Protocol):
    def header(self) -> str: ...

    def renew(self) -> bool: ...


class AccountSignIn:
    def __init__(self, user: str, password: str) -> None:
        self.user = user
        # kept encoded only: what goes on the wire, not a field a debugger names "password"
        self._basic = base64.b64encode(f"{user}:{password}".encode()).decode()

    def header(self) -> str:
        return f"Basic {self._basic}"

    def renew(self) -> bool:
        return False  # a wrong or locked password needs the user


class TokenSource(Protocol):
    def token(self) -> str: ...

    def forget(self) -> None: ...


class EntraSignIn:
    def __init__(self, tokens: TokenSource) -> None:
        self.tokens = tokens

    def header(self) -> str:
        return f"Bearer {self.tokens.token()}"

    def renew(self) -> bool:
        """The server refused the access token (expired, revoked): drop it, so that msal's
        next acquire_token_silent redeems the refresh token."""
        self.tokens.forget()
        return True


def signed_transport(url: str, fingerprint: str, sign_in: SignIn, ca_file: str = ""):
    """The laptop's transport, sending ``sign_in``'s header with every request."""
    from desktop.team.replica.transport import HttpsTransport

    return HttpsTransport(url, fingerprint, ca_file, authorization=sign_in.header,
                          renew=sign_in.renew)
