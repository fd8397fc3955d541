"""The gateway contract: the engine and the mapping speak neutral words only, each gateway
translates at its edge, and a failure carries its kind (the engine never reads its text)."""

from __future__ import annotations

import pytest
from exchangelib.errors import ErrorItemNotFound, ErrorServerBusy
from requests.exceptions import ConnectionError as HttpConnectionError

from desktop.sync.contract import (
    CredentialsRefused,
    FaultKind,
    Importance,
    RemoteItem,
    Response,
    ShowAs,
    SyncFault,
    TaskStatus,
)
from desktop.sync.gateways import ews as gateway, ews_items, graph_items


@pytest.mark.parametrize("table, kind", [(graph_items.GRAPH_SHOW_AS, ShowAs),
                                         (graph_items.GRAPH_TASK_STATUS, TaskStatus),
                                         (graph_items.GRAPH_RESPONSE, Response),
                                         (graph_items.GRAPH_IMPORTANCE, Importance)])
def test_every_neutral_word_has_its_graph_word_and_back(table, kind):
    assert set(table) == set(kind)
    for neutral, word in table.items():
        assert graph_items.neutral(table, word, None) is neutral


def test_graph_faults_carry_their_kind():
    from desktop.sync.gateways.graph_http import error_of

    throttled = error_of(429, {"error": {"code": "TooManyRequests"}}, {"Retry-After": "7"})
    assert (throttled.kind, throttled.retry_after) == (FaultKind.THROTTLED, 7.0)
    assert error_of(503, {}, {}).kind is FaultKind.THROTTLED
    assert error_of(404, {}, {}).kind is FaultKind.NOT_FOUND
    assert error_of(500, {}, {}).kind is FaultKind.TRANSIENT
    assert "ErrorItemNotFound" in error_of(404, {"error": {"code": "ErrorItemNotFound"}},
                                           {}).detail


def test_an_event_and_a_task_go_to_graph_and_back_unchanged():
    import datetime as dt

    from desktop.sync.contract import Party

    start = dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.timezone.utc)
    event = RemoteItem("event", "CRM-RV1", subject="Revue", body="Ordre du jour",
                       location="Lyon", start=start, end=start + dt.timedelta(hours=1),
                       reminder_minutes=15, show_as=ShowAs.TENTATIVE,
                       importance=Importance.HIGH, categories=["CRM"],
                       required=[Party("a@x.fr", "A")], optional=[Party("b@x.fr", "B")])
    back = graph_items.from_event({"id": "E1", **graph_items.new_event(event, True)})
    for name in ("crm_key", "subject", "body", "location", "start", "end", "reminder_minutes",
                 "show_as", "importance"):
        assert getattr(back, name) == getattr(event, name), name
    assert "categories" not in graph_items.new_event(event, True)  # Outlook's, never the CRM's
    assert [p.email for p in back.required + back.optional] == ["a@x.fr", "b@x.fr"]
    assert "attendees" not in graph_items.new_event(event, False)  # no invitations

    task = RemoteItem("task", "CRM-TA1", subject="Relancer", due=dt.date(2027, 1, 8),
                      status=TaskStatus.WAITING, importance=Importance.LOW)
    back = graph_items.from_task({"id": "T1", **graph_items.new_task(task)}, "task|L|T1")
    assert (back.crm_key, back.subject, back.due, back.status, back.importance) == \
        ("CRM-TA1", "Relancer", dt.date(2027, 1, 8), TaskStatus.WAITING, Importance.LOW)
    assert back.percent_complete is None  # To Do keeps none: the CRM's stays


@pytest.mark.parametrize("table, kind", [(ews_items.EWS_SHOW_AS, ShowAs),
                                         (ews_items.EWS_TASK_STATUS, TaskStatus),
                                         (ews_items.EWS_RESPONSE, Response),
                                         (ews_items.EWS_IMPORTANCE, Importance)])
def test_every_neutral_word_has_its_ews_word_and_back(table, kind):
    assert set(table) == set(kind)
    for neutral, word in table.items():
        assert ews_items._neutral(table, word, None) is neutral


def test_an_item_gone_from_the_server_says_so_by_its_kind():
    written = ews_items.written(ErrorItemNotFound("The specified object was not found"))
    assert written.fault is FaultKind.NOT_FOUND and "not found" in written.error
    assert ews_items.written(ValueError("boom")).fault is FaultKind.TRANSIENT


def test_faults_carry_their_kind():
    busy = ErrorServerBusy("busy", back_off=12)
    assert gateway._fault(busy).kind in (FaultKind.THROTTLED, FaultKind.TRANSIENT)
    assert gateway._fault(HttpConnectionError("refused")).kind is FaultKind.UNREACHABLE
    assert gateway._fault(TimeoutError()).kind is FaultKind.UNREACHABLE
    assert CredentialsRefused("refused").kind is FaultKind.CREDENTIALS_REFUSED
    assert SyncFault("later").kind is FaultKind.TRANSIENT


def test_a_remote_item_starts_neutral():
    item = RemoteItem("event")
    assert (item.show_as, item.status) == (ShowAs.BUSY, TaskStatus.NOT_STARTED)
