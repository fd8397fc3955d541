"""Who signs in to the team server with Microsoft Entra ID: the laptop sends the access token
msal obtained, and the server checks it as Microsoft asks a resource server to
(https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens, "Validate
tokens"): signed with RS256 by a key of the tenant's published key set (JWKS), found from the
tenant's OpenID configuration
(https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc, "Find your app's
OpenID configuration document URI"), issued by that tenant, for this server (audience), and not
expired. The token's ``preferred_username`` then names the employee (service.py)."""

from __future__ import annotations

import base64
import json
import ssl
import urllib.request
from dataclasses import dataclass

import jwt
from sqlalchemy import func, select

from desktop.crm import accounts, clock, entities as E
from desktop.crm.db.database import Database
from desktop.team.server.context import RequestRefused

MICROSOFT = "https://login.microsoftonline.com"
#: Entra's and the server's clocks may differ by this much (seconds)
LEEWAY = 300


def _not_signed_in() -> RequestRefused:
    return RequestRefused("The team server could not verify your sign-in: sign in again.",
                          status=401)


def _expired() -> RequestRefused:
    return RequestRefused("Your sign-in has expired: sign in again.", status=401)


NOT_SIGNED_IN, EXPIRED = _not_signed_in().template, _expired().template


@dataclass(frozen=True)
class SignedIn:
    """A verified identity: the tenant's object id of the user and their sign-in name, or
    (a server account) the employee's user name itself."""
    object_id: str
    username: str
    employee: str = ""


class EntraVerifier:
    def __init__(self, tenant: str, audience: str, authority: str = MICROSOFT,
                 ca_file: str | None = None) -> None:
        self.tenant, self.audience = tenant, audience
        self.metadata_url = f"{authority.rstrip('/')}/{tenant}/v2.0/.well-known/" \
                            "openid-configuration"
        self.context = ssl.create_default_context(cafile=ca_file)
        self._keys: jwt.PyJWKClient | None = None
        self._issuer = ""

    def verify(self, authorization: str) -> SignedIn:
        token = authorization.removeprefix("Bearer ").strip()
        if not authorization.startswith("Bearer ") or not token:
            raise _not_signed_in()
        try:
            # the key is looked up by the header's kid: an unknown key, or "alg": "none"
            # (no kid, no signature), is refused here
            key = self._key_set().get_signing_key_from_jwt(token)
            claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=self.audience,
                                issuer=self._issuer, leeway=LEEWAY,
                                options={"require": ["exp", "nbf", "iss", "aud", "oid", "tid"],
                                         "verify_exp": False, "verify_nbf": False})
        except (jwt.PyJWTError, OSError, ValueError):
            raise _not_signed_in() from None
        self._check_times(claims)
        if claims["tid"] != self.tenant:  # the issuer says so too; both, as Microsoft advises
            raise _not_signed_in()
        return SignedIn(str(claims["oid"]), str(claims.get("preferred_username", "")))

    @staticmethod
    def _check_times(claims: dict) -> None:
        """Against the server's clock (desktop.crm.clock), which the tests pin, rather than
        PyJWT's reading of the machine's."""
        now = clock.now().timestamp()
        if not isinstance(claims["exp"], int | float) or now > claims["exp"] + LEEWAY:
            raise _expired()
        if not isinstance(claims["nbf"], int | float) or now < claims["nbf"] - LEEWAY:
            raise _not_signed_in()

    def _key_set(self) -> jwt.PyJWKClient:
        """Read once: the issuer and where the keys are; PyJWKClient fetches the keys again
        when a token names a key it has not seen (Entra rolls its keys)."""
        if self._keys is None:
            with urllib.request.urlopen(self.metadata_url, timeout=30,
                                        context=self.context) as answer:
                metadata = json.load(answer)
            self._issuer = metadata["issuer"]
            self._keys = jwt.PyJWKClient(metadata["jwks_uri"], ssl_context=self.context,
                                         timeout=30)
        return self._keys


def employee_of(db: Database, signed_in: SignedIn) -> str:
    """The user name of the active employee whose e-mail address is the sign-in name (the
    link between the employee record and the tenant's identity), or whose user name a server
    account signed in as; else a refusal."""
    linked = E.Employee.user_name == signed_in.employee if signed_in.employee else \
        func.lower(E.Employee.email) == signed_in.username.lower()
    with db.session() as s:
        names = s.scalars(select(E.Employee.user_name).where(
            E.Employee.active.is_(True), E.Employee.user_name.is_not(None), linked)).all()
    if not (signed_in.username or signed_in.employee) or len(names) != 1:
        raise RequestRefused("You signed in as {who}, whom no employee of the CRM is linked "
                             "to: ask a CRM manager to enter that address on your employee "
                             "record.", status=403, who=signed_in.username or signed_in.employee)
    return str(names[0])


class AccountVerifier:
    """Sign-in with a server account (desktop.crm.accounts): HTTP Basic over the TLS the
    server always speaks (RFC 7617), checked and counted in a transaction of its own so that
    a failure counts even though the request is refused."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self, authorization: str) -> SignedIn:
        user, password = _basic(authorization)
        with self.db.session("team-server") as s:
            right = accounts.check_password(s, user, password)
            account = s.scalars(select(E.ServerAccount).where(
                E.ServerAccount.user_name == user)).first()
            s.commit()
        if right:
            return SignedIn(f"account:{user}", "", employee=user)
        if account is not None and accounts.locked(account):
            raise RequestRefused("This account is locked after repeated failed sign-ins: try "
                                 "again in a quarter of an hour, or ask a CRM manager.",
                                 status=401)
        raise _not_signed_in()


def _basic(authorization: str) -> tuple[str, str]:
    if not authorization.startswith("Basic "):
        raise _not_signed_in()
    try:
        user, _, password = base64.b64decode(authorization[6:], validate=True) \
            .decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        raise _not_signed_in() from None
    return user, password
