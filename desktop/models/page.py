"""A page of a SQL grid: its rows as read and the texts a view shows for them, formatted once
when the page is read (on the task pool, beside the query), so that painting a cell is a lookup.

A row is ``(id, version, value per column..., sort key...)``; ``texts[offset][column]`` is the
shown text of a column's value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from desktop.models.columns import Column, display


class Page:
    __slots__ = ("rows", "texts")

    def __init__(self, rows: list[tuple], texts: list[tuple[str, ...]]) -> None:
        self.rows = rows
        self.texts = texts


def format_page(rows: Sequence[tuple], columns: Sequence[Column]) -> Page:
    """The page of ``rows`` with every shown text formatted once, a column at a time."""
    keys = [c.key for c in columns]
    texts = []
    for position, column in enumerate(columns, 2):
        if column.render is not None:
            sources = tuple(keys.index(k) + 2 for k in column.render_from)
            texts.append(_rendered(rows, column.render, position, sources))
        else:
            texts.append(_shown(rows, column.kind, position))
    return Page(list(rows), list(zip(*texts, strict=True)))


def _rendered(rows: Sequence[tuple], render: Callable[..., str], position: int,
              sources: tuple[int, ...]) -> list[str]:
    return [render(row[position], *(row[p] for p in sources)) for row in rows]


def _shown(rows: Sequence[tuple], kind: str, position: int) -> list[str]:
    """The texts of one column; a value met again down the page (a status, a type, a date)
    is formatted once. Text is shown as it is."""
    made: dict = {}
    out = []
    for row in rows:
        value = row[position]
        if type(value) is str:  # exactly a str
            out.append(value)
            continue
        key = id(value) if isinstance(value, Enum) else value  # members are singletons
        try:
            found = made.get(key)
            if found is None:
                found = made[key] = display(kind, value)
        except TypeError:  # unhashable: made each time
            found = display(kind, value)
        out.append(found)
    return out
