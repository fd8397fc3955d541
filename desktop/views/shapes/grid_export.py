"""A grid written to a file as it shows (its filter, order and visible columns): an Excel
workbook with typed cells for .xlsx, else CSV in the separator of the user's locale. Plain
functions of values: they run on the task pool (shapes/ops.export_grid)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from desktop.crm import entities as E
from desktop.crm.io.csv_files import ENCODING, CsvWriter, csv_format
from desktop.crm.io.files import PartialFile
from desktop.crm.io.xlsx import SheetWriter
from desktop.crm.marketing_outputs import Channels, Reasons, marketing_rows
from desktop.models.columns import translate_enum

EVERY = 2000  # rows between two progress reports


@dataclass(frozen=True)
class GridExport:
    path: str
    title: str
    headers: Sequence[str]
    widths: Sequence[int]
    shown: Sequence[int]  # the visible columns, in the row's order
    delimiter: str
    total: int  # rows expected (the progress bar's end)
    #: a grid of contacts, a marketing output: the objections its columns bring in
    #: (crm/marketing_outputs.channels_for); none for other grids
    channels: Channels = ()
    include_objected: bool = False  # the user's choice to include those who object

    @property
    def excel(self) -> bool:
        return self.path.lower().endswith(".xlsx")


@dataclass(frozen=True)
class GridWritten:
    rows: int
    left_out: Reasons = ()  # contacts who object, left out, by reason
    included: int = 0  # contacts who object, written by the user's choice (to be recorded)


def write_grid(engine: Engine, statement, spec: GridExport, progress) -> GridWritten:
    """Stream the statement's rows into the file; it is written beside its place and moved in
    once complete, so a cancel or a failure leaves none. The rows written, and of a grid of
    contacts those who object to direct marketing, left out or included."""
    progress.report(0, spec.total)  # a Cancel pressed before the start is heard here
    target = PartialFile(Path(spec.path))
    temp = target.open_temp()
    try:
        with engine.connect() as conn:
            chosen = marketing_rows(conn, statement, E.Contact.id, spec.include_objected,
                                    spec.channels) if spec.channels else None
            result = conn.execution_options(yield_per=EVERY).execute(
                chosen.statement if chosen else statement)
            rows = (tuple(row)[2:] for row in result)  # the grid's id and version first
            written = (_write_xlsx if spec.excel else _write_csv)(temp, spec, rows, progress)
        target.publish()
    except BaseException:
        target.discard()
        raise
    if chosen is None:
        return GridWritten(written)
    return GridWritten(written, chosen.left_out_by, chosen.included)


def _write_csv(temp, spec: GridExport, rows: Iterable[tuple], progress) -> int:
    written = 0
    with open(temp, "w", newline="", encoding=ENCODING) as handle:
        # numbers and dates as the separator's locale writes them (crm/io/csv_files)
        writer = CsvWriter(handle, csv_format(spec.delimiter), label=translate_enum)
        writer.heading(spec.headers)
        for row in rows:
            writer.row([row[i] for i in spec.shown])
            written += 1
            if written % EVERY == 0:
                progress.report(written, spec.total)
    return written


def _write_xlsx(temp, spec: GridExport, rows: Iterable[tuple], progress) -> int:
    sheet = SheetWriter(temp, spec.title, spec.headers, spec.widths, label=translate_enum)
    written = 0
    for row in rows:
        sheet.append([row[i] for i in spec.shown])
        written += 1
        if written % EVERY == 0:
            progress.report(written, spec.total)
    sheet.close()
    return written

