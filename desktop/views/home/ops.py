"""What the home page reads, as plain functions of a database session and plain values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.crm import my_day as day
from desktop.crm.my_day import DayLine


def my_day(session: Session, employee_id: int, now: dt.datetime) -> dict[str, list[DayLine]]:
    """The sections of My day for the employee at ``now`` (aware, local)."""
    return day.my_day(session, employee_id, now)
