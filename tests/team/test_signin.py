"""Sign-in with Microsoft Entra ID (issue 35, item 1): the team server, running, checks each
request's access token against the tenant's OpenID configuration and key set, published by
the loopback Entra of the Graph tests (tests/sync/graph_identity.py). Bad tokens are refused
in one sentence; the user a laptop works for is the one its token names, whatever its
requests say."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop.crm import entities as E
from desktop.crm.db.database import Database, make_engine
from desktop.crm.db.records import apply_values
from desktop.team.replica.replica import Replica
from desktop.team.replica.transport import HttpsTransport, ServerRefused
from desktop.team.server import signin
from desktop.team.versions import current
from tests.sync.graph_identity import TENANT, signing_key, unsigned
from tests.sync.graph_server import GraphServer
from tests.team.conftest import salespeople
from tests.team.server import InProcessServer
from tests.team.test_conflicts import first

API = "api://crm-team-server"


@pytest.fixture
def entra(tmp_path):
    server = GraphServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def signed_server(team_db, entra, tmp_path):
    verifier = signin.EntraVerifier(TENANT, API, authority=entra.base,
                                    ca_file=str(entra.certificate))
    server = InProcessServer(team_db, tmp_path / "tls", verifier).start()
    yield server
    server.stop()


def email(db: Database, user: str) -> str:
    with db.session() as s:
        return s.scalars(select(E.Employee.email).where(E.Employee.user_name == user)).one()


def transport(server: InProcessServer, token) -> HttpsTransport:
    return HttpsTransport(server.url, server.fingerprint,
                          authorization=lambda: f"Bearer {token()}")


def register(server: InProcessServer, token: str, user: str = "") -> dict:
    https = transport(server, lambda: token)
    try:
        return https.post("/v1/register", dict(user=user, name="laptop", revision=current()))
    finally:
        https.close()


def test_a_valid_token_signs_in_as_the_employee_it_names(team_db, entra, signed_server,
                                                          clock):
    me = salespeople(team_db, 1)[0]
    token = entra.identity.api_token(email(team_db, me), API, clock.now().timestamp())
    device = register(signed_server, token)["device"]
    with team_db.session() as s:
        assert s.get(E.Device, device).user_name == me


BAD = {
    "unsigned": (lambda identity, now: unsigned(identity.api_token("x", API, now)),
                 signin.NOT_SIGNED_IN),
    "expired": (lambda identity, now: identity.api_token("x", API, now, lifetime=-3600),
                signin.EXPIRED),
    "wrong audience": (lambda identity, now: identity.api_token("x", "api://another", now),
                       signin.NOT_SIGNED_IN),
    "wrong tenant": (lambda identity, now: identity.api_token("x", API, now, tenant="tenant-2"),
                     signin.NOT_SIGNED_IN),
    "unknown key": (lambda identity, now: identity.api_token(
        "x", API, now, key=("key-9", signing_key())), signin.NOT_SIGNED_IN),
}


@pytest.mark.parametrize("case", BAD)
def test_a_bad_token_is_refused_in_one_sentence(team_db, entra, signed_server, clock, case):
    make, sentence = BAD[case]
    me = salespeople(team_db, 1)[0]
    token = make(_Named(entra.identity, email(team_db, me)), clock.now().timestamp())
    with pytest.raises(ServerRefused) as refused:
        register(signed_server, token, user=me)
    assert (refused.value.status, refused.value.message()) == (401, sentence)
    with team_db.session() as s:
        assert s.scalars(select(E.Device)).all() == []


class _Named:
    """The loopback Entra, issuing every token for one real employee's address."""

    def __init__(self, identity, address: str) -> None:
        self.identity, self.address = identity, address

    def api_token(self, _user: str, audience: str, now: float, **changes) -> str:
        return self.identity.api_token(self.address, audience, now, **changes)


def test_no_token_is_refused(team_db, signed_server):
    https = HttpsTransport(signed_server.url, signed_server.fingerprint)
    with pytest.raises(ServerRefused) as refused:
        https.post("/v1/register", dict(user=salespeople(team_db, 1)[0], revision=current()))
    https.close()
    assert refused.value.message() == signin.NOT_SIGNED_IN


def test_the_user_named_in_requests_is_ignored(team_db, entra, signed_server, clock,
                                               templates):
    """The laptop says it works for "ceo" and writes "ceo" into its rows: the server
    registers it, and audits its changes, under the employee its token names."""
    me, other = salespeople(team_db, 2)
    tokens = {"who": email(team_db, me)}
    url = templates.fresh("sqlite")
    laptop = Replica(Database(url, make_engine(url)), transport(signed_server, lambda: (
        entra.identity.api_token(tokens["who"], API, clock.now().timestamp()))))
    try:
        laptop.setup("ceo", name="forged", server_url=signed_server.url)
        laptop.sync()
        partner = first(laptop, E.BusinessPartner)
        with laptop.db.session("ceo") as s:
            apply_values(s, s.get(E.BusinessPartner, partner), dict(city="Brest"))
            s.commit()
        assert laptop.sync().answers == {"applied": 1}
        with team_db.session() as s:
            assert s.scalars(select(E.Device.user_name)).all() == [me]
            assert s.get(E.BusinessPartner, partner).modified_by == me
        with laptop.db.engine.connect() as c:  # and the laptop knows whom it works for
            assert c.execute(text("SELECT user_name FROM replica_state")).scalar() == me
        tokens["who"] = email(team_db, other)  # someone else's token on this laptop
        with pytest.raises(ServerRefused) as refused:
            laptop.transport.post("/v1/sync", dict(device=laptop.device_id,
                                                   revision=current(), pull=False))
        assert refused.value.status == 403
    finally:
        laptop.detach()
        laptop.transport.close()
        laptop.db.dispose()
        templates.drop(url)
