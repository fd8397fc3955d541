"""Faults stay local: a mailbox the application may not reach, or a folder it has no permission
for, waits with one sentence naming what to grant, and the other mailboxes go on; an
administrator may synchronize calendars only; a delta link or sync state the server forgot
starts a new round at once, never through retries."""

from __future__ import annotations

from urllib.parse import unquote

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.exchange_settings import sync_settings
from desktop.sync.contract import FaultKind
from desktop.sync.engine import SyncEngine
from tests.sync.conftest import JULIEN, SOPHIE, appointment, task


def test_a_mailbox_out_of_the_applications_scope_waits_alone(sync_db, remote, engine):
    appointment(sync_db, "Chez Sophie", organizer=SOPHIE)
    appointment(sync_db, "Chez Julien", organizer=JULIEN)
    remote.server.scope = {SOPHIE}  # an application access policy / a management scope
    report = engine.run_once()
    assert report.fault.kind is FaultKind.ACCESS_DENIED and not report.stopped
    assert JULIEN in report.error and report.waiting == 1
    if remote.name == "graph":
        assert report.error == (
            f"Microsoft 365 refused the application the calendar of {JULIEN}: grant it the "
            "application permission Calendars.ReadWrite with admin consent, and let it reach "
            "this mailbox (application access policy or RBAC for Applications).")
    else:
        assert "impersonation rights" in report.error
    assert [v.subject for v in remote.events(SOPHIE)] == ["Chez Sophie"]  # Sophie's went on
    remote.server.scope = None
    engine.run_once()
    assert [v.subject for v in remote.events(JULIEN)] == ["Chez Julien"]


def test_a_missing_tasks_permission_stops_the_tasks_only(sync_db, graph):
    from tests.sync.remotes import GraphRemote

    face = GraphRemote(graph)
    appointment(sync_db, "Rendez-vous")
    task(sync_db, "Relancer")
    graph.forbidden = {"todo"}  # the application holds Calendars.ReadWrite only
    report = SyncEngine(sync_db, face.gateway()).run_once()
    assert report.fault.kind is FaultKind.ACCESS_DENIED and not report.stopped
    assert "Tasks.ReadWrite.All" in report.error and "calendars only" in report.error
    assert [v.subject for v in face.events(SOPHIE)] == ["Rendez-vous"]
    assert report.waiting == 1  # the task waits for the permission


def test_an_administrator_may_synchronize_calendars_only(sync_db, remote, engine):
    with sync_db.session("t") as s:
        sync_settings(s).sync_tasks = False
        s.commit()
    appointment(sync_db, "Rendez-vous")
    task(sync_db, "Relancer")
    remote.server.forbidden = {"todo"} if remote.name == "graph" else set()
    report = engine.run_once()
    assert (report.error, report.waiting) == ("", 0)
    assert remote.tasks(JULIEN) == [] and len(remote.events(SOPHIE)) == 1
    paths = [unquote(getattr(r, "path", "") or getattr(r, "operation", ""))
             for r in remote.server.requests]
    assert not [p for p in paths if "todo" in p or p == "tasks"]


def test_a_forgotten_round_starts_again_at_once(sync_db, remote, engine):
    for n in range(3):
        appointment(sync_db, f"Rendez-vous {n}", hours=24 + n)
    engine.run_once()
    if remote.name == "graph":
        remote.server.expired_delta = True
    else:
        remote.server.forgotten_states = True
    before = len(remote.server.requests)
    report = engine.run_once()
    assert (report.error, report.pushed) == ("", 0)
    calendar_reads = [r for r in remote.server.requests[before:]
                      if (getattr(r, "operation", "") == "delta" and "calendarView" in r.path
                          and SOPHIE in unquote(r.path)) or
                      (getattr(r, "operation", "") == "SyncFolderItems" and
                       r.impersonated == SOPHIE)]
    assert len(calendar_reads) <= 3  # the refused one, a new round (and its task folder)
    with sync_db.session("t") as s:
        assert s.scalar(select(E.ExchangeSyncUser.calendar_sync_state).where(
            E.ExchangeSyncUser.email_address == SOPHIE))
    assert len(remote.events(SOPHIE)) == 3


def test_graph_batches_stay_within_four_requests_per_mailbox(sync_db, graph):
    from tests.sync.remotes import GraphRemote
    from tests.sync.test_faults import _many

    face = GraphRemote(graph)
    _many(sync_db, 45)
    report = SyncEngine(sync_db, face.gateway()).run_once()
    assert (report.pushed, report.error) == (45, "")
    assert graph.throttled == 0  # four lanes: never a fifth request at once
    parts = [{"id": str(n), "method": "GET", "url": f"/users/{SOPHIE}/events?$top=1"}
             for n in range(8)]  # eight at once, as a client without lanes sends them
    answer = face.gateway().http.call("POST", "/$batch", {"requests": parts})
    assert sorted(p["status"] for p in answer["responses"]) == [200] * 4 + [429] * 4
