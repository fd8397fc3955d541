"""What only the Graph gateway does, against the loopback Graph server with the real msal:
$batch of 20, the CRM key three ways, page links, an expired delta link (410), a revoked
token, the certificate sign-in, the delegated sign-in with its encrypted cache, a protocol
switch that doubles nothing, and mail."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from sqlalchemy import select

from desktop.crm import activities as A, clock as app_clock, entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.enums import ActivityType, SyncProtocol
from desktop.crm.exchange_settings import sync_settings
from desktop.sync.contract import CredentialsRefused
from desktop.sync.engine import SyncEngine
from desktop.sync.gateways.graph import GraphGateway, GraphSettings
from desktop.sync.gateways.graph_auth import DelegatedTokens, EncryptedTokenCache
from tests.sync.conftest import JULIEN, SOPHIE, appointment
from tests.sync.ews_server import EwsServer
from tests.sync.remotes import EwsRemote, GraphRemote
from tests.sync.test_faults import _many
from tests.sync.tls import client_certificate

UTC = dt.timezone.utc


def _gateway(graph, **overrides) -> GraphGateway:
    return GraphRemote(graph).gateway(**overrides)


def test_pushes_go_twenty_to_a_batch_with_the_crm_key_three_ways(sync_db, graph):
    _many(sync_db, 45)
    engine = SyncEngine(sync_db, _gateway(graph))
    report = engine.run_once()
    assert (report.pushed, report.waiting, report.error) == (45, 0, "")
    batches = [r for r in graph.requests if r.operation == "batch"]
    creates = [r for r in graph.requests if r.in_batch and r.operation == "create"]
    assert len(batches) == 3 and len(creates) == 45  # 20 + 20 + 5
    body = creates[0].body
    key = body["singleValueExtendedProperties"][0]["value"]
    assert key.startswith("CRM-") and body["transactionId"] == f"{key}@crm"
    assert [v.crm_key for v in GraphRemote(graph).events(SOPHIE)].count(key) == 1


def test_a_retried_create_returns_the_event_already_made(graph):
    from desktop.sync.contract import RemoteItem

    gateway = _gateway(graph)
    start = app_clock.now().replace(microsecond=0) + dt.timedelta(days=1)
    item = RemoteItem("event", "CRM-A1", subject="Once", start=start, end=start)
    first, again = gateway.create(SOPHIE, [item], False), gateway.create(SOPHIE, [item], False)
    assert first[0].item_id == again[0].item_id and len(graph.mailbox(SOPHIE).events) == 1


def test_a_task_carries_its_key_as_a_linked_resource(sync_db, graph):
    with sync_db.session("t") as s:
        julien = s.scalar(select(E.Employee.id).where(E.Employee.email == JULIEN))
        A.new_activity(s, ActivityType.TASK, {
            "subject": "Relancer", "contact_id": 1, "synchronize": True,
            "due_at": app_clock.now() + dt.timedelta(days=2)}, julien)
        s.commit()
    SyncEngine(sync_db, _gateway(graph)).run_once()
    [task] = graph.mailbox(JULIEN).tasks.values()
    [resource] = task["linkedResources"]
    assert resource["applicationName"] == "CRM desktop"
    assert resource["externalId"].startswith("CRM-") and task["status"] == "notStarted"


def test_page_links_are_followed_and_outlook_events_taken_as_the_delta_gives_them(graph):
    """A delta row holds all an event made in Outlook says: nothing is read again (the CRM key
    of an event EWS wrote is found when links are re-keyed after switching, test_switch)."""
    start = app_clock.now().replace(microsecond=0) + dt.timedelta(days=1)
    face = GraphRemote(graph)
    for n in range(230):
        face.outlook_event(SOPHIE, f"Outlook {n}", start + dt.timedelta(minutes=n))
    changes, state = _gateway(graph).changes(SOPHIE, "event", "")
    assert len(changes) == 230 and "deltatoken" in state
    assert {c.item.subject for c in changes} == {f"Outlook {n}" for n in range(230)}
    assert sum(1 for r in graph.requests if r.operation == "delta") == 2  # 200 + 30
    assert not [r for r in graph.requests if r.in_batch]


def test_an_expired_delta_link_resyncs_everything_and_doubles_nothing(sync_db, graph, clock):
    for n in range(3):
        appointment(sync_db, f"Rendez-vous {n}", hours=24 + n)
    engine = SyncEngine(sync_db, _gateway(graph))
    engine.run_once()
    graph.expired_delta = True
    report = engine.run_once()
    assert (report.error, report.pushed) == ("", 0)
    with sync_db.session("t") as s:
        assert s.scalar(select(E.ExchangeSyncUser.calendar_sync_state).where(
            E.ExchangeSyncUser.email_address == SOPHIE)).count("deltatoken") == 1
    with sync_db.session("t") as s:
        act = s.scalars(select(E.Activity).where(E.Activity.subject == "Rendez-vous 1")).one()
        A.save_activity(s, act, {"location": "Nantes"})
        s.commit()
    engine.run_once()
    events = GraphRemote(graph).events(SOPHIE)
    assert len(events) == 3 and {e.location for e in events} == {"Lyon", "Nantes"}


def test_a_revoked_token_is_fetched_again_once(sync_db, graph):
    appointment(sync_db)
    engine = SyncEngine(sync_db, _gateway(graph))
    engine.run_once()
    graph.identity.revoke_access_tokens()
    appointment(sync_db, "Après révocation")
    report = engine.run_once()
    assert (report.error, report.pushed) == ("", 1)
    grants = [f for f in graph.identity.requests if f["grant_type"] == "client_credentials"]
    assert len(grants) == 2


def test_a_401_that_persists_stops_the_sync_with_one_sentence(sync_db, graph):
    appointment(sync_db)
    graph.faults.queue = [("http401", 0), ("http401", 0)]
    report = SyncEngine(sync_db, _gateway(graph)).run_once()
    assert report.stopped and report.waiting == 1
    assert report.error == ("Microsoft 365 refused the sign-in: check the application id, its "
                            "secret or certificate, and the tenant.")


def test_the_application_signs_in_with_its_certificate(sync_db, graph, tmp_path):
    pem, certificate = client_certificate(tmp_path, passphrase="pass")
    graph.identity.certificates.append(certificate)
    appointment(sync_db)
    gateway = _gateway(graph, sign_in="APP_CERTIFICATE", certificate_path=str(pem),
                       secret="pass")
    report = SyncEngine(sync_db, gateway).run_once()
    assert (report.error, report.pushed) == ("", 1)
    [form] = [f for f in graph.identity.requests if f["grant_type"] == "client_credentials"]
    assert "client_secret" not in form and form["client_assertion_type"].endswith("jwt-bearer")

    other, _ = client_certificate(tmp_path, "not-registered")
    refused = SyncEngine(sync_db, _gateway(graph, sign_in="APP_CERTIFICATE",
                                           certificate_path=str(other))).run_once()
    assert refused.stopped and "refused its token" in refused.error


def _delegated(graph, cache_file) -> DelegatedTokens:
    settings = GraphSettings(tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
                             graph_url=graph.graph_url, authority_url=graph.base,
                             ca_file=str(graph.certificate), token_cache=str(cache_file))
    gateway = GraphGateway(settings)
    return gateway.tokens


def test_a_salesperson_signs_in_with_a_device_code_and_syncs_only_her_mailbox(
        sync_db, graph, tmp_path, memory_keyring):
    cache_file = tmp_path / "cache.bin"
    tokens = _delegated(graph, cache_file)
    flow = tokens.start_device_flow()
    assert flow["user_code"] in flow["message"]
    approve = threading.Thread(target=graph.identity.approve, args=(flow["user_code"], SOPHIE))
    approve.start()
    approve.join()
    assert tokens.finish_device_flow(flow, cancelled=lambda: False) == SOPHIE
    data = cache_file.read_bytes()
    assert data and b"refresh_token" not in data and b"secret" not in data  # encrypted

    # another start of the application: the cache signs in silently, the token refreshes
    graph.identity.revoke_access_tokens()
    settings = GraphSettings(tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
                             graph_url=graph.graph_url, authority_url=graph.base,
                             ca_file=str(graph.certificate), token_cache=str(cache_file))
    gateway = GraphGateway(settings)
    assert gateway.serves(SOPHIE) and not gateway.serves(JULIEN)
    appointment(sync_db, organizer=SOPHIE)
    appointment(sync_db, organizer=JULIEN)
    report = SyncEngine(sync_db, gateway).run_once()
    assert (report.error, report.pushed) == ("", 1)
    assert graph.mailbox(JULIEN).events == {} and len(graph.mailbox(SOPHIE).events) == 1
    assert {r.mailbox for r in graph.requests if r.mailbox} == {SOPHIE}
    assert any(f["grant_type"] == "refresh_token" for f in graph.identity.requests)
    assert report.waiting == 1  # Julien's meeting waits for Julien's own sign-in

    julien = _delegated(graph, tmp_path / "julien.bin")
    flow = julien.start_device_flow()
    graph.identity.approve(flow["user_code"], JULIEN)
    julien.finish_device_flow(flow, cancelled=lambda: False)
    report = SyncEngine(sync_db, GraphGateway(GraphSettings(
        tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
        graph_url=graph.graph_url, authority_url=graph.base, ca_file=str(graph.certificate),
        token_cache=str(tmp_path / "julien.bin")))).run_once()
    assert (report.error, report.pushed, report.waiting) == ("", 1, 0)
    assert len(graph.mailbox(JULIEN).events) == 1 and len(graph.mailbox(SOPHIE).events) == 1


def test_before_any_sign_in_the_sync_stops_and_keeps_every_change(sync_db, graph, tmp_path,
                                                                 memory_keyring):
    appointment(sync_db)
    gateway = GraphGateway(GraphSettings(
        tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
        graph_url=graph.graph_url, authority_url=graph.base, ca_file=str(graph.certificate),
        token_cache=str(tmp_path / "nobody.bin")))
    report = SyncEngine(sync_db, gateway).run_once()
    assert report.stopped and report.waiting == 1 and "sign in" in report.error
    assert not graph.requests


def test_an_expired_delegated_sign_in_stops_the_sync_and_asks_to_sign_in(
        sync_db, graph, tmp_path, memory_keyring):
    tokens = _delegated(graph, tmp_path / "cache.bin")
    flow = tokens.start_device_flow()
    graph.identity.approve(flow["user_code"], SOPHIE)
    tokens.finish_device_flow(flow, cancelled=lambda: False)
    graph.identity.revoke_access_tokens()
    graph.identity.refresh.clear()  # the refresh token expired too
    gateway = GraphGateway(GraphSettings(
        tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
        graph_url=graph.graph_url, authority_url=graph.base, ca_file=str(graph.certificate),
        token_cache=str(tmp_path / "cache.bin")))
    appointment(sync_db)
    report = SyncEngine(sync_db, gateway).run_once()
    assert report.stopped and "sign in again" in report.error


def test_a_cancelled_device_sign_in_signs_nobody_in(graph, tmp_path, memory_keyring):
    tokens = _delegated(graph, tmp_path / "cache.bin")
    flow = tokens.start_device_flow()
    with pytest.raises(CredentialsRefused, match="did not complete"):
        tokens.finish_device_flow(flow, cancelled=lambda: True)
    assert tokens.account() == ""


def test_a_cache_from_another_key_means_signing_in_again(graph, tmp_path, memory_keyring):
    cache_file = tmp_path / "cache.bin"
    tokens = _delegated(graph, cache_file)
    flow = tokens.start_device_flow()
    graph.identity.approve(flow["user_code"], SOPHIE)
    tokens.finish_device_flow(flow, cancelled=lambda: False)
    memory_keyring.passwords.clear()  # another Windows account: the key is not there
    cache = EncryptedTokenCache(cache_file).cache
    assert list(cache.search(cache.CredentialType.REFRESH_TOKEN)) == []


def test_switching_from_ews_to_graph_finds_the_events_again(sync_db, graph, clock):
    """The same mailboxes, now in Exchange Online: the EWS items are there under Graph ids,
    with the UID and the extended property EWS wrote. Nothing is created twice."""
    ews = EwsServer().start()
    try:
        act_id = appointment(sync_db, "Migré")
        SyncEngine(sync_db, EwsRemote(ews).gateway()).run_once()
        [item] = ews.mailbox(SOPHIE).items.values()
        uid, key = item.text("UID"), item.extended["CrmActivityKey"].findtext("{*}Value")
    finally:
        ews.stop()
    moved = GraphRemote(graph).outlook_event(SOPHIE, "Migré", app_clock.now().replace(
        microsecond=0) + dt.timedelta(hours=24))
    graph.mailbox(SOPHIE).events[moved]["iCalUId"] = uid
    graph.mailbox(SOPHIE).properties[moved] = {
        "string {00020329-0000-0000-c000-000000000046} name crmactivitykey": key}
    with sync_db.session("t") as s:
        apply_values(s, sync_settings(s), {"protocol": SyncProtocol.GRAPH, "graph_tenant": "t",
                                           "graph_client_id": "app-crm"})
        s.commit()
    engine = SyncEngine(sync_db, _gateway(graph))
    assert engine.run_once().error == ""
    with sync_db.session("t") as s:
        A.save_activity(s, s.get(E.Activity, act_id), {"location": "Bordeaux"})
        s.commit()
    engine.run_once()
    [event] = GraphRemote(graph).events(SOPHIE)
    assert (event.id, event.location) == (moved, "Bordeaux")
    assert not [r for r in graph.requests if r.operation == "create"]


def test_mail_goes_out_through_graph_with_its_attachment(graph, tmp_path):
    from desktop.crm.email_sending import OutgoingEmail

    pdf = tmp_path / "devis.pdf"
    pdf.write_bytes(b"%PDF-1.4 devis")
    email = OutgoingEmail(mailbox=SOPHIE, subject="Votre devis", html="<p>Bonjour</p>",
                          to=["client@exemple.fr"], attachments=[("devis.pdf", pdf)])
    _gateway(graph).send_email(email)
    [sent] = graph.mailbox(SOPHIE).sent
    assert sent["subject"] == "Votre devis"
    assert sent["attachments"][0]["name"] == "devis.pdf"


def test_a_salesperson_signs_in_with_the_browser(graph, tmp_path, memory_keyring):
    """msal opens the system browser on the authorize page and listens on localhost for the
    redirect; here the "browser" follows the pages as a person signing in would."""
    import webbrowser

    import requests

    def sign_in(url: str) -> None:  # the page's form posts the code to msal's listener
        page = requests.get(url, verify=str(graph.certificate), timeout=30).text
        action = re.search(r'action="([^"]+)"', page).group(1)
        fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', page))
        requests.post(action, data=fields, timeout=30)

    class Browser(webbrowser.BaseBrowser):
        def open(self, url, new=0, autoraise=True):  # noqa: ARG002
            threading.Thread(target=sign_in, args=(url,)).start()
            return True

    graph.identity.browser_user = SOPHIE
    webbrowser.register("crm-test-browser", None, Browser("crm-test-browser"), preferred=True)
    try:
        tokens = _delegated(graph, tmp_path / "cache.bin")
        assert tokens.sign_in_interactive() == SOPHIE
    finally:
        webbrowser._tryorder.remove("crm-test-browser")  # type: ignore[attr-defined]
    code_grants = [f for f in graph.identity.requests if f["grant_type"] == "authorization_code"]
    assert len(code_grants) == 1 and code_grants[0]["code_verifier"]  # PKCE
