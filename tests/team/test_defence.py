"""What the team server refuses before it reads a request (issue 35, item 4), against the
running server: an oversized body (as declared, as sent, or once inflated) and a malformed one
are refused in one sentence that says nothing of the server's insides."""

from __future__ import annotations

import gzip
import json

import pytest

from desktop.team import wire
from desktop.team.replica.transport import HttpsTransport
from desktop.team.server import shape
from desktop.team.server.app import TOO_LARGE, UNREADABLE


@pytest.fixture
def client(team_server):
    transport = HttpsTransport(team_server.url, team_server.fingerprint)
    yield transport
    transport.close()


def _send(client: HttpsTransport, path: str, payload: bytes) -> tuple[int, dict]:
    response, data = client._exchange(path, payload)  # the laptop's own wire, any bytes
    return response.status, json.loads(data)


def test_a_body_that_inflates_past_the_limit_is_refused(client):
    bomb = gzip.compress(b" " * (shape.MAX_UNPACKED + 1), 9)  # a few hundred kilobytes
    assert len(bomb) < shape.MAX_PACKED
    assert _send(client, "/v1/sync", bomb) == (413, {"error": TOO_LARGE})


def test_a_body_larger_than_the_limit_on_the_wire_is_refused(client):
    assert _send(client, "/v1/sync", b"\0" * (shape.MAX_PACKED + 1)) == \
        (413, {"error": TOO_LARGE})


@pytest.mark.parametrize("payload", [
    b"not gzip at all",
    gzip.compress(b"{not json"),
    wire.pack([1, 2, 3]),
    wire.pack({"device": "1; DROP TABLE employees", "revision": "x"}),
    wire.pack({"device": 1, "units": "everything"}),
    wire.pack({"device": 1, "units": [{"seq": 1, "changes": [{"t": "contacts", "id": 1,
                                                              "op": "X"}]}]}),
    wire.pack({"device": 1, "units": [{"seq": "1", "changes": []}]}),
    wire.pack({"device": 1, "numbers": [{"series": "OPP"}]}),
], ids=["gzip", "json", "list", "device", "units", "op", "seq", "numbers"])
def test_a_malformed_body_is_refused_in_one_sentence(client, payload):
    assert _send(client, "/v1/sync", payload) == (400, {"error": UNREADABLE})
