"""RemoteItem <-> Microsoft Graph JSON: calendar events and To Do tasks, in Graph's own words
("tentativelyAccepted", "waitingOnOthers"), translated here and nowhere else.

The CRM key travels three ways: the event's ``transactionId`` (a retried create returns the
event already made instead of a second one, and the key reads back from every delta page), a
single-value extended property in the same place as the EWS gateway's (so that events made over
EWS are found again after switching protocol), and, for To Do tasks, which have neither, a
linked resource, the way Microsoft lets an application point a task at its own record.

An update writes only the field groups the CRM changed (``RemoteItem.fields``): categories,
reminders, the location or the attendees someone set in Outlook stay as they are."""

from __future__ import annotations

import datetime as dt

from desktop.sync.contract import Importance, Party, RemoteItem, Response, ShowAs, TaskStatus
from desktop.sync.gateways.bodies import html_with_block, own_text
from desktop.sync.gateways.zones import (
    UTC,
    day_in,
    from_windows_name,
    user_zone,
    user_zone_name,
    windows_name,
)

# PS_PUBLIC_STRINGS, name CrmActivityKey: the property exchangelib writes as CrmKey
CRM_KEY_PROPERTY = "String {00020329-0000-0000-C000-000000000046} Name CrmActivityKey"
APPLICATION = "CRM desktop"
TASK = "task|"  # a task's item id carries its list: "task|<list id>|<task id>"

GRAPH_SHOW_AS = {ShowAs.FREE: "free", ShowAs.TENTATIVE: "tentative", ShowAs.BUSY: "busy",
                 ShowAs.OUT_OF_OFFICE: "oof", ShowAs.WORKING_ELSEWHERE: "workingElsewhere",
                 ShowAs.UNKNOWN: "unknown"}
GRAPH_TASK_STATUS = {TaskStatus.NOT_STARTED: "notStarted",
                     TaskStatus.IN_PROGRESS: "inProgress", TaskStatus.COMPLETED: "completed",
                     TaskStatus.WAITING: "waitingOnOthers", TaskStatus.DEFERRED: "deferred"}
GRAPH_RESPONSE = {Response.NONE: "none", Response.ORGANIZER: "organizer",
                  Response.ACCEPTED: "accepted", Response.TENTATIVE: "tentativelyAccepted",
                  Response.DECLINED: "declined", Response.NOT_RESPONDED: "notResponded"}
GRAPH_IMPORTANCE = {Importance.LOW: "low", Importance.NORMAL: "normal",
                    Importance.HIGH: "high"}
ATTENDEE_TYPES = (("required", "required"), ("optional", "optional"), ("resources", "resource"))


def neutral(table: dict, word: str | None, default):
    return next((key for key, graph in table.items() if graph == word), default)


def transaction_id(crm_key: str) -> str:
    return f"{crm_key}@crm"


def key_of_transaction(value: str | None) -> str:
    return value.removesuffix("@crm") if value and value.endswith("@crm") else ""


def writes(item: RemoteItem, group: str) -> bool:
    return item.fields is None or group in item.fields


def _when(value: dt.datetime | None) -> dict | None:
    if value is None:
        return None
    utc = value.astimezone(UTC).replace(tzinfo=None)
    return {"dateTime": utc.isoformat(timespec="seconds"), "timeZone": "UTC"}


def _local_day(day: dt.date) -> dict:
    """Midnight of a day in the user's zone, as Graph requires of all-day events."""
    return {"dateTime": f"{day.isoformat()}T00:00:00", "timeZone": windows_name(user_zone_name())}


def _parse(value: dict | None) -> dt.datetime | None:
    """Graph writes "2026-12-03T09:00:00.0000000" in the zone it names (UTC: the Prefer
    header asks for it)."""
    if not value or not value.get("dateTime"):
        return None
    text = value["dateTime"].rstrip("Z")
    head, _, fraction = text.partition(".")
    moment = dt.datetime.fromisoformat(head)
    if fraction:
        moment = moment.replace(microsecond=int(fraction[:6].ljust(6, "0")))
    where = value.get("timeZone") or "UTC"
    return moment.replace(tzinfo=UTC if where == "UTC" else from_windows_name(where))


def _stamp(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), UTC)


# -- bodies --------------------------------------------------------------------------------------
def body_of(text: str, block: str = "") -> dict:
    """The CRM's text as an event's body; with the online meeting's join block kept after it
    (as HTML, the way Outlook holds it) when the event has one."""
    if not block:
        return {"contentType": "text", "content": text or ""}
    return {"contentType": "HTML", "content": html_with_block(text, block)}


# -- events --------------------------------------------------------------------------------------
def event_body(item: RemoteItem, invite: bool, block: str = "") -> dict:
    """An event as POST or PATCH sends it: only the groups an update writes. Graph invites
    whoever is in ``attendees`` as soon as the organizer's event holds them, and has no "send
    to none": a copy that must not invite (BR-EX-10) carries no attendees."""
    body: dict[str, object] = {}
    if writes(item, "subject"):
        body["subject"] = item.subject
    if writes(item, "body"):
        body["body"] = body_of(item.body, block)
    if writes(item, "location"):
        body["location"] = {"displayName": item.location or ""}
    if writes(item, "when"):
        body.update(_when_of(item))
    if writes(item, "reminder"):
        body.update(isReminderOn=item.reminder_minutes is not None,
                    reminderMinutesBeforeStart=item.reminder_minutes or 0)
    if writes(item, "show_as"):
        body["showAs"] = GRAPH_SHOW_AS[ShowAs(item.show_as)]
    if writes(item, "importance"):
        body["importance"] = GRAPH_IMPORTANCE[Importance(item.importance)]
    if invite and writes(item, "attendees"):
        body.update(without_erased(item))
    return body


def _when_of(item: RemoteItem) -> dict:
    if item.all_day and item.start is not None:  # midnight to midnight in the user's zone
        last = item.end or item.start + dt.timedelta(days=1)
        return {"isAllDay": True, "start": _local_day(item.start.astimezone(UTC).date()),
                "end": _local_day(last.astimezone(UTC).date())}
    return {"isAllDay": False, "start": _when(item.start), "end": _when(item.end or item.start)}


def without_erased(item: RemoteItem) -> dict:
    """The attendee list of an event an erased person attended, alone in its PATCH: Graph
    has no "send to none", and "an event update that includes only the attendees property
    in the request body sends a meeting update to only the attendees that have changed"
    (https://learn.microsoft.com/en-us/graph/api/event-update, notes on attendees). So she
    alone is told (a cancellation): her erasure request outranks that notice, and the
    others are not written to."""
    return {"attendees": [
        {"emailAddress": {"address": p.email, "name": p.name or p.email}, "type": word}
        for attr, word in ATTENDEE_TYPES for p in getattr(item, attr)]}


def new_event(item: RemoteItem, invite: bool) -> dict:
    whole = RemoteItem(**{**vars(item), "fields": None})
    return {**event_body(whole, invite), "transactionId": transaction_id(item.crm_key),
            "singleValueExtendedProperties": [{"id": CRM_KEY_PROPERTY, "value": item.crm_key}]}


def _parties(data: dict) -> dict[str, list[Party]]:
    parties: dict[str, list[Party]] = {"required": [], "optional": [], "resource": []}
    for attendee in data.get("attendees") or []:
        address = (attendee.get("emailAddress") or {}).get("address")
        if address:
            response = (attendee.get("status") or {}).get("response")
            parties.setdefault(attendee.get("type", "required"), []).append(Party(
                address, attendee["emailAddress"].get("name") or "",
                neutral(GRAPH_RESPONSE, response, Response.NONE)))
    return parties


def _days(data: dict) -> tuple[dt.datetime | None, dt.datetime | None]:
    """An event's start and end; an all-day event's days as they are in its own zone (its
    midnights, which the UTC the Prefer header asks for would move to another day)."""
    start, end = _parse(data.get("start")), _parse(data.get("end"))
    if not data.get("isAllDay") or start is None:
        return start, end
    where = from_windows_name(data.get("originalStartTimeZone"))
    first = day_in(start, where)
    after = day_in(end, where) if end is not None else first + dt.timedelta(days=1)
    return day_start(first), day_start(max(after, first + dt.timedelta(days=1)))


def from_event(data: dict) -> RemoteItem:
    properties = {p.get("id", "").lower(): p.get("value", "")
                  for p in data.get("singleValueExtendedProperties") or []}
    key = key_of_transaction(data.get("transactionId")) or \
        properties.get(CRM_KEY_PROPERTY.lower(), "")
    parties = _parties(data)
    start, end = _days(data)
    return RemoteItem(
        "event", crm_key=key, item_id=data["id"], change_key=data.get("changeKey") or "",
        uid=data.get("iCalUId") or "", subject=data.get("subject") or "",
        body=own_text((data.get("body") or {}).get("content") or ""),
        location=(data.get("location") or {}).get("displayName") or "",
        start=start, end=end, all_day=bool(data.get("isAllDay")),
        reminder_minutes=data.get("reminderMinutesBeforeStart") if data.get("isReminderOn")
        else None,
        show_as=neutral(GRAPH_SHOW_AS, data.get("showAs"), ShowAs.BUSY),
        importance=neutral(GRAPH_IMPORTANCE, data.get("importance"), Importance.NORMAL),
        categories=list(data.get("categories") or []),
        required=parties["required"], optional=parties["optional"],
        resources=parties["resource"], modified_at=_stamp(data.get("lastModifiedDateTime")),
        organizer=((data.get("organizer") or {}).get("emailAddress") or {}).get("address", ""),
        series_id=data.get("seriesMasterId") or "")


def occurrence(master: dict, row: dict) -> dict:
    """A sparse occurrence row of a calendar view (its id, series, start and end) with what
    its series says of the rest."""
    return {**master, "id": row["id"], "type": row.get("type", "occurrence"),
            "seriesMasterId": row.get("seriesMasterId") or master.get("id"),
            "start": row.get("start"), "end": row.get("end"),
            "changeKey": f"{master.get('changeKey', '')}|{(row.get('start') or {}).get('dateTime')}"}


# -- To Do tasks ---------------------------------------------------------------------------------
def task_body(item: RemoteItem) -> dict:
    """A task as PATCH sends it: only the groups an update writes. The due date is a day of
    the user's zone (To Do keeps it as that day's midnight)."""
    body: dict[str, object] = {}
    if writes(item, "subject"):
        body["title"] = item.subject
    if writes(item, "body"):
        body["body"] = {"contentType": "text", "content": item.body or ""}
    if writes(item, "due"):
        body["dueDateTime"] = _local_day(item.due) if item.due else None
    if writes(item, "status"):
        body["status"] = GRAPH_TASK_STATUS[TaskStatus(item.status)]
    if writes(item, "importance"):
        body["importance"] = GRAPH_IMPORTANCE[Importance(item.importance)]
    return body


def new_task(item: RemoteItem) -> dict:
    whole = RemoteItem(**{**vars(item), "fields": None})
    return {**task_body(whole), "linkedResources": [
        {"applicationName": APPLICATION, "externalId": item.crm_key,
         "displayName": item.subject}]}


def from_task(data: dict, item_id: str) -> RemoteItem:
    key = next((r.get("externalId", "") for r in data.get("linkedResources") or []
                if r.get("applicationName") == APPLICATION), "")
    due = _parse(data.get("dueDateTime"))
    status = neutral(GRAPH_TASK_STATUS, data.get("status"), TaskStatus.NOT_STARTED)
    return RemoteItem(
        "task", crm_key=key, item_id=item_id, change_key=data.get("@odata.etag") or
        data.get("lastModifiedDateTime") or "", subject=data.get("title") or "",
        body=(data.get("body") or {}).get("content") or "",
        due=day_in(due, user_zone()) if due else None, status=status,
        percent_complete=100 if status is TaskStatus.COMPLETED else None,
        importance=neutral(GRAPH_IMPORTANCE, data.get("importance"), Importance.NORMAL),
        categories=list(data.get("categories") or []),
        modified_at=_stamp(data.get("lastModifiedDateTime")))

