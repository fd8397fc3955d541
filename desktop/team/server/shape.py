"""What a laptop's request must look like before the service reads it (issue 35, item 4): a
body of another shape is refused in one sentence, never left to fail deep in the service
(where it would read as a server fault, and a traceback's words could reach the answer)."""

from __future__ import annotations

from typing import Any

#: bytes of a request on the wire, and once inflated: a laptop sends at most 2,000 changes
MAX_PACKED = 32 * 2**20
MAX_UNPACKED = 256 * 2**20


class Malformed(ValueError):
    """The body is JSON, but not a request the server serves."""


def check(path: str, body: Any) -> None:
    if not isinstance(body, dict):
        raise Malformed(path)
    if path == "sync":
        _check_sync(body)
    elif not isinstance(body.get("user", ""), str) or not isinstance(body.get("name", ""), str):
        raise Malformed(path)


def _check_sync(body: dict) -> None:
    _int(body.get("device"))
    for key in ("ack", "generation"):
        if key in body:
            _int(body[key])
    cursor = body.get("cursor")
    if cursor is not None and not (_list(cursor) and len(cursor) == 2):
        raise Malformed("cursor")
    for value in cursor or []:
        _int(value)
    numbers = body.get("numbers", [])
    if not _list(numbers) or not all(isinstance(ask, dict) for ask in numbers):
        raise Malformed("numbers")
    for ask in numbers:
        for key in ("series", "used", "left"):
            if key in ask:
                _int(ask[key])
    units = body.get("units", [])
    if not _list(units):
        raise Malformed("units")
    for unit in units:
        if not isinstance(unit, dict) or not _list(unit.get("changes")):
            raise Malformed("unit")
        _int(unit.get("seq"))
        for change in unit["changes"]:
            _check_change(change)


def _check_change(change: Any) -> None:
    if not isinstance(change, dict) or not isinstance(change.get("t"), str) or \
            change.get("op") not in ("I", "U", "D"):
        raise Malformed("change")
    _int(change.get("id"))
    for key in ("old", "new", "was"):
        if change.get(key) is not None and not isinstance(change[key], dict):
            raise Malformed("change")
    if change.get("was") is not None and not isinstance(change.get("new"), dict):
        raise Malformed("change")  # the old values of an update travel with its new row


def _int(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Malformed("number")


def _list(value: Any) -> bool:
    return isinstance(value, list)
