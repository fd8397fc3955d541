"""The user's actions on activities and their lines (attendees, recipients, attachments,
references), as plain functions of a database session and plain values, run by the windows
through Op and Query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import activities as A
from desktop.crm.parameters import com_parameters
from desktop.views.shapes.ops import RecordHooks, SaveContext


def save_activity(session: Session, obj, values: dict, context: SaveContext):
    """A new activity of the form's type (``values["type"]``), or the changes of one."""
    values = dict(values)
    kind = values.pop("type")
    if obj is None:
        return A.new_activity(session, kind, values, context.employee_id)
    return A.save_activity(session, obj, values)


HOOKS = RecordHooks(save_values=save_activity)


def save_attendee(session: Session, act, line, values: dict) -> None:
    A.add_attendee(session, act, values, line)


def save_recipient(session: Session, act, line, values: dict) -> None:
    A.add_recipient(session, act, values, line)


def sync_enabled(session: Session) -> bool:
    """Whether COM parameters synchronize activities with Exchange (BR-AP-09)."""
    return com_parameters(session).synchronize_activities
