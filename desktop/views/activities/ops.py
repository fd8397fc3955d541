"""The user's actions on activities and their lines (attendees, recipients, attachments,
references), as plain functions of a database session and plain values, run by the windows
through Op and Query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.crm import (
    activities as A,
    agenda as agenda_edits,
    clock,
    entities as E,
    follow_ups,
    partners,
)
from desktop.crm.db.records import existing
from desktop.crm.db.unit_of_work import get_current
from desktop.crm.email_import import import_eml
from desktop.crm.email_sending import mark_sent, outgoing
from desktop.crm.enums import ActivityType
from desktop.crm.io.calendar_files import write_calendar
from desktop.crm.io.outlook_msg import as_eml
from desktop.crm.parameters import com_parameters
from desktop.views.shapes.ops import RecordHooks, SaveContext


def save_activity(session: Session, obj, values: dict, context: SaveContext):
    """A new activity of the form's type (``values["type"]``), a follow-up of the activity
    ``values["follow_up_of"]`` (BR-FU-*), or the changes of one."""
    values = dict(values)
    kind, origin = values.pop("type"), values.pop("follow_up_of", None)
    if obj is None and origin is not None:
        act = follow_ups.create_follow_up(session, existing(session, E.Activity, origin), kind,
                                          values, context.employee_id)
    elif obj is None:
        act = A.new_activity(session, kind, values, context.employee_id)
    else:
        act = A.save_activity(session, obj, values)
    context.warnings.extend(A.date_warnings(act))
    return act


HOOKS = RecordHooks(save_values=save_activity)


def save_attendee(session: Session, act, line, values: dict) -> None:
    A.add_attendee(session, act, values, line)


def save_recipient(session: Session, act, line, values: dict) -> None:
    A.add_recipient(session, act, values, line)


def sync_enabled(session: Session) -> bool:
    """Whether COM parameters synchronize activities with Exchange (BR-AP-09)."""
    return com_parameters(session).synchronize_activities


# -- the overview and follow-ups --------------------------------------------------------------
def follow_up_chain(session: Session, original_id: int) -> list[int]:
    """The ids of the follow-up chain of an activity (a Follow-ups tab shows them)."""
    return [a.id for a in A.follow_up_chain(session, original_id)]


def import_email(session: Session, name: str, data: bytes, employee_id: int | None,
                 folder: Path) -> None:
    """An .eml or Outlook .msg file as an inbound e-mail with its attachments (all or none)."""
    import_eml(session, as_eml(name, data), employee_id, A.attachments_folder(session, folder))


def primary_contact(session: Session, partner_id: int) -> int | None:
    """The partner's primary contact, who a new activity for the partner is with."""
    contact = partners.primary_contact(session, partner_id)
    return contact.id if contact is not None else None


def follow_up_values(session: Session, original_id: int, kind: ActivityType,
                     planning: follow_ups.Planning, now: dt.datetime) -> dict:
    """What a follow-up's new form starts with (nothing is written until its Save)."""
    return follow_ups.proposed_values(existing(session, E.Activity, original_id), kind,
                                      planning, now)


# -- e-mails ----------------------------------------------------------------------------------
def outgoing_email(session: Session, activity_id: int):
    """The draft as the mail server takes it (checked: recipients, sender)."""
    return outgoing(session, session.get(E.Activity, activity_id))


def send_prepared(make_gateway: Callable, email, _progress=None) -> None:
    """Hand the e-mail to Exchange (on the pool: the window never waits for the network)."""
    make_gateway().send_email(email)


def mark_email_sent(session: Session, activity_id: int) -> None:
    mark_sent(session.get(E.Activity, activity_id), clock.now())


# -- attachments ------------------------------------------------------------------------------
def attach_file(session: Session, activity_id: int, path: Path, folder: Path) -> None:
    """Copy the file under the attachments folder and link it to the activity."""
    act = session.get(E.Activity, activity_id)
    A.add_attachment(session, act, path, A.attachments_folder(session, folder))


def attachment_path(session: Session, line_id: int) -> str | None:
    line = session.get(E.EmailAttachment, line_id)
    return line.stored_path if line is not None else None


# -- reminders --------------------------------------------------------------------------------
def due_reminders(session: Session, employee_id: int, now: dt.datetime) -> list[dict]:
    return [{"id": a.id, "type": a.type, "subject": a.subject,
             "when": (a.start_at or a.due_at or a.sort_date).astimezone()}
            for a in A.due_reminders(session, employee_id, now)]


def dismiss_reminder(session: Session, activity_id: int) -> None:
    A.dismiss_reminder(session.get(E.Activity, activity_id))


def snooze_reminder(session: Session, activity_id: int, minutes: int,
                    now: dt.datetime) -> None:
    A.snooze_reminder(session.get(E.Activity, activity_id), minutes, now)


# -- the agenda -------------------------------------------------------------------------------
def agenda(session: Session, employee_id: int | None, start: dt.datetime,
           end: dt.datetime) -> list[dict]:
    """The employee's activities of the period, as the agenda draws them."""
    found = A.agenda(session, employee_id, start, end) if employee_id else []
    return [{"id": a.id, "version": a.version, "type": a.type, "code": a.code,
             "subject": a.subject, "when": a.sort_date.astimezone(),
             "end": a.end_at.astimezone() if a.end_at and a.type is not ActivityType.TASK
             else None,
             "bp": a.business_partner.name if a.business_partner else ""}
            for a in found]


def move_activity(session: Session, activity_id: int, version: int,
                  when: dt.datetime) -> None:
    agenda_edits.move_activity(session, get_current(session, E.Activity, activity_id, version),
                               when)


def resize_activity(session: Session, activity_id: int, version: int,
                    end: dt.datetime) -> None:
    agenda_edits.resize_activity(session, get_current(session, E.Activity, activity_id,
                                                      version), end)


# -- calendar files ---------------------------------------------------------------------------
def export_agenda(session: Session, employee_id: int | None, start: dt.datetime,
                  end: dt.datetime, name: str, path: str):
    result = write_calendar(A.agenda(session, employee_id, start, end), name)
    Path(path).write_bytes(result.data)
    return result


def export_activities(session: Session, ids: list[int], name: str, path: str):
    activities = session.scalars(select(E.Activity).where(E.Activity.id.in_(ids))
                                 .options(selectinload(E.Activity.attendees))
                                 .order_by(E.Activity.sort_date)).all()
    result = write_calendar(activities, name)
    Path(path).write_bytes(result.data)
    return result
