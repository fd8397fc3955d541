"""A report's rows with its breaks (BR-REP-02..04): the sorted rows in, the lines to print
out, with a subtotal at each change of a higher sort field, a new page where a field marked
New page changes, and the grand total at the end. Rows are walked once and never kept."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, NamedTuple

from desktop.crm.reports.columns import ReportColumn

ZERO = Decimal(0)


class Line(NamedTuple):
    values: tuple


class Subtotal(NamedTuple):
    """The sums of the group whose sort field ``column`` held ``value``; ``level`` 0 is the
    first sort field. ``sums`` has a sum for each column that adds up at this level."""
    level: int
    column: int
    value: Any
    sums: dict[int, Decimal]
    rows: int


class Total(NamedTuple):
    sums: dict[int, Decimal]
    rows: int


class NewPage(NamedTuple):
    pass


NEW_PAGE = NewPage()
Item = Line | Subtotal | Total | NewPage


class Breaks:
    """Which columns sort, break the page and add up, at which level."""

    def __init__(self, columns: list[ReportColumn]) -> None:
        self.sort = [i for i, c in enumerate(columns) if c.sort]
        # a subtotal column adds up at the change of every sort field above it: all of them,
        # or, for a column that is itself sorted, those before it (BR-REP-03)
        self.level_sums = [[i for i, c in enumerate(columns) if c.subtotal and c.numeric and
                            (i not in self.sort or self.sort.index(i) > level)]
                           for level in range(len(self.sort))]
        self.totals = [i for i, c in enumerate(columns) if c.total and c.numeric]
        self.page_levels = [level for level, i in enumerate(self.sort) if columns[i].new_page]
        self.numeric = sorted({*self.totals, *(i for sums in self.level_sums for i in sums)})


def report_items(columns: list[ReportColumn], rows: Iterable[tuple]) -> Iterator[Item]:
    """The lines to print for ``rows``, which come sorted by the sort columns."""
    breaks = Breaks(columns)
    sort, numeric = breaks.sort, breaks.numeric
    sums = [dict.fromkeys(level, ZERO) for level in breaks.level_sums]
    counts = [0] * len(sort)
    grand = dict.fromkeys(breaks.totals, ZERO)
    total_rows = 0
    previous: tuple | None = None
    for row in rows:
        key = tuple(row[i] for i in sort)
        if previous is not None and key != previous:
            changed = next(level for level, (a, b) in enumerate(zip(key, previous, strict=True)) if a != b)
            yield from _closed(breaks, previous, sums, counts, changed)
            if any(level >= changed for level in breaks.page_levels):
                yield NEW_PAGE
        for index in numeric:
            value = row[index]
            if value is None:
                continue
            value = value if isinstance(value, Decimal) else Decimal(str(value))
            for level_sums in sums:
                if index in level_sums:
                    level_sums[index] += value
            if index in grand:
                grand[index] += value
        counts = [n + 1 for n in counts]
        total_rows += 1
        previous = key
        yield Line(tuple(row))
    if previous is not None:
        yield from _closed(breaks, previous, sums, counts, 0)
    if breaks.totals:
        yield Total(grand, total_rows)


def _closed(breaks: Breaks, key: tuple, sums: list[dict], counts: list[int],
            changed: int) -> Iterator[Subtotal]:
    """The subtotals of the groups that end, the innermost first; their sums start again."""
    for level in reversed(range(changed, len(breaks.sort))):
        if breaks.level_sums[level]:
            yield Subtotal(level, breaks.sort[level], key[level], dict(sums[level]),
                           counts[level])
        sums[level] = dict.fromkeys(sums[level], ZERO)
        counts[level] = 0
