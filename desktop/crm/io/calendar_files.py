"""Activities as an iCalendar file (.ics, RFC 5545) with the icalendar library: appointments
and calls as events, tasks as to-dos, for Outlook, Google or Apple calendars. One activity, a
selection, or someone's agenda (activities.agenda). Each item's UID is the activity's code,
so importing the file again in a calendar updates its items instead of doubling them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.crm import clock, entities as E
from desktop.crm.enums import (
    ActivityStatus as St,
    ActivityType as T,
    Attendance,
    AttendanceStatus,
    TaskPriority,
)
from desktop.lazy import lazy_module

if TYPE_CHECKING:
    import icalendar
else:  # loaded when first used: the start-up does not wait for it
    icalendar = lazy_module("icalendar")

PRODID = "-//CRM desktop//Activities//EN"
UID_DOMAIN = "crm-desktop"
EVENT_STATUS = {St.PLANNED: "CONFIRMED", St.HELD: "CONFIRMED", St.NOT_HELD: "CANCELLED"}
TODO_STATUS = {St.NOT_STARTED: "NEEDS-ACTION", St.IN_PROCESS: "IN-PROCESS",
               St.COMPLETED: "COMPLETED", St.DEFERRED: "NEEDS-ACTION",
               St.WAITING: "NEEDS-ACTION"}
PARTSTAT = {AttendanceStatus.NONE: "NEEDS-ACTION", AttendanceStatus.ACCEPTED: "ACCEPTED",
            AttendanceStatus.TENTATIVE: "TENTATIVE", AttendanceStatus.DECLINED: "DECLINED"}
ROLE = {Attendance.REQUIRED: "REQ-PARTICIPANT", Attendance.OPTIONAL: "OPT-PARTICIPANT",
        Attendance.RESOURCE: "NON-PARTICIPANT", Attendance.ORGANIZER: "CHAIR"}
PRIORITY = {TaskPriority.HIGH: 1, TaskPriority.NORMAL: 5, TaskPriority.LOW: 9}
CALENDAR_TYPES = (T.APPOINTMENT, T.CALL, T.TASK)


@dataclass
class CalendarFile:
    data: bytes
    written: int
    left_out: int  # e-mails and mailings: no calendar item to make of them


def uid(act: E.Activity) -> str:
    return f"{act.code}@{UID_DOMAIN}"


def _address(email: str, name: str, **params) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{email}")
    if name:
        address.params["cn"] = icalendar.vText(name)
    for key, value in params.items():
        address.params[key.replace("_", "-")] = icalendar.vText(value)
    return address


def _event(act: E.Activity, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(act))
    event.add("dtstamp", stamp)
    if act.all_day and act.start_at is not None:
        event.add("dtstart", act.start_at.date())
        end = (act.end_at or act.start_at).date() + dt.timedelta(days=1)
        event.add("dtend", end)
    elif act.start_at is not None:
        event.add("dtstart", act.start_at)
        event.add("dtend", act.end_at or act.start_at)
    event.add("status", EVENT_STATUS.get(act.status, "CONFIRMED"))
    if act.organizer is not None and act.organizer.email:
        event.add("organizer", _address(act.organizer.email, act.organizer.name))
    for attendee in act.attendees:
        if attendee.email and attendee.attendance is not Attendance.ORGANIZER:
            event.add("attendee", _address(
                attendee.email, attendee.full_name, role=ROLE[attendee.attendance],
                partstat=PARTSTAT.get(attendee.attendance_status, "NEEDS-ACTION")),
                encode=False)
    if act.location:
        event.add("location", act.location)
    return event


def _todo(act: E.Activity, stamp: dt.datetime) -> icalendar.Todo:
    todo = icalendar.Todo()
    todo.add("uid", uid(act))
    todo.add("dtstamp", stamp)
    if act.due_at is not None:
        todo.add("due", act.due_at)
    todo.add("status", TODO_STATUS.get(act.status, "NEEDS-ACTION"))
    todo.add("percent-complete", act.percent_complete or 0)
    todo.add("priority", PRIORITY.get(act.priority, 5))
    if act.completed_at is not None:
        todo.add("completed", act.completed_at)
    return todo


def activity_component(act: E.Activity, stamp: dt.datetime | None = None):
    """The event or to-do of one appointment, call or task."""
    stamp = stamp or clock.now()
    item = _todo(act, stamp) if act.type is T.TASK else _event(act, stamp)
    item.add("summary", act.subject)
    if act.information:
        item.add("description", act.information)
    item.add("categories", [act.type.label])
    if act.modified_at is not None:
        item.add("last-modified", act.modified_at)
    return item


def write_calendar(activities: Iterable[E.Activity], name: str = "") -> CalendarFile:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    stamp, written, left_out = clock.now(), 0, 0
    for act in activities:
        if act.type not in CALENDAR_TYPES:
            left_out += 1
            continue
        calendar.add_component(activity_component(act, stamp))
        written += 1
    return CalendarFile(calendar.to_ical(), written, left_out)
