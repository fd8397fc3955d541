"""The contract between the sync engine and a calendar server: what a gateway does, and the
neutral words of what it exchanges. Show-as, responses and task statuses are said here once,
free of any server's vocabulary (EWS's "NotStarted", Graph's "notStarted"); a failure says its
kind, so that the engine never decides by the text of an error. Each gateway (exchangelib for
Exchange Server, Microsoft Graph for Exchange Online) translates at its own edge."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Protocol


class ShowAs(enum.StrEnum):
    FREE = "free"
    TENTATIVE = "tentative"
    BUSY = "busy"
    OUT_OF_OFFICE = "oof"
    WORKING_ELSEWHERE = "working_elsewhere"
    UNKNOWN = "unknown"


class Response(enum.StrEnum):
    NONE = ""
    ORGANIZER = "organizer"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    NOT_RESPONDED = "not_responded"


class TaskStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WAITING = "waiting"
    DEFERRED = "deferred"


class Importance(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class FaultKind(enum.Enum):
    """What went wrong, as the engine acts on it."""
    THROTTLED = "throttled"  # the server asked to wait (retry_after says how long)
    TRANSIENT = "transient"  # an error worth retrying later
    NOT_FOUND = "not_found"  # the item is gone from the server: create it again
    CREDENTIALS_REFUSED = "credentials_refused"  # stop until the settings are fixed
    UNREACHABLE = "unreachable"  # no network, connection refused, time-out
    ACCESS_DENIED = "access_denied"  # this mailbox or folder refused: it waits, others go on
    FOREIGN_ID = "foreign_id"  # an id the other protocol wrote: found again, never sent


#: What an update writes, by group (``RemoteItem.fields``): "when" is the start, the end and
#: the all-day flag together; "status" a task's status and percentage.
FIELDS = ("subject", "body", "location", "when", "reminder", "show_as", "importance",
          "attendees", "due", "status")


# -- the values both sides exchange ------------------------------------------------------------
@dataclass
class Party:
    email: str
    name: str = ""
    response: Response = Response.NONE


@dataclass
class RemoteItem:
    """An event or a task in neutral words. Moments are aware; an all-day event runs from the
    first day at 00:00 UTC to the day after the last at 00:00 UTC (the gateway writes it as
    midnight to midnight in the user's zone); a task's due date is a day of the user's zone."""

    kind: str  # "event" (appointment, call) or "task"
    crm_key: str = ""  # our activity key, kept on the item (one meeting, one item)
    item_id: str = ""
    change_key: str = ""
    uid: str = ""
    subject: str = ""
    body: str = ""
    location: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    all_day: bool = False
    reminder_minutes: int | None = None
    show_as: ShowAs = ShowAs.BUSY
    importance: Importance = Importance.NORMAL
    categories: list[str] = field(default_factory=list)
    required: list[Party] = field(default_factory=list)
    optional: list[Party] = field(default_factory=list)
    resources: list[Party] = field(default_factory=list)
    due: dt.date | None = None
    status: TaskStatus = TaskStatus.NOT_STARTED  # of a task
    percent_complete: int | None = 0  # None: the server does not keep it (To Do)
    modified_at: dt.datetime | None = None
    organizer: str = ""  # the address of the event's organizer ("" when unknown)
    series_id: str = ""  # an occurrence's (or exception's) series: the CRM never creates it
    fields: frozenset[str] | None = None  # what an update writes (FIELDS); None: everything
    #: an erased person was an attendee: the list is written without her even when nobody is
    #: invited (issue 37)
    erased: bool = False


@dataclass
class Change:
    """What the server says changed: an item created or updated (``item``), an item deleted
    (or a series and all its occurrences), or a whole series as it stands in the window
    (kind "series": ``occurrences`` are all there is; the others are gone)."""

    kind: str  # create update delete series
    item_id: str
    item: RemoteItem | None = None
    occurrences: list[RemoteItem] | None = None
    since: dt.datetime | None = None  # a series: the first moment its listing covers


@dataclass
class Written:
    """The server's answer for one item of a batch: its id and change key, or the error (its
    text for the log, its kind for the engine)."""
    item_id: str = ""
    change_key: str = ""
    error: str = ""
    fault: FaultKind | None = None
    retry_after: float | None = None  # the server's back-off for this item, in seconds


class SyncFault(Exception):
    """The server could not be reached or refused for now: retry later, lose nothing.
    The message is an English template with its parameters, translated by the GUI;
    ``retry_after`` is the server's own back-off in seconds, when it gave one."""

    kind = FaultKind.TRANSIENT

    def __init__(self, template: str, retry_after: float | None = None, detail: str = "",
                 kind: FaultKind | None = None, **params) -> None:
        self.template, self.params = template, params
        self.retry_after, self.detail = retry_after, detail
        if kind is not None:
            self.kind = kind
        super().__init__(self.message())

    def message(self, translate=None) -> str:
        return (translate(self.template) if translate else self.template).format(**self.params)


class CredentialsRefused(SyncFault):
    """The account was refused: the sync stops until the settings are fixed."""

    kind = FaultKind.CREDENTIALS_REFUSED


class MailboxRefused(SyncFault):
    """One mailbox, or one of its folders ("event" or "task"; "" for all), may not be used:
    a permission is missing or the application is not allowed that mailbox. It waits with
    one sentence naming what to grant; the other mailboxes go on."""

    kind = FaultKind.ACCESS_DENIED

    def __init__(self, template: str, mailbox: str = "", folder: str = "", **params) -> None:
        self.mailbox, self.folder = mailbox, folder
        super().__init__(template, mailbox=mailbox, **params)


class Gateway(Protocol):
    """A calendar server as the engine sees it; every method works on one mailbox and raises
    SyncFault (with its kind) when the server cannot be used now."""

    def test_connection(self, mailbox: str) -> int: ...

    def serves(self, mailbox: str) -> bool:
        """Whether this gateway may act for the mailbox (a delegated sign-in reaches only
        the signed-in user's own)."""
        ...

    def create(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]: ...

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]: ...

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]:
        """Remove items; attendees are told only when ``cancel`` (the user's own Cancel)."""
        ...

    def changes(self, mailbox: str, kind: str, state: str,
                horizon: dt.datetime | None = None) -> tuple[list[Change], str]:
        """What changed since ``state``; a server that follows a window of dates keeps it
        over ``horizon``, the latest moment the CRM holds in that mailbox."""
        ...

    def rekey(self, mailbox: str, kind: str, items: list[tuple[str, str]]) -> dict[str, str]:
        """The ids, as this gateway names them, of items another protocol wrote: ``items``
        are (old id, CRM key) pairs; an item not found is left out of the answer."""
        ...

    def send_email(self, email) -> None: ...
