"""The contract between the sync engine and a calendar server: what a gateway does, and the
neutral words of what it exchanges. Show-as, responses and task statuses are said here once,
free of any server's vocabulary (EWS's "NotStarted", Graph's "notStarted"); a failure says its
kind, so that the engine never decides by the text of an error. Each gateway (exchangelib for
Exchange Server, Microsoft Graph for Exchange Online) translates at its own edge."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desktop.sync.items import Change, RemoteItem, Written


class ShowAs(str, enum.Enum):
    FREE = "free"
    TENTATIVE = "tentative"
    BUSY = "busy"
    OUT_OF_OFFICE = "oof"
    WORKING_ELSEWHERE = "working_elsewhere"
    UNKNOWN = "unknown"


class Response(str, enum.Enum):
    NONE = ""
    ORGANIZER = "organizer"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    NOT_RESPONDED = "not_responded"


class TaskStatus(str, enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WAITING = "waiting"
    DEFERRED = "deferred"


class FaultKind(enum.Enum):
    """What went wrong, as the engine acts on it."""
    THROTTLED = "throttled"  # the server asked to wait (retry_after says how long)
    TRANSIENT = "transient"  # an error worth retrying later
    NOT_FOUND = "not_found"  # the item is gone from the server: create it again
    CREDENTIALS_REFUSED = "credentials_refused"  # stop until the settings are fixed
    UNREACHABLE = "unreachable"  # no network, connection refused, time-out


class Gateway(Protocol):
    """A calendar server as the engine sees it; every method works on one mailbox and raises
    SyncFault (with its kind) when the server cannot be used now."""

    def test_connection(self, mailbox: str) -> int: ...

    def create(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]: ...

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]: ...

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]: ...

    def changes(self, mailbox: str, kind: str, state: str) -> tuple[list[Change], str]: ...

    def send_email(self, email) -> None: ...
