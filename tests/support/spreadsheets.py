"""Spreadsheet files made byte for byte the way the programs people use write them, for the
import tests. Each writer says what it copies:

- Excel "CSV (separated by semicolons)" on a French Windows: Windows-1252, the list separator
  of the locale (";"), CRLF, a field quoted only when it holds the separator, a quote or a line
  end, quotes doubled; cells written as shown: "1 234,56", "31/12/2026", a number of more than
  11 digits as "1,23457E+13", a postcode typed as a number without its leading zero
  (support.microsoft.com, "Import or export text (.txt or .csv) files"; "Display numbers as
  postal codes"; "Long numbers are displayed incorrectly in Excel").
- Excel "CSV UTF-8": the same with a UTF-8 byte-order mark.
- Excel "Unicode Text": UTF-16 little-endian with its byte-order mark, tabs, CRLF.
- Excel .xlsx: written with openpyxl, numbers as numbers (a SIRET typed in a General cell is a
  number shown as 1.23457E+13, a postcode a number), dates as dates, the application named
  "Microsoft Excel" in docProps/app.xml as Excel writes it.
- LibreOffice Calc "Text CSV" with its defaults: UTF-8 without a mark, "," and LF line ends,
  text quoted only when needed (help.libreoffice.org, "Text CSV filter options").
- Google Contacts "Google CSV" export: UTF-8, ",", CRLF, its own headers ("First Name",
  "E-mail 1 - Value", "Organization Name" ...) (support.google.com/contacts, "Export contacts").
- Thunderbird's address book "Comma separated": UTF-8, "," and its headers ("Primary Email",
  "Mobile Number", "Organization" ...).
- Outlook's "Comma Separated Values" contact export: Windows-1252, every field quoted, CRLF,
  headers "First Name", "E-mail Address", "Business Phone", "Company" ...
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

Rows = Sequence[Sequence[str]]


def _delimited(rows: Rows, delimiter: str, line_end: str, quote_all: bool = False) -> str:
    out = []
    for row in rows:
        cells = []
        for cell in row:
            text = str(cell)
            if quote_all or any(c in text for c in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        out.append(delimiter.join(cells))
    return line_end.join(out) + line_end


def excel_csv(rows: Rows) -> bytes:
    """Excel, "CSV (separated by semicolons)", French Windows."""
    return _delimited(rows, ";", "\r\n").encode("cp1252")


def excel_csv_utf8(rows: Rows) -> bytes:
    """Excel, "CSV UTF-8 (comma delimited)" on a French Windows (the list separator is ';')."""
    return b"\xef\xbb\xbf" + _delimited(rows, ";", "\r\n").encode("utf-8")


def excel_unicode_text(rows: Rows) -> bytes:
    """Excel, "Unicode Text (*.txt)"."""
    return b"\xff\xfe" + _delimited(rows, "\t", "\r\n").encode("utf-16-le")


def libreoffice_csv(rows: Rows) -> bytes:
    return _delimited(rows, ",", "\n").encode("utf-8")


def google_csv(rows: Rows) -> bytes:
    return _delimited(rows, ",", "\r\n").encode("utf-8")


def thunderbird_csv(rows: Rows) -> bytes:
    return _delimited(rows, ",", "\r\n").encode("utf-8")


def outlook_csv(rows: Rows) -> bytes:
    return _delimited(rows, ",", "\r\n", quote_all=True).encode("cp1252")


GOOGLE_HEADERS = ["First Name", "Middle Name", "Last Name", "Organization Name",
                  "Organization Title", "E-mail 1 - Label", "E-mail 1 - Value",
                  "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value"]
THUNDERBIRD_HEADERS = ["First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
                       "Secondary Email", "Work Phone", "Home Phone", "Mobile Number",
                       "Job Title", "Department", "Organization"]
OUTLOOK_HEADERS = ["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
                   "Business Phone", "Mobile Phone", "E-mail Address"]


def excel_xlsx(rows: Rows, number_formats: dict[int, str] | None = None) -> bytes:
    """A workbook as Excel saves one: typed cells (ints, floats, datetimes stay as given) and
    Excel's number formats on the columns named in ``number_formats``."""
    from openpyxl import Workbook

    book = Workbook()
    book.properties.creator = "Utilisateur"
    book.properties.lastModifiedBy = "Utilisateur"
    sheet = book.active
    sheet.title = "Feuil1"
    for row in rows:
        sheet.append(list(row))
    for column, number_format in (number_formats or {}).items():
        for cells in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
            cells[0].number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return _as_excel(out.getvalue())


def _as_excel(data: bytes) -> bytes:
    """docProps/app.xml naming Microsoft Excel, as Excel writes it."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = re.sub(rb"<Application>.*?</Application><AppVersion>.*?</AppVersion>",
                                 b"<Application>Microsoft Excel</Application>"
                                 b"<AppVersion>16.0300</AppVersion>", content)
            target.writestr(item, content)
    return out.getvalue()
