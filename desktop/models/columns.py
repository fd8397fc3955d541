"""Column descriptions for the SQL-backed grids: what to select, how to show and edit it."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

Formatter = Callable[[Any], str]


@dataclass
class Column:
    """One grid column.

    ``expr`` is the SQLAlchemy expression selected (and sorted and filtered by); ``kind`` picks
    the display and editor: text, int, money, percent, date, datetime, bool, enum.
    ``setter(session, row_id, value)`` makes the column editable through the domain.
    """

    key: str
    header: str
    expr: Any
    kind: str = "text"
    width: int | None = None
    searchable: bool = False
    setter: Callable[..., None] | None = None
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    icon: Callable[[Any], Any] | None = None
    hidden: bool = False
    extra: dict = field(default_factory=dict)
    #: The shown text from this column's value and the values of the ``render_from``
    #: columns of the same row (e.g. an attribute value from its typed columns).
    render: Callable[..., str] | None = None
    render_from: tuple[str, ...] = ()

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in ("int", "money", "percent", "decimal"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.kind == "bool":
            return Qt.AlignmentFlag.AlignCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def translate_enum(value: enum.Enum) -> str:
    return QCoreApplication.translate("enum", value.value)


def translate_stored_enum(value: str | None, *_values) -> str:
    """A status kept as text (a reference copies its document's status): the enum's word in
    the current language, or the text as it is when it is no enum's value."""
    return QCoreApplication.translate("enum", value) if value else ""


_QT_TO_STRFTIME = (("yyyy", "%Y"), ("yy", "%y"), ("MMMM", "%B"), ("MMM", "%b"), ("MM", "%m"),
                   ("dddd", "%A"), ("ddd", "%a"), ("dd", "%d"), ("HH", "%H"), ("hh", "%I"),
                   ("mm", "%M"), ("ss", "%S"), ("AP", "%p"), ("ap", "%p"))


def _strftime(pattern: str) -> str:
    """A Qt date pattern as a strftime one (grids format thousands of cells: Python's own
    formatting is much cheaper than a QLocale call per cell)."""
    out, i = "", 0
    while i < len(pattern):
        for qt, py in _QT_TO_STRFTIME:
            if pattern.startswith(qt, i):
                out, i = out + py, i + len(qt)
                break
        else:
            single = {"d": "%-d", "M": "%-m", "H": "%-H", "h": "%-I"}.get(pattern[i])
            out, i = out + (single or pattern[i].replace("%", "%%")), i + 1
    return out


@lru_cache(maxsize=8)
def _formats(locale_name: str) -> tuple[str, str, str, str]:
    locale = QLocale(locale_name)
    return (_strftime(locale.dateFormat(QLocale.FormatType.ShortFormat)),
            _strftime(locale.dateTimeFormat(QLocale.FormatType.ShortFormat)),
            locale.decimalPoint(), locale.groupSeparator())


def _number(value, decimals: int, point: str, group: str) -> str:
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def display_number(value: Decimal) -> str:
    """A number in the user's locale with the decimals it has (3033 -> "3 033" in French,
    12.50 -> "12,5")."""
    _date, _datetime, point, group = _formats(QLocale().name())
    exponent = value.normalize().as_tuple().exponent  # a letter for NaN and infinity
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return _number(value, decimals, point, group)


def display(kind: str, value: Any) -> str:
    """The text shown for a value, in the user's locale."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return translate_enum(value)
    date_fmt, datetime_fmt, point, group = _formats(QLocale().name())
    if isinstance(value, bool):
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime(datetime_fmt)
    if isinstance(value, dt.date):
        return value.strftime(date_fmt)
    if kind in ("money", "decimal") and isinstance(value, (Decimal, float, int)):
        return _number(value, 2, point, group)
    if kind == "percent" and isinstance(value, (Decimal, float, int)):
        return _number(value, 0, point, group) + " %"
    if kind == "int" and isinstance(value, int):
        return _number(value, 0, point, group)
    return str(value)
