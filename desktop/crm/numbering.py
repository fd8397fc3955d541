"""Number series: hand out the next number of a series inside the caller's transaction.

One ``UPDATE ... RETURNING`` both reserves and reads the number, so on PostgreSQL the row lock
serialises concurrent users and on SQLite the write lock does; a rolled-back transaction takes
its increment with it, so no number is burnt.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.crm.db import identity
from desktop.crm.db.base import table_of
from desktop.crm.entities.masterdata import NumberSeries
from desktop.crm.errors import NumberingError


def format_number(prefix: str, width: int, value: int) -> str:
    return f"{prefix}{value:0{width}d}"


def next_number(session: Session, series: NumberSeries | int | str) -> str:
    """Reserve and return the next number of ``series`` (an entity, its id or its code)."""
    return next_numbers(session, series, 1)[0]


def next_numbers(session: Session, series: NumberSeries | int | str, count: int) -> list[str]:
    """Reserve ``count`` numbers of ``series`` at once (one UPDATE): a run that creates many
    records takes a block, and the numbers stay consecutive."""
    if count <= 0:
        return []
    laptop = identity.of_session(session)
    if laptop is not None:  # a laptop's replica: the blocks the team server leased to it
        series_id = series.id if isinstance(series, NumberSeries) else \
            session.scalar(select(NumberSeries.id).where(NumberSeries.code == series)) \
            if isinstance(series, str) else series
        if series_id is None:
            raise NumberingError("The number series {series} does not exist.",
                                 series=str(series))
        return laptop.numbers(session.connection(), series_id, count)
    table = table_of(NumberSeries)
    if isinstance(series, NumberSeries):
        where = table.c.id == series.id
        label = series.code
    elif isinstance(series, int):
        where = table.c.id == series
        label = str(series)
    else:
        where = table.c.code == series
        label = series
    stmt = (
        update(table)
        .where(where)
        .values(next_value=table.c.next_value + count)
        .returning(table.c.next_value, table.c.prefix, table.c.width, table.c.last_value)
    )
    row = session.execute(stmt).first()
    if row is None:
        raise NumberingError("The number series {series} does not exist.", series=label)
    first = row.next_value - count
    value = row.next_value - 1
    limit = row.last_value if row.last_value is not None else 10**row.width - 1
    if value > limit:
        raise NumberingError(
            "The number series {series} is exhausted (last number {last}). "
            "Extend it in Number Series.",
            series=label,
            last=limit,
        )
    return [format_number(row.prefix, row.width, n) for n in range(first, value + 1)]


def peek_number(session: Session, series_code: str) -> str | None:
    """The number the series would give next, without reserving it (for display only)."""
    row = session.execute(
        select(NumberSeries.prefix, NumberSeries.width, NumberSeries.next_value).where(
            NumberSeries.code == series_code
        )
    ).first()
    return format_number(row.prefix, row.width, row.next_value) if row else None
