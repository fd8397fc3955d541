"""The face of the loopback EWS server: its items in neutral words, what Outlook does to them,
what the client sent."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from desktop.sync.gateways.ews import ExchangeGateway, GatewaySettings
from tests.sync import ews_calendar as C
from tests.sync.ews_server import EwsServer, t
from tests.sync.face import Face, View, z

T = "{http://schemas.microsoft.com/exchange/services/2006/types}"


def _parties(kind: str, addresses: list[str]):
    element = etree.Element(t(kind))
    for address in addresses:
        mailbox = etree.SubElement(etree.SubElement(element, t("Attendee")), t("Mailbox"))
        etree.SubElement(mailbox, t("EmailAddress")).text = address
    return element


def _categories(names: list[str]):
    element = etree.Element(t("Categories"))
    for name in names:
        etree.SubElement(element, t("String")).text = name
    return element


class EwsRemote(Face):
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
    def _view(self, item, fields: dict | None = None, item_id: str = "", series: str = "") -> View:
        fields = item.fields if fields is None else fields

        def text(name: str) -> str:
            element = fields.get(name)
            return element.text or "" if element is not None else ""

        key = item.extended.get("CrmActivityKey")
        start, end = C.parse(text("Start")), C.parse(text("End"))
        days = None
        if C.is_true(fields.get("IsAllDayEvent")) and start is not None:
            where = C.zone_of(fields.get("StartTimeZone"))
            days = (start.astimezone(where).date(),
                    (end.astimezone(where) - dt.timedelta(days=1)).date())
        body = fields.get("Body")
        due = C.parse(text("DueDate"))
        return View(
            item_id or item.id, text("Subject"), text("Location"), start,
            key.findtext(f"{T}Value") if key is not None else "",
            [a.findtext(f"{T}Mailbox/{T}EmailAddress") for a in fields.get("RequiredAttendees", [])],
            organizer=fields["Organizer"].findtext(f".//{T}EmailAddress") if "Organizer" in
            fields else "", uid=text("UID"),
            body=C.html_text(body.text or "") if body is not None and
            body.get("BodyType") == "HTML" else text("Body"),
            categories=[s.text for s in fields.get("Categories", [])],
            reminder=int(text("ReminderMinutesBeforeStart") or 0)
            if C.is_true(fields.get("ReminderIsSet")) else None,
            all_day=C.is_true(fields.get("IsAllDayEvent")), days=days,
            due=due.astimezone().date() if due else None, series=series,
            cancelled=C.is_true(fields.get("IsCancelled")))

    def events(self, box: str) -> list[View]:
        """What the calendar shows (a series as its occurrences), invitees' copies included."""
        found = []
        with self.server.lock:
            for item in list(self.server.mailbox(box).items.values()):
                if item.kind != "CalendarItem":
                    continue
                if "Recurrence" not in item.fields:
                    found.append(self._view(item))
                    continue
                found.extend(self._view(item, fields, occurrence, item.id)
                             for occurrence, fields in self.server._occurrences(item))
        return found

    def tasks(self, box: str) -> list[View]:
        return [self._view(i) for i in self.server.mailbox(box).items.values()
                if i.kind == "Task"]

    # -- Outlook ---------------------------------------------------------------------------
    def edit(self, box: str, item_id: str, subject: str | None = None,
             start: dt.datetime | None = None, end: dt.datetime | None = None) -> None:
        texts = {"Subject": subject, "Start": start and z(start), "End": end and z(end)}
        self.server.edit(box, item_id, **{k: v for k, v in texts.items() if v})

    def set_in_outlook(self, box: str, item_id: str, categories: list[str] | None = None,
                       reminder: int | None = None, location: str | None = None,
                       attendee: str = "", body: str | None = None) -> None:
        """What a user changes in Outlook that the CRM must leave as it is."""
        with self.server.lock:
            item = self.server.mailbox(box).items[item_id]
            if categories is not None:
                item.fields["Categories"] = _categories(categories)
            if reminder is not None:
                item.fields["ReminderIsSet"] = C.text_element("ReminderIsSet", "true")
                item.fields["ReminderMinutesBeforeStart"] = C.text_element(
                    "ReminderMinutesBeforeStart", str(reminder))
            if attendee:
                required = item.fields.setdefault("RequiredAttendees",
                                                  etree.Element(t("RequiredAttendees")))
                required.extend(_parties("RequiredAttendees", [attendee]))
            if body is not None:
                element = C.text_element("Body", body)
                element.set("BodyType", "HTML" if body.startswith("<") else "Text")
                item.fields["Body"] = element
            item.touch()
        self.server.edit(box, item_id, **({"Location": location} if location else {}))

    def online_meeting(self, box: str, item_id: str) -> None:
        """The Teams add-in makes the item an online meeting: the join block in its body."""
        from tests.sync.graph_mailbox import TEAMS_BLOCK

        block = TEAMS_BLOCK.format(join=f"https://teams.microsoft.com/l/meetup-join/{item_id}")
        current = self.item(box, item_id).body
        self.set_in_outlook(box, item_id, body=f"<html><body><p>{current}</p>{block}"
                                               "</body></html>")

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
            texts.update(Start=z(start), End=z(start + dt.timedelta(hours=1)))
        item_id = self.server.create(box, "CalendarItem", **texts)
        if attendee:
            self.server.mailbox(box).items[item_id].fields["RequiredAttendees"] = \
                _parties("RequiredAttendees", [attendee])
        return item_id

    def outlook_all_day(self, box: str, subject: str, day: dt.date, zone: str,
                        category: str = "", attendee: str = "") -> str:
        """An all-day event made in Outlook in ``zone`` (a Windows zone name)."""
        where = C.zone_of(etree.Element("x", Id=zone))
        start = dt.datetime.combine(day, dt.time(), where)
        item_id = self.outlook_event(box, subject, start, category, attendee)
        with self.server.lock:
            fields = self.server.mailbox(box).items[item_id].fields
            fields["End"] = C.text_element("End", z(start + dt.timedelta(days=1)))
            fields["IsAllDayEvent"] = C.text_element("IsAllDayEvent", "true")
            fields["StartTimeZone"] = etree.Element(t("StartTimeZone"), Id=zone)
        return item_id

    def outlook_series(self, box: str, subject: str, start: dt.datetime, count: int,
                       category: str = "", attendee: str = "") -> str:
        texts = {"Subject": subject, **({"Categories": category} if category else {})}
        master = self.server.create_series(box, start, count, **texts)
        if attendee:
            self.server.mailbox(box).items[master].fields["RequiredAttendees"] = \
                _parties("RequiredAttendees", [attendee])
        return master

    def edit_series(self, box: str, master: str, subject: str) -> None:
        self.server.edit(box, master, Subject=subject)

    def set_due(self, box: str, task_id: str, day: dt.date, zone: str) -> None:
        """Outlook sets a task's due day: the day's midnight in the user's zone."""
        where = C.zone_of(etree.Element("x", Id=zone))
        self.server.edit(box, task_id, DueDate=z(dt.datetime.combine(day, dt.time(), where)))

    # -- what the client sent --------------------------------------------------------------
    def writes(self, operation: str) -> list[tuple[str | None, bool]]:
        """(mailbox, invitations or cancellations sent) of each create / delete request."""
        attribute = "SendMeetingInvitations" if operation == "create" \
            else "SendMeetingCancellations"
        return [(r.impersonated, r.attributes.get(attribute) == "SendToAllAndSaveCopy")
                for r in self.server.requests if r.operation == self.WHERE[operation]]

    def writes_to(self, box: str) -> int:
        return sum(1 for r in self.server.requests if r.impersonated == box
                   and r.operation in ("CreateItem", "UpdateItem", "DeleteItem"))

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
