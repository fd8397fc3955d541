"""The token endpoint of the loopback server: OAuth 2.0 client credentials answered as
Microsoft Entra answers them (RFC 6749, 4.4), so the real exchangelib / oauthlib flow runs."""

from __future__ import annotations

import json
import secrets
import urllib.parse

PATH = "/tenant-1/oauth2/v2.0/token"


class TokenIssuer:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client = (client_id, client_secret)
        self.issued: set[str] = set()
        self.requests: list[dict] = []  # the forms the client posted

    def answer(self, body: bytes) -> tuple[int, bytes]:
        form = dict(urllib.parse.parse_qsl(body.decode()))
        self.requests.append(form)
        if form.get("grant_type") != "client_credentials" or \
                (form.get("client_id"), form.get("client_secret")) != self.client:
            return 401, json.dumps({"error": "invalid_client", "error_description":
                                    "AADSTS7000215: Invalid client secret provided."}).encode()
        token = secrets.token_hex(16)
        self.issued.add(token)
        return 200, json.dumps({"token_type": "Bearer", "expires_in": 3599,
                                "access_token": token}).encode()

    def accepts(self, authorization: str) -> bool:
        return authorization.startswith("Bearer ") and authorization[7:] in self.issued
