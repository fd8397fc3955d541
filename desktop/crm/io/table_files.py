"""A table of texts (a run's report as the user reads it) saved as an Excel workbook or a
CSV file, written beside its place and moved in once complete."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.crm.io.csv_files import ENCODING, CsvWriter, csv_format
from desktop.crm.io.destinations import write_error
from desktop.crm.io.files import PartialFile
from desktop.crm.io.xlsx import SheetWriter


def write_table(path: Path, title: str, headings: Sequence[str], rows: Iterable[Sequence],
                notes: Sequence[str] = (), separator: str = ";") -> Path:
    """``rows`` under ``headings`` in ``path`` (.xlsx: a workbook, else CSV); ``notes`` (what
    the run says as a whole) follow the rows. Raises ValidationError when it cannot write."""
    target = PartialFile(path)
    try:
        temp = target.open_temp()
        if path.suffix.lower() == ".xlsx":
            sheet = SheetWriter(temp, title, headings, [14, 30, 20, 18, 60])
            for row in rows:
                sheet.append(list(row))
            for text in notes:
                sheet.append([text])
            sheet.close()
        else:
            with temp.open("w", encoding=ENCODING, newline="") as handle:
                writer = CsvWriter(handle, csv_format(separator))
                writer.heading(headings)
                for row in rows:
                    writer.row(row)
                for text in notes:
                    writer.row([text])
        target.publish()
    except OSError as error:
        target.discard()
        raise write_error(error, path) from error
    except BaseException:
        target.discard()
        raise
    return path


__all__ = ["write_table"]
