"""Days derived from the pinned day for tests that need a quiet week: never a
fixed calendar date that the demo data, which lives around the day it is made, may overtake."""

from __future__ import annotations

import datetime as dt

from desktop.crm.demo.activities import DAYS_AHEAD


def free_monday(today: dt.date) -> dt.date:
    """A Monday after the demo's last activity: its week holds only what a test puts there."""
    day = today + dt.timedelta(days=DAYS_AHEAD + 7)
    return day - dt.timedelta(days=day.weekday())

