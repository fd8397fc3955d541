"""Bulk insertion of generated rows in chunks, straight to the DB-API, and sequence repair.

The rows are converted once with each column type's own bind processor and handed to the
driver's ``executemany``: Core's per-row parameter handling would cost most of the run time for
a million activities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import islice
from operator import itemgetter

from sqlalchemy import ColumnDefault, Connection, Table, func, select, text

from desktop.crm import clock

CHUNK = 10_000


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


CONVERTED = (dt.datetime, dt.date, dt.time, Decimal)


def _python_type(column) -> type | None:
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator: what it stores
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def _defaults(table: Table, now) -> dict:
    """A value for every column (its default, else NULL), so every row can name them all."""
    values: dict = {}
    for column in table.c:
        default = column.default
        if default is None:
            values[column.key] = None
        elif isinstance(default, ColumnDefault) and default.is_scalar:
            values[column.key] = default.arg
        else:  # the only callable defaults are "now"
            values[column.key] = now
    return values


class Loader:
    """Inserts rows table by table; stamps audit columns once per run, not per row."""

    def __init__(self, conn: Connection, user: str = "demo",
                 progress: Callable[[str, int], None] | None = None) -> None:
        self.conn = conn
        self.user = user
        self.now = clock.now()
        self.progress = progress or (lambda _table, _count: None)
        self.counts: dict[str, int] = {}

    def _audit(self, table: Table) -> dict:
        if "version" not in table.c:
            return {}
        return dict(created_by=self.user, created_at=self.now, modified_by=self.user,
                    modified_at=self.now, version=1)

    def insert(self, table: Table, rows: Iterable[dict]) -> int:
        dialect = self.conn.dialect
        # dialect_impl: the dialect's own type (SQLite's DATETIME formats the string the ORM
        # writes), not the generic one, so bulk rows and ORM rows compare and sort alike
        # (only the types whose Python values the driver cannot take as they are: enums come
        # as names and booleans pass natively)
        every = {c.key: p for c in table.c
                 if (p := c.type.dialect_impl(dialect).bind_processor(dialect))}
        processors = {k: p for k, p in every.items() if _python_type(table.c[k]) in CONVERTED}
        # shared values (defaults, audit stamps) are converted once, not once per row; NULL
        # defaults are left out of the INSERT altogether
        base = self._convert({**_defaults(table, self.now), **self._audit(table)}, every)
        base = {k: v for k, v in base.items() if v is not None}
        total = 0
        for chunk in _chunks(rows, CHUNK):
            keys = set(base).union(*chunk)
            compiled = table.insert().compile(dialect=dialect, column_keys=sorted(keys))
            fill = {**dict.fromkeys(keys), **base}
            merged = [{**fill, **self._convert(row, processors)} for row in chunk]
            if compiled.positional:
                pick = itemgetter(*(compiled.positiontup or ()))
                params = [pick(m) for m in merged]
            else:
                params = merged
            self.conn.exec_driver_sql(str(compiled), params)
            total += len(chunk)
            self.progress(table.name, total)
        self.counts[table.name] = self.counts.get(table.name, 0) + total
        return total

    @staticmethod
    def _convert(row: dict, processors: dict) -> dict:
        """Convert in place: generators hand over fresh rows, sparse (defaults fill the rest)."""
        for key, process in processors.items():
            value = row.get(key)
            if value is not None:
                row[key] = process(value)
        return row

    def repair_sequences(self, tables: Iterable[Table]) -> None:
        """Explicit ids bypass PostgreSQL's sequences; move each sequence past the max id."""
        if self.conn.dialect.name != "postgresql":
            return
        for table in tables:
            if "id" not in table.c:
                continue
            top = self.conn.execute(select(func.max(table.c.id))).scalar()
            if top:
                self.conn.execute(
                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"),
                    {"t": table.name, "v": top},
                )
