"""The tests' "now": one moment pinned for the whole run, the only place tests read the
machine's clock.

The moment is the machine's time when the run starts (so a run under libfaketime, started at
23:30 on 31 December, tests the application on that night), or ``CRM_TEST_NOW`` (an ISO
moment; without a zone, local time) to replay a run. Every test gets a fresh
``PinnedClock`` at that moment: however long the run lasts, the day never changes under a
test, and demo data built at the start lives around the same day.
"""

from __future__ import annotations

import datetime as dt
import os

PIN_VARIABLE = "CRM_TEST_NOW"


def pinned_moment() -> dt.datetime:
    """The run's moment, aware, to the second."""
    text = os.environ.get(PIN_VARIABLE)
    if text:
        moment = dt.datetime.fromisoformat(text)
        moment = moment.astimezone() if moment.tzinfo is None else moment
    else:
        moment = dt.datetime.now().astimezone()  # machine clock: the pin itself
    return moment.replace(microsecond=0).astimezone(dt.UTC)


PINNED = pinned_moment()
