"""Column types shared by the entities: UTC date-times, money, enums stored by name."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import DateTime, Enum, Numeric
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A time-zone aware moment stored in UTC.

    SQLite keeps no time zone, so values are normalised to UTC on the way in and given the UTC
    zone on the way out; naive values are refused, since their meaning would be a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


def Money() -> Numeric:  # noqa: N802 - reads like a type
    """An amount of money: two decimals, returned as Decimal."""
    return Numeric(18, 2, asdecimal=True)


def UnitPrice() -> Numeric:  # noqa: N802
    """A unit price or quantity: four decimals."""
    return Numeric(18, 4, asdecimal=True)


def Percent() -> Numeric:  # noqa: N802
    return Numeric(5, 2, asdecimal=True)


def EnumByName(enum_class: type[enum.Enum]) -> Enum:  # noqa: N802
    """An enum stored by member name in a VARCHAR, so values survive reordering."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.name) for m in enum_class) + 8,
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


ZERO = Decimal("0")
