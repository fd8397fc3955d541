"""Column descriptions for the SQL-backed grids: what to select, how to show and edit it."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
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

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in ("int", "money", "percent", "decimal"):
            return Qt.AlignRight | Qt.AlignVCenter
        if self.kind == "bool":
            return Qt.AlignCenter
        return Qt.AlignLeft | Qt.AlignVCenter


def translate_enum(value: enum.Enum) -> str:
    return QCoreApplication.translate("enum", value.value)


def display(kind: str, value: Any) -> str:
    """The text shown for a value, in the user's locale."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, enum.Enum):
        return translate_enum(value)
    if kind == "money" and isinstance(value, (Decimal, float, int)):
        return locale.toString(float(value), "f", 2)
    if kind == "percent" and isinstance(value, (Decimal, float, int)):
        return locale.toString(float(value), "f", 0) + " %"
    if kind == "decimal" and isinstance(value, (Decimal, float, int)):
        return locale.toString(float(value), "f", 2)
    if kind == "int" and isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, dt.datetime):
        local = value.astimezone()
        return locale.toString(local.replace(tzinfo=None), QLocale.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(value, QLocale.ShortFormat)
    if isinstance(value, bool):
        return ""
    return str(value)
