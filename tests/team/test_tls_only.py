"""The team server speaks TLS only (issue 35, item 4): serve.py always listens with a
certificate (the administrator's or a self-signed one for trials), so a request in plain HTTP
gets no HTTP answer at all."""

from __future__ import annotations

import http.client

import pytest


def test_plain_http_gets_no_answer(team_server):
    plain = http.client.HTTPConnection("127.0.0.1", team_server.port, timeout=30)
    try:
        with pytest.raises((http.client.HTTPException, ConnectionError)):
            plain.request("GET", "/v1/health")
            plain.getresponse()
    finally:
        plain.close()
