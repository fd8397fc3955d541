"""What the engine and the gateways exchange: neutral remote items and changes, free of any
exchangelib or Graph type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.sync.contract import FaultKind, Response, ShowAs, TaskStatus


@dataclass
class Party:
    email: str
    name: str = ""
    response: Response = Response.NONE


@dataclass
class RemoteItem:
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
    categories: list[str] = field(default_factory=list)
    required: list[Party] = field(default_factory=list)
    optional: list[Party] = field(default_factory=list)
    resources: list[Party] = field(default_factory=list)
    due: dt.date | None = None
    status: TaskStatus = TaskStatus.NOT_STARTED  # of a task
    percent_complete: int = 0
    modified_at: dt.datetime | None = None


@dataclass
class Change:
    kind: str  # create update delete
    item_id: str
    item: RemoteItem | None = None


@dataclass
class Written:
    """The server's answer for one item of a batch: its id and change key, or the error (its
    text for the log, its kind for the engine)."""
    item_id: str = ""
    change_key: str = ""
    error: str = ""
    fault: FaultKind | None = None


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
