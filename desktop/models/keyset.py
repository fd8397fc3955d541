"""Keyset reads: a page deep in a sorted grid read from the nearest row whose sort key is known,
instead of an OFFSET that makes the database step over every row before it.

The grid's order is a list of terms (a column, its direction, where its NULLs fall) ending with
the row's id, so a key is unique. ``at_or_after(key)`` is the condition "the row comes at or
after this key in the grid's order", written so that the database seeks to the key through the
index of the first term. Keys are only used when every term is a plain column: its value comes
back from the database exactly and compares equal when bound again (a computed sum might not).

A few keys ("landmarks": the key of every LANDMARK_EVERY-th row) are read in one pass in the
background once the row count is known, so a jump anywhere reads at most LANDMARK_EVERY rows
before its page.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnElement, and_, false, func, literal, or_, select, true, union_all
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

#: a landmark every this many rows: the most rows a deep read steps over
LANDMARK_EVERY = 1000

_DIRECTIONS = {operators.desc_op: True, operators.asc_op: False}
_NULLS = {operators.nulls_last_op: "last", operators.nulls_first_op: "first"}


@dataclass(frozen=True)
class Term:
    """One term of the order: ``nulls_after``: a NULL comes after every value in this term's
    direction (PostgreSQL's NULLs sort high, SQLite's low, unless the order says)."""

    expr: Any
    descending: bool
    nulls_after: bool
    nullable: bool

    def ordered(self, expr=None):
        expr = self.expr if expr is None else expr
        return expr.desc() if self.descending else expr.asc()

    def after(self, value):
        """The term's value comes strictly after ``value``."""
        if value is None:
            return false() if self.nulls_after else self.expr.is_not(None)
        value = self.bound(value)
        beyond = self.expr < value if self.descending else self.expr > value
        return or_(beyond, self.expr.is_(None)) if self.nullable and self.nulls_after \
            else beyond

    def reached(self, value):
        """The term's value is ``value`` or after it, as an index can seek (NULLs aside)."""
        value = self.bound(value)
        return self.expr <= value if self.descending else self.expr >= value

    def equal(self, value):
        return self.expr.is_(None) if value is None else self.expr == self.bound(value)

    def bound(self, value):
        """The key's value bound with the column's type (a flag compares as any value)."""
        return literal(value, self.expr.type)


def terms(order_by: Sequence, dialect: str) -> list[Term] | None:
    """The terms of an ORDER BY list, or None when a term is not a plain column."""
    out = []
    for item in order_by:
        expr, descending, nulls = item, False, None
        while isinstance(expr, UnaryExpression) and expr.modifier in (*_DIRECTIONS, *_NULLS):
            if expr.modifier in _NULLS:
                nulls = _NULLS[expr.modifier]
            else:
                descending = _DIRECTIONS[expr.modifier]
            expr = expr.element
        column = expr.__clause_element__() if hasattr(expr, "__clause_element__") else expr
        if not isinstance(column, Column):
            return None
        # by default NULL is the highest value on PostgreSQL, the lowest on SQLite
        nulls_after = (dialect != "sqlite") != descending if nulls is None else nulls == "last"
        out.append(Term(column, descending, nulls_after, bool(column.nullable)))
    return out


def at_or_after(order: list[Term], key: Sequence) -> Any:
    """Rows at or after ``key`` (one value per term), lexicographically in the order."""
    clause: ColumnElement[bool] = true()
    for term, value in reversed(list(zip(order, key, strict=True))):
        clause = or_(term.after(value), and_(term.equal(value), clause))
    return clause


def page_from(stmt, order: list[Term], positions: Sequence[int], key: Sequence, skip: int,
              limit: int):
    """``limit`` rows of ``stmt`` from ``skip`` rows after ``key``; ``stmt`` is ordered by
    ``order`` and selects the terms' values at ``positions``. The first term bounds the read where the
    index starts; when that term's NULLs come after a non-NULL key, they are read as a second
    branch (an OR would lose the index's order and sort every row after the key)."""
    first, value = order[0], key[0]
    rest = at_or_after(order, key)
    if value is None:
        return stmt.where(first.expr.is_(None) if first.nulls_after else true(), rest) \
            .offset(skip).limit(limit)
    seek = stmt.where(first.reached(value), rest)
    if not (first.nullable and first.nulls_after):
        return seek.offset(skip).limit(limit)
    nulls = stmt.where(first.expr.is_(None))
    both = union_all(select(seek.limit(skip + limit).subquery()),
                     select(nulls.limit(skip + limit).subquery())).subquery()
    columns = list(both.c)
    keys = [columns[p] for p in positions]
    return select(both).order_by(*(term.ordered(column) for term, column in zip(
        order, keys, strict=True))).offset(skip).limit(limit)


def landmarks_statement(from_obj, where: Sequence, order: list[Term],
                        every: int = LANDMARK_EVERY):
    """(row number from 0, key...) of every ``every``-th row in the order, in one pass over
    the rows' keys."""
    numbered = select(*(t.expr for t in order), func.row_number().over(
        order_by=[t.ordered() for t in order]).label("row_number")) \
        .select_from(from_obj).where(*where).subquery()
    number = numbered.c.row_number
    return select(number - 1, *list(numbered.c)[:len(order)]).where(
        (number - 1) % every == 0).order_by(number)


class KnownKeys:
    """Row number -> key of the rows whose key is known: the landmarks and each page's first
    row. ``nearest(row)``: the closest known row at or before ``row``."""

    def __init__(self) -> None:
        self._rows: list[int] = []
        self._keys: dict[int, tuple] = {}

    def clear(self) -> None:
        self._rows.clear()
        self._keys.clear()

    def add(self, row: int, key: tuple) -> None:
        if row not in self._keys:
            bisect.insort(self._rows, row)
        self._keys[row] = key

    def nearest(self, row: int) -> tuple[int, tuple] | None:
        at = bisect.bisect_right(self._rows, row)
        if not at:
            return None
        found = self._rows[at - 1]
        return found, self._keys[found]

    def __len__(self) -> int:
        return len(self._rows)
