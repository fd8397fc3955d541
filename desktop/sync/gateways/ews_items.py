"""RemoteItem <-> exchangelib objects: calendar items and tasks in EWS's own words ("NotStarted",
"OOF"), translated here and nowhere else.

Days are the user's: an all-day item is written as dates, which exchangelib sends as midnight
to midnight in the account's zone (the user's) with that zone named, and reads back in the
item's own zone; a task's due date is sent as midnight in the user's zone and read in it (EWS
answers in the zone of the request's TimeZoneContext,
https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/timezonecontext).
An update names only the fields of the groups the CRM changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from exchangelib import (
    Attendee,
    CalendarItem,
    EWSDate,
    EWSDateTime,
    EWSTimeZone,
    ExtendedProperty,
    HTMLBody,
    Mailbox,
    Task,
)
from exchangelib.errors import ErrorItemNotFound
from exchangelib.fields import DateTimeBackedDateField

from desktop.sync.contract import (
    FaultKind,
    Importance,
    Party,
    RemoteItem,
    Response,
    ShowAs,
    TaskStatus,
    Written,
)
from desktop.sync.gateways.bodies import html_to_text, html_with_block, own_text
from desktop.sync.gateways.zones import user_zone, user_zone_name

UTC = EWSTimeZone("UTC")


class CrmKey(ExtendedProperty):
    """Our activity key on the item: a retried create finds the item instead of doubling it."""
    distinguished_property_set_id = "PublicStrings"
    property_name = "CrmActivityKey"
    property_type = "String"


class LocalDueDate(DateTimeBackedDateField):
    """A task's due date as a day of the user's zone: exchangelib's own sends the day's
    midnight in UTC (a day early west of Greenwich once Outlook shows it) and reads a UTC
    answer's date (a day early east of it)."""

    def date_to_datetime(self, value):
        return EWSDateTime.combine(value, dt.time()).replace(tzinfo=EWSTimeZone(user_zone_name()))

    def from_xml(self, elem, account):
        value = self._get_val_from_elem(elem)
        if value is None:
            return None
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return EWSDate.from_date(moment.astimezone(user_zone()).date() if moment.tzinfo
                                 else moment.date())


def _register() -> None:
    for cls in (CalendarItem, Task):
        if "crm_key" not in {f.name for f in cls.FIELDS}:
            cls.register("crm_key", CrmKey)
    due = Task.get_field_by_fieldname("due_date")
    if not isinstance(due, LocalDueDate):
        names = [f.name for f in Task.FIELDS]
        Task.remove_field(due)
        Task.add_field(LocalDueDate("due_date", field_uri="task:DueDate"),
                       insert_after=names[names.index("due_date") - 1])


_register()

# the fields of each group an update writes (contract.FIELDS)
EVENT_FIELDS = {"subject": ["subject"], "body": ["body"], "location": ["location"],
                "when": ["start", "end", "is_all_day"],
                "reminder": ["reminder_is_set", "reminder_minutes_before_start"],
                "show_as": ["legacy_free_busy_status"], "importance": [],
                "attendees": ["required_attendees", "optional_attendees", "resources"]}
TASK_FIELDS = {"subject": ["subject"], "body": ["body"], "due": ["due_date"],
               "status": ["status", "percent_complete"], "importance": ["importance"]}
# the neutral words of the contract as EWS writes them
EWS_SHOW_AS = {ShowAs.FREE: "Free", ShowAs.TENTATIVE: "Tentative", ShowAs.BUSY: "Busy",
               ShowAs.OUT_OF_OFFICE: "OOF", ShowAs.WORKING_ELSEWHERE: "WorkingElsewhere",
               ShowAs.UNKNOWN: "NoData"}
EWS_TASK_STATUS = {TaskStatus.NOT_STARTED: "NotStarted", TaskStatus.IN_PROGRESS: "InProgress",
                   TaskStatus.COMPLETED: "Completed", TaskStatus.WAITING: "WaitingOnOthers",
                   TaskStatus.DEFERRED: "Deferred"}
EWS_IMPORTANCE = {Importance.LOW: "Low", Importance.NORMAL: "Normal", Importance.HIGH: "High"}
EWS_RESPONSE = {Response.NONE: "Unknown", Response.ORGANIZER: "Organizer",
                Response.ACCEPTED: "Accept", Response.TENTATIVE: "Tentative",
                Response.DECLINED: "Decline", Response.NOT_RESPONDED: "NoResponseReceived"}


def update_fields(item: RemoteItem) -> list[str]:
    groups = EVENT_FIELDS if item.kind == "event" else TASK_FIELDS
    chosen = groups if item.fields is None else {g: f for g, f in groups.items()
                                                 if g in item.fields}
    return [name for names in chosen.values() for name in names]


def _neutral(table: dict, word: str | None, default):
    return next((neutral for neutral, ews in table.items() if ews == word), default)


def _when(value: dt.datetime | None):
    return EWSDateTime.from_datetime(value.astimezone(dt.timezone.utc)).astimezone(UTC) \
        if value is not None else None


def _attendees(parties: list[Party]):
    return [Attendee(mailbox=Mailbox(email_address=p.email, name=p.name or None),
                     response_type=EWS_RESPONSE[Response(p.response)]) for p in parties] or None


def _span(item: RemoteItem):
    """Start and end as exchangelib takes them: dates (first and last day) for all day."""
    if not item.all_day or item.start is None:
        return _when(item.start), _when(item.end)
    first = item.start.astimezone(dt.timezone.utc).date()
    after = (item.end or item.start + dt.timedelta(days=1)).astimezone(dt.timezone.utc).date()
    return EWSDate.from_date(first), EWSDate.from_date(max(first, after - dt.timedelta(days=1)))


def to_exchange(item: RemoteItem, account, folder, block: str = ""):
    """The exchangelib object of an item; ``block``: the online meeting's join block its body
    keeps after the CRM's text."""
    if item.kind == "task":
        return Task(account=account, folder=folder, subject=item.subject,
                    body=item.body or None, due_date=item.due,
                    status=EWS_TASK_STATUS[TaskStatus(item.status)],
                    percent_complete=Decimal(item.percent_complete or 0),
                    importance=EWS_IMPORTANCE[Importance(item.importance)],
                    categories=item.categories or None, crm_key=item.crm_key)
    start, end = _span(item)
    body = HTMLBody(html_with_block(item.body, block)) if block else item.body or None
    return CalendarItem(
        account=account, folder=folder, subject=item.subject, body=body,
        location=item.location or None, start=start, end=end,
        is_all_day=item.all_day, reminder_is_set=item.reminder_minutes is not None,
        reminder_minutes_before_start=item.reminder_minutes or 0,
        legacy_free_busy_status=EWS_SHOW_AS[ShowAs(item.show_as)],
        categories=item.categories or None,
        required_attendees=_attendees(item.required),
        optional_attendees=_attendees(item.optional), resources=_attendees(item.resources),
        crm_key=item.crm_key, uid=item.uid or None)


def _parties(attendees) -> list[Party]:
    return [Party(a.mailbox.email_address, a.mailbox.name or "",
                  _neutral(EWS_RESPONSE, a.response_type, Response.NONE))
            for a in attendees or [] if a.mailbox is not None and a.mailbox.email_address]


def _python(value):
    if value is None:
        return None
    if not isinstance(value, dt.datetime):  # an all-day item's day
        return dt.datetime.combine(value, dt.time(), dt.timezone.utc)
    return dt.datetime.fromtimestamp(value.timestamp(), dt.timezone.utc)


def text_of(obj) -> str:
    """The body as text (Exchange's TextBody of an HTML body, Exchange 2013 and later:
    https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/textbody),
    without an online meeting's join block."""
    body = obj.body
    if isinstance(body, HTMLBody):
        text = getattr(obj, "text_body", None)
        return own_text(str(text) if text is not None else html_to_text(str(body)))
    return own_text(str(body or ""))


def from_exchange(obj, kind: str, series_id: str = "") -> RemoteItem:
    common = dict(kind=kind, crm_key=getattr(obj, "crm_key", None) or "", item_id=obj.id,
                  change_key=obj.changekey or "", subject=obj.subject or "",
                  body=text_of(obj), categories=list(obj.categories or []),
                  modified_at=_python(obj.last_modified_time))
    if kind == "task":
        return RemoteItem(**common, due=obj.due_date,
                          status=_neutral(EWS_TASK_STATUS, obj.status, TaskStatus.NOT_STARTED),
                          percent_complete=int(obj.percent_complete or 0),
                          importance=_neutral(EWS_IMPORTANCE, obj.importance,
                                              Importance.NORMAL))
    start, end = _python(obj.start), _python(obj.end)
    if obj.is_all_day and end is not None and not isinstance(obj.end, dt.datetime):
        end += dt.timedelta(days=1)  # exchangelib reads the last day: the contract's end follows
    organizer = obj.organizer.email_address if getattr(obj, "organizer", None) else ""
    return RemoteItem(
        **common, uid=obj.uid or "", location=obj.location or "", start=start, end=end,
        all_day=bool(obj.is_all_day),
        reminder_minutes=obj.reminder_minutes_before_start if obj.reminder_is_set else None,
        show_as=_neutral(EWS_SHOW_AS, obj.legacy_free_busy_status, ShowAs.BUSY),
        required=_parties(obj.required_attendees),
        optional=_parties(obj.optional_attendees), resources=_parties(obj.resources),
        organizer=organizer or "", series_id=series_id)


def written(result) -> Written:
    if isinstance(result, Exception):
        kind = FaultKind.NOT_FOUND if isinstance(result, ErrorItemNotFound) \
            else FaultKind.TRANSIENT
        return Written(error=f"{type(result).__name__}: {result}", fault=kind)
    if isinstance(result, tuple):  # bulk_update answers (id, changekey)
        return Written(result[0], result[1])
    return Written(result.id, result.changekey)
