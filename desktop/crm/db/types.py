"""Column types shared by the entities: UTC date-times, money, enums stored by name."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import DateTime, Enum, Float, Numeric, String, type_coerce
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
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class ExactNumeric(TypeDecorator[Decimal]):
    """A Decimal that comes back digit for digit on SQLite too.

    SQLite's NUMERIC keeps a float (15 significant digits; text that looks like a number is
    converted to one) and pysqlite knows no Decimal: 12345678901234.5678 came back as
    ...234.5625. On SQLite the value is stored as a whole number of its smallest unit (cents
    for money, ten-thousandths for prices): a 64-bit integer holds 18 digits exactly, sums
    stay exact, comparisons with bound values (scaled the same way) and ORDER BY stay right.
    SQL arithmetic that multiplies two such columns must mind the scale (see ``unscaled``).
    PostgreSQL's NUMERIC is exact and is used as it is.
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int) -> None:
        super().__init__(precision, scale, asdecimal=True)
        self.precision, self.scale = precision, scale

    def bind_processor(self, dialect):
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        quantum = Decimal(1).scaleb(-self.scale)

        def process(value):
            if value is None:
                return None
            return int(Decimal(value).quantize(quantum).scaleb(self.scale))
        return process

    def result_processor(self, dialect, coltype):
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        quantum = Decimal(1).scaleb(-self.scale)

        def process(value):
            if value is None:
                return None
            # an int from a column; a float where SQL arithmetic divided (a weighted sum)
            exact = Decimal(value) if isinstance(value, (int, str)) else Decimal(repr(value))
            return exact.scaleb(-self.scale).quantize(quantum)
        return process

    @property
    def python_type(self) -> type:
        return Decimal


def unscaled(column, dialect_name: str):
    """``column`` (an ExactNumeric) in its own unit inside SQL arithmetic: on SQLite the
    stored whole number divided back (as a float), elsewhere the column itself."""
    if dialect_name != "sqlite":
        return column
    return type_coerce(column, Float()) / float(10 ** column.type.scale)


def Money() -> ExactNumeric:  # noqa: N802 - reads like a type
    """An amount of money: two decimals, returned as Decimal."""
    return ExactNumeric(18, 2)


def UnitPrice() -> ExactNumeric:  # noqa: N802
    """A unit price or quantity: four decimals."""
    return ExactNumeric(18, 4)


def Percent() -> ExactNumeric:  # noqa: N802
    return ExactNumeric(5, 2)


def EnumByName(enum_class: type[enum.Enum]) -> Enum:  # noqa: N802
    """An enum stored by member name in a VARCHAR, so values survive reordering."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.name) for m in enum_class) + 8,
        validate_strings=True,
    )


class EnumSet(TypeDecorator[frozenset]):
    """A small set of enum members stored by name, sorted and comma-separated in one VARCHAR:
    an employee's roles travel with the employee's row (one replicated table, one change)."""

    impl = String
    cache_ok = True

    def __init__(self, enum_class: type[enum.Enum], length: int = 80) -> None:
        super().__init__(length)
        self.enum_class = enum_class

    def process_bind_param(self, value, dialect):
        return ",".join(sorted(m.name for m in value or ()))

    def process_result_value(self, value, dialect):
        return frozenset(self.enum_class[name] for name in (value or "").split(",") if name)

    @property
    def python_type(self) -> type:
        return frozenset


ZERO = Decimal("0")
