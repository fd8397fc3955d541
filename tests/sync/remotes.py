"""One face for both loopback servers, so that one suite runs the sync against EWS and against
Graph: what a mailbox holds, what Outlook does to it, what the client sent, and faults by
their meaning (a server error, a long or short throttling, a slow answer, a dropped one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lxml import etree

from desktop.sync.gateways.ews import ExchangeGateway, GatewaySettings
from desktop.sync.gateways.graph import GraphGateway, GraphSettings
from tests.sync.ews_server import EwsServer, t
from tests.sync.graph_mailbox import moment as graph_moment
from tests.sync.graph_server import GraphServer

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


def _z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text.rstrip("Z")[:19]).replace(tzinfo=UTC) if text else None


class _Face:
    """What both faces do alike; ``WHERE`` says where a fault meant for an operation hits."""

    FAULTS: dict[str, tuple] = {}
    WHERE: dict[str, str] = {}

    def __init__(self, server) -> None:
        self.server = server

    @property
    def faults(self):
        return self.server.faults

    def fault(self, meaning: str, on: str) -> None:
        self.server.faults.queue.append((*self.FAULTS[meaning], self.WHERE[on]))

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()

    def wait_idle(self) -> None:
        self.server.wait_idle()


class EwsRemote(_Face):
    name = "ews"
    FAULTS = {"server_error": ("http500", 0), "unavailable": ("http503", 0),
              "throttled_long": ("busy", 120000), "throttled_short": ("busy", 20),
              "slow": ("slow", 3), "dropped": ("drop", 0)}
    THROTTLING = "busy"
    PER_REQUEST = 100  # items of one write request
    WRONG_CREDENTIALS = {"password": "wrong"}
    WHERE = {"create": "CreateItem", "update": "UpdateItem", "delete": "DeleteItem",
             "pull": "SyncFolderItems"}
    server: EwsServer

    def gateway(self, **overrides) -> ExchangeGateway:
        values = dict(service_url=self.server.url, user="svc-crm", password="secret",
                      auth_type="BASIC", impersonation=True, server_version="15.1.2507.6",
                      timeout_seconds=2, max_wait_seconds=1)
        return ExchangeGateway(GatewaySettings(**{**values, **overrides}))

    # -- contents --------------------------------------------------------------------------
    def _view(self, item) -> View:
        key = item.extended.get("CrmActivityKey")
        attendees = [a.findtext("{*}Mailbox/{*}EmailAddress")
                     for a in item.fields.get("RequiredAttendees", [])]
        return View(item.id, item.text("Subject") or "", item.text("Location") or "",
                    _moment(item.text("Start")),
                    key.findtext("{*}Value") if key is not None else "", attendees)

    def events(self, box: str) -> list[View]:
        return [self._view(i) for i in self.server.mailbox(box).items.values()
                if i.kind == "CalendarItem"]

    def tasks(self, box: str) -> list[View]:
        return [self._view(i) for i in self.server.mailbox(box).items.values()
                if i.kind == "Task"]

    # -- Outlook ---------------------------------------------------------------------------
    def edit(self, box: str, item_id: str, subject: str | None = None,
             start: dt.datetime | None = None, end: dt.datetime | None = None) -> None:
        texts = {"Subject": subject, "Start": start and _z(start), "End": end and _z(end)}
        self.server.edit(box, item_id, **{k: v for k, v in texts.items() if v})

    def complete(self, box: str, item_id: str) -> None:
        self.server.edit(box, item_id, Status="Completed", PercentComplete="100")

    def decline(self, box: str, item_id: str, email: str) -> None:
        self.server.respond(box, item_id, email, "Decline")

    def delete(self, box: str, item_id: str) -> None:
        self.server.delete(box, item_id)

    def outlook_event(self, box: str, subject: str, start: dt.datetime | None = None,
                      category: str = "", attendee: str = "") -> str:
        texts = {"Subject": subject}
        if category:
            texts["Categories"] = category
        if start is not None:
            texts.update(Start=_z(start), End=_z(start + dt.timedelta(hours=1)))
        item_id = self.server.create(box, "CalendarItem", **texts)
        if attendee:
            required = etree.Element(t("RequiredAttendees"))
            mailbox = etree.SubElement(etree.SubElement(required, t("Attendee")), t("Mailbox"))
            etree.SubElement(mailbox, t("EmailAddress")).text = attendee
            self.server.mailbox(box).items[item_id].fields["RequiredAttendees"] = required
        return item_id

    # -- what the client sent --------------------------------------------------------------
    def writes(self, operation: str) -> list[tuple[str | None, bool]]:
        """(mailbox, invitations or cancellations sent) of each create / delete request."""
        attribute = "SendMeetingInvitations" if operation == "create" \
            else "SendMeetingCancellations"
        return [(r.impersonated, r.attributes.get(attribute) == "SendToAllAndSaveCopy")
                for r in self.server.requests if r.operation == self.WHERE[operation]]

    def pulled(self) -> set[str | None]:
        return {r.impersonated for r in self.server.requests if r.operation == "SyncFolderItems"}

    def count(self, operation: str) -> int:
        return self.server.count(self.WHERE[operation])



    def storm(self, rate: float) -> None:
        """``rate`` of the requests answer with a fault."""
        self.server.faults.rate = rate

    def is_write(self, request) -> bool:
        return request.operation == "CreateItem"

    def process_args(self) -> list[str]:
        return ["ews", self.server.url]


class GraphRemote(_Face):
    name = "graph"
    FAULTS = {"server_error": ("http500", 0), "unavailable": ("http503", 120),
              "throttled_long": ("http429", 120), "throttled_short": ("http429", 1),
              "slow": ("slow", 3), "dropped": ("drop", 0)}
    THROTTLING = "http429"
    PER_REQUEST = 20
    WRONG_CREDENTIALS = {"secret": "wrong"}
    # a write goes in a $batch; the fault hits that request
    WHERE = {"create": "POST /v1.0/$batch", "update": "POST /v1.0/$batch",
             "delete": "POST /v1.0/$batch", "pull": "/delta"}
    server: GraphServer

    def gateway(self, **overrides) -> GraphGateway:
        values = dict(tenant="tenant-1", client_id="app-crm", secret="secret",
                      graph_url=self.server.graph_url, authority_url=self.server.base,
                      ca_file=str(self.server.certificate), timeout_seconds=2,
                      max_wait_seconds=1)
        return GraphGateway(GraphSettings(**{**values, **overrides}))

    # -- contents --------------------------------------------------------------------------
    def events(self, box: str) -> list[View]:
        """What the calendar shows (a series as its occurrences), invitees' copies included."""
        with self.server.lock:
            return [View(i["id"], i.get("subject", ""), (i.get("location") or {}).get(
                "displayName", ""), graph_moment(i.get("start")),
                self.server.crm_key(box, i["id"]),
                [a["emailAddress"]["address"] for a in i.get("attendees", [])
                 if a.get("type") == "required"]) for i in self.server.instances(box)]

    def tasks(self, box: str) -> list[View]:
        return [View(i["id"], i.get("title", ""), crm_key=self.server.crm_key(box, i["id"]))
                for i in list(self.server.mailbox(box).tasks.values())]

    def storm(self, rate: float) -> None:
        """``rate`` of the requests answer with a fault, and rate / 10 of the parts of the
        $batch requests that get through answer 429 on their own."""
        self.server.faults.rate, self.server.faults.part_rate = rate, rate / 10

    def is_write(self, request) -> bool:
        return request.operation == "batch"

    def process_args(self) -> list[str]:
        return ["graph", self.server.graph_url, self.server.base, str(self.server.certificate)]

    # -- Outlook ---------------------------------------------------------------------------
    def edit(self, box: str, item_id: str, subject: str | None = None,
             start: dt.datetime | None = None, end: dt.datetime | None = None) -> None:
        values: dict = {}
        if subject:
            values["subject"] = subject
        for name, moment in (("start", start), ("end", end)):
            if moment:
                values[name] = {"dateTime": _z(moment)[:19] + ".0000000", "timeZone": "UTC"}
        self.server.edit(box, item_id, **values)

    def complete(self, box: str, item_id: str) -> None:
        self.server.edit(box, item_id, status="completed")

    def decline(self, box: str, item_id: str, email: str) -> None:
        self.server.respond(box, item_id, email, "declined")

    def delete(self, box: str, item_id: str) -> None:
        self.server.delete(box, item_id)

    def outlook_event(self, box: str, subject: str, start: dt.datetime | None = None,
                      category: str = "", attendee: str = "") -> str:
        values: dict = {"subject": subject, "categories": [category] if category else []}
        if start is not None:
            values["start"] = {"dateTime": _z(start)[:19], "timeZone": "UTC"}
            values["end"] = {"dateTime": _z(start + dt.timedelta(hours=1))[:19],
                             "timeZone": "UTC"}
        if attendee:
            values["attendees"] = [{"emailAddress": {"address": attendee}, "type": "required",
                                    "status": {"response": "none"}}]
        return self.server.create(box, **values)

    # -- what the client sent --------------------------------------------------------------
    def writes(self, operation: str) -> list[tuple[str | None, bool]]:
        """(mailbox, invitations or cancellations sent) of each event create / delete."""
        found = []
        for r in list(self.server.requests):
            if not r.in_batch:
                continue
            if operation == "create" and r.operation == "create" and "/events" in r.path:
                found.append((r.mailbox, bool(r.body.get("attendees"))))
            if operation == "delete" and r.operation in ("delete", "cancel"):
                found.append((r.mailbox, r.operation == "cancel"))
        return found

    def pulled(self) -> set[str | None]:
        return {r.mailbox for r in list(self.server.requests) if r.operation == "delta"}

    def count(self, operation: str) -> int:
        return len(self.writes(operation)) if operation in ("create", "delete") else \
            self.server.count(operation)

