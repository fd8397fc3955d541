"""Server accounts against the running team server (issue 35, item 1b): HTTP Basic over its
TLS; the right password signs in as the account's employee, whatever user the request names;
five wrong ones lock the account, the right one included, in one sentence."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import select

from desktop.crm import accounts, entities as E
from desktop.team.replica.transport import HttpsTransport, ServerRefused
from desktop.team.server import signin
from desktop.team.versions import current
from tests.team.conftest import salespeople
from tests.team.server import InProcessServer

PASSWORD = "correct horse battery"


@pytest.fixture
def account_server(team_db, tmp_path):
    server = InProcessServer(team_db, tmp_path / "tls", signin.AccountVerifier(team_db)).start()
    yield server
    server.stop()


def register(server: InProcessServer, user: str, password: str, claimed: str) -> dict:
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    https = HttpsTransport(server.url, server.fingerprint,
                           authorization=lambda: f"Basic {basic}")
    try:
        return https.post("/v1/register", dict(user=claimed, name="laptop",
                                               revision=current()))
    finally:
        https.close()


def test_the_right_password_signs_in_as_the_accounts_employee(team_db, account_server,
                                                               clock):
    me, other = salespeople(team_db, 2)
    with team_db.session("admin") as s:
        accounts.set_password(s, me, PASSWORD)
        s.commit()
    answer = register(account_server, me, PASSWORD, claimed=other)  # a forged name
    assert answer["user"] == me
    with team_db.session() as s:
        assert s.get(E.Device, answer["device"]).user_name == me


def test_repeated_failures_lock_the_account(team_db, account_server, clock):
    me = salespeople(team_db, 1)[0]
    with team_db.session("admin") as s:
        accounts.set_password(s, me, PASSWORD)
        s.commit()
    sentences = []
    for password in ["guess"] * accounts.MAX_FAILURES + [PASSWORD]:
        with pytest.raises(ServerRefused) as refused:
            register(account_server, me, password, claimed=me)
        sentences.append((refused.value.status, refused.value.message()))
    locked = ("This account is locked after repeated failed sign-ins: try again in a quarter "
              "of an hour, or ask a CRM manager.")
    assert sentences == [(401, signin.NOT_SIGNED_IN)] * (accounts.MAX_FAILURES - 1) + \
        [(401, locked)] * 2
    with team_db.session() as s:
        assert s.scalars(select(E.Device)).all() == []


def test_the_command_line_sets_a_password_from_the_environment(team_db, monkeypatch, capsys):
    from desktop.__main__ import main

    me = salespeople(team_db, 1)[0]
    monkeypatch.setenv("CRM_ACCOUNT_PASSWORD", PASSWORD)
    assert main(["account", me, "--password-env", "CRM_ACCOUNT_PASSWORD",
                 "--database", team_db.url]) == 0
    assert f"the account of {me} is set" in capsys.readouterr().out
    with team_db.session() as s:
        assert accounts.check_password(s, me, PASSWORD)
