"""RemoteItem <-> Microsoft Graph JSON: calendar events and To Do tasks, in Graph's own words
("tentativelyAccepted", "waitingOnOthers"), translated here and nowhere else.

The CRM key travels three ways: the event's ``transactionId`` (a retried create returns the
event already made instead of a second one, and the key reads back from every delta page), a
single-value extended property in the same place as the EWS gateway's (so that events made over
EWS are found again after switching protocol), and, for To Do tasks, which have neither, a
linked resource, the way Microsoft lets an application point a task at its own record."""

from __future__ import annotations

import datetime as dt

from desktop.sync.contract import Importance, Party, RemoteItem, Response, ShowAs, TaskStatus

# PS_PUBLIC_STRINGS, name CrmActivityKey: the property exchangelib writes as CrmKey
CRM_KEY_PROPERTY = "String {00020329-0000-0000-C000-000000000046} Name CrmActivityKey"
APPLICATION = "CRM desktop"
EXPAND_KEY = f"singleValueExtendedProperties($filter=id eq '{CRM_KEY_PROPERTY}')"

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


def _when(value: dt.datetime | None) -> dict | None:
    if value is None:
        return None
    utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return {"dateTime": utc.isoformat(timespec="seconds"), "timeZone": "UTC"}


def _parse(value: dict | None) -> dt.datetime | None:
    """Graph writes "2026-12-03T09:00:00.0000000" in the zone asked by the Prefer header."""
    if not value or not value.get("dateTime"):
        return None
    text = value["dateTime"].rstrip("Z")
    head, _, fraction = text.partition(".")
    moment = dt.datetime.fromisoformat(head)
    if fraction:
        moment = moment.replace(microsecond=int(fraction[:6].ljust(6, "0")))
    return moment.replace(tzinfo=dt.timezone.utc)


def _stamp(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


# -- events --------------------------------------------------------------------------------------
def event_body(item: RemoteItem, invite: bool) -> dict:
    """An event as POST or PATCH sends it. Graph invites whoever is in ``attendees`` as soon
    as the organizer's event holds them, and has no "send to none": a copy that must not
    invite (BR-EX-10) carries no attendees."""
    body: dict[str, object] = {
        "subject": item.subject, "body": {"contentType": "text", "content": item.body or ""},
        "location": {"displayName": item.location or ""},
        "start": _when(item.start), "end": _when(item.end or item.start),
        "isAllDay": item.all_day, "isReminderOn": item.reminder_minutes is not None,
        "reminderMinutesBeforeStart": item.reminder_minutes or 0,
        "showAs": GRAPH_SHOW_AS[ShowAs(item.show_as)],
        "importance": GRAPH_IMPORTANCE[Importance(item.importance)],
        "categories": list(item.categories),
        "singleValueExtendedProperties": [{"id": CRM_KEY_PROPERTY, "value": item.crm_key}],
    }
    if invite:
        body["attendees"] = [
            {"emailAddress": {"address": p.email, "name": p.name or p.email}, "type": word}
            for attr, word in ATTENDEE_TYPES for p in getattr(item, attr)]
    return body


def new_event(item: RemoteItem, invite: bool) -> dict:
    return {**event_body(item, invite), "transactionId": transaction_id(item.crm_key)}


def from_event(data: dict) -> RemoteItem:
    properties = {p.get("id", "").lower(): p.get("value", "")
                  for p in data.get("singleValueExtendedProperties") or []}
    key = key_of_transaction(data.get("transactionId")) or \
        properties.get(CRM_KEY_PROPERTY.lower(), "")
    parties: dict[str, list[Party]] = {"required": [], "optional": [], "resource": []}
    for attendee in data.get("attendees") or []:
        address = (attendee.get("emailAddress") or {}).get("address")
        if address:
            response = (attendee.get("status") or {}).get("response")
            parties.setdefault(attendee.get("type", "required"), []).append(Party(
                address, attendee["emailAddress"].get("name") or "",
                neutral(GRAPH_RESPONSE, response, Response.NONE)))
    return RemoteItem(
        "event", crm_key=key, item_id=data["id"], change_key=data.get("changeKey") or "",
        uid=data.get("iCalUId") or "", subject=data.get("subject") or "",
        body=(data.get("body") or {}).get("content") or "",
        location=(data.get("location") or {}).get("displayName") or "",
        start=_parse(data.get("start")), end=_parse(data.get("end")),
        all_day=bool(data.get("isAllDay")),
        reminder_minutes=data.get("reminderMinutesBeforeStart") if data.get("isReminderOn")
        else None,
        show_as=neutral(GRAPH_SHOW_AS, data.get("showAs"), ShowAs.BUSY),
        importance=neutral(GRAPH_IMPORTANCE, data.get("importance"), Importance.NORMAL),
        categories=list(data.get("categories") or []),
        required=parties["required"], optional=parties["optional"],
        resources=parties["resource"], modified_at=_stamp(data.get("lastModifiedDateTime")))


# -- To Do tasks ---------------------------------------------------------------------------------
def task_body(item: RemoteItem) -> dict:
    due = dt.datetime.combine(item.due, dt.time()) if item.due else None
    return {"title": item.subject, "body": {"contentType": "text", "content": item.body or ""},
            "dueDateTime": {"dateTime": due.isoformat(timespec="seconds"), "timeZone": "UTC"}
            if due else None,
            "status": GRAPH_TASK_STATUS[TaskStatus(item.status)],
            "importance": GRAPH_IMPORTANCE[Importance(item.importance)],
            "categories": list(item.categories)}


def new_task(item: RemoteItem) -> dict:
    return {**task_body(item), "linkedResources": [
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
        due=due.date() if due else None, status=status,
        percent_complete=100 if status is TaskStatus.COMPLETED else None,
        importance=neutral(GRAPH_IMPORTANCE, data.get("importance"), Importance.NORMAL),
        categories=list(data.get("categories") or []),
        modified_at=_stamp(data.get("lastModifiedDateTime")))
