"""Flexible Printing (tdsmi2410m100, BR-REP-06): a report run on a target group chosen as in
mail merge. Its rows are read in one query, sorted by the database, streamed through the
breaks of the layout to an output; nothing holds every row.

An output writes to a temporary file and moves it into place only when the run completed,
so a cancel or a failure leaves no file behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol, TypeGuard

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled, Progress
from desktop.crm.db.records import by_code
from desktop.crm.enums import BusinessObjectKind, ReportOrientation
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.io.csv_files import ENCODING, CsvWriter, csv_format
from desktop.crm.io.destinations import file_destination, write_error
from desktop.crm.io.files import PartialFile
from desktop.crm.io.xlsx import SheetWriter, header_text
from desktop.crm.letters.document import Document
from desktop.crm.letters.merge import number_text
from desktop.crm.letters.storage import loads
from desktop.crm.marketing_outputs import Reasons, channels_for, marketing_rows
from desktop.crm.reports.columns import ReportColumn, column_expressions, report_columns
from desktop.crm.reports.layout import Item, Line, NewPage, Subtotal, Total, report_items
from desktop.crm.reports.page_text import page_constants, plain_lines
from desktop.crm.target_groups import TargetGroup

#: words the outputs print, translated through the run's ``translate``
WORDS = {"subtotal": "Subtotal {heading}: {value}", "total": "Total",
         "empty": "(empty)"}
STREAM = 1000  # rows fetched at a time


@dataclass
class PrintedReport:
    """What an output needs to know of the report it prints."""

    code: str
    description: str
    columns: list[ReportColumn]
    header: Document
    footer: Document
    constants: dict[str, str]
    orientation: ReportOrientation
    language: str
    rows: int
    translate: Callable[[str], str] = lambda text: text

    def cell_text(self, value: Any, column: int | None = None) -> str:
        """A value as the printed page shows it; a number with its column's decimals."""
        if column is not None and isinstance(value, (Decimal, int, float)) and \
                not isinstance(value, bool):
            return decimal_text(value, self.columns[column].decimals, self.language)
        return cell_text(value, self.language)

    def sums_label(self, item: Subtotal | Total) -> str:
        if isinstance(item, Total):
            return self.translate(WORDS["total"])
        value = item.value if item.value not in (None, "") else self.translate(WORDS["empty"])
        return self.translate(WORDS["subtotal"]).format(
            heading=self.columns[item.column].heading, value=self.cell_text(value))

    @property
    def landscape(self) -> bool:
        return self.orientation is ReportOrientation.WIDE


class Output(Protocol):
    def check(self, replace: bool) -> None: ...
    def start(self, report: PrintedReport) -> None: ...
    def add(self, item: Item) -> None: ...
    def finish(self) -> None: ...
    def publish(self) -> list[Path]: ...
    def discard(self) -> None: ...


class CountingOutput(Output, Protocol):
    """An output whose pages say their number out of the total: when ``counts``, it is given
    the items to ``count`` first, then told they were all ``counted``."""

    counts: bool

    def count(self, item: Item) -> None: ...
    def counted(self) -> None: ...


def _counts_pages(output: Output) -> TypeGuard[CountingOutput]:
    return bool(getattr(output, "counts", False))


def leaves_out_objecting(object_kind: BusinessObjectKind | None, to_file: bool) -> bool:
    """Whether a report leaves out the contacts who object (and so offers to include them):
    a report on contacts written to a file, a marketing output (marketing_outputs); on paper
    or on other records nobody is left out."""
    return to_file and object_kind is BusinessObjectKind.CONTACT


@dataclass
class FlexiblePrinting:
    group: TargetGroup
    report_code: str
    language: str = "en"
    employee_id: int | None = None
    translate: Callable[[str], str] = lambda text: text
    today: dt.date | None = None
    published: list[Path] = field(default_factory=list)
    #: printed to a file: a marketing output, those who object left out (marketing_outputs)
    to_file: bool = False
    #: contacts who object: (left out by reason, how many included by the user's choice)
    objecting: tuple[Reasons, int] = ((), 0)

    def check(self, session: Session) -> E.Report:
        if not self.report_code.strip():
            raise ValidationError("Choose the report to print.", field="report")
        report = by_code(session, E.Report, self.report_code)
        if report is None:
            raise NotFoundError("Report {code} does not exist.", code=self.report_code)
        if report.business_object is not self.group.object_kind:
            raise ValidationError(
                "Report {code} lists {report_object_label}: print it on those, or choose a "
                "report on {object_label}.", field="report", code=report.code,
                report_object_label=report.business_object.label,
                object_label=self.group.object_kind.label)
        if not report.lines:
            raise ValidationError("Report {code} has no layout lines: add the fields it "
                                  "prints on its Layout tab.", field="report", code=report.code)
        return report

    def prepared(self, session: Session) -> tuple[PrintedReport, Any]:
        """The report and the query of its rows, sorted (BR-REP-02) and filtered as the
        group says (BR-REP-06)."""
        report = self.check(session)
        columns = report_columns(session, report, self.translate)
        entity = self.group.entity()
        where = self.group.where(session, self.today)
        if leaves_out_objecting(self.group.object_kind, self.to_file):
            # the layout's fields decide: an address makes a postal list, a phone a call list
            chosen = marketing_rows(session, select(entity.id).where(*where), entity.id,
                                    self.group.include_objected,
                                    channels_for(line.field_name for line in report.lines))
            self.objecting = (chosen.left_out_by, chosen.included)
            where += [] if chosen.keep is None else [chosen.keep]
        values = column_expressions(session, report.business_object, columns)
        order = [values[i].asc().nulls_first() for i, c in enumerate(columns) if c.sort]
        query = select(*values).where(*where).order_by(*order, entity.code, entity.id)
        count = session.scalar(select(func.count()).select_from(entity).where(*where)) or 0
        printed = PrintedReport(
            report.code, report.description, columns, loads(report.header_text),
            loads(report.footer_text),
            page_constants(session, report.description, self.employee_id, self.language,
                           self.today),
            report.orientation, self.language, count, self.translate)
        return printed, query

    def rows(self, session: Session, printed: PrintedReport, query) -> Iterator[tuple]:
        """The rows, streamed; a status or a type as its label in the run's language."""
        labels = {i: {m.name: self.translate(m.label) for m in c.enum}
                  for i, c in enumerate(printed.columns) if c.enum is not None}
        result = session.execute(query.execution_options(yield_per=STREAM))
        for row in result:
            if labels:
                yield tuple(labels[i].get(v, v) if i in labels and v else v
                            for i, v in enumerate(row))
            else:
                yield tuple(row)

    def items(self, session: Session, printed: PrintedReport, query) -> Iterator[Item]:
        return report_items(printed.columns, self.rows(session, printed, query))

    def run(self, session: Session, outputs: list[Output],
            progress: Progress = lambda done, total: True,
            replace: bool = False) -> PrintedReport:
        """Print to every output; on success the files are in place. Raises Cancelled when
        ``progress`` says stop, leaving no file. An output that must know its number of
        pages first (``counts``) is given the items twice: to ``count``, then to ``add``.
        Each output's destination is checked first; replacing a file is asked
        (ConfirmationRequired) unless ``replace``."""
        for output in outputs:
            output.check(replace)
        printed, query = self.prepared(session)
        try:
            self._print(session, printed, query, outputs, progress)
        except OSError as error:
            raise write_error(error) from error
        return printed

    def _print(self, session: Session, printed: PrintedReport, query, outputs: list[Output],
               progress: Progress) -> None:
        try:
            for output in outputs:
                output.start(printed)
            counters = [o for o in outputs if _counts_pages(o)]
            if counters:
                self._walk(session, printed, query, [o.count for o in counters], progress)
                for output in counters:
                    output.counted()
            self._walk(session, printed, query, [o.add for o in outputs], progress)
            if not progress(printed.rows, printed.rows):
                raise Cancelled()
            for output in outputs:
                output.finish()
            if not progress(printed.rows, printed.rows):  # a Cancel heard while finishing
                raise Cancelled()
            for output in outputs:
                self.published += output.publish()
        except BaseException:
            for output in outputs:
                output.discard()
            raise

    def _walk(self, session: Session, printed: PrintedReport, query,
              takers: list[Callable[[Item], None]], progress: Progress) -> None:
        done = 0
        for item in self.items(session, printed, query):
            for take in takers:
                take(item)
            if type(item) is Line:
                done += 1
                if done % 200 == 0 and not progress(done, printed.rows):
                    raise Cancelled()


def decimal_text(value: Decimal | int | float, decimals: int, language: str) -> str:
    text = f"{Decimal(value):,.{decimals}f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def cell_text(value: Any, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "X" if value else ""
    if isinstance(value, (Decimal, int, float)):
        return number_text(value, language)
    if isinstance(value, dt.datetime):
        value = value.astimezone() if value.tzinfo else value
        return value.strftime("%d/%m/%Y %H:%M" if language == "fr" else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y" if language == "fr" else "%Y-%m-%d")
    return str(value)


class FileReport(PartialFile):
    """A report written to a file, with its suffix added when the user left it out."""

    suffix = ""

    def check(self, replace: bool) -> None:
        self.path = file_destination(self.path, self.suffix, replace)


class CsvReport(FileReport):
    """The report's records as data (desktop.crm.io.csv_files: numbers and dates in the
    separator's locale, formula-like cells neutralised): a heading row, then a row per
    record; subtotals and totals are left to the program that reads it."""

    suffix = ".csv"

    def __init__(self, path: Path, delimiter: str = ";") -> None:
        super().__init__(path)
        self.format = csv_format(delimiter)
        self.handle: IO[str] | None = None

    def start(self, report: PrintedReport) -> None:
        self.handle = self.open_temp().open("w", encoding=ENCODING, newline="")
        self.writer = CsvWriter(self.handle, self.format)
        self.writer.heading([c.heading for c in report.columns])
        self.decimals = [c.decimals if c.numeric else None for c in report.columns]

    def add(self, item: Item) -> None:
        if type(item) is Line:
            self.writer.row(item.values, self.decimals)

    def finish(self) -> None:
        assert self.handle is not None  # started
        self.handle.close()

    def discard(self) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        super().discard()


class XlsxReport(FileReport):
    """One sheet: the headings frozen with an autofilter, typed cells, a SUBTOTAL formula
    (with its value) on each subtotal and total row, a page break where the report starts a
    new page, the header and footer as the sheet's page header and footer."""

    suffix = ".xlsx"

    def start(self, report: PrintedReport) -> None:
        self.report = report
        columns = report.columns
        self.sheet = SheetWriter(self.open_temp(), report.code,
                                 [c.heading for c in columns], [c.width for c in columns],
                                 decimals=[c.decimals if c.numeric else None for c in columns])
        names = {k: v.replace("&", "&&") for k, v in report.constants.items()}
        names.update({"@page": "&P", "@pages": "&N"})

        def escape(text: str) -> str:
            return text.replace("&", "&&")

        self.sheet.set_page(report.landscape,
                            header_text(plain_lines(report.header, names, escape)),
                            header_text(plain_lines(report.footer, names, escape)))
        self.levels = sum(1 for c in columns if c.sort)
        self.starts: dict[int, int] = {}  # level -> first row (1-based) of its open group
        self.first = 2

    def add(self, item: Item) -> None:
        if isinstance(item, Line):
            row = self.sheet.row + 1
            for level in range(self.levels):
                self.starts.setdefault(level, row)
            self.sheet.append(item.values)
        elif isinstance(item, Subtotal):
            first = self.starts.pop(item.level, self.sheet.row + 1)
            self.sheet.append_sums(item.column, self.report.sums_label(item), item.sums,
                                   first, self.sheet.row)
            for level in list(self.starts):
                if level > item.level:
                    del self.starts[level]
        elif isinstance(item, Total):
            self.sheet.append_sums(0, self.report.sums_label(item), item.sums, self.first,
                                   self.sheet.row)
        elif isinstance(item, NewPage):
            self.sheet.page_break()

    def finish(self) -> None:
        self.sheet.close()


__all__ = ["CsvReport", "FlexiblePrinting", "Output", "PrintedReport", "XlsxReport"]
