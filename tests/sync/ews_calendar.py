"""How Exchange Server treats calendar items and tasks over EWS, for the loopback EWS server,
each behaviour with Microsoft's page:

- Times come back in the zone of the request's TimeZoneContext
  (https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/timezonecontext).
- An all-day item's start is pushed to the previous midnight and its end to the next one, in
  the item's start time zone
  (https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/how-to-create-all-day-events-by-using-ews-in-exchange).
- A recurring series is one item, its master (CalendarItemType RecurringMaster); a calendar view
  expands it into occurrences and exceptions with ids of their own and the master's UID
  (https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/recurrence-patterns-and-time-zones-in-exchange,
  .../how-to-access-a-recurring-series-by-using-ews).
- A meeting created or updated with invitations puts a copy in each employee attendee's mailbox
  with the same UID; deleted with cancellations, each attendee is told
  (https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/createitem,
  SendMeetingInvitations; .../deleteitem, SendMeetingCancellations).
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
from zoneinfo import ZoneInfo

from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP
from lxml import etree

T = "http://schemas.microsoft.com/exchange/services/2006/types"
UTC = dt.timezone.utc
ORGANIZATION = "exemple.fr"
MOMENTS = ("Start", "End", "DueDate")
MEETING_FIELDS = ("Subject", "Body", "Start", "End", "IsAllDayEvent", "Location",
                  "StartTimeZone", "EndTimeZone", "RequiredAttendees", "OptionalAttendees",
                  "Resources", "Organizer")
SENDS = {"SendOnlyToAll", "SendToAllAndSaveCopy", "SendOnlyToChanged",
         "SendToChangedAndSaveCopy"}


def t(tag: str) -> str:
    return f"{{{T}}}{tag}"


def text_element(name: str, value: str):
    element = etree.Element(t(name))
    element.text = value
    return element


def zone_of(element) -> dt.tzinfo:
    """The zone a StartTimeZone / TimeZoneDefinition element names (by its Windows id)."""
    name = element.get("Id") if element is not None else None
    if not name or name == "UTC":
        return UTC
    return ZoneInfo(MS_TIMEZONE_TO_IANA_MAP.get(name, "UTC"))


def parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def in_zone(element, where: dt.tzinfo | None):
    """A moment element as the TimeZoneContext asks (UTC, "Z", without one)."""
    moment = parse(element.text)
    if moment is None or where is None:
        return element
    shown = copy.deepcopy(element)
    shown.text = moment.astimezone(where).isoformat(timespec="seconds") if where is not UTC \
        else utc_text(moment)
    return shown


def whole_days(fields: dict) -> None:
    """An all-day item's start and end pushed to midnight in its start time zone."""
    if not is_true(fields.get("IsAllDayEvent")) or "Start" not in fields:
        return
    where = zone_of(fields.get("StartTimeZone"))
    start = parse(fields["Start"].text).astimezone(where)
    first = dt.datetime.combine(start.date(), dt.time(), where)
    fields["Start"] = text_element("Start", utc_text(first))
    end = parse(fields["End"].text).astimezone(where) if "End" in fields else start
    last = dt.datetime.combine(end.date(), dt.time(), where)
    if last < end or last <= first:
        last = dt.datetime.combine(end.date() + dt.timedelta(days=1), dt.time(), where)
    fields["End"] = text_element("End", utc_text(last))


def is_true(element) -> bool:
    """An xs:boolean: "true" or "1"."""
    return element is not None and (element.text or "").strip() in ("true", "1")


def internal(address: str) -> bool:
    return address.lower().endswith("@" + ORGANIZATION)


def attendee_addresses(fields: dict) -> list[str]:
    return [a.findtext(f"{{{T}}}Mailbox/{{{T}}}EmailAddress") or ""
            for kind in ("RequiredAttendees", "OptionalAttendees")
            for a in fields.get(kind, [])]


def organizer_element(address: str):
    organizer = etree.Element(t("Organizer"))
    mailbox = etree.SubElement(organizer, t("Mailbox"))
    etree.SubElement(mailbox, t("EmailAddress")).text = address
    etree.SubElement(mailbox, t("RoutingType")).text = "SMTP"
    return organizer


def recurrence_element(first: dt.date, count: int):
    """A daily pattern of ``count`` occurrences, as EWS writes it."""
    recurrence = etree.Element(t("Recurrence"))
    daily = etree.SubElement(recurrence, t("DailyRecurrence"))
    etree.SubElement(daily, t("Interval")).text = "1"
    numbered = etree.SubElement(recurrence, t("NumberedRecurrence"))
    etree.SubElement(numbered, t("StartDate")).text = first.isoformat()
    etree.SubElement(numbered, t("NumberOfOccurrences")).text = str(count)
    return recurrence


def occurrence_days(master_fields: dict) -> list[dt.date]:
    recurrence = master_fields["Recurrence"]
    first = dt.date.fromisoformat(recurrence.findtext(f".//{{{T}}}StartDate"))
    count = int(recurrence.findtext(f".//{{{T}}}NumberOfOccurrences"))
    return [first + dt.timedelta(days=n) for n in range(count)]


def html_text(body_html: str) -> str:
    """Exchange's text of an HTML body (TextBody): blocks become lines, tags go."""
    content = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", body_html)
    content = re.sub(r"(?i)<br\s*/?>|</(p|div)>", "\r\n", content)
    return html.unescape(re.sub(r"<[^>]+>", "", content)).strip()
