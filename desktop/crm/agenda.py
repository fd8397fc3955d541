"""Changes made in the agenda with the mouse: an activity dragged to another time keeps its
length; its foot dragged changes its length (an appointment's end, a call's duration)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.activities import save_activity
from desktop.crm.enums import ActivityType as T
from desktop.crm.errors import NotAllowedError, ValidationError

SHORTEST = dt.timedelta(minutes=15)


def move_activity(session: Session, act: E.Activity, new_start: dt.datetime) -> None:
    """Move an appointment or call, keeping its length (drag in the agenda), or a task's due."""
    if act.type is T.TASK:
        save_activity(session, act, {"due_at": new_start})
        return
    length = (act.end_at - act.start_at) if act.end_at and act.start_at else \
        dt.timedelta(minutes=30)
    save_activity(session, act, {"start_at": new_start, "end_at": new_start + length,
                                 "duration_hours": None, "duration_minutes": None}
                  if act.type is T.CALL else
                  {"start_at": new_start, "end_at": new_start + length})


def resize_activity(session: Session, act: E.Activity, new_end: dt.datetime) -> None:
    """An appointment or call that ends at ``new_end`` (its start stays): an appointment's end,
    a call's duration in hours and minutes (BR-AP-03). A task is due at a moment and has no
    length; an all-day appointment lasts its days."""
    if act.type not in (T.APPOINTMENT, T.CALL) or act.all_day:
        raise NotAllowedError("Only an appointment or a call that is not all day has a length "
                              "to change.")
    if act.start_at is None or new_end - act.start_at < SHORTEST:
        raise ValidationError("An activity lasts at least a quarter of an hour.",
                              field="end_at")
    if act.type is T.APPOINTMENT:
        save_activity(session, act, {"end_at": new_end})
        return
    minutes = int((new_end - act.start_at).total_seconds() // 60)
    save_activity(session, act, {"duration_hours": minutes // 60,
                                 "duration_minutes": minutes % 60})
