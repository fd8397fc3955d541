"""Activities: creation per type, links, dates, reminders, attendees, recipients, attachments
and follow-ups (domain.md 3.5-3.8: BR-ACT-*, BR-FU-*, BR-AP-*, BR-EM-*)."""

from __future__ import annotations

import datetime as dt
import mimetypes
import shutil
from functools import wraps
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.records import apply_values, existing, field_label
from desktop.crm.enums import (
    ACTIVITY_STATUSES,
    CLOSED_ACTIVITY_STATUSES,
    ActivityStatus as St,
    ActivityType as T,
    Attendance,
    AttendanceStatus,
    EmailDirection,
    PartyType,
    RecipientRole,
    TimeUnit,
)
from desktop.crm.errors import CrmError, NotAllowedError, ValidationError
from desktop.crm.io.file_names import safe_file_name, unique_path
from desktop.crm.numbering import next_number
from desktop.crm.parameters import com_parameters


def _no_autoflush(func_):
    """Lines are built over several steps: flushing a half-built one would fail."""
    @wraps(func_)
    def wrapper(session: Session, *args, **kwargs):
        with session.no_autoflush:
            return func_(session, *args, **kwargs)
    return wrapper


SERIES_FIELD = {T.APPOINTMENT: "appointment_series_id", T.CALL: "call_series_id",
                T.TASK: "task_series_id", T.MAILING: "mailing_series_id",
                T.EMAIL: "email_series_id"}
WITH_ATTENDEES = (T.APPOINTMENT, T.CALL)
UNIT_MINUTES = {TimeUnit.MINUTES: 1, TimeUnit.HOURS: 60, TimeUnit.DAYS: 1440,
                TimeUnit.WEEKS: 10080}
FOLLOW_UP_TYPES = (T.APPOINTMENT, T.CALL, T.TASK, T.EMAIL)


def initial_status(kind: T, direction: EmailDirection | None = None) -> St:
    if kind is T.EMAIL:
        return St.RECEIVED if direction is EmailDirection.INBOUND else St.DRAFT
    return ACTIVITY_STATUSES[kind][0]


def open_clause():
    """Open activities only (BR-ACT-03)."""
    return E.Activity.status.not_in(list(CLOSED_ACTIVITY_STATUSES))


# -- creation and maintenance ------------------------------------------------------------------
def new_activity(session: Session, kind: T, values: dict[str, Any],
                 employee_id: int | None) -> E.Activity:
    """A numbered activity of ``kind`` with its defaults (BR-ACT-01, -06, -08, BR-AP-05)."""
    values = dict(values)
    series_id = getattr(com_parameters(session), SERIES_FIELD[kind])
    if series_id is None:
        raise ValidationError("Set the number series for {type_label} in the COM parameters.",
                              type_label=kind.value)
    direction = values.get("direction") or (EmailDirection.OUTBOUND if kind is T.EMAIL
                                            else None)
    act = E.Activity(type=kind, code=next_number(session, series_id), series_id=series_id,
                     direction=direction, status=values.pop("status", None)
                     or initial_status(kind, direction))
    if kind in WITH_ATTENDEES:
        values["organizer_id"] = values.get("organizer_id") or employee_id
    if kind is T.TASK:
        values["assigned_to_id"] = values.get("assigned_to_id") or employee_id
    if kind is T.MAILING:
        values["completed_at"] = values.get("completed_at") or clock.now()
    with session.no_autoflush:
        save_activity(session, act, values, new=True)
        if kind in WITH_ATTENDEES and act.organizer_id:
            organizer = existing(session, E.Employee, act.organizer_id)
            act.attendees.append(E.Attendee(
                line_no=10, attendance=Attendance.ORGANIZER, attendee_type=PartyType.EMPLOYEE,
                employee=organizer, employee_id=organizer.id, full_name=organizer.name,
                email=organizer.email,
                phone=organizer.phone, attendance_status=AttendanceStatus.ACCEPTED))
    return act


def save_activity(session: Session, act: E.Activity, values: dict[str, Any],
                  new: bool = False) -> E.Activity:
    """Apply an edit with every rule of its type; nothing is committed."""
    if not new and act.type is T.EMAIL and act.status is not St.DRAFT:
        raise NotAllowedError("This e-mail is {status_label}: it can no longer be changed.",
                              status_label=act.status.value)  # BR-EM-01
    values = dict(values)
    _fill_partner(session, values, act)
    with session.no_autoflush:
        apply_values(session, act, values)
    if act.status not in ACTIVITY_STATUSES[act.type]:
        raise ValidationError("{status_label} is not a status of a {type_label}.",
                              field="status", status_label=act.status.value,
                              type_label=act.type.value)
    if not (act.business_partner_id or act.contact_id or act.opportunity_id
            or act.linked_activity_id or act.business_partner or act.linked_activity):
        raise ValidationError("Link the activity to a business partner, a contact, an "
                              "opportunity or another activity.", field="business_partner_id")
    _dates(act)
    _reminder(act)
    if act.status is St.COMPLETED and act.type in (T.TASK, T.MAILING):
        act.completed_at = act.completed_at or clock.now()
    act.sort_date = sort_date(act)
    if act.synchronize:
        check_synchronize(session, act)
    return act


def _fill_partner(session: Session, values: dict, act: E.Activity) -> None:
    """The partner of the contact or opportunity is filled in too (BR-ACT-06)."""
    if values.get("business_partner_id") or act.business_partner_id:
        return
    if values.get("opportunity_id"):
        values["business_partner_id"] = existing(session, E.Opportunity,
                                                 values["opportunity_id"]).sold_to_bp_id
    elif values.get("contact_id"):
        values["business_partner_id"] = existing(session, E.Contact,
                                                 values["contact_id"]).business_partner_id


def _dates(act: E.Activity) -> None:
    if act.type in WITH_ATTENDEES and act.start_at is None:
        raise ValidationError("Enter the start.", field="start_at")
    start: Any = act.start_at  # required above for the types that use it
    if act.type is T.CALL and (act.duration_hours or act.duration_minutes):
        act.end_at = start + dt.timedelta(hours=act.duration_hours or 0,
                                                 minutes=act.duration_minutes or 0)  # AP-03
    if act.type is T.APPOINTMENT and act.all_day:  # BR-AP-01: dates only
        end = (act.end_at or start).replace(hour=23, minute=59, second=0, microsecond=0)
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        act.start_at, act.end_at = start, end
    if act.type in WITH_ATTENDEES and act.end_at is None:
        act.end_at = start + dt.timedelta(minutes=30)
    if act.end_at and act.start_at and act.end_at < act.start_at:
        raise ValidationError("The end must not be before the start.", field="end_at")
    if act.type is T.TASK and act.due_at is None:
        raise ValidationError("Enter the due date of the task.", field="due_at")


def date_warnings(act: E.Activity) -> list[CrmError]:
    """What is saved but likely mistyped: a task planned to start after it is due (Outlook
    asks the same; a task synchronised from Exchange may be so, so it is not refused)."""
    if act.type is T.TASK and act.start_at and act.due_at and act.start_at > act.due_at:
        return [CrmError("The task starts after its due date.")]
    return []


def _reminder(act: E.Activity) -> None:
    """BR-AP-04: a reminder needs its offset and unit; tasks remind at a given moment."""
    if not act.reminder:
        act.reminder_at = None
        return
    if act.type is T.TASK:
        if act.reminder_at is None:
            raise ValidationError("Enter when the task should remind you.", field="reminder_at")
        return
    if not act.reminder_value or act.reminder_unit is None:
        raise ValidationError("Enter how long before the start the reminder comes.",
                              field="reminder_value")
    anchor = act.start_at or act.due_at or act.sort_date
    minutes = act.reminder_value * UNIT_MINUTES[act.reminder_unit]
    act.reminder_at = anchor - dt.timedelta(minutes=minutes) if anchor else None
    act.reminder_done = False


def sort_date(act: E.Activity) -> dt.datetime | None:
    """BR-ACT-04: due date for tasks, start for appointments and calls, completion for
    mailings, sent or received for emails (Draft: creation)."""
    if act.type is T.TASK:
        return act.due_at
    if act.type in WITH_ATTENDEES:
        return act.start_at
    if act.type is T.MAILING:  # a planned one (global addition): when it is due
        return act.completed_at or act.due_at
    return act.sent_at or act.created_at or clock.now()


# -- attendees --------------------------------------------------------------------------------
@_no_autoflush
def add_attendee(session: Session, act: E.Activity, values: dict[str, Any],
                 line: E.Attendee | None = None) -> E.Attendee:
    """Add or change an attendee (BR-AP-06, -07, -08); name, e-mail, phone come from the
    employee or contact."""
    if act.type not in WITH_ATTENDEES:
        raise NotAllowedError("Only appointments and calls have attendees.")  # BR-AP-12
    return _add_attendee(session, act, values, line)


def _add_attendee(session: Session, act: E.Activity, values: dict[str, Any],
                  line: E.Attendee | None = None) -> E.Attendee:
    values = {**({} if line is None else _attendee_values(line)), **values}
    kind = values.get("attendee_type") or PartyType.CONTACT
    attendance = values.get("attendance") or Attendance.REQUIRED
    if attendance is Attendance.ORGANIZER:
        if kind is not PartyType.EMPLOYEE:
            raise ValidationError("The meeting organizer must be an employee.",
                                  field="attendee_type")
        if any(a.attendance is Attendance.ORGANIZER and a is not line for a in act.attendees):
            raise ValidationError("The activity already has a meeting organizer.",
                                  field="attendance")
    line = line or E.Attendee(activity=act, line_no=max((a.line_no for a in act.attendees
                                                         if a.line_no), default=0) + 10)
    line.attendance, line.attendee_type = attendance, kind
    line.invite = bool(values.get("invite"))
    line.attendance_status = values.get("attendance_status") or AttendanceStatus.NONE
    _attendee_party(session, line, values)
    if line.invite and line.contact is not None and line.contact.opted_out:
        raise ValidationError("{name} has opted out and cannot be invited.", field="invite",
                              name=line.full_name)
    if line not in act.attendees:
        act.attendees.append(line)
    session.add(line)
    return line


def _attendee_values(line: E.Attendee) -> dict:
    return {"attendee_type": line.attendee_type, "attendance": line.attendance,
            "employee_id": line.employee_id, "contact_id": line.contact_id,
            "full_name": line.full_name, "email": line.email, "invite": line.invite,
            "attendance_status": line.attendance_status}


def _attendee_party(session: Session, line: E.Attendee | E.EmailRecipient, values: dict) -> None:
    kind = values.get("attendee_type") or values.get("recipient_type")
    line.employee = session.get(E.Employee, values["employee_id"]) \
        if kind is PartyType.EMPLOYEE and values.get("employee_id") else None
    line.contact = session.get(E.Contact, values["contact_id"]) \
        if kind is PartyType.CONTACT and values.get("contact_id") else None
    line.employee_id = line.employee.id if line.employee else None
    line.contact_id = line.contact.id if line.contact else None
    name_field = "full_name" if isinstance(line, E.Attendee) else "name"
    if kind is PartyType.OTHER:  # BR-AP-07
        name, email = (values.get(name_field) or "").strip(), (values.get("email") or "").strip()
        if not name or not email:
            raise ValidationError("Type the name and e-mail of the other attendee.",
                                  field=name_field)
        setattr(line, name_field, name)
        line.email = email
        if isinstance(line, E.Attendee):
            line.phone = ""
        return
    if line.employee is not None:
        name, email, phone = line.employee.name, line.employee.email, line.employee.phone
    elif line.contact is not None:
        name, email, phone = line.contact.full_name, line.contact.email, \
            line.contact.primary_phone
    elif kind is None:
        type_field = "attendee_type" if isinstance(line, E.Attendee) else "recipient_type"
        raise ValidationError("{field_label} is required.", field=type_field,
                              field_label=field_label(type(line), type_field))
    else:
        raise ValidationError("Choose the {type_label}.", field="employee_id",
                              type_label=kind.value.lower())
    setattr(line, name_field, name)
    line.email = email
    if isinstance(line, E.Attendee):
        line.phone = phone


def check_synchronize(session: Session, act: E.Activity) -> None:
    """BR-AP-09 and BR-AP-10: synchronizing needs the COM switch, an organizer, an invited
    attendee, and an e-mail address for every attendee."""
    if act.type not in (T.APPOINTMENT, T.CALL, T.TASK):
        raise NotAllowedError("Only appointments, calls and tasks are synchronized.")
    if not com_parameters(session).synchronize_activities:
        raise NotAllowedError("Synchronization of activities is off in the COM parameters.")
    if act.type is T.TASK:
        return
    if not any(a.attendance is Attendance.ORGANIZER for a in act.attendees):
        raise ValidationError("To synchronize, the activity needs a meeting organizer.",
                              field="synchronize")
    if not any(a.invite for a in act.attendees if a.attendance is not Attendance.ORGANIZER):
        raise ValidationError("To synchronize, invite at least one attendee besides the "
                              "organizer.", field="synchronize")
    if any(not a.email for a in act.attendees):
        raise ValidationError("To synchronize, every attendee needs an e-mail address.",
                              field="synchronize")


# -- recipients and attachments ----------------------------------------------------------------
@_no_autoflush
def add_recipient(session: Session, act: E.Activity, values: dict[str, Any],
                  line: E.EmailRecipient | None = None) -> E.EmailRecipient:
    """A recipient of an e-mail by role (BR-EM-02); frozen unless Draft (BR-EM-01)."""
    _email_editable(act)
    role = values.get("role") or RecipientRole.TO
    kind = values.get("recipient_type") or PartyType.CONTACT
    line = line or E.EmailRecipient(activity=act, sequence=max(
        (r.sequence for r in act.recipients if r.sequence), default=0) + 10)
    line.role, line.recipient_type = role, kind
    _attendee_party(session, line, {**values, "recipient_type": kind})
    if line.employee is not None:
        line.user_name = line.employee.user_name or ""
    if line not in act.recipients:
        act.recipients.append(line)
    session.add(line)
    return line


def _email_editable(act: E.Activity) -> None:
    if act.type is not T.EMAIL:
        raise NotAllowedError("Only e-mails have recipients and attachments.")
    if act.status is not St.DRAFT:
        raise NotAllowedError("This e-mail is {status_label}: it can no longer be changed.",
                              status_label=act.status.value)


def attachments_folder(session: Session, default: Path) -> Path:
    configured = com_parameters(session).path_for_attachments
    return Path(configured) if configured else default


@_no_autoflush
def add_attachment(session: Session, act: E.Activity, source: Path, folder: Path
                   ) -> E.EmailAttachment:
    """Store a copy of the file under the attachments folder, within the maximum e-mail size
    (BR-EM-05)."""
    _email_editable(act)
    size = source.stat().st_size
    limit = com_parameters(session).maximum_email_size
    used = sum(a.size_bytes for a in act.attachments)
    if used + size > limit:
        raise ValidationError("{file} would make the e-mail {total} bytes, over the limit of "
                              "{limit} bytes.", file=source.name, total=used + size,
                              limit=limit)
    target_dir = folder / act.code
    target_dir.mkdir(parents=True, exist_ok=True)
    name = safe_file_name(source.name)
    target = unique_path(target_dir, name)  # two files of one name are kept apart
    shutil.copyfile(source, target)
    line = E.EmailAttachment(activity=act, file_name=target.name, stored_path=str(target),
                             size_bytes=size, mime_type=mimetypes.guess_type(source.name)[0]
                             or "", sequence=max((a.sequence for a in act.attachments),
                                                 default=0) + 10)
    if line not in act.attachments:  # activity=act has put it there already
        act.attachments.append(line)
    session.add(line)
    return line


# -- follow-ups (their creation: desktop.crm.follow_ups) ------------------------------------
def follow_up_chain(session: Session, activity_id: int) -> list[E.Activity]:
    """Every activity of the chain this one belongs to, oldest first (BR-FU chain)."""
    root = existing(session, E.Activity, activity_id)
    while root.linked_activity_id is not None:
        root = existing(session, E.Activity, root.linked_activity_id)
    chain: list[Any] = [root]
    level = [root.id]
    while level:
        children = session.scalars(select(E.Activity).where(
            E.Activity.linked_activity_id.in_(level)).order_by(E.Activity.id)).all()
        chain.extend(children)
        level = [c.id for c in children]
    return chain


# -- reminders ------------------------------------------------------------------------------
def due_reminders(session: Session, employee_id: int, now: dt.datetime) -> list[E.Activity]:
    """Reminders of the employee's open activities whose moment has come (missed ones too)."""
    mine = or_(E.Activity.organizer_id == employee_id, E.Activity.assigned_to_id == employee_id)
    return list(session.scalars(select(E.Activity).where(
        E.Activity.reminder.is_(True), E.Activity.reminder_done.is_(False),
        E.Activity.reminder_at <= now, mine, open_clause()).order_by(E.Activity.reminder_at)))


def dismiss_reminder(act: E.Activity) -> None:
    act.reminder_done = True


def snooze_reminder(act: E.Activity, minutes: int, now: dt.datetime) -> None:
    act.reminder_at = now + dt.timedelta(minutes=minutes)


# -- agenda -----------------------------------------------------------------------------------
def agenda(session: Session, employee_id: int, start: dt.datetime,
           end: dt.datetime) -> list[E.Activity]:
    """The employee's appointments and calls (as organizer or attendee) and due tasks between
    ``start`` and ``end``: what a field sales person opens first in the morning."""
    attending = select(E.Attendee.activity_id).where(E.Attendee.employee_id == employee_id)
    mine = or_(E.Activity.organizer_id == employee_id, E.Activity.assigned_to_id == employee_id,
               E.Activity.id.in_(attending))
    return list(session.scalars(select(E.Activity).where(
        mine, E.Activity.type.in_([T.APPOINTMENT, T.CALL, T.TASK]),
        E.Activity.sort_date >= start, E.Activity.sort_date < end,
        E.Activity.status.not_in([St.NOT_HELD])).order_by(E.Activity.sort_date)))


def local_midnight(day: dt.date, plus_days: int = 0) -> dt.datetime:
    """The start of a day in the user's time zone, as a UTC moment."""
    local = dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time()).astimezone()
    return local.astimezone(dt.UTC)


def overview_filter(*, open_only: bool = False, employee_id: int | None = None,
                    kind: T | None = None, partner_id: int | None = None,
                    date_from: dt.date | None = None, date_to: dt.date | None = None) -> list:
    """The WHERE clauses of the Activities overview's filter bar: an employee's activities
    are those they organize or are assigned to; dates are whole days of the user's zone."""
    A = E.Activity
    clauses = []
    if open_only:
        clauses.append(open_clause())
    if employee_id is not None:
        clauses.append(or_(A.organizer_id == employee_id, A.assigned_to_id == employee_id))
    if kind is not None:
        clauses.append(A.type == kind)
    if partner_id is not None:
        clauses.append(A.business_partner_id == partner_id)
    if date_from:
        clauses.append(A.sort_date >= local_midnight(date_from))
    if date_to:
        clauses.append(A.sort_date < local_midnight(date_to, 1))
    return clauses
