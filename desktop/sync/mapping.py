"""Activities <-> remote items: which mailbox holds an activity (BR-EX-09, -10), what the item
carries, and how a remote item's fields read back into the activity."""

from __future__ import annotations

import datetime as dt

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
from desktop.sync.contract import Importance, Party, RemoteItem, Response, ShowAs, TaskStatus

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


def to_remote(act: E.Activity, users: dict) -> RemoteItem:
    if act.type is ActivityType.TASK:
        return RemoteItem("task", crm_key(act), subject=act.subject, body=act.information,
                          due=act.due_at.date() if act.due_at else None,
                          status=TASK_STATUS.get(act.status, TaskStatus.NOT_STARTED),
                          percent_complete=act.percent_complete or 0,
                          importance=IMPORTANCE.get(act.priority, Importance.NORMAL))
    parties: dict[Attendance, list] = {
        Attendance.REQUIRED: [], Attendance.OPTIONAL: [], Attendance.RESOURCE: []}
    for attendee in act.attendees:
        if attendee.attendance is Attendance.ORGANIZER or not attendee.email:
            continue
        if attendee.attendee_type is PartyType.EMPLOYEE and attendee.email not in users:
            continue  # BR-EX-09: an employee is synchronized only as a sync user
        parties.setdefault(attendee.attendance, []).append(
            Party(attendee.email, attendee.full_name))
    reminder = None
    if act.reminder and act.reminder_at and act.start_at:
        reminder = max(0, int((act.start_at - act.reminder_at).total_seconds() // 60))
    return RemoteItem(
        "event", crm_key(act), uid=crm_key(act), subject=act.subject, body=act.information,
        location=act.location, start=act.start_at, end=act.end_at or act.start_at,
        all_day=act.all_day, reminder_minutes=reminder,
        show_as=SHOW_AS.get(act.show_time_as, ShowAs.BUSY),
        importance=IMPORTANCE.get(act.priority, Importance.NORMAL),
        required=parties[Attendance.REQUIRED], optional=parties[Attendance.OPTIONAL],
        resources=parties[Attendance.RESOURCE])


# -- remote -> activity -----------------------------------------------------------------------
def remote_values(item: RemoteItem) -> dict:
    """The activity fields a remote item sets."""
    if item.kind == "task":
        status = {v: k for k, v in TASK_STATUS.items()}.get(item.status,
                                                            ActivityStatus.NOT_STARTED)
        due = dt.datetime.combine(item.due, dt.time(12), dt.timezone.utc) if item.due else None
        values: dict[str, object] = {
            "subject": item.subject[:80], "information": item.body, "due_at": due,
            "status": status, "priority": PRIORITY[Importance(item.importance)]}
        if item.percent_complete is not None:
            values["percent_complete"] = item.percent_complete
        return values
    return {"subject": item.subject[:80], "information": item.body,
            "location": item.location[:80], "start_at": item.start, "end_at": item.end,
            "all_day": item.all_day,
            "show_time_as": {v: k for k, v in SHOW_AS.items()}.get(item.show_as,
                                                                  ShowTimeAs.BUSY)}


def same(a, b) -> bool:
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
