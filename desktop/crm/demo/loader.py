"""Bulk insertion of generated rows in chunks, straight to the DB-API, and sequence repair.

The rows are converted once with each column type's own bind processor and handed to the
driver's ``executemany``: Core's per-row parameter handling would cost most of the run time for
a million activities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from sqlalchemy import Connection, Table, func, select, text

from desktop.crm.types import utcnow

CHUNK = 10_000


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def _defaults(table: Table, now) -> dict:
    """A value for every column (its default, else NULL), so every row can name them all."""
    values = {}
    for column in table.c:
        default = column.default
        if default is None:
            values[column.key] = None
        elif default.is_scalar:
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
        self.now = utcnow()
        self.progress = progress or (lambda _table, _count: None)
        self.counts: dict[str, int] = {}

    def _audit(self, table: Table) -> dict:
        if "version" not in table.c:
            return {}
        return dict(created_by=self.user, created_at=self.now, modified_by=self.user,
                    modified_at=self.now, version=1)

    def insert(self, table: Table, rows: Iterable[dict]) -> int:
        dialect = self.conn.dialect
        processors = {c.key: p for c in table.c if (p := c.type.bind_processor(dialect))}
        # the shared values (defaults, audit stamps) are converted once, not once per row
        base = self._convert({**_defaults(table, self.now), **self._audit(table)}, processors)
        compiled = table.insert().compile(dialect=dialect, column_keys=list(base))
        order = compiled.positiontup if compiled.positional else None
        sql = str(compiled)
        total = 0
        for chunk in _chunks(rows, CHUNK):
            merged = [{**base, **self._convert(row, processors)} for row in chunk]
            params = [tuple(m[k] for k in order) for m in merged] if order else merged
            self.conn.exec_driver_sql(sql, params)
            total += len(chunk)
            self.progress(table.name, total)
        self.counts[table.name] = self.counts.get(table.name, 0) + total
        return total

    @staticmethod
    def _convert(row: dict, processors: dict) -> dict:
        out = dict(row)
        for key, value in row.items():
            process = processors.get(key)
            if process is not None and value is not None and not isinstance(value, str):
                out[key] = process(value)
        return out

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
