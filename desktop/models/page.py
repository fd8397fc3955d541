"""A page of a SQL grid: its rows as read and the texts a view shows for them, formatted once
when the page is read (on the task pool, beside the query), so that painting a cell is a lookup.

A row is ``(id, version, value per column..., sort key...)``; ``texts[offset][column]`` is the
shown text of a column's value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.models.columns import Column, display

Formatter = Callable[[tuple], str]


class Page:
    __slots__ = ("rows", "texts")

    def __init__(self, rows: list[tuple], texts: list[tuple[str, ...]]) -> None:
        self.rows = rows
        self.texts = texts


def formatters(columns: Sequence[Column]) -> list[Formatter]:
    """For each column, the function from a row to the column's shown text; each is new for
    a page (it remembers the texts it made: statuses, types and dates repeat down a page)."""
    keys = [c.key for c in columns]
    out: list[Formatter] = []
    for position, column in enumerate(columns, 2):
        if column.render is not None:
            sources = tuple(keys.index(k) + 2 for k in column.render_from)
            out.append(_rendered(column.render, position, sources))
        else:
            out.append(_shown(column.kind, position))
    return out


def _rendered(render: Callable[..., str], position: int, sources: tuple[int, ...]) -> Formatter:
    return lambda row: render(row[position], *(row[p] for p in sources))


def _shown(kind: str, position: int) -> Formatter:
    made: dict = {}

    def text(row: tuple) -> str:
        value = row[position]
        if type(value) is str:  # noqa: E721 - exactly a str: shown as it is
            return value
        try:
            found = made.get(value)
        except TypeError:  # unhashable: made each time
            return display(kind, value)
        if found is None:
            found = made[value] = display(kind, value)
        return found
    return text


def format_page(rows: list[tuple], columns: Sequence[Column]) -> Page:
    """The page of ``rows`` with every shown text formatted once."""
    shown = formatters(columns)
    return Page(rows, [tuple([f(row) for f in shown]) for row in rows])
