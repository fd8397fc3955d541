"""The laptop's ids and numbers (issue 34, point 5), as crm/db/identity asks for them: ids
from the device's range (its number above 2**40: never another laptop's, never the server's
sequences'), numbers from the blocks the server leased, and a provisional number ("~" and the
device's own counter) where a series must have no gaps or the blocks ran out: the server gives
the real one at sync, with a note."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text

from desktop.crm import clock
from desktop.crm.errors import NumberingError
from desktop.crm.numbering import format_number
from desktop.team import tables as T

PROVISIONAL = "~"
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
RECENT = dt.timedelta(days=30)


def base36(value: int, width: int) -> str:
    out = ""
    for _ in range(width):
        value, digit = divmod(value, 36)
        out = DIGITS[digit] + out
    return out


class LaptopIdentity:
    def __init__(self, device_no: int) -> None:
        self.device_no = device_no

    def owns(self, table_name: str) -> bool:
        return table_name in T.BUSINESS

    def read_only(self, table_name: str) -> bool:
        return table_name in T.REFERENCE

    def new_ids(self, connection: Connection, count: int) -> list[int]:
        row = connection.execute(text(
            "UPDATE replica_state SET next_id = next_id + :n WHERE id = 1 "
            "RETURNING next_id - :n, id_high"), {"n": count}).one()
        first, high = row
        if first + count > high:
            raise NumberingError("This laptop has used every id of its range. Set it up again "
                                 "with the team server.")
        return list(range(first, first + count))

    def numbers(self, connection: Connection, series_id: int, count: int) -> list[str]:
        series = connection.execute(text(
            "SELECT prefix, width, gap_free FROM number_series WHERE id = :s"),
            {"s": series_id}).first()
        if series is None:
            raise NumberingError("The number series {series} does not exist.",
                                 series=str(series_id))
        numbers: list[str] = []
        if not series.gap_free:
            numbers = self._leased(connection, series_id, series.prefix, series.width, count)
        while len(numbers) < count:
            numbers.append(self.provisional(connection))
        return numbers

    def provisional(self, connection: Connection) -> str:
        """A number no one else gives (the device and its own counter), replaced at sync."""
        serial = self.new_ids(connection, 1)[0] - (self.device_no << 40)
        return PROVISIONAL + base36(self.device_no, 3) + base36(serial, 5)

    def _leased(self, connection: Connection, series_id: int, prefix: str, width: int,
                count: int) -> list[str]:
        numbers: list[str] = []
        for lease_id, next_value, last_value in connection.execute(text(
                "SELECT id, next_value, last_value FROM number_leases WHERE series_id = :s "
                "AND device_no = :d AND next_value <= last_value ORDER BY id"),
                {"s": series_id, "d": self.device_no}).all():
            take = min(count - len(numbers), last_value - next_value + 1)
            numbers += [format_number(prefix, width, v)
                        for v in range(next_value, next_value + take)]
            connection.execute(text("UPDATE number_leases SET next_value = next_value + :n "
                                    "WHERE id = :i"), {"n": take, "i": lease_id})
            if len(numbers) == count:
                break
        return numbers


def lease_asks(connection: Connection, device_no: int) -> list[dict]:
    """Per series that may be leased: the numbers left, and those used lately."""
    since = clock.now() - RECENT
    asks = []
    for (series_id,) in connection.execute(text(
            "SELECT id FROM number_series WHERE gap_free = 0 ORDER BY id")).all():
        left, used = connection.execute(text(
            "SELECT coalesce(sum(last_value - next_value + 1), 0), "
            "coalesce(sum(CASE WHEN leased_at >= :since THEN next_value - first_value END), 0) "
            "FROM number_leases WHERE series_id = :s AND device_no = :d "
            "AND next_value <= last_value + 1"),
            {"s": series_id, "d": device_no,
             "since": since.replace(tzinfo=None).isoformat(sep=" ")}).one()
        asks.append(dict(series=series_id, left=max(0, int(left)), used=int(used)))
    return asks
