"""The sign-in side of the loopback Graph server, answering as Microsoft Entra does so that the
real msal runs: OpenID discovery, client credentials with a secret or a signed certificate
assertion, the device-code flow, the browser's authorization code with PKCE, and refresh
tokens. Tokens can be revoked to make Graph answer 401. It also publishes a key set (JWKS) and
issues RS256 access tokens for an API of the tenant, as Entra does for the team server
(https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

TENANT = "tenant-1"


def signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def unsigned(token: str) -> str:
    """The same claims with "alg": "none" and no signature (RFC 7519, 6.1)."""
    _header, claims, _signature = token.split(".")
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{claims}."


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@dataclass
class Grant:
    """An access token: the application's (every mailbox) or a user's (theirs only)."""
    client_id: str
    user: str = ""  # empty: application permissions


@dataclass
class DeviceCode:
    code: str
    user_code: str
    approved_by: str = ""


@dataclass
class Identity:
    client_id: str = "app-crm"
    secret: str = "secret"
    certificates: list = field(default_factory=list)  # x509 certificates of the app
    public_client: str = "app-sales"  # the application a salesperson signs in with
    access: dict[str, Grant] = field(default_factory=dict)
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    devices: dict[str, DeviceCode] = field(default_factory=dict)
    codes: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # code -> user, challenge, nonce
    requests: list[dict] = field(default_factory=list)  # forms posted to the token endpoint
    browser_user: str = ""  # who signs in when the browser opens the authorize page
    auto_approve: str = ""  # who types every device code as soon as it is given
    lock: threading.Lock = field(default_factory=threading.Lock)
    base: str = ""  # https://127.0.0.1:port
    #: the tenant's signing keys, by key id, published at jwks_uri
    keys: dict = field(default_factory=lambda: {"key-1": signing_key()})

    # -- documents -------------------------------------------------------------------------
    def openid_configuration(self) -> dict:
        root = f"{self.base}/{TENANT}"
        return {"issuer": f"{root}/v2.0", "token_endpoint": f"{root}/oauth2/v2.0/token",
                "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
                "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
                "response_types_supported": ["code"], "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "jwks_uri": f"{self.base}/{TENANT}/discovery/v2.0/keys"}

    def jwks(self) -> dict:
        keys = []
        for kid, key in self.keys.items():
            public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            keys.append({**public, "kid": kid, "use": "sig", "alg": "RS256"})
        return {"keys": keys}

    def api_token(self, user: str, audience: str, now: float, **changes) -> str:
        """A v2.0 access token for ``audience`` (an API of the tenant), signed by the
        tenant's first key; ``changes`` override claims (``tenant``, ``key``, ``lifetime``
        to make a bad one)."""
        tenant = changes.pop("tenant", TENANT)
        key = changes.pop("key", next(iter(self.keys.items())))
        lifetime = changes.pop("lifetime", 3600)
        claims = {"aud": audience, "iss": f"{self.base}/{tenant}/v2.0", "iat": int(now),
                  "nbf": int(now), "exp": int(now) + lifetime, "oid": f"oid-{user}",
                  "sub": f"sub-{user}", "tid": tenant, "preferred_username": user,
                  "name": user, "ver": "2.0", "scp": "sync", **changes}
        return jwt.encode(claims, key[1], algorithm="RS256", headers={"kid": key[0]})

    # -- endpoints -------------------------------------------------------------------------
    def device_code(self, form: dict) -> tuple[int, dict]:
        if form.get("client_id") != self.public_client:
            return 400, {"error": "unauthorized_client",
                         "error_description": "AADSTS700016: Application not found."}
        device = DeviceCode(secrets.token_hex(8), secrets.token_hex(4).upper(),
                            self.auto_approve)
        with self.lock:
            self.devices[device.code] = device
        return 200, {"device_code": device.code, "user_code": device.user_code,
                     "verification_uri": "https://microsoft.com/devicelogin",
                     "expires_in": 900, "interval": 1,
                     "message": f"To sign in, open https://microsoft.com/devicelogin and "
                                f"enter the code {device.user_code}."}

    def approve(self, user_code: str, user: str) -> None:
        """The salesperson typed the code in a browser and signed in."""
        with self.lock:
            next(d for d in self.devices.values() if d.user_code == user_code).approved_by = user

    def authorize(self, query: dict) -> str:
        """The browser's visit: signed in as ``browser_user``, sent back with a code."""
        code = secrets.token_hex(8)
        with self.lock:
            self.codes[code] = (self.browser_user, query.get("code_challenge", ""),
                                query.get("nonce", ""))
        answer = {"code": code, "state": query.get("state", ""),
                  "client_info": _b64({"uid": "u1", "utid": TENANT})}
        return f"{query['redirect_uri']}?{urllib.parse.urlencode(answer)}"

    def authorize_form(self, query: dict) -> str:
        """response_mode=form_post: a page whose form posts the code back (a browser sends
        it by itself)."""
        location = self.authorize(query)
        target, _, fields = location.partition("?")
        inputs = "".join(f'<input type="hidden" name="{k}" value="{v}">'
                         for k, v in urllib.parse.parse_qsl(fields))
        return (f'<html><body onload="document.forms[0].submit()"><form method="post" '
                f'action="{target}">{inputs}</form></body></html>')

    def token(self, body: bytes, url: str) -> tuple[int, dict]:
        form = dict(urllib.parse.parse_qsl(body.decode()))
        self.requests.append(form)
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            return self._client_credentials(form, url)
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            device = self.devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "expired_token"}
            if not device.approved_by:
                return 400, {"error": "authorization_pending",
                             "error_description": "AADSTS70016: Pending end-user authorization."}
            return 200, self._user_tokens(device.approved_by, form)
        if grant == "authorization_code":
            user, challenge, nonce = self.codes.pop(form.get("code", ""), ("", "", ""))
            verifier = form.get("code_verifier", "").encode()
            expected = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()) \
                .rstrip(b"=").decode()
            if not user or expected != challenge:
                return 400, {"error": "invalid_grant"}
            return 200, self._user_tokens(user, form, nonce)
        if grant == "refresh_token":
            user = self.refresh.pop(form.get("refresh_token", ""), "")
            if not user:
                return 400, {"error": "invalid_grant",
                             "error_description": "AADSTS70008: The refresh token has expired."}
            return 200, self._user_tokens(user, form)
        return 400, {"error": "unsupported_grant_type"}

    def _client_credentials(self, form: dict, url: str) -> tuple[int, dict]:
        refused = (401, {"error": "invalid_client", "error_description":
                         "AADSTS7000215: Invalid client secret provided."})
        if form.get("client_id") != self.client_id:
            return refused
        if "client_assertion" in form:
            if not self._assertion_valid(form["client_assertion"], url):
                return 401, {"error": "invalid_client", "error_description":
                             "AADSTS700027: Client assertion contains an invalid signature."}
        elif form.get("client_secret") != self.secret:
            return refused
        if not form.get("scope", "").endswith("/.default"):
            return 400, {"error": "invalid_scope"}
        token = secrets.token_hex(16)
        with self.lock:
            self.access[token] = Grant(self.client_id)
        return 200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                     "access_token": token}

    def _assertion_valid(self, assertion: str, url: str) -> bool:
        for certificate in self.certificates:
            try:
                claims = jwt.decode(assertion, certificate.public_key(), algorithms=["RS256", "PS256"],
                                    audience=url)
            except jwt.PyJWTError:
                continue
            return claims.get("iss") == claims.get("sub") == self.client_id
        return False

    def _user_tokens(self, user: str, form: dict, nonce: str = "") -> dict:
        token, refresh = secrets.token_hex(16), secrets.token_hex(16)
        with self.lock:
            self.access[token] = Grant(form.get("client_id", ""), user)
            self.refresh[refresh] = user
        now = int(time.time())  # machine clock: msal checks the id token against it
        claims = {"iss": f"{self.base}/{TENANT}/v2.0", "aud": form.get("client_id", ""),
                  "sub": user, "oid": f"oid-{user}", "tid": TENANT, "iat": now,
                  "nbf": now, "exp": now + 3600, "preferred_username": user, "name": user,
                  **({"nonce": nonce} if nonce else {})}
        id_token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
        api = [scope for scope in form.get("scope", "").split() if scope.startswith("api://")]
        if api:  # an API of the tenant (the team server): a signed v2.0 access token for it
            token = self.api_token(user, api[0].rsplit("/", 1)[0], now)
        return {"token_type": "Bearer", "expires_in": 3599, "scope": form.get("scope", ""),
                "access_token": token, "refresh_token": refresh, "id_token": id_token,
                "client_info": _b64({"uid": f"oid-{user}", "utid": TENANT})}

    # -- Graph's side ----------------------------------------------------------------------
    def grant(self, authorization: str) -> Grant | None:
        return self.access.get(authorization.removeprefix("Bearer ")) \
            if authorization.startswith("Bearer ") else None

    def revoke_access_tokens(self) -> None:
        """Every access token stops working (refresh tokens still do)."""
        with self.lock:
            self.access.clear()
