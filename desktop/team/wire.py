"""Rows on the wire: every value as SQLite stores it (what the laptop's triggers capture with
json_object, and what its pull writes back without a conversion), JSON all the way.

The server turns them into Python values with the column types' own SQLite result processors
(a Decimal digit for digit, an aware moment in UTC, an enum member) and back with their bind
processors, so both databases agree value for value."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy.dialects import sqlite

from desktop.team.tables import table

SQLITE = sqlite.dialect()
Row = dict[str, Any]


@cache
def _decoders(name: str) -> dict[str, Callable[[Any], Any]]:
    found: dict[str, Callable[[Any], Any]] = {}
    for column in table(name).columns:
        processor = column.type.dialect_impl(SQLITE).result_processor(SQLITE, None)
        found[column.name] = processor or (lambda value: value)
    return found


@cache
def _encoders(name: str) -> dict[str, Callable[[Any], Any]]:
    found: dict[str, Callable[[Any], Any]] = {}
    for column in table(name).columns:
        processor = column.type.dialect_impl(SQLITE).bind_processor(SQLITE)
        found[column.name] = processor or (lambda value: value)
    return found


def decode(name: str, values: Row) -> Row:
    """Wire values -> Python values, for the columns this release knows (a newer or older
    laptop's unknown columns are left out)."""
    decoders = _decoders(name)
    return {key: (decoders[key](value) if value is not None else None)
            for key, value in values.items() if key in decoders}


def encode(name: str, values: Row) -> Row:
    encoders = _encoders(name)
    return {key: (encoders[key](value) if value is not None else None)
            for key, value in values.items() if key in encoders}


def slim(change: dict) -> dict:
    """An update as the laptop sends it: its new row and, as ``was``, the old values of the
    columns that changed only (the rest of the old row is the new row's): half the bytes of
    the old row and the new."""
    old, new = change.get("old"), change.get("new")
    if change.get("op") != "U" or old is None or new is None:
        return change
    slimmed = {k: v for k, v in change.items() if k != "old"}
    slimmed["was"] = {k: v for k, v in old.items() if k not in new or new[k] != v}
    return slimmed


def widen(change: dict) -> dict:
    """The change with its whole old row again, whichever format it came in: a previous
    release's laptop sends ``old`` whole; a laptop of this release, ``was``."""
    if "was" not in change:
        return change
    widened = {k: v for k, v in change.items() if k != "was"}
    widened["old"] = {**(change.get("new") or {}), **change["was"]}
    return widened


def pack(message: dict) -> bytes:
    return gzip.compress(json.dumps(message, separators=(",", ":"), default=str).encode(), 5)


def unpack(body: bytes, limit: int | None = None) -> dict:
    """The message; with ``limit``, TooLarge once it inflates past that many bytes (a few
    kilobytes of gzip can inflate to gigabytes: it is never inflated whole)."""
    if limit is None:
        return json.loads(gzip.decompress(body))
    inflater = zlib.decompressobj(wbits=31)  # gzip's header and trailer
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as error:  # not gzip: unreadable, as a bad JSON is
        raise ValueError(str(error)) from None
    if len(data) > limit:
        raise TooLarge(len(data))
    if not inflater.eof:
        raise ValueError("truncated")
    return json.loads(data)


class TooLarge(ValueError):
    """A message larger than the server reads."""
