"""The loop every import shares: the mapping checked, each row's cells converted and handed to
the importer of its kind, a report line per row, all in one savepoint that is kept, or rolled
back on Simulate, on all-or-nothing with a failed row, on Cancel or on an error. Committing is
the runner's (LongOp, the command line): the domain never commits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.crm.batch import Cancelled
from desktop.crm.db.unit_of_work import begin
from desktop.crm.errors import CrmError, ValidationErrors
from desktop.crm.importing.compiled import CompiledRows
from desktop.crm.importing.reading import read_row, shape_problems
from desktop.crm.importing.report import (
    Action,
    ImportLine,
    ImportOptions,
    ImportReport,
    Problem,
)
from desktop.crm.importing.tables import Table

PROGRESS_EVERY = 250  # rows between two progress reports (and chances to cancel)
SMALL = 200  # rows a file may have to go row by row


class Importer(Protocol):
    """Writes the rows of one kind of record."""

    bulk: bool  # new records written in blocks (else one by one, as a form saves them)

    def row(self, line: int, values: dict, problems: list[Problem]) -> ImportLine:
        """The row's outcome; ``problems`` are those of its cells (with an error among them
        the row is only checked, so that the report gives every error of the row)."""

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
            progress: Callable[[int, int], bool] = lambda done, total: True,
            bulk: bool | None = None) -> ImportReport:
        """Import every row; kept unless simulated, rolled back or cancelled. A file of
        more than SMALL rows takes the bulk path (its rows read by CompiledRows, new records
        written in blocks); a small one goes row by row through the forms' own save, which
        the bulk path must equal (tests/crm/test_import_paths.py)."""
        self.check_mapping(options, table)
        bulk = len(table.rows) > SMALL if bulk is None else bulk
        importer = self.importer(session, table, options)
        importer.bulk = bulk
        return run_import(session, table, options, importer, self.fields, progress, bulk)


class _Discarded(Exception):
    """Leaves the import's savepoint, rolling back what it wrote (Simulate, all-or-nothing)."""


def run_import(session: Session, table: Table, options: ImportOptions,
               importer: Importer, fields: dict[str, object],
               progress: Callable[[int, int], bool] = lambda done, total: True,
               bulk: bool = False) -> ImportReport:
    """Import every row in a savepoint, kept unless simulated or refused as a whole (then
    ``report.written`` is False); a Cancel or an error leaves it rolled back and raises. The
    caller's runner commits."""
    report = ImportReport()
    begin(session)  # every row's savepoint inside one transaction that can be rolled back
    try:
        with session.begin_nested():
            _import_rows(table, options, importer, fields, progress, bulk, report)
            if options.simulate or (options.all_or_nothing and report.count(Action.FAILED)):
                raise _Discarded()
            report.written = True
    except _Discarded:
        pass
    return report


def _import_rows(table: Table, options: ImportOptions, importer: Importer,
                 fields: dict[str, object], progress: Callable[[int, int], bool], bulk: bool,
                 report: ImportReport) -> None:
    compiled = CompiledRows(table, options, fields) if bulk else None
    total = len(table.rows)
    order = {header: n for n, header in enumerate(table.headers)}
    width = len(table.headers)
    for done, cells in enumerate(table.rows, start=1):
        line = table.line_of(done - 1)
        shape = [] if len(cells) == width else shape_problems(table, done - 1)
        if any(not p.warning for p in shape):  # its cells are shifted: nothing to read
            result = failed(line, {}, shape)
        else:
            values, problems = compiled.read(done - 1) if compiled is not None else \
                read_row(table, done - 1, options, fields)
            result = importer.row(line, values, shape + problems)
        if len(result.problems) > 1:  # as in the file
            result.problems.sort(key=lambda p: order.get(p.column, -1))
        report.lines.append(result)
        if done % PROGRESS_EVERY == 0 and not progress(done, total):
            raise Cancelled()
    importer.finish()
    progress(total, total)


def column_of(table: Table, options: ImportOptions, field_name: str | None) -> str:
    """The file's column that fills ``field_name`` (to say where an error is)."""
    return next((table.headers[i] for i, name in options.mapping.items()
                 if name == field_name), "")


def failed(line: int, values: dict, problems: list[Problem], duplicate=None) -> ImportLine:
    return ImportLine(line, Action.FAILED, values.get("code", ""), problems=problems,
                      duplicate=duplicate, values=values)


def domain_problems(table: Table, options: ImportOptions, error: CrmError) -> list[Problem]:
    """A domain error as report lines: each error of several, in the column of its field."""
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    return [Problem(e, column_of(table, options, getattr(e, "field", None))) for e in errors]
