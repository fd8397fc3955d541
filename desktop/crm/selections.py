"""Selections (tdsmi0170m000): compile an expression, count and preview what it selects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import table_of
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.expressions import ExpressionError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.expressions.compiler import compile_selection

KIND = {BusinessObjectKind.BUSINESS_PARTNER: "bp", BusinessObjectKind.CONTACT: "contact",
        BusinessObjectKind.OPPORTUNITY: "opportunity", BusinessObjectKind.ACTIVITY: "activity"}


@dataclass
class Preview:
    count: int
    first: list[tuple[str, str]]  # (code, name)


def _name(kind: str):
    return {"bp": E.BusinessPartner.name, "contact": E.Contact.last_name,
            "opportunity": E.Opportunity.description, "activity": E.Activity.subject}[kind]


def preview(session: Session, object_kind: BusinessObjectKind, expression: str,
            limit: int = 10) -> Preview:
    """How many records the expression selects, and the first ones (raises ExpressionError)."""
    kind = KIND[object_kind]
    table = table_of(ENTITY[kind])
    clause = compile_selection(session, kind, expression)
    connection = _flushed(session)
    count = connection.scalar(select(func.count()).select_from(table).where(clause)) or 0
    name = table.c[_name(kind).key]
    rows = connection.execute(select(table.c.code, name).where(clause)
                              .order_by(table.c.code).limit(limit)).all()
    return Preview(count, [tuple(r) for r in rows])


def selected_codes(session: Session, kind: str, expression: str,
                   today: dt.date | None = None) -> list[str]:
    """The codes of the records the expression selects, in code order (raises
    ExpressionError). Run through Core on the session's connection: only codes come back,
    so the ORM's per-row work would be pure cost (the selection benchmark measures this)."""
    code = table_of(ENTITY[kind]).c.code
    clause = compile_selection(session, kind, expression, today)
    return list(_flushed(session).scalars(select(code).where(clause).order_by(code)).all())


def selected_count(session: Session, kind: str, expression: str) -> int:
    """How many records the expression selects (raises ExpressionError)."""
    clause = compile_selection(session, kind, expression)
    table = table_of(ENTITY[kind])
    return _flushed(session).scalar(select(func.count()).select_from(table).where(clause)) or 0


def _flushed(session: Session):
    """The session's connection once pending changes are written, as the ORM's own queries
    would have autoflushed them."""
    session.flush()
    return session.connection()


def compile_expression(session: Session, selection: E.Selection) -> ExpressionError | None:
    """Compile Expression (BR-SEL-02): remember whether it compiled; return the error."""
    try:
        compile_selection(session, KIND[selection.object_kind], selection.expression)
    except ExpressionError as error:
        selection.compiled_ok = False
        return error
    selection.compiled_ok = True
    return None
