"""A condition on a related object's field or on an attribute, compiled as a semi-join: the ids
of the objects whose value satisfies the condition are selected once, and the record's link is
looked up among them, where a correlated subquery would read the value again for each record.

LN has no NULL (BR-SEL-01, -12, -16): a missing related object, an empty field and a missing
attribute value all read as the empty value of their type. So when the empty value satisfies
the condition, a record qualifies unless its object has a value that does not; otherwise it
qualifies only when its object has a value that does. Either way the clause is TRUE or FALSE,
never NULL, so ``not`` selects exactly what it leaves out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, not_, or_

Predicate = Callable[[Any], Any]


@dataclass(frozen=True)
class Matcher:
    """``link``: the record's column naming the object (or the record's own id); ``ids``: a
    select of the objects that hold a value, ``key`` their id column in it; ``value``: that
    value, filled with its type's empty value, in the terms of ``ids``. ``correlated``: the
    objects are looked up for each record (EXISTS, as one writes it for attributes: a
    record's own filters usually leave few, and the attribute's values are many) rather than
    selected once (IN, as a join reads a related table)."""

    link: Any
    ids: Any
    key: Any
    value: Any
    correlated: bool = False

    def matching(self, predicate: Predicate, empty_matches: bool) -> Any:
        """The records whose object's value satisfies ``predicate`` (``empty_matches``: what
        the empty value gives)."""
        if self.correlated:  # an object that is missing finds no row: EXISTS is false
            mine = self.ids.where(self.key == self.link)
            if empty_matches:
                return not_(exists(mine.where(not_(predicate(self.value)))))
            return exists(mine.where(predicate(self.value)))
        nullable = getattr(self.link, "nullable", True)
        if empty_matches:
            differ = self.link.in_(self.ids.where(not_(predicate(self.value))))
            return or_(self.link.is_(None), not_(differ)) if nullable else not_(differ)
        agree = self.link.in_(self.ids.where(predicate(self.value)))
        return and_(self.link.is_not(None), agree) if nullable else agree


def link_column(expression) -> Any | None:
    """The link as a plain column (a foreign key or the record's id), or None when the object
    is found by a subquery (a partner's primary contact): that one stays a subquery."""
    column = getattr(expression, "expression", expression)
    column = column.__clause_element__() if hasattr(column, "__clause_element__") else column
    return column if getattr(column, "table", None) is not None else None
