"""Spreadsheets (.xlsx) written row by row with xlsxwriter in constant-memory mode: a sheet of
100,000 rows never holds more than one row. Cells are typed: numbers as numbers, dates as
dates, yes/no as booleans, so that Excel sorts, filters and adds them up."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.lazy import lazy_module

if TYPE_CHECKING:
    import xlsxwriter
else:  # loaded when first used: the start-up does not wait for it
    xlsxwriter = lazy_module("xlsxwriter")

MAX_SHEET_NAME = 31
MAX_PAGE_BREAKS = 1023  # Excel's own limit
NUMBER_FORMAT = "#,##0.##"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def sheet_name(text: str) -> str:
    """A name Excel accepts for a sheet."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in text).strip() or "Sheet1"
    return cleaned[:MAX_SHEET_NAME]


class SheetWriter:
    """One sheet: a frozen heading row, then rows appended in order."""

    def __init__(self, path: Path, name: str, headings: Sequence[str],
                 widths: Sequence[int] = (), label: Callable[[enum.Enum], str] = str,
                 decimals: Sequence[int | None] = ()) -> None:
        self.book = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "default_date_format": DATE_FORMAT})
        self.sheet = self.book.add_worksheet(sheet_name(name))
        self.label = label
        self.columns = len(headings)
        self.formats = self._formats()
        self.number_formats = [self._number_format(d) for d in decimals] or []
        self.breaks: list[int] = []
        for index, width in enumerate(widths):
            self.sheet.set_column(index, index, max(4, min(width, 100)))
        self.sheet.write_row(0, 0, list(headings), self.formats["heading"])
        self.sheet.freeze_panes(1, 0)
        self.row = 1  # the next row to write (0-based)

    def _formats(self) -> dict[str, Any]:
        add = self.book.add_format
        return {"heading": add({"bold": True, "bottom": 1, "bg_color": "#EDEFF2"}),
                "number": add({"num_format": NUMBER_FORMAT}),
                "date": add({"num_format": DATE_FORMAT}),
                "datetime": add({"num_format": DATETIME_FORMAT}),
                "bold": add({"bold": True}),
                "bold number": add({"bold": True, "num_format": NUMBER_FORMAT, "top": 1})}

    def _number_format(self, decimals: int | None, bold: bool = False):
        if decimals is None:
            return self.formats["bold number" if bold else "number"]
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return self.book.add_format({"num_format": pattern, "bold": bold,
                                     "top": 1 if bold else 0})

    # -- rows -------------------------------------------------------------------------------
    def append(self, values: Sequence[Any]) -> int:
        """Write a row of plain values, each as its type; returns its 1-based row number."""
        sheet, row, formats = self.sheet, self.row, self.formats
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                sheet.write_boolean(row, column, value)
            elif isinstance(value, (Decimal, int, float)):
                sheet.write_number(row, column, value, self.number_formats[column]
                                   if column < len(self.number_formats) else formats["number"])
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(row, column, _naive(value), formats["datetime"])
            elif isinstance(value, dt.date):
                sheet.write_datetime(row, column, value, formats["date"])
            elif isinstance(value, enum.Enum):
                sheet.write_string(row, column, self.label(value))
            else:
                sheet.write_string(row, column, str(value))
        self.row += 1
        return self.row

    def append_sums(self, label_column: int, label: str, sums: dict[int, Decimal],
                    first: int, last: int) -> int:
        """A subtotal or total row: a label, and for each summed column a SUBTOTAL formula
        over rows ``first``..``last`` (1-based) with its value. SUBTOTAL leaves out the other
        SUBTOTALs in its range, so a total over subtotals counts each row once."""
        sheet, row = self.sheet, self.row
        sheet.write_string(row, label_column, label, self.formats["bold"])
        for column, value in sums.items():
            letter = xlsxwriter.utility.xl_col_to_name(column)
            sheet.write_formula(row, column, f"=SUBTOTAL(9,{letter}{first}:{letter}{last})",
                                self.formats["bold number"], value)
        self.row += 1
        return self.row

    def page_break(self) -> None:
        """The next row starts a new printed page."""
        if len(self.breaks) < MAX_PAGE_BREAKS:
            self.breaks.append(self.row)

    # -- the page ---------------------------------------------------------------------------
    def set_page(self, landscape: bool, header: str = "", footer: str = "") -> None:
        self.sheet.set_paper(9)  # A4
        if landscape:
            self.sheet.set_landscape()
        self.sheet.repeat_rows(0)
        if header:
            self.sheet.set_header(header)
        if footer:
            self.sheet.set_footer(footer)

    def close(self) -> None:
        last = max(self.row - 1, 1)
        self.sheet.autofilter(0, 0, last, max(self.columns - 1, 0))
        if self.breaks:
            self.sheet.set_h_pagebreaks(self.breaks)
        self.book.close()


def header_text(lines: list[str]) -> str:
    """Lines for a page header or footer, centred, with ``&`` written as Excel wants."""
    text = "\n".join(lines)
    return "&C" + text[:240] if text.strip() else ""


def _naive(value: dt.datetime) -> dt.datetime:
    """Excel has no time zones: the local wall-clock time."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
