"""What a lookup field (LN's "zoom") reads: the records a typed text suggests, the one it
names, and how a record is shown. Plain functions of a connection, run on a worker thread.

Matching ignores case and accents on both databases. A text names a record when it is its
code (ignoring case), else the whole name of one record only, else a part of one record's
code or name only; several matches name none. Each suggestion carries what tells two alike
apart (a partner's city and status, an item's price, a contact's partner) and whether it is
one of the context's preferred records (the partner's contacts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, func, literal, or_, select

from desktop.crm import entities as E
from desktop.crm.text_search import contains, fold, folded

SUGGESTIONS = 15


@dataclass
class LookupSpec:
    entity: type
    label_attr: str = "description"
    code_attr: str = "code"
    where: list = field(default_factory=list)
    #: a condition for the records shown first (this partner's contacts)
    prefer: Any = None

    def code_col(self):
        return getattr(self.entity, self.code_attr)

    def label_col(self):
        return getattr(self.entity, self.label_attr)

    def first_order(self) -> list:
        return [] if self.prefer is None else [case((self.prefer, 0), else_=1)]

    def narrowed(self, where: list | None = None, prefer=None) -> LookupSpec:
        """The same lookup within a context: more conditions, other records first."""
        return LookupSpec(self.entity, self.label_attr, self.code_attr,
                          self.where + list(where or []), prefer)


@dataclass(frozen=True)
class Choice:
    """A record as a lookup shows it."""

    id: int
    code: str
    label: str
    detail: tuple = ()
    preferred: bool = False


@dataclass(frozen=True)
class Resolution:
    """What a typed text names: ``choice``, or how many records it matches (0 or several)."""

    choice: Choice | None
    matches: int


def _details(entity: type) -> list:
    """What tells two records of ``entity`` alike apart, as SQL expressions."""
    if entity is E.BusinessPartner:
        return [E.BusinessPartner.city, E.BusinessPartner.status]
    if entity is E.Item:
        return [E.Item.base_price, E.Item.currency]
    if entity is E.Contact:
        partner = E.BusinessPartner
        return [select(partner.name).where(partner.id == E.Contact.business_partner_id)
                .scalar_subquery()]
    return []


def _read(conn: Connection, spec: LookupSpec, condition, limit: int) -> list[Choice]:
    details = _details(spec.entity)
    preferred = spec.prefer if spec.prefer is not None else literal(False)
    stmt = (select(spec.entity.id, spec.code_col(), spec.label_col(), preferred, *details)
            .where(condition, *spec.where)
            .order_by(*spec.first_order(), spec.code_col()).limit(limit))
    return [Choice(row[0], row[1] or "", row[2] or "", tuple(_plain(v) for v in row[4:]),
                   bool(row[3])) for row in conn.execute(stmt)]


def _plain(value: Any) -> Any:
    """Enums by their value (a status), amounts as Decimal; what crosses to the GUI."""
    return getattr(value, "value", value) if not isinstance(value, Decimal) else value


def matching(spec: LookupSpec, text: str):
    return or_(contains(spec.code_col(), text), contains(spec.label_col(), text))


def suggestions(conn: Connection, spec: LookupSpec, text: str,
                limit: int = SUGGESTIONS) -> list[Choice]:
    """Records whose code or name contains ``text``, the preferred first, by code."""
    text = text.strip()
    return _read(conn, spec, matching(spec, text), limit) if text else []


def resolve(conn: Connection, spec: LookupSpec, text: str) -> Resolution:
    """The record ``text`` names, if exactly one does (see the module's rules)."""
    text = text.strip()
    for condition in (func.lower(spec.code_col()) == text.lower(),
                      folded(spec.label_col()) == fold(text), matching(spec, text)):
        found = _read(conn, spec, condition, 2)
        if len(found) == 1:
            return Resolution(found[0], 1)
        if found:
            return Resolution(None, len(found))
    return Resolution(None, 0)


def describe(conn: Connection, spec: LookupSpec, record_id: int) -> Choice | None:
    """The record as the lookup shows it, or None when it is not one of its choices (deleted,
    or outside the lookup's scope)."""
    found = _read(conn, spec, spec.entity.id == record_id, 1)
    return found[0] if found else None
