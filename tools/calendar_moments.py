"""The moments at which CI runs the date-sensitive tests with the machine's clock faked.

Each is a moment where date code usually breaks: the last day of February in a leap year at
23:30, the night of a daylight-saving change in Europe/Paris, 31 December at 23:30, and a day
far enough ahead that demo data and fixed dates are overtaken. ``choose`` picks some of them
for one run (as many as asked: CI asks one), so that successive runs cover all of them.

Usage: python tools/calendar_moments.py [COUNT]  ->  one line per moment: NAME<TAB>MOMENT
(a local time in Europe/Paris, as libfaketime's FAKETIME="@YYYY-MM-DD HH:MM:SS" takes it).
CRM_DATED_MOMENTS=leap-day,today+400 names the moments instead (to replay a failed run).
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import random
import sys
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def leap_day_night(today: dt.date) -> dt.datetime:
    year = next(y for y in range(today.year, today.year + 8)
                if calendar.isleap(y) and dt.date(y, 2, 29) >= today)
    return dt.datetime(year, 2, 29, 23, 30)


def daylight_saving_night(today: dt.date) -> dt.datetime:
    """Half an hour before the next change of Paris's offset (the spring jump or the autumn
    repeat), in local time."""
    hour = dt.timedelta(hours=1)
    moment = dt.datetime.combine(today, dt.time(0), PARIS).astimezone(dt.UTC)
    while (moment + hour).astimezone(PARIS).utcoffset() == moment.astimezone(PARIS).utcoffset():
        moment += hour
    return (moment + hour / 2).astimezone(PARIS).replace(tzinfo=None)


def new_years_eve(today: dt.date) -> dt.datetime:
    return dt.datetime(today.year, 12, 31, 23, 30)


def far_ahead(today: dt.date) -> dt.datetime:
    now = dt.datetime.now(PARIS)  # machine clock: the real time of day, 400 days on
    return dt.datetime.combine(today + dt.timedelta(days=400), now.time().replace(microsecond=0))


MOMENTS = {"leap-day": leap_day_night, "daylight-saving": daylight_saving_night,
           "new-years-eve": new_years_eve, "today+400": far_ahead}


def choose(count: int, today: dt.date, rng: random.Random) -> list[tuple[str, dt.datetime]]:
    return [(name, MOMENTS[name](today)) for name in sorted(rng.sample(sorted(MOMENTS), count))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    today = dt.datetime.now(PARIS).date()  # machine clock: which moments lie ahead
    named = [n for n in os.environ.get("CRM_DATED_MOMENTS", "").split(",") if n]
    chosen = [(n, MOMENTS[n](today)) for n in named] or choose(count, today, random.Random())
    for name, moment in chosen:
        print(f"{name}\t{moment:%Y-%m-%d %H:%M:%S}")


if __name__ == "__main__":
    main()
