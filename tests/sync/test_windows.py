"""Nothing the user did not delete ever disappears, however long the application runs: an
event moved far ahead or back in Outlook, out of the dates Graph's delta round follows, is read
and moved in the CRM (Graph answers such an event as removed); the round is opened again before
its window falls behind, and when the CRM holds an event beyond it. On EWS, which follows a
folder and no window, the same story holds."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from desktop.crm import clock as app_clock
from tests.sync.conftest import SOPHIE, activity, appointment, change
from tests.sync.graph_mailbox import moment

DAY = dt.timedelta(days=1)


def _hour(days: int) -> dt.datetime:
    return app_clock.now().replace(minute=0, second=0, microsecond=0) + days * DAY


def test_an_event_moved_out_of_the_window_is_moved_not_deleted(sync_db, remote, engine):
    act_id = appointment(sync_db, "Visite", hours=24 * 30)
    engine.run_once()
    [item] = remote.events(SOPHIE)
    far = _hour(620)  # beyond any window a round opens with
    remote.edit(SOPHIE, item.id, start=far, end=far + dt.timedelta(hours=1))
    assert engine.run_once().error == ""
    assert activity(sync_db, act_id)["start_at"] == far
    past = _hour(-70)  # a month and more back, out of the window's start too
    remote.edit(SOPHIE, item.id, start=past, end=past + dt.timedelta(hours=1))
    engine.run_once()
    assert activity(sync_db, act_id)["start_at"] == past
    remote.delete(SOPHIE, item.id)  # a deletion, out of the window, is still a deletion
    engine.run_once()
    assert activity(sync_db, act_id) == {}


def test_graph_reads_a_removed_row_before_taking_it_for_deleted(sync_db, graph):
    from desktop.sync.engine import SyncEngine
    from tests.sync.remotes import GraphRemote

    face = GraphRemote(graph)
    act_id = appointment(sync_db, "Hors fenêtre")
    engine = SyncEngine(sync_db, face.gateway())
    engine.run_once()
    [item] = face.events(SOPHIE)
    face.edit(SOPHIE, item.id, start=_hour(700), end=_hour(700) + dt.timedelta(hours=1))
    engine.run_once()
    delta = [unquote(r.path) for r in graph.requests if r.operation == "delta"
             and SOPHIE in unquote(r.path) and "calendarView" in r.path][-1]
    assert "$deltatoken" in delta  # the round said the event was removed ...
    reads = [r for r in graph.requests if r.in_batch and r.operation == "read"
             and item.id in r.path]
    assert reads  # ... and it was read
    assert activity(sync_db, act_id)["start_at"] == _hour(700)


def test_the_window_follows_time_and_the_farthest_event(sync_db, graph, clock):
    from desktop.sync.engine import SyncEngine
    from tests.sync.remotes import GraphRemote

    face = GraphRemote(graph)
    engine = SyncEngine(sync_db, face.gateway())
    near = appointment(sync_db, "Proche")
    engine.run_once()
    rounds = _rounds(graph)
    far = appointment(sync_db, "Très loin", hours=24 * 800)  # pushed beyond the window
    engine.run_once()
    engine.run_once()  # the next pull opens a round that reaches it
    assert _rounds(graph) == rounds + 1
    far_item = next(v for v in face.events(SOPHIE) if v.subject == "Très loin")
    face.edit(SOPHIE, far_item.id, subject="Très loin, confirmé")
    engine.run_once()
    assert activity(sync_db, far)["subject"] == "Très loin, confirmé"
    for _ in range(3):  # months pass: a round opens again before its window falls behind
        clock.advance(20 * DAY)
        engine.run_once()
    assert _rounds(graph) >= rounds + 3
    last = [p for p in _calendar_rounds(graph) if "startDateTime" in p][-1]
    since = moment({"dateTime": last.split("startDateTime=")[1][:19]})
    assert since > app_clock.now() - 60 * DAY
    change(sync_db, near, subject="Toujours là")
    assert engine.run_once().error == "" and activity(sync_db, near)["subject"] == "Toujours là"


def _calendar_rounds(graph) -> list[str]:
    """Sophie's calendar delta rounds opened (a first page asked without a token)."""
    paths = [unquote(r.path) for r in graph.requests if r.operation == "delta"]
    return [p for p in paths if SOPHIE in p and "calendarView" in p and
            "$deltatoken" not in p and "$skiptoken" not in p]


def _rounds(graph) -> int:
    return len(_calendar_rounds(graph))
