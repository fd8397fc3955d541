"""The gateway contract: the engine and the mapping speak neutral words only, each gateway
translates at its edge, and a failure carries its kind (the engine never reads its text)."""

from __future__ import annotations

import inspect
import re

import pytest
from exchangelib.errors import ErrorItemNotFound, ErrorServerBusy
from requests.exceptions import ConnectionError as HttpConnectionError

from desktop.sync import engine, gateway, mapping
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

EWS_WORDS = ("NotStarted", "InProgress", "WaitingOnOthers", "NoResponseReceived", "OOF",
             "ErrorItemNotFound", "legacy_free_busy_status", "Accept")


@pytest.mark.parametrize("module", [engine, mapping])
def test_the_engine_and_the_mapping_hold_no_server_word(module):
    source = inspect.getsource(module)
    assert [w for w in EWS_WORDS if re.search(rf"\b{w}\b", source)] == []


@pytest.mark.parametrize("table, kind", [(gateway.EWS_SHOW_AS, ShowAs),
                                         (gateway.EWS_TASK_STATUS, TaskStatus),
                                         (gateway.EWS_RESPONSE, Response),
                                         (gateway.EWS_IMPORTANCE, Importance)])
def test_every_neutral_word_has_its_ews_word_and_back(table, kind):
    assert set(table) == set(kind)
    for neutral, word in table.items():
        assert gateway._neutral(table, word, None) is neutral


def test_an_item_gone_from_the_server_says_so_by_its_kind():
    written = gateway._written(ErrorItemNotFound("The specified object was not found"))
    assert written.fault is FaultKind.NOT_FOUND and "not found" in written.error
    assert gateway._written(ValueError("boom")).fault is FaultKind.TRANSIENT


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
