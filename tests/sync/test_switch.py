"""Switching from EWS to Microsoft Graph: every link is found again under Graph's id, by its
CRM key, tasks and events outside Graph's delta window included; nothing is created twice; an
id the other protocol wrote is a fault of that item, never an error that stops every push."""

from __future__ import annotations

import datetime as dt

from desktop.crm.db.records import apply_values
from desktop.crm.enums import SyncProtocol
from desktop.crm.exchange_settings import sync_settings
from desktop.sync.contract import FaultKind, RemoteItem
from desktop.sync.engine import SyncEngine
from tests.sync.conftest import JULIEN, SOPHIE, activity, appointment, change, links, task
from tests.sync.ews_server import EwsServer
from tests.sync.remotes import EwsRemote, GraphRemote


def _the_same_mailboxes_online(ews: EwsServer, graph) -> None:
    """What Exchange Online holds once the mailboxes moved: the same items under Graph's ids,
    events with the UID and extended property EWS wrote, tasks whose EWS ids Graph translates."""
    face = GraphRemote(graph)
    for address, box in ews.mailboxes.items():
        for item in box.items.values():
            key = item.extended["CrmActivityKey"].findtext("{*}Value")
            if item.kind == "Task":
                due = dt.datetime.fromisoformat(item.text("DueDate").replace("Z", "+00:00"))
                utc = due.astimezone(dt.timezone.utc).replace(tzinfo=None)
                graph.ews_ids[item.id] = graph.create_task(
                    address, title=item.text("Subject"),
                    dueDateTime={"dateTime": utc.isoformat(), "timeZone": "UTC"})
                continue
            start = dt.datetime.fromisoformat(item.text("Start").replace("Z", "+00:00"))
            moved = face.outlook_event(address, item.text("Subject"), start)
            face.set_in_outlook(address, moved, location=item.text("Location"))
            graph.mailbox(address).events[moved]["iCalUId"] = item.text("UID")
            graph.mailbox(address).properties[moved] = {
                "string {00020329-0000-0000-c000-000000000046} name crmactivitykey": key}


def test_switching_re_keys_every_link(sync_db, graph, clock):
    ews = EwsServer().start()
    try:
        near = appointment(sync_db, "Proche")
        far = appointment(sync_db, "Dans deux ans", hours=24 * 700)
        todo = task(sync_db, "Relancer", JULIEN)
        assert SyncEngine(sync_db, EwsRemote(ews).gateway()).run_once().error == ""
        _the_same_mailboxes_online(ews, graph)
    finally:
        ews.stop()
    with sync_db.session("t") as s:
        apply_values(s, sync_settings(s), {"protocol": SyncProtocol.GRAPH,
                                           "graph_tenant": "t", "graph_client_id": "app-crm"})
        s.commit()
    assert all(link.rekey for link in links(sync_db))
    engine = SyncEngine(sync_db, GraphRemote(graph).gateway())
    assert engine.run_once().error == ""
    assert not any(link.rekey for link in links(sync_db))
    for act_id, values in ((near, {"location": "Nantes"}), (far, {"location": "Brest"}),
                           (todo, {"subject": "Relancer vite"})):
        change(sync_db, act_id, **values)
    assert engine.run_once().error == ""
    face = GraphRemote(graph)
    assert sorted(v.location for v in face.events(SOPHIE)) == ["Brest", "Nantes"]
    assert [v.subject for v in face.tasks(JULIEN)] == ["Relancer vite"]
    assert not [r for r in graph.requests if r.operation == "create" and  # nothing twice
                ("/events" in r.path or "/tasks" in r.path)]
    assert activity(sync_db, far)["location"] == "Brest"


def test_an_id_the_other_protocol_wrote_is_a_fault_of_that_item(sync_db, graph):
    face = GraphRemote(graph)
    gateway = face.gateway()
    good = appointment(sync_db, "Ordinaire")
    todo = task(sync_db, "Ancienne tâche", JULIEN)
    engine = SyncEngine(sync_db, gateway)
    engine.run_once()
    [answer] = gateway.update(JULIEN, [RemoteItem("task", "CRM-X", item_id="AAMkEWS=")], False)
    assert answer.fault is FaultKind.FOREIGN_ID  # not sent, and no ValueError
    with sync_db.session("t") as s:  # a task link still under its EWS id
        from desktop.crm import entities as E

        link = s.query(E.ExchangeItemLink).filter_by(activity_id=todo).one()
        graph.ews_ids["AAMkEWS="] = link.item_id.split("|")[2]
        link.item_id = "AAMkEWS="
        s.commit()
    change(sync_db, todo, subject="Tâche reprise")
    change(sync_db, good, subject="Toujours poussé")
    report = engine.run_once()
    assert [v.subject for v in face.events(SOPHIE)] == ["Toujours poussé"]  # the rest went on
    engine.run_once()  # the link found again, the change goes through
    assert [v.subject for v in face.tasks(JULIEN)] == ["Tâche reprise"]
    assert report.waiting in (0, 1)
