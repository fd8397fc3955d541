"""Days derived from the pinned day for tests that need a quiet week or a busy month: never a
fixed calendar date that the demo data, which lives around the day it is made, may overtake."""

from __future__ import annotations

import datetime as dt

from desktop.crm.demo.activities import DAYS_AHEAD


def free_monday(today: dt.date) -> dt.date:
    """A Monday after the demo's last activity: its week holds only what a test puts there."""
    day = today + dt.timedelta(days=DAYS_AHEAD + 7)
    return day - dt.timedelta(days=day.weekday())


def month_with_activities(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of last month, which the demo's activities fill."""
    first_of_this = today.replace(day=1)
    last = first_of_this - dt.timedelta(days=1)
    return last.replace(day=1), last
