"""A file to import as a table of text: CSV in any delimiter and encoding (both detected, and
shown to the user; UTF-16 as Excel's "Unicode Text" writes it), or the first sheet of an XLSX
workbook (read with openpyxl, read-only). What the file is comes from its bytes, not its name:
a workbook renamed .csv is read as a workbook, and a picture or an archive is refused in one
sentence. Each row keeps the lines it spans in the file (blank lines counted, the header
being line 1), so that a report names the line a person sees in a text editor or in Excel."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.crm.errors import CrmError

ENCODINGS = ("utf-8-sig", "cp1252")  # what spreadsheets and old CRMs write, tried in order
DELIMITERS = ";,\t|"
BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# the first bytes of files people pick by mistake, and what to call them
SIGNATURES = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a media file"), (b"\x00\x00\x01\x00", "an icon"), (b"BM", "a bitmap image"))
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), and other Office 97 files
# NULs and other control bytes beyond this share of the first 4 KB (and this many): binary
BINARY_SHARE, BINARY_COUNT = 0.05, 16


@dataclass
class Table:
    headers: list[str]
    rows: list[list]  # the cells of each row under the headers
    encoding: str = ""  # CSV only
    delimiter: str = ""
    #: (first, last) line of each row in the file; a quoted cell may span lines
    lines: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.lines:  # a table made in code: one line each, under a header on line 1
            self.lines = [(n, n) for n in range(2, len(self.rows) + 2)]

    @property
    def layout_key(self) -> str:
        """The same columns in the same order: a mapping chosen once is offered again."""
        joined = "\x1f".join(h.strip().lower() for h in self.headers)
        return hashlib.sha1(joined.encode()).hexdigest()[:16]  # a name, not a secret

    def line_of(self, index: int) -> int:
        return self.lines[index][0]


def read_table(path: Path) -> Table:
    data = Path(path).read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(data)
    return read_csv(data)


def refuse_binary(data: bytes) -> None:
    """A file that is no table of text, refused in one sentence that says what it is."""
    head = data[:8]
    if head.startswith(OLE):
        raise CrmError("This is an Excel 97-2003 workbook (.xls) or another old Office file: "
                       "save it in Excel as .xlsx or CSV, then import that file.")
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            raise CrmError("This file is {kind_label}, not a spreadsheet: choose a CSV, text "
                           "or XLSX file.", kind_label=kind)
    sample = data[:4096]
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if controls > max(BINARY_COUNT, BINARY_SHARE * len(sample)):
        raise CrmError("This file is not a spreadsheet or a text file: choose a CSV, text or "
                       "XLSX file.")


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the encoding it was read in: UTF-16 by its byte-order mark,
    else UTF-8, else Windows-1252 (what Excel writes for "CSV (separated by semicolons)")."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise CrmError("The file starts as UTF-16 text but is damaged further on; "
                               "save it again from its program.") from None
    refuse_binary(data)
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # cp1252 decodes almost anything; this the rest


def read_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        delimiter = max(DELIMITERS, key=sample.split("\n", 1)[0].count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows, lines, last = [], [], 0
    for row in reader:
        first, last = last + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # a blank line: counted, not a row
        if headers is None:
            headers = [h.strip() for h in row]
            continue
        rows.append(row)
        lines.append((first, last))
    if headers is None:
        raise CrmError("The file is empty.")
    return Table(headers, rows, encoding, delimiter, lines)


def _xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError) as error:
        raise CrmError("This file is a ZIP archive, not a workbook: choose a CSV, text or "
                       "XLSX file.") from error
    except Exception as error:  # openpyxl raises many kinds on a bad file
        raise CrmError("The workbook cannot be read: {error}", error=str(error)) from error
    try:
        sheet = [list(r) for r in book.worksheets[0].iter_rows(min_row=1, values_only=True)]
    finally:
        book.close()
    headers: list[str] | None = None
    rows, lines = [], []
    for number, row in enumerate(sheet, start=1):  # read-only sheets give gaps as empty rows
        if not any(c not in (None, "") for c in row):
            continue
        if headers is None:
            headers = [str(h).strip() if h is not None else "" for h in row]
            continue
        rows.append(row)
        lines.append((number, number))
    if headers is None:
        raise CrmError("The file is empty.")
    return Table(headers, rows, lines=lines)
