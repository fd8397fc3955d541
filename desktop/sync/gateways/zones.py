"""The user's time zone as both servers name it: Graph's dateTimeTimeZone and EWS's
TimeZoneContext take Windows zone names ("Romance Standard Time"); the machine knows its IANA
name ("Europe/Paris"). The mapping is CLDR's, as exchangelib ships it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from exchangelib.winzone import IANA_TO_MS_TIMEZONE_MAP, MS_TIMEZONE_TO_IANA_MAP

UTC = dt.timezone.utc


def user_zone_name() -> str:
    """The IANA name of the user's zone (the machine's, as everywhere in the application)."""
    try:
        return tzlocal.get_localzone_name() or "UTC"
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC"


def user_zone() -> ZoneInfo:
    return zone(user_zone_name())


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def windows_name(iana: str) -> str:
    return IANA_TO_MS_TIMEZONE_MAP.get(iana, ("UTC",))[0]


def from_windows_name(name: str | None) -> ZoneInfo:
    """The zone a server names (Windows or IANA); the user's when it names none we know
    ("Customized Time Zone", "tzone://Microsoft/Custom")."""
    if name in MS_TIMEZONE_TO_IANA_MAP:
        return zone(MS_TIMEZONE_TO_IANA_MAP[name])
    if name and "/" in name and not name.startswith("tzone:"):
        return zone(name)
    return user_zone()


def local_midnight(day: dt.date, where: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), where)


def day_in(moment: dt.datetime, where: ZoneInfo) -> dt.date:
    """The day a moment falls on in a zone."""
    return moment.astimezone(where).date()
