"""Dates and times typed the way people say them, in French or English, and the default
moments of new activities.

``parse_moment`` reads ``03/12/2026 10:00``, ``3/12 10h``, ``demain 10:00``,
``tomorrow 2pm``, ``+2`` (two days from today), ``lundi``, ``2026-12-03T10:00``; day and month
in the locale's order. It returns the date and, when one was typed, the time; the caller
decides what an absent time means (the field's current time, or a default).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from desktop.crm import clock
from desktop.crm.enums import ActivityType

HALF_HOUR = dt.timedelta(minutes=30)

DAY_WORDS = {"today": 0, "aujourdhui": 0, "auj": 0, "now": 0, "maintenant": 0,
             "tomorrow": 1, "demain": 1, "yesterday": -1, "hier": -1,
             "apresdemain": 2, "avanthier": -2}
WEEKDAYS = {name: index for index, names in enumerate((
    ("monday", "mon", "lundi", "lun"), ("tuesday", "tue", "mardi", "mar"),
    ("wednesday", "wed", "mercredi", "mer"), ("thursday", "thu", "jeudi", "jeu"),
    ("friday", "fri", "vendredi", "ven"), ("saturday", "sat", "samedi", "sam"),
    ("sunday", "sun", "dimanche", "dim"))) for name in names}
UNIT_DAYS = {"": 1, "d": 1, "j": 1, "day": 1, "days": 1, "jour": 1, "jours": 1,
             "w": 7, "s": 7, "week": 7, "weeks": 7, "sem": 7, "semaine": 7, "semaines": 7}

TIME = re.compile(r"(?P<h>\d{1,2})(?:(?::|h)(?P<m>\d{2})?)?\s*(?P<ampm>am|pm)?$")
RELATIVE = re.compile(r"(?P<sign>[+-])\s*(?P<n>\d{1,4})\s*(?P<unit>[a-z]*)$")
ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})(?:[/.-](?P<y>\d{2}|\d{4}))?$")


class MomentError(ValueError):
    """The text is not a date (or time) this parser knows."""


def _normalised(text: str) -> list[str]:
    """Lower-case tokens without accents; '10 h' -> '10h', '3 pm' -> '3pm', '+ 2' -> '+2',
    the ISO 'T' and the little words ('à', 'at', 'le', 'on') dropped."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.strip().lower())
                    if not unicodedata.combining(c))
    plain = re.sub(r"(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", plain)
    plain = re.sub(r"(\d)\s+(h|am|pm)\b", r"\1\2", plain)
    plain = re.sub(r"(\d)h\s+(\d{2})\b", r"\1h\2", plain)
    plain = re.sub(r"([+-])\s+(\d)", r"\1\2", plain)
    plain = re.sub(r"([+-]\d+)\s+([a-z]+)", r"\1\2", plain)
    plain = re.sub(r"\b(a|at|le|on)\b", " ", plain)
    return [t for t in re.split(r"[\s,]+", plain) if t]


def _time(token: str) -> dt.time | None:
    match = TIME.match(token)
    if not match or not (match["m"] or match["ampm"] or "h" in token or ":" in token):
        return None  # a bare number is not a time
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise MomentError(token)
        hour = hour % 12 + (12 if match["ampm"] == "pm" else 0)
    if hour > 23 or minute > 59:
        raise MomentError(token)
    return dt.time(hour, minute)


def _date(token: str, today: dt.date, day_first: bool) -> dt.date | None:
    word = token.replace("'", "").replace("\u2019", "").replace("-", "")
    if word in DAY_WORDS:
        return today + dt.timedelta(days=DAY_WORDS[word])
    if token in WEEKDAYS:  # the next such day, a week ahead when it is today
        return today + dt.timedelta(days=(WEEKDAYS[token] - today.weekday()) % 7 or 7)
    if match := RELATIVE.match(token):
        if match["unit"] not in UNIT_DAYS:
            return None
        days = int(match["n"]) * UNIT_DAYS[match["unit"]]
        return today + dt.timedelta(days=days if match["sign"] == "+" else -days)
    try:
        if match := ISO.match(token):
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match := NUMERIC.match(token):
            a, b = int(match["a"]), int(match["b"])
            day, month = (a, b) if day_first else (b, a)
            year = int(match["y"]) if match["y"] else today.year
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError as error:  # 31/02
        raise MomentError(token) from error
    return None


def parse_moment(text: str, today: dt.date, day_first: bool = True
                 ) -> tuple[dt.date | None, dt.time | None]:
    """(date, time) of the text; either is None when the text did not give it. An empty text
    gives (None, None); text that is neither raises MomentError."""
    date = time = None
    for token in _normalised(text):
        found_time = _time(token) if time is None else None
        if found_time is not None:
            time = found_time
            continue
        found_date = _date(token, today, day_first) if date is None else None
        if found_date is None:
            raise MomentError(text)
        date = found_date
    return date, time


# -- defaults of new activities ---------------------------------------------------------------
def next_half_hour(now: dt.datetime) -> dt.datetime:
    """The first :00 or :30 strictly after ``now`` (09:05 -> 09:30, 09:30 -> 10:00)."""
    floor = now.replace(minute=now.minute - now.minute % 30, second=0, microsecond=0)
    return floor + HALF_HOUR


def end_of_next_working_day(now: dt.datetime, day_end: dt.time) -> dt.datetime:
    """``day_end`` on the next day from Monday to Friday (Friday -> Monday), in the user's
    zone (``now`` is aware, in that zone)."""
    day = now.date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return clock.local_moment(day, day_end)


def new_activity_moments(kind: ActivityType, now: dt.datetime, minutes: int,
                         day_end: dt.time) -> dict[str, Any]:
    """When a new activity is planned unless the user says otherwise: an appointment or a
    call at the next half hour for the user's default ``minutes``, a task due at the end of
    the next working day. ``now`` is aware local time; the values are aware UTC."""
    utc = dt.UTC
    if kind is ActivityType.TASK:
        return {"due_at": end_of_next_working_day(now, day_end).astimezone(utc)}
    if kind is ActivityType.APPOINTMENT:
        start = next_half_hour(now)
        return {"start_at": start.astimezone(utc),
                "end_at": (start + dt.timedelta(minutes=minutes)).astimezone(utc)}
    if kind is ActivityType.CALL:
        return {"start_at": next_half_hour(now).astimezone(utc),
                "duration_hours": minutes // 60, "duration_minutes": minutes % 60}
    return {}
