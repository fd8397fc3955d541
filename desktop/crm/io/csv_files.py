"""CSV files that spreadsheets read right: every CSV the product writes (a grid's export, a
report, mail merge's data file) goes through here.

The separator decides the locale, as spreadsheets do when they open a file: Excel and
LibreOffice in a country that writes decimal commas list with semicolons, so a ``;`` file
carries ``1250,5`` and ``31/12/2026``, a ``,`` file ``1250.5`` and ``2026-12-31`` (read as a
date by every English Excel). Numbers carry no thousands separator, which a spreadsheet would
take for text. The file is UTF-8 with the byte-order mark Excel looks for.

A text cell that a spreadsheet would read as a formula (it begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
injection (https://owasp.org/www-community/attacks/CSV_Injection, CWE-1236); a data file meant
for another program may turn that off (``neutralise=False``)."""

from __future__ import annotations

import csv
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

ENCODING = "utf-8-sig"
#: the first characters that make a spreadsheet evaluate a cell (OWASP, ASVS 5.0 V1.2.10)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
SEPARATORS = (";", ",")


@dataclass(frozen=True)
class CsvFormat:
    separator: str = ";"
    neutralise: bool = True

    @property
    def decimal_comma(self) -> bool:
        return self.separator == ";"

    def number(self, value: Decimal | int | float, decimals: int | None = None) -> str:
        """``value`` with the file's decimal mark; with ``decimals`` (a column's scale) the
        same digits whichever database gave it (SQLite may give a float)."""
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if decimals is not None:
            exact = exact.quantize(Decimal(1).scaleb(-decimals))
        text = format(exact, "f")
        return text.replace(".", ",") if self.decimal_comma else text

    def date(self, value: dt.date) -> str:
        return value.strftime("%d/%m/%Y") if self.decimal_comma else value.isoformat()

    def moment(self, value: dt.datetime) -> str:
        if value.tzinfo is not None:  # stored in UTC: shown in the user's zone
            value = value.astimezone().replace(tzinfo=None)
        return f"{self.date(value.date())} {value:%H:%M}"


def csv_format(separator: str = ";", neutralise: bool = True) -> CsvFormat:
    if separator not in SEPARATORS:
        separator = ";"
    return CsvFormat(separator, neutralise)


def neutralised(text: str) -> str:
    """``text`` as a spreadsheet shows it, never as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: Any, fmt: CsvFormat, label: Callable[[enum.Enum], str] = str,
         decimals: int | None = None) -> str:
    """One value as the file's locale writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "X" if value else ""
    if isinstance(value, (Decimal, int, float)):
        return fmt.number(value, decimals)
    if isinstance(value, dt.datetime):
        return fmt.moment(value)
    if isinstance(value, dt.date):
        return fmt.date(value)
    if isinstance(value, enum.Enum):
        return label(value)
    text = str(value)
    return neutralised(text) if fmt.neutralise else text


class CsvWriter:
    """Rows of values written to an open text handle (``newline=""``)."""

    def __init__(self, handle: IO[str], fmt: CsvFormat,
                 label: Callable[[enum.Enum], str] = str) -> None:
        self.fmt, self.label = fmt, label
        self.writer = csv.writer(handle, delimiter=fmt.separator)

    def heading(self, names: Iterable[str]) -> None:
        self.writer.writerow([neutralised(n) if self.fmt.neutralise else n for n in names])

    def row(self, values: Iterable[Any], decimals: Sequence[int | None] = ()) -> None:
        """A row; ``decimals`` gives each numeric column its scale."""
        if decimals:
            self.writer.writerow([cell(v, self.fmt, self.label, d)
                                  for v, d in zip(values, decimals, strict=False)])
        else:
            self.writer.writerow([cell(v, self.fmt, self.label) for v in values])


__all__ = ["ENCODING", "CsvFormat", "CsvWriter", "cell", "csv_format", "neutralised"]
