"""Who signs in to the team server with Microsoft Entra ID: the laptop sends the access token
msal obtained, and the server checks it as Microsoft asks a resource server to
(https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens, "Validate
tokens"): signed with RS256 by a key of the tenant's published key set (JWKS), found from the
tenant's OpenID configuration
(https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc, "Find your app's
OpenID configuration document URI"), issued by that tenant, for this server (audience), and not
expired. The token's ``preferred_username`` then names the employee (service.py)."""

from __future__ import annotations

import json
import ssl
import urllib.request
from dataclasses import dataclass

import jwt
from sqlalchemy import func, select

from desktop.crm import clock, entities as E
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
    """A verified identity: the tenant's object id of the user, and their sign-in name."""
    object_id: str
    username: str


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
    link between the employee record and the tenant's identity), or a refusal."""
    with db.session() as s:
        names = s.scalars(select(E.Employee.user_name).where(
            E.Employee.active.is_(True), E.Employee.user_name.is_not(None),
            func.lower(E.Employee.email) == signed_in.username.lower())).all()
    if not signed_in.username or len(names) != 1:
        raise RequestRefused("You signed in as {who}, whom no employee of the CRM is linked "
                             "to: ask a CRM manager to enter that address on your employee "
                             "record.", status=403, who=signed_in.username)
    return str(names[0])
