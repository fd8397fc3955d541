"""Activities <-> remote items: which mailbox holds an activity (BR-EX-09, -10), what the item
carries, how a remote item's fields read back into the activity, and what was last synchronized
(so that an update writes only what the CRM changed).

Days: an all-day activity holds its days as the domain stores them (BR-AP-01: the first day at
00:00 UTC, the last at 23:59 UTC); a task's due day is the day of its due moment in the user's
zone (the machine's, as everywhere in the application)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    Attendance,
    AttendanceStatus,
    PartyType,
    ShowTimeAs,
    TaskPriority,
)
from desktop.crm.erased_links import ERASED
from desktop.sync.contract import Importance, Party, RemoteItem, Response, ShowAs, TaskStatus

UTC = dt.UTC
SHOW_AS = {ShowTimeAs.FREE: ShowAs.FREE, ShowTimeAs.BUSY: ShowAs.BUSY,
           ShowTimeAs.TENTATIVE: ShowAs.TENTATIVE, ShowTimeAs.OUT_OF_OFFICE: ShowAs.OUT_OF_OFFICE}
TASK_STATUS = {ActivityStatus.NOT_STARTED: TaskStatus.NOT_STARTED,
               ActivityStatus.IN_PROCESS: TaskStatus.IN_PROGRESS,
               ActivityStatus.COMPLETED: TaskStatus.COMPLETED,
               ActivityStatus.WAITING: TaskStatus.WAITING,
               ActivityStatus.DEFERRED: TaskStatus.DEFERRED}
IMPORTANCE = {TaskPriority.LOW: Importance.LOW, TaskPriority.NORMAL: Importance.NORMAL,
              TaskPriority.HIGH: Importance.HIGH}
PRIORITY = {v: k for k, v in IMPORTANCE.items()}
RESPONSE = {Response.ACCEPTED: AttendanceStatus.ACCEPTED,
            Response.TENTATIVE: AttendanceStatus.TENTATIVE,
            Response.DECLINED: AttendanceStatus.DECLINED,
            Response.ORGANIZER: AttendanceStatus.ACCEPTED}
#: the field groups a pull reads back into the activity; the others (reminder, importance of
#: an event, attendees) are the CRM's to write and are never read over it
PULLED = {"event": {"subject", "body", "location", "when", "show_as"},
          "task": {"subject", "body", "due", "status", "importance"}}


def crm_key(act: E.Activity) -> str:
    return f"CRM-{act.code}"


def sync_users(session: Session) -> dict[str, E.ExchangeSyncUser]:
    """Active sync users by e-mail address, letter case included (BR-EX-09)."""
    return {u.email_address: u for u in session.scalars(
        select(E.ExchangeSyncUser).where(E.ExchangeSyncUser.active.is_(True)))}


def mailboxes(act: E.Activity, users: dict) -> tuple[list[str], bool]:
    """The mailboxes that hold the activity, and whether invitations may go out.

    An event lives in its organizer's calendar when the organizer syncs (and only then are
    invitations sent, BR-EX-10); otherwise each syncing employee attendee gets a copy.
    A task lives in its assignee's task folder."""
    if act.type is ActivityType.TASK:
        email = act.assigned_to.email if act.assigned_to else ""
        return ([email] if email in users else []), False
    organizer = next((a for a in act.attendees if a.attendance is Attendance.ORGANIZER), None)
    if organizer is not None and organizer.email in users:
        return [organizer.email], True
    return [a.email for a in act.attendees if a.attendee_type is PartyType.EMPLOYEE
            and a.email in users], False


def is_cancelled(act: E.Activity) -> bool:
    return act.type is not ActivityType.TASK and act.status is ActivityStatus.NOT_HELD


def day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), UTC)


def local_day(moment: dt.datetime) -> dt.date:
    """The day of a moment in the user's zone."""
    return moment.astimezone().date()


def to_remote(act: E.Activity, users: dict) -> RemoteItem:
    if act.type is ActivityType.TASK:
        return RemoteItem("task", crm_key(act), subject=act.subject, body=act.information,
                          due=local_day(act.due_at) if act.due_at else None,
                          status=TASK_STATUS.get(act.status, TaskStatus.NOT_STARTED),
                          percent_complete=act.percent_complete or 0,
                          importance=IMPORTANCE.get(act.priority, Importance.NORMAL))
    start, end = act.start_at, act.end_at or act.start_at
    if act.all_day and start is not None:  # the days, as an exclusive range of UTC midnights
        start = day_start(start.astimezone(UTC).date())
        end = day_start((end or start).astimezone(UTC).date()) + dt.timedelta(days=1)
    reminder = None
    if act.reminder and act.reminder_at and act.start_at:
        reminder = max(0, int((act.start_at - act.reminder_at).total_seconds() // 60))
    return RemoteItem(
        "event", crm_key(act), uid=crm_key(act), subject=act.subject, body=act.information,
        location=act.location, start=start, end=end, all_day=act.all_day,
        reminder_minutes=reminder, show_as=SHOW_AS.get(act.show_time_as, ShowAs.BUSY),
        importance=IMPORTANCE.get(act.priority, Importance.NORMAL), **_parties(act, users))


class _Parties(TypedDict):
    """An event's invitees by attendance, as RemoteItem's fields of the same names."""

    required: list[Party]
    optional: list[Party]
    resources: list[Party]


def _parties(act: E.Activity, users: dict) -> _Parties:
    parties: dict[Attendance, list] = {
        Attendance.REQUIRED: [], Attendance.OPTIONAL: [], Attendance.RESOURCE: []}
    for attendee in act.attendees:
        if attendee.attendance is Attendance.ORGANIZER or not attendee.email:
            continue
        if attendee.attendee_type is PartyType.EMPLOYEE and attendee.email not in users:
            continue  # BR-EX-09: an employee is synchronized only as a sync user
        parties.setdefault(attendee.attendance, []).append(
            Party(attendee.email, attendee.full_name))
    return {"required": parties[Attendance.REQUIRED], "optional": parties[Attendance.OPTIONAL],
            "resources": parties[Attendance.RESOURCE]}


# -- what was last synchronized ------------------------------------------------------------------
def _when(item: RemoteItem) -> str:
    moments = [m.astimezone(UTC).isoformat(timespec="seconds") if m else ""
               for m in (item.start, item.end)]
    return "|".join([*moments, str(item.all_day)])


def fingerprint(item: RemoteItem) -> dict[str, str]:
    """Each field group of an item as one comparable text."""
    groups = {"subject": item.subject, "body": plain(item.body), "location": item.location,
              "importance": Importance(item.importance).value}
    if item.kind == "task":
        return {**groups, "due": item.due.isoformat() if item.due else "",
                "status": TaskStatus(item.status).value}
    people = sorted(f"{kind}:{p.email.lower()}" for kind in ("required", "optional",
                                                             "resources")
                    for p in getattr(item, kind))
    return {**groups, "when": _when(item), "show_as": ShowAs(item.show_as).value,
            "reminder": str(item.reminder_minutes), "attendees": ",".join(people)}


def json_or_empty(synced: str) -> dict[str, str]:
    return json.loads(synced) if synced else {}


def changed_fields(item: RemoteItem, synced: str) -> frozenset[str] | None:
    """The groups of ``item`` that differ from what was last synchronized; None when nothing
    is known (a link made before this was kept): the update writes everything."""
    known = json_or_empty(synced)
    if not known:
        return None
    return frozenset(name for name, text in fingerprint(item).items()
                     if known.get(name) != text)


def synced_after_pull(remote: RemoteItem, local: RemoteItem, synced: str) -> str:
    """What the link remembers once a remote item was read: the server's value of the groups
    a pull reads, and of the others what the CRM last wrote (or holds now, for a new link:
    nothing to write until the CRM changes it). A group an erasure marked stays marked: the
    server's copy still names the person until the push rewrites it."""
    previous = json_or_empty(synced)
    mine, theirs = fingerprint(local), fingerprint(remote)
    pulled = PULLED[remote.kind]
    return json.dumps({name: theirs[name] if name in pulled and previous.get(name) != ERASED
                       else previous.get(name, text)
                       for name, text in mine.items()}, sort_keys=True)


def synced_after_push(item: RemoteItem) -> str:
    return json.dumps(fingerprint(item), sort_keys=True)


def has_invitees(synced: str) -> bool:
    """Whether the item was written with attendees: removing it would tell them."""
    return bool(json_or_empty(synced).get("attendees"))


# -- remote -> activity -----------------------------------------------------------------------
def plain(text: str) -> str:
    """A body as the CRM keeps it: line ends of one kind, no trailing blanks."""
    return "\n".join(line.rstrip() for line in (text or "").replace("\r\n", "\n")
                     .split("\n")).strip()


def remote_values(item: RemoteItem) -> dict:
    """The activity fields a remote item sets."""
    if item.kind == "task":
        status = {v: k for k, v in TASK_STATUS.items()}.get(item.status,
                                                            ActivityStatus.NOT_STARTED)
        due = dt.datetime.combine(item.due, dt.time(12)).astimezone().astimezone(UTC) \
            if item.due else None  # noon of the day in the user's zone
        values: dict[str, object] = {
            "subject": item.subject[:80], "information": plain(item.body), "due_at": due,
            "status": status, "priority": PRIORITY[Importance(item.importance)]}
        if item.percent_complete is not None:
            values["percent_complete"] = item.percent_complete
        return values
    start, end = item.start, item.end
    if item.all_day and start is not None:  # BR-AP-01: 00:00 of the first day, 23:59 of the last
        start = day_start(start.astimezone(UTC).date())
        last = (end.astimezone(UTC) - dt.timedelta(days=1)).date() if end else start.date()
        end = day_start(max(last, start.date())) + dt.timedelta(hours=23, minutes=59)
    return {"subject": item.subject[:80], "information": plain(item.body),
            "location": item.location[:80], "start_at": start, "end_at": end,
            "all_day": item.all_day,
            "show_time_as": {v: k for k, v in SHOW_AS.items()}.get(item.show_as,
                                                                  ShowTimeAs.BUSY)}


def same(name: str, a, b) -> bool:
    """Whether the activity's value ``a`` already says what the server's ``b`` says."""
    if name == "due_at" and a is not None and b is not None:
        return local_day(a) == local_day(b)  # the day counts, not the hour
    if name == "information":
        return plain(a) == plain(b)
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return abs((a - b).total_seconds()) < 1
    return (a or None) == (b or None)


def read_responses(act: E.Activity, item: RemoteItem) -> None:
    """Attendance responses come back into the attendee rows (case-sensitive match)."""
    answers = {p.email: p.response for p in item.required + item.optional + item.resources}
    for attendee in act.attendees:
        status = RESPONSE.get(answers.get(attendee.email, Response.NONE))
        if status is not None and attendee.attendance is not Attendance.ORGANIZER and \
                attendee.attendance_status is not status:
            attendee.attendance_status = status
