"""The face of the loopback Graph server: its items in neutral words, what Outlook does to them,
what the client sent."""

from __future__ import annotations

import datetime as dt

from desktop.sync.gateways.graph import GraphGateway, GraphSettings
from tests.sync.face import Face, View
from tests.sync.graph_mailbox import as_text, moment, zone
from tests.sync.graph_server import GraphServer


def _value(when: dt.datetime, zone_name: str = "UTC") -> dict:
    local = when.astimezone(zone(zone_name)).replace(tzinfo=None)
    return {"dateTime": local.isoformat(timespec="seconds"), "timeZone": zone_name}


class GraphRemote(Face):
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
    def _view(self, box: str, item: dict) -> View:
        start, end = moment(item.get("start")), moment(item.get("end"))
        days = (start.date(), (end - dt.timedelta(days=1)).date()) \
            if item.get("isAllDay") and start is not None else None  # in the event's zone
        return View(
            item["id"], item.get("subject", ""),
            (item.get("location") or {}).get("displayName", ""), start,
            self.server.crm_key(box, item.get("seriesMasterId") or item["id"]),
            [a["emailAddress"]["address"] for a in item.get("attendees", [])
             if a.get("type") == "required"],
            organizer=((item.get("organizer") or {}).get("emailAddress") or {}).get(
                "address", ""), uid=item.get("iCalUId", ""), body=as_text(item.get("body") or {}),
            categories=list(item.get("categories") or []),
            reminder=item.get("reminderMinutesBeforeStart") if item.get("isReminderOn")
            else None, all_day=bool(item.get("isAllDay")), days=days,
            series=item.get("seriesMasterId", ""), cancelled=bool(item.get("isCancelled")))

    def events(self, box: str) -> list[View]:
        """What the calendar shows (a series as its occurrences), invitees' copies included."""
        with self.server.lock:
            return [self._view(box, i) for i in self.server.instances(box)]

    def tasks(self, box: str) -> list[View]:
        with self.server.lock:
            return [View(i["id"], i.get("title", ""), crm_key=self.server.crm_key(box, i["id"]),
                         body=as_text(i.get("body") or {}),
                         due=moment(i["dueDateTime"]).astimezone().date()
                         if i.get("dueDateTime") else None)
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
        for name, when in (("start", start), ("end", end)):
            if when:
                values[name] = _value(when)
        self.server.edit(box, item_id, **values)

    def set_in_outlook(self, box: str, item_id: str, categories: list[str] | None = None,
                       reminder: int | None = None, location: str | None = None,
                       attendee: str = "", body: str | None = None) -> None:
        """What a user changes in Outlook that the CRM must leave as it is."""
        values: dict = {}
        if categories is not None:
            values["categories"] = categories
        if reminder is not None:
            values.update(isReminderOn=True, reminderMinutesBeforeStart=reminder)
        if location is not None:
            values["location"] = {"displayName": location}
        if attendee:
            values["attendees"] = self.server.mailbox(box).events[item_id].get("attendees", []) + [
                {"emailAddress": {"address": attendee}, "type": "required",
                 "status": {"response": "none"}}]
        if body is not None:
            values["body"] = {"contentType": "html" if body.startswith("<") else "text",
                              "content": body}
        self.server.edit(box, item_id, **values)

    def online_meeting(self, box: str, item_id: str) -> None:
        self.server.online_meeting(box, item_id)

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
            values["start"] = _value(start)
            values["end"] = _value(start + dt.timedelta(hours=1))
        if attendee:
            values["attendees"] = [{"emailAddress": {"address": attendee}, "type": "required",
                                    "status": {"response": "none"}}]
        return self.server.create(box, **values)

    def outlook_all_day(self, box: str, subject: str, day: dt.date, zone_name: str,
                        category: str = "", attendee: str = "") -> str:
        """An all-day event made in Outlook in ``zone_name`` (a Windows zone name)."""
        start = dt.datetime.combine(day, dt.time(), zone(zone_name))
        item_id = self.outlook_event(box, subject, start, category, attendee)
        self.server.edit(box, item_id, isAllDay=True, start=_value(start, zone_name),
                         end=_value(start + dt.timedelta(days=1), zone_name),
                         originalStartTimeZone=zone_name)
        return item_id

    def outlook_series(self, box: str, subject: str, start: dt.datetime, count: int,
                       category: str = "", attendee: str = "") -> str:
        values: dict = {"subject": subject, "categories": [category] if category else [],
                        "start": _value(start), "end": _value(start + dt.timedelta(hours=1))}
        if attendee:
            values["attendees"] = [{"emailAddress": {"address": attendee}, "type": "required",
                                    "status": {"response": "none"}}]
        return self.server.create_series(box, count, **values)

    def edit_series(self, box: str, master: str, subject: str) -> None:
        self.server.edit(box, master, subject=subject)

    def set_due(self, box: str, task_id: str, day: dt.date, zone_name: str) -> None:
        """To Do sets a task's due day (the day's midnight in the user's zone)."""
        self.server.edit(box, task_id, dueDateTime={"dateTime": f"{day.isoformat()}T00:00:00",
                                                    "timeZone": zone_name})

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

    def writes_to(self, box: str) -> int:
        return sum(1 for r in list(self.server.requests) if r.mailbox.lower() == box.lower()
                   and r.operation in ("create", "update", "delete", "cancel"))

    def pulled(self) -> set[str | None]:
        return {r.mailbox for r in list(self.server.requests) if r.operation == "delta"}

    def count(self, operation: str) -> int:
        return len(self.writes(operation)) if operation in ("create", "delete") else \
            self.server.count(operation)


