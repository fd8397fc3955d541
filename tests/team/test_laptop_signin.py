"""The laptop's side of signing in (issue 35): a laptop replica sends its sign-in with every
request to the running team server (TLS, PostgreSQL), registers and syncs; a wrong password
is refused in one sentence; a refused Entra token is renewed without the user."""

from __future__ import annotations

import pytest

from desktop.crm import accounts, clock as app_clock
from desktop.crm.db.database import Database, make_engine
from desktop.team.replica.replica import Replica
from desktop.team.replica.signin import AccountSignIn, EntraSignIn, signed_transport
from desktop.team.replica.transport import ServerRefused
from desktop.team.server import signin
from tests.sync.graph_identity import TENANT
from tests.team.conftest import salespeople
from tests.team.server import InProcessServer
from tests.team.test_accounts import PASSWORD, account_server  # noqa: F401 (fixture)
from tests.team.test_signin import API, email, entra, signed_server  # noqa: F401 (fixtures)


@pytest.fixture
def laptop_db(templates):
    url = templates.fresh("sqlite")
    db = Database(url, make_engine(url))
    yield db
    db.dispose()
    templates.drop(url)


def laptop(db: Database, server: InProcessServer, sign_in) -> Replica:
    return Replica(db, signed_transport(server.url, server.fingerprint, sign_in))


def set_up_and_sync(replica: Replica, user: str) -> int:
    """Registers the laptop for ``user`` and makes its first copy; returns the rows pulled."""
    try:
        replica.setup(user, name=f"laptop of {user}", server_url="https://team.example")
        return replica.sync().pulled
    finally:
        replica.detach()
        replica.transport.close()


def with_account(db: Database) -> str:
    """A salesperson with a server account; returns the user name."""
    me = salespeople(db, 1)[0]
    with db.session("admin") as s:
        accounts.set_password(s, me, PASSWORD)
        s.commit()
    return me


def test_a_laptop_with_a_server_account_signs_in_and_syncs(team_db, account_server,  # noqa: F811
                                                          laptop_db, clock):
    me = with_account(team_db)
    assert set_up_and_sync(laptop(laptop_db, account_server, AccountSignIn(me, PASSWORD)),
                           me) > 0


def test_a_wrong_password_is_refused_in_one_sentence(team_db, account_server,  # noqa: F811
                                                    laptop_db, clock):
    me = with_account(team_db)
    replica = laptop(laptop_db, account_server, AccountSignIn(me, "not the password"))
    try:
        with pytest.raises(ServerRefused) as refused:
            replica.setup(me, name=f"laptop of {me}", server_url=account_server.url)
    finally:
        replica.transport.close()
    assert (refused.value.status, refused.value.message()) == (401, signin.NOT_SIGNED_IN)


class CachedTokens:
    """What msal's acquire_token_silent does with its cache: the cached access token until
    it is removed, then a new one redeemed from the refresh token
    (https://learn.microsoft.com/en-us/entra/msal/python/getting-started/acquiring-tokens).
    The first cached token here has already expired on the server's clock."""

    def __init__(self, identity, user: str, now: float) -> None:
        self.identity, self.user, self.now = identity, user, now
        self.cached = identity.api_token(user, API, now, lifetime=-3600)
        self.redeemed = 0

    def token(self) -> str:
        if not self.cached:
            self.cached = self.identity.api_token(self.user, API, self.now)
            self.redeemed += 1
        return self.cached

    def forget(self) -> None:
        self.cached = ""


def test_an_expired_entra_token_is_renewed_without_the_user(team_db, entra,  # noqa: F811
                                                            signed_server, laptop_db,  # noqa: F811
                                                            clock):
    me = salespeople(team_db, 1)[0]
    tokens = CachedTokens(entra.identity, email(team_db, me), clock.now().timestamp())
    assert set_up_and_sync(laptop(laptop_db, signed_server, EntraSignIn(tokens)), me) > 0
    assert tokens.redeemed == 1


def test_a_laptop_signs_in_with_entra_through_msal_and_syncs(team_db, entra,  # noqa: F811
                                                           signed_server,  # noqa: F811
                                                           laptop_db, tmp_path, memory_keyring):
    """msal's public client against the loopback authority, as the Graph tests sign in (device
    code); the server checks the token on the machine's clock here, because msal stamps its
    tokens with it (the run's pinned moment is minutes behind once the suite has run a while,
    and the token would be 'not yet valid')."""
    with app_clock.use(app_clock.SystemClock()):
        _sign_in_with_msal_and_sync(team_db, entra, signed_server, laptop_db, tmp_path)


def _sign_in_with_msal_and_sync(team_db, entra, signed_server,  # noqa: F811
                                laptop_db, tmp_path) -> None:
    from desktop.sync.gateways.graph import GraphSettings, http_session
    from desktop.sync.gateways.graph_auth import DelegatedTokens, EncryptedTokenCache

    me = salespeople(team_db, 1)[0]
    session = http_session(GraphSettings(TENANT, entra.identity.public_client,
                                         ca_file=str(entra.certificate)))
    tokens = DelegatedTokens(entra.identity.public_client, TENANT,
                             EncryptedTokenCache(tmp_path / "team-tokens.bin"), session,
                             authority_base=entra.base, scopes=[f"{API}/sync"])
    flow = tokens.start_device_flow()
    entra.identity.approve(flow["user_code"], email(team_db, me))
    tokens.finish_device_flow(flow, cancelled=lambda: False)
    assert set_up_and_sync(laptop(laptop_db, signed_server, EntraSignIn(tokens)), me) > 0
