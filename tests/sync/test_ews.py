"""Exchange Server only: OAuth 2.0 client credentials through exchangelib (the Graph
gateway's sign-in is tested in test_graph)."""

from __future__ import annotations

from tests.sync.conftest import JULIEN, SOPHIE, appointment


def _items(ews, box=SOPHIE, kind="CalendarItem"):
    return [i for i in ews.mailbox(box).items.values() if i.kind == kind]


def _oauth_engine(sync_db, ews, monkeypatch, secret: str = "secret"):
    from desktop.sync.engine import SyncEngine
    from tests.sync.conftest import gateway_for

    # oauthlib refuses a token address without TLS unless told; the loopback server has none
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    return SyncEngine(sync_db, gateway_for(ews, auth_type="OAUTH2", password=secret,
                                           oauth_token_url=ews.token_url))


def test_oauth2_client_credentials_get_a_token_and_act_for_each_sync_user(sync_db, ews,
                                                                         monkeypatch):
    appointment(sync_db, organizer=SOPHIE)
    report = _oauth_engine(sync_db, ews, monkeypatch).run_once()
    assert (report.pushed, report.error) == (1, "")
    [token] = ews.tokens.requests  # one token serves every mailbox of the run
    assert (token["grant_type"], token["client_id"], token["client_secret"]) == \
        ("client_credentials", "svc-crm", "secret")
    assert token["scope"] == "https://outlook.office365.com/.default"
    assert len(_items(ews)) == 1
    assert {r.impersonated for r in ews.requests} == {SOPHIE, JULIEN}


def test_oauth2_with_a_wrong_secret_stops_with_one_message(sync_db, ews, monkeypatch):
    appointment(sync_db)
    report = _oauth_engine(sync_db, ews, monkeypatch, secret="wrong").run_once()
    assert report.stopped and report.error == ("The application was refused its token: "
                                               "check the client id, its secret and the tenant.")
    assert "AADSTS7000215" in report.fault.detail
    assert report.waiting == 1 and not ews.requests


def test_exchange_online_refusing_ews_says_to_switch_to_graph(sync_db, ews):
    """Exchange Online answers 403 once EWS is off for the tenant: the sync stops and says that
    EWS is retired for Exchange Online, not to check a password."""
    from desktop.sync.contract import FaultKind
    from desktop.sync.engine import SyncEngine
    from tests.sync.conftest import gateway_for

    appointment(sync_db)
    ews.refuse_ews = True
    report = SyncEngine(sync_db, gateway_for(ews, online=True)).run_once()
    assert report.stopped and report.fault.kind is FaultKind.CREDENTIALS_REFUSED
    assert report.error == ("Exchange Online refused EWS: Microsoft retires EWS in Exchange "
                            "Online; choose Exchange Online (Microsoft Graph) in the "
                            "synchronization settings.")
    assert "password" not in report.error and report.waiting == 1
    on_premises = SyncEngine(sync_db, gateway_for(ews)).run_once()
    assert on_premises.stopped and "impersonation" in on_premises.error
