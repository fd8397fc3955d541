"""Exchange sync settings: scenario 21 (BR-EX-06), BR-EX-07, the settings rules, and the
users imported from the employees."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.crm import entities as E, exchange_settings as X
from desktop.crm.db.records import apply_values
from desktop.crm.enums import TimeUnit
from desktop.crm.errors import ValidationError

UTC = dt.timezone.utc


def test_scenario_21_runs_fall_on_whole_hours():
    saved = dt.datetime(2026, 11, 29, 15, 20, tzinfo=UTC)
    first = X.next_run(saved, 1, TimeUnit.HOURS)
    second = X.next_run(saved, 1, TimeUnit.HOURS, after=first)
    assert (first.hour, first.minute, second.hour) == (16, 0, 17)


def test_quarter_hours_and_days():
    saved = dt.datetime(2026, 11, 29, 15, 20, tzinfo=UTC)
    assert X.next_run(saved, 15, TimeUnit.MINUTES).strftime("%H:%M") == "15:30"
    assert X.next_run(saved, 1, TimeUnit.DAYS) == dt.datetime(2026, 11, 30, tzinfo=UTC)


def test_br_ex_07_warns_under_15_minutes():
    assert X.interval_warning(10, TimeUnit.MINUTES)
    assert X.interval_warning(15, TimeUnit.MINUTES) is None


def test_enabled_settings_need_a_service_and_an_account(session):
    settings = X.sync_settings(session)
    with pytest.raises(ValidationError, match="address of the Exchange service"):
        apply_values(session, settings, {"enabled": True, "service_url": "mail"})
    with pytest.raises(ValidationError, match="account the synchronization"):
        apply_values(session, settings, {"enabled": True,
                                         "service_url": "https://mail.example.com/EWS"})
    with pytest.raises(ValidationError, match="at least 1"):
        apply_values(session, settings, {"enabled": False, "calendar_pull_interval": 0})


def test_oauth2_needs_a_tenant_or_a_secure_token_address(session):
    from desktop.crm.enums import SyncAuthType

    settings = X.sync_settings(session)
    oauth = {"enabled": True, "service_url": "https://outlook.office365.com/EWS/Exchange.asmx",
             "account_user": "0c1d2e3f-client-id", "auth_type": SyncAuthType.OAUTH2}
    with pytest.raises(ValidationError, match="tenant"):
        apply_values(session, settings, oauth)
    with pytest.raises(ValidationError, match="https://"):
        apply_values(session, settings, {**oauth, "oauth_token_url": "http://idp/token"})
    apply_values(session, settings, {**oauth, "oauth_tenant": " contoso.onmicrosoft.com ",
                                     "oauth_token_url": ""})
    assert settings.oauth_tenant == "contoso.onmicrosoft.com"
    apply_values(session, settings, {"auth_type": SyncAuthType.NTLM, "oauth_tenant": ""})


def test_import_and_activate_users(session):
    session.add_all([E.Employee(code="E1", name="Anne", user_name="anne", email="anne@x.fr"),
                     E.Employee(code="E2", name="Nobody", user_name="nobody", email=""),
                     E.Employee(code="E3", name="No user", user_name=None, email="n@x.fr")])
    session.flush()
    assert X.import_users(session) == 1 and X.import_users(session) == 0
    session.flush()
    X.activate_all(session, True)
    user = session.scalars(select(E.ExchangeSyncUser)).one()
    assert (user.user_name, user.email_address, user.active) == ("anne", "anne@x.fr", True)


def test_exchange_online_needs_the_application_its_tenant_and_its_certificate(session):
    from desktop.crm.enums import GraphSignIn, SyncProtocol

    settings = X.sync_settings(session)
    graph = {"enabled": True, "protocol": SyncProtocol.GRAPH, "service_url": ""}
    with pytest.raises(ValidationError, match="tenant") as refused:
        apply_values(session, settings, graph)
    assert refused.value.field == "graph_tenant"
    graph["graph_tenant"] = " contoso.onmicrosoft.com "
    with pytest.raises(ValidationError, match="application \\(client\\) id"):
        apply_values(session, settings, graph)
    graph.update(graph_client_id="0c1d2e3f", graph_sign_in=GraphSignIn.APP_CERTIFICATE)
    with pytest.raises(ValidationError, match="certificate file"):
        apply_values(session, settings, graph)
    with pytest.raises(ValidationError, match="https://"):
        apply_values(session, settings, {**graph, "certificate_path": "/etc/crm.pem",
                                         "authority_url": "http://login.example"})
    apply_values(session, settings, {**graph, "certificate_path": "/etc/crm.pem",
                                     "authority_url": ""})
    assert settings.graph_tenant == "contoso.onmicrosoft.com"  # trimmed; no EWS address asked


def test_ews_pointed_at_exchange_online_is_warned(session):
    from desktop.crm.enums import SyncProtocol

    online = "https://outlook.office365.com/EWS/Exchange.asmx"
    warning = X.online_warning(SyncProtocol.EWS, online)
    assert warning is not None and "1 April 2027" in str(warning)
    assert X.online_warning(SyncProtocol.EWS, "https://mail.example.com/EWS/Exchange.asmx") \
        is None
    assert X.online_warning(SyncProtocol.GRAPH, online) is None


@pytest.mark.parametrize("host", ["outlook.office365.com", "outlook.office.com",
                                  "outlook.office365.us", "outlook-dod.office365.us",
                                  "webmail.apps.mil", "partner.outlook.cn", "outlook.office.de",
                                  "OUTLOOK.OFFICE365.COM"])
def test_every_microsoft_365_clouds_host_is_recognised(host):
    """Worldwide and GCC, GCC High, DoD, 21Vianet, Microsoft Cloud Deutschland."""
    assert X.is_online_host(f"https://{host}/EWS/Exchange.asmx")
    assert not X.is_online_host(f"https://mail.{host.split('.')[-2]}-corp.example/EWS/Exchange.asmx")
    assert not X.is_online_host("https://notoutlook.office365.com.example/EWS")


def test_switching_protocol_forgets_the_sync_states_and_keeps_the_links(session):
    from desktop.crm.enums import SyncProtocol

    settings = X.sync_settings(session)
    user = E.ExchangeSyncUser(user_name="sophie", email_address="sophie@example.com",
                              calendar_sync_state="ews-state", task_sync_state="ews-tasks")
    session.add_all([user, E.ExchangeItemLink(mailbox="sophie@example.com", item_id="AAMk1")])
    session.flush()
    apply_values(session, settings, {"import_category": "Clients"})  # same protocol: kept
    session.refresh(user)
    assert user.calendar_sync_state == "ews-state"
    apply_values(session, settings, {"protocol": SyncProtocol.GRAPH, "graph_tenant": "t",
                                     "graph_client_id": "c"})
    session.refresh(user)
    assert (user.calendar_sync_state, user.task_sync_state) == ("", "")
    link = session.scalars(select(E.ExchangeItemLink)).one()
    session.refresh(link)
    assert (link.item_id, link.rekey) == ("AAMk1", True)  # found again under Graph's id
