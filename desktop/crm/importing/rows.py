"""The loop every import shares: the mapping checked, each row's cells converted and handed to
the importer of its kind, a report line per row, and one transaction that is committed, or
rolled back on Simulate, on all-or-nothing with a failed row, on Cancel or on an error."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.crm.batch import Cancelled
from desktop.crm.db.unit_of_work import begin
from desktop.crm.errors import CrmError
from desktop.crm.importing import conversions as C
from desktop.crm.importing.report import Action, ImportLine, ImportOptions, ImportReport
from desktop.crm.importing.tables import Table

PROGRESS_EVERY = 250  # rows between two progress reports (and chances to cancel)


class Importer(Protocol):
    """Writes the rows of one kind of record."""

    def row(self, line: int, values: dict) -> ImportLine: ...

    def finish(self) -> None:
        """Write what is still pending."""


def check_mapping(options: ImportOptions, table: Table, fields: dict[str, object],
                  identifying: tuple[str, ...]) -> None:
    names = list(options.mapping.values())
    unknown = [f for f in names if f not in fields]
    if unknown:
        raise CrmError("These fields cannot be imported: {fields}.", fields=", ".join(unknown))
    if not any(name in names for name in identifying):
        raise CrmError("Map a column to {fields}.", fields=" / ".join(identifying))
    twice = sorted({f for f in names if names.count(f) > 1})
    if twice:
        raise CrmError("Each field takes one column; mapped twice: {fields}.",
                       fields=", ".join(twice))
    if any(index >= len(table.headers) for index in options.mapping):
        raise CrmError("The mapping names a column the file does not have.")


@dataclass(frozen=True)
class ImportKind:
    """What a kind of record takes from a file, and who writes its rows."""

    fields: dict[str, object]  # field -> how its cells are read (conversions.convert)
    identifying: tuple[str, ...]  # a row needs one of these
    importer: Callable[[Session, Table, ImportOptions], Importer]

    def check_mapping(self, options: ImportOptions, table: Table) -> None:
        check_mapping(options, table, self.fields, self.identifying)

    def run(self, session: Session, table: Table, options: ImportOptions,
            progress: Callable[[int, int], bool] = lambda done, total: True) -> ImportReport:
        """Import every row; commits unless simulated, rolled back or cancelled."""
        self.check_mapping(options, table)
        return run_import(session, table, options, self.importer(session, table, options),
                          self.fields, progress)


def run_import(session: Session, table: Table, options: ImportOptions,
               importer: Importer, fields: dict[str, object],
               progress: Callable[[int, int], bool] = lambda done, total: True
               ) -> ImportReport:
    """Import every row; commits unless simulated, rolled back or cancelled."""
    report = ImportReport()
    total = len(table.rows)
    begin(session)  # every row's savepoint inside one transaction that can be rolled back
    try:
        for line, row in enumerate(table.rows, start=2):
            try:
                values = _values(table, row, options, fields)
            except _CellError as error:
                report.lines.append(ImportLine(line, Action.FAILED, error=error.error,
                                               column=error.column))
            else:
                report.lines.append(importer.row(line, values))
            if (line - 1) % PROGRESS_EVERY == 0 and not progress(line - 1, total):
                raise Cancelled()
        importer.finish()
        progress(total, total)
        if options.simulate or (options.all_or_nothing and report.count(Action.FAILED)):
            session.rollback()
        else:
            session.commit()
            report.written = True
    except BaseException:
        session.rollback()
        raise
    return report


def column_of(table: Table, options: ImportOptions, field_name: str | None) -> str:
    """The file's column that fills ``field_name`` (to say where an error is)."""
    return next((table.headers[i] for i, name in options.mapping.items()
                 if name == field_name), "")


class _CellError(Exception):
    def __init__(self, column: str, error: CrmError) -> None:
        super().__init__(str(error))
        self.column, self.error = column, error


def _values(table: Table, row: list, options: ImportOptions, fields: dict[str, object]) -> dict:
    values: dict = {}
    country = options.default_country
    for column, name, kind in _order(tuple(options.mapping.items()), tuple(fields.items())):
        cell = row[column] if column < len(row) else None
        if cell is None or cell == "":
            continue
        try:
            value = C.convert(kind, cell, options.day_first, options.decimal_comma, country)
        except CrmError as error:
            raise _CellError(table.headers[column], error) from None
        if value is not None and value != "":
            values[name] = value
            if name == "country":
                country = value
    return values


@functools.lru_cache(maxsize=8)
def _order(mapping: tuple, fields: tuple) -> list[tuple[int, str, object]]:
    """The mapped columns, the country first (a phone number is read in its country)."""
    kinds = dict(fields)
    return [(column, name, kinds[name])
            for column, name in sorted(mapping, key=lambda kv: kv[1] != "country")]
