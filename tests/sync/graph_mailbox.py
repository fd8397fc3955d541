"""What the loopback Graph server keeps of each mailbox, and how Exchange Online treats it, each
behaviour with Microsoft's page:

- Bodies are HTML unless text is asked for, per request and per $batch part
  (https://learn.microsoft.com/en-us/graph/api/event-get, "Prefer:
  outlook.body-content-type"); text sent is kept as text, and an HTML body read as text is
  Exchange's conversion of it.
- Moments come back in the zone the Prefer header asks (UTC here); an event keeps the zone it
  was written in as originalStartTimeZone
  (https://learn.microsoft.com/en-us/graph/api/resources/event).
- An all-day event must start and end at midnight in one time zone, or the request is refused
  (same page, isAllDay: "start and end time must be set to midnight and be in the same time
  zone").
- A To Do task's due date comes back as the day's midnight in the zone it was set in, expressed
  in UTC (https://learn.microsoft.com/en-us/graph/api/resources/todotask, dueDateTime).
- A recurring series is a master; a calendar view lists its occurrences, each with its own id
  and the master's seriesMasterId; an occurrence changed alone becomes an exception, one
  deleted is cancelled (https://learn.microsoft.com/en-us/graph/api/resources/event: type,
  seriesMasterId; https://learn.microsoft.com/en-us/graph/api/event-list-instances).
- A meeting's organizer's event with employee attendees puts a copy of the meeting in each of
  their mailboxes, with the same iCalUId ("A unique identifier for an event across calendars",
  resources/event); deleting or cancelling it sends each attendee a cancellation
  (https://learn.microsoft.com/en-us/graph/api/event-delete,
  https://learn.microsoft.com/en-us/graph/api/event-cancel).
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP

from desktop.crm import clock as app_clock

UTC = dt.timezone.utc
CRM_KEY = "String {00020329-0000-0000-C000-000000000046} Name CrmActivityKey".lower()
ORGANIZATION = "exemple.fr"  # the tenant's accepted domain: its people have mailboxes here
TEAMS_RULE = "_" * 80
#: the join block Outlook and Teams put in an online meeting's body (its HTML shape)
TEAMS_BLOCK = (
    '<div style="width:100%;height: 20px;"><span style="white-space:nowrap;color:#5F5F5F;'
    f'opacity:.36;">{TEAMS_RULE}</span></div>'
    '<div class="me-email-text" lang="en-US" style="color:#252424;font-family:\'Segoe UI\','
    '\'Helvetica Neue\',Helvetica,Arial,sans-serif;"><div style="margin-top: 24px; '
    'margin-bottom: 20px;"><span style="font-size: 24px; color:#252424">Microsoft Teams '
    'meeting</span></div><div style="margin-bottom: 20px;"><a class="me-email-headline" '
    'href="{join}" target="_blank" rel="noreferrer noopener">Join the meeting now</a></div>'
    '</div><div style="width:100%;height: 20px;"><span style="white-space:nowrap;'
    f'color:#5F5F5F;opacity:.36;">{TEAMS_RULE}</span></div>')


def now_text() -> str:
    return app_clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def zone(name: str | None):
    if not name or name == "UTC":
        return UTC
    return ZoneInfo(MS_TIMEZONE_TO_IANA_MAP.get(name, name))


def moment(value: dict | None) -> dt.datetime | None:
    """A dateTimeTimeZone as an aware moment."""
    if not value or not value.get("dateTime"):
        return None
    head = value["dateTime"].rstrip("Z").split(".")[0]
    return dt.datetime.fromisoformat(head).replace(tzinfo=zone(value.get("timeZone")))


def utc_value(when: dt.datetime | None) -> dict | None:
    if when is None:
        return None
    text = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return {"dateTime": f"{text}.0000000", "timeZone": "UTC"}


# -- bodies ------------------------------------------------------------------------------------
def as_html(body: dict) -> str:
    if (body.get("contentType") or "").lower() == "html":
        return body.get("content") or ""
    lines = (body.get("content") or "").replace("\r\n", "\n").split("\n")
    return "<html><body>" + "".join(f"<div>{html.escape(line)}</div>" for line in lines) + \
        "</body></html>"


def as_text(body: dict) -> str:
    """Exchange's HTML to text: blocks become lines, tags go, entities are read."""
    if (body.get("contentType") or "").lower() != "html":
        return body.get("content") or ""
    content = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", body.get("content") or "")
    content = re.sub(r"(?i)<br\s*/?>|</(p|div)>", "\r\n", content)
    return html.unescape(re.sub(r"<[^>]+>", "", content)).strip()


def body_view(body: dict, text: bool) -> dict:
    return {"contentType": "text", "content": as_text(body)} if text else \
        {"contentType": "html", "content": as_html(body)}


@dataclass
class Mailbox:
    address: str
    zone: str = "Romance Standard Time"  # the mailbox's own zone, for Outlook's items
    events: dict[str, dict] = field(default_factory=dict)
    properties: dict[str, dict[str, str]] = field(default_factory=dict)  # event -> id -> value
    tasks: dict[str, dict] = field(default_factory=dict)
    log: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # folder -> (seq, id)
    sent: list[dict] = field(default_factory=list)
    list_id: str = ""

    @property
    def internal(self) -> bool:
        return self.address.lower().endswith("@" + ORGANIZATION)


# -- series ------------------------------------------------------------------------------------
def occurrence_id(master_id: str, day: dt.date) -> str:
    return f"{master_id}_{day:%Y%m%d}"


def occurrences(master: dict) -> list[dict]:
    """A daily series' occurrences, exceptions included, cancelled ones left out."""
    first = moment(master["start"])
    length = moment(master["end"]) - first
    pattern = master["recurrence"]
    found = []
    for n in range(0, int(pattern["range"]["numberOfOccurrences"]),
                   int(pattern["pattern"].get("interval", 1))):
        start = first + dt.timedelta(days=n)
        oid = occurrence_id(master["id"], start.date())
        if oid in master.get("cancelled", []):
            continue
        changed = master.get("exceptions", {}).get(oid)
        row = {**{k: v for k, v in master.items()  # shared, never changed through a row
                  if k not in ("recurrence", "exceptions", "cancelled", "_copies")},
               "id": oid, "seriesMasterId": master["id"],
               "type": "exception" if changed else "occurrence",
               "start": {**master["start"], "dateTime": start.replace(tzinfo=None).isoformat()},
               "end": {**master["end"],
                       "dateTime": (start + length).replace(tzinfo=None).isoformat()}}
        row.update(copy.deepcopy(changed or {}))
        found.append(row)
    return found


def all_day_refused(values: dict) -> str:
    """Why an all-day event's times are refused, or "" (resources/event, isAllDay)."""
    if not values.get("isAllDay"):
        return ""
    start, end = values.get("start") or {}, values.get("end") or {}
    if start.get("timeZone") != end.get("timeZone"):
        return "The start and end of an all-day event must be in the same time zone."
    for when in (start, end):
        if moment(when) is None or moment(when).time() != dt.time():
            return "An all-day event's start and end must be at midnight."
    return ""
