"""A file to import as a table of text: CSV in any delimiter and encoding (both detected, and
shown to the user), or the first sheet of an XLSX workbook (read with openpyxl, read-only)."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from desktop.crm.errors import CrmError

ENCODINGS = ("utf-8-sig", "cp1252")  # what spreadsheets and old CRMs write, tried in order
DELIMITERS = ";,\t|"


@dataclass
class Table:
    headers: list[str]
    rows: list[list]  # the cells of each line under the headers (line 2 onwards)
    encoding: str = ""  # CSV only
    delimiter: str = ""

    @property
    def layout_key(self) -> str:
        """The same columns in the same order: a mapping chosen once is offered again."""
        joined = "\x1f".join(h.strip().lower() for h in self.headers)
        return hashlib.sha1(joined.encode()).hexdigest()[:16]  # a name, not a secret


def read_table(path: Path) -> Table:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx(path)
    return read_csv(path.read_bytes())


def read_csv(data: bytes) -> Table:
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 decodes almost anything; latin-1 decodes everything
        encoding, text = "latin-1", data.decode("latin-1")
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        delimiter = max(DELIMITERS, key=sample.split("\n", 1)[0].count)
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not lines:
        raise CrmError("The file is empty.")
    headers = [h.strip() for h in lines[0]]
    return Table(headers, [row for row in lines[1:] if any(c.strip() for c in row)], encoding,
                 delimiter)


def _xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a bad file
        raise CrmError("The workbook cannot be read: {error}", error=str(error)) from error
    try:
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    if not rows:
        raise CrmError("The file is empty.")
    headers = [str(h).strip() if h is not None else "" for h in rows[0]]
    return Table(headers, [r for r in rows[1:] if any(c not in (None, "") for c in r)])
