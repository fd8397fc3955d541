"""How a laptop reaches the team server: one HTTPS connection kept open (a round trip per
request on a slow link, not three), gzipped JSON both ways. The server's certificate is
checked against the administrator's CA file, or, for a self-signed trial certificate, against
the fingerprint the laptop was set up with.

``Transport`` is what the replica needs: ``post(path, body) -> answer``; a network fault is a
``TransportError`` (try again later), a refusal a ``ServerRefused`` with the server's
sentence. Tests wrap it to inject faults."""

from __future__ import annotations

import hashlib
import http.client
import ssl
from collections.abc import Callable
from typing import Protocol
from urllib.parse import urlsplit

from desktop.crm.errors import CrmError
from desktop.team import wire

PACKED = "application/vnd.crm-team+json+gzip"


class TransportError(Exception):
    """The request may or may not have reached the server: try again later."""


class ServerRefused(CrmError):
    def __init__(self, template: str, status: int = 400, **params) -> None:
        self.status = status
        super().__init__(template, **params)


class Transport(Protocol):
    def post(self, path: str, body: dict) -> dict: ...

    def close(self) -> None: ...


def _fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


class HttpsTransport:
    def __init__(self, url: str, fingerprint: str = "", ca_file: str = "",
                 timeout: float = 60.0,
                 authorization: Callable[[], str] | None = None,
                 renew: Callable[[], bool] | None = None) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "localhost", parts.port or 443
        self.prefix = parts.path.rstrip("/")
        self.fingerprint = fingerprint.strip().upper()
        self.timeout = timeout
        #: the Authorization header, asked at each request: "Bearer" and msal's access
        #: token, or "Basic" and a server account's name and password
        self.authorization = authorization
        #: on a 401, renews the sign-in silently if it can (then the request goes once more)
        self.renew = renew
        if self.fingerprint:  # a self-signed certificate: trusted by its fingerprint alone
            self.context = ssl.create_default_context()
            self.context.check_hostname = False
            self.context.verify_mode = ssl.CERT_NONE
        else:
            self.context = ssl.create_default_context(cafile=ca_file or None)
        self._connection: http.client.HTTPSConnection | None = None
        #: bytes sent and received, for the benchmarks
        self.sent = self.received = 0

    def _connect(self) -> http.client.HTTPSConnection:
        if self._connection is None:
            connection = http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout,
                                                     context=self.context)
            connection.connect()
            if self.fingerprint:
                der = connection.sock.getpeercert(binary_form=True)
                if der is None or _fingerprint(der) != self.fingerprint:
                    connection.close()
                    raise ServerRefused("The team server's certificate is not the one this "
                                        "laptop was set up with. Ask the administrator.")
            self._connection = connection
        return self._connection

    def post(self, path: str, body: dict) -> dict:
        try:
            return self._post(path, body)
        except ServerRefused as refused:
            if refused.status != 401 or self.renew is None or not self.renew():
                raise
        return self._post(path, body)  # once: a second 401 is the user's to answer

    def _post(self, path: str, body: dict) -> dict:
        payload = wire.pack(body)
        reused = self._connection is not None
        try:
            response, data = self._exchange(path, payload)
        except (OSError, http.client.HTTPException) as error:
            self.close()
            if not reused:
                raise TransportError(str(error) or type(error).__name__) from error
            try:  # the server closed an idle connection: once more on a new one (requests
                response, data = self._exchange(path, payload)  # are safe to repeat)
            except (OSError, http.client.HTTPException) as again:
                self.close()
                raise TransportError(str(again) or type(again).__name__) from again
        self.sent += len(payload) + len(path) + 120  # request line and headers
        self.received += len(data) + 150
        if response.status >= 500:
            raise TransportError(f"the team server answered {response.status}")
        if response.status != 200:
            raise _refusal(response.status, data)
        return wire.unpack(data)

    def _exchange(self, path: str, payload: bytes) -> tuple[http.client.HTTPResponse, bytes]:
        connection = self._connect()
        headers = {"Content-Type": PACKED, "Accept": PACKED}
        if self.authorization is not None:
            headers["Authorization"] = self.authorization()
        connection.request("POST", self.prefix + path, payload, headers)
        response = connection.getresponse()
        return response, response.read()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _refusal(status: int, data: bytes) -> Exception:
    import json

    try:
        found = json.loads(data)
        return ServerRefused(found.get("template") or found["error"], status=status,
                             **found.get("params", {}))
    except (ValueError, KeyError):
        return TransportError(f"the team server answered {status}")
