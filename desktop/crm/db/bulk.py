"""Many rows of one table in one executemany, with SQLAlchemy's work done once per run.

A Core ``insert`` of a list runs every value of every row through its type's bind processor
and fills the column defaults row by row; for a hundred thousand activities that costs more
than writing them. Here the statement is compiled once for the dialect, the defaults and the
values shared by every row (``constants``) are processed once, and each row contributes only
its own values, processed by the column's processor.

It is the one road of bulk writes: the audit columns are filled as a flush fills them, numbers
too large for their columns are refused as a flush refuses them, the session notes what was
written (its Changes), and the hooks of ``AFTER_INSERT`` run (the Exchange outbox is one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert

from desktop.crm.db.base import Audited, audit_values, check_number_fits
from desktop.crm.db.session import CrmSession
from desktop.crm.db.types import ExactNumeric

#: called after rows of an entity were inserted: (session, entity, rows, constants)
AFTER_INSERT: list[Callable[[CrmSession, type, Sequence[dict[str, Any]], dict[str, Any]],
                            None]] = []


def insert_rows(session: CrmSession, entity: type, rows: Sequence[dict[str, Any]],
                constants: dict[str, Any] | None = None) -> None:
    """Insert ``rows`` (each with the same keys) of ``entity``, every row also taking
    ``constants`` and the columns' scalar or callable defaults."""
    if not rows:
        return
    table: Table = entity.__table__  # type: ignore[attr-defined]
    constants = {**(audit_values(session) if issubclass(entity, Audited) else {}),
                 **(constants or {})}
    _check_numbers(table, rows, constants)
    _insert(session, table, rows, constants)
    if "id" in rows[0]:
        session.note_written(entity, created=[row["id"] for row in rows])
    else:
        session.recorder.note_kinds(entity)
    for hook in AFTER_INSERT:
        hook(session, entity, rows, constants)


def _check_numbers(table: Table, rows: Sequence[dict[str, Any]],
                   constants: dict[str, Any]) -> None:
    for column in table.columns:
        if not isinstance(column.type, ExactNumeric):
            continue
        if column.key in constants:
            check_number_fits(column, (constants[column.key],))
        elif column.key in rows[0]:
            check_number_fits(column, (row[column.key] for row in rows))


def _insert(session: CrmSession, table: Table, rows: Sequence[dict[str, Any]],
            constants: dict[str, Any]) -> None:
    connection = session.connection()
    dialect = connection.dialect
    shared = dict(constants)
    varying = [key for key in rows[0] if key not in shared]
    for column in table.columns:
        if column.key in shared or column.key in varying or column.default is None:
            continue
        if column.default.is_scalar:
            shared[column.key] = column.default.arg
        elif column.default.is_callable:
            shared[column.key] = column.default.arg({})  # clock.now: one moment for the run
    # a NULL the column would get anyway is not sent: fewer parameters to bind per row
    shared = {key: value for key, value in shared.items()
              if value is not None or not _null_by_default(table.c[key])}
    varying = [key for key in varying if not _null_by_default(table.c[key])
               or any(row[key] is not None for row in rows)]
    keys = list(shared) + varying
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    processors: dict[str, Callable | None] = {
        key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys}
    fixed = {key: _processed(processors[key], value) for key, value in shared.items()}
    own = [(key, processors[key]) for key in varying]
    if dialect.paramstyle == "qmark" and varying:
        # SQLite: the shared values as one tuple, each row's own added to it
        preparer = dialect.identifier_preparer
        columns = ", ".join(preparer.format_column(table.c[key]) for key in keys)
        marks = ", ".join("?" * len(keys))
        head = tuple(fixed[key] for key in shared)
        pick = itemgetter(*varying) if len(varying) > 1 else \
            (lambda row, key=varying[0]: (row[key],))
        if any(processor is not None for _, processor in own):
            # values repeat (a status, a message): each is processed once
            memo: dict[tuple, Any] = {}

            def processed(key: str, processor, value) -> Any:
                try:
                    return memo[key, value]
                except KeyError:
                    found = memo[key, value] = _processed(processor, value)
                    return found
                except TypeError:  # not hashable
                    return _processed(processor, value)

            params: list = [head + tuple(processed(key, processor, row[key])
                                         for key, processor in own) for row in rows]
        else:
            params = [head + pick(row) for row in rows]
        connection.exec_driver_sql(
            f"INSERT INTO {preparer.format_table(table)} ({columns}) VALUES ({marks})", params)
        return
    if compiled.positional:
        order = compiled.positiontup
        head_list = [fixed.get(name) for name in order]
        slots = [(order.index(key), key, processor) for key, processor in own]
        params = []
        for row in rows:
            values = head_list.copy()
            for slot, key, processor in slots:
                values[slot] = _processed(processor, row[key])
            params.append(tuple(values))
    else:
        params = [{**fixed, **{key: _processed(processor, row[key]) for key, processor in own}}
                  for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def _null_by_default(column) -> bool:
    return column.nullable and column.default is None and column.server_default is None


def _processed(processor: Callable | None, value: Any) -> Any:
    return processor(value) if processor is not None and value is not None else value
