"""What both faces of the loopback servers share (remote_ews, remote_graph): an item in neutral
words, and the faults and waits that work alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

UTC = dt.timezone.utc


@dataclass
class View:
    """An item as the server holds it, in neutral words."""
    id: str
    subject: str
    location: str = ""
    start: dt.datetime | None = None
    crm_key: str = ""
    attendees: list[str] = field(default_factory=list)
    organizer: str = ""
    uid: str = ""
    body: str = ""
    categories: list[str] = field(default_factory=list)
    reminder: int | None = None
    all_day: bool = False
    days: tuple[dt.date, dt.date] | None = None  # an all-day item's first and last day, as
    #                                               Outlook shows them in the item's own zone
    due: dt.date | None = None  # a task's due day, in the user's zone
    series: str = ""  # an occurrence's series
    cancelled: bool = False


def z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Face:
    """What both faces do alike; ``WHERE`` says where a fault meant for an operation hits."""

    FAULTS: dict[str, tuple] = {}
    WHERE: dict[str, str] = {}

    def __init__(self, server) -> None:
        self.server = server

    @property
    def faults(self):
        return self.server.faults

    @property
    def cancellations(self) -> list[tuple[str, str]]:
        """(mailbox, item) of each meeting whose attendees were sent a cancellation."""
        return list(self.server.cancellations)

    def fault(self, meaning: str, on: str) -> None:
        self.server.faults.queue.append((*self.FAULTS[meaning], self.WHERE[on]))

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()

    def wait_idle(self) -> None:
        self.server.wait_idle()

    def item(self, box: str, item_id: str) -> View:
        return next(v for v in self.events(box) + self.tasks(box) if v.id == item_id)

    def own_events(self, box: str) -> list[View]:
        """The events the mailbox organizes (invitees' copies left out)."""
        return [v for v in self.events(box) if v.organizer.lower() in ("", box.lower())]
