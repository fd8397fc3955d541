"""Selections (tdsmi0170m000): compile an expression, count and preview what it selects."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
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
    entity = ENTITY[kind]
    clause = compile_selection(session, kind, expression)
    count = session.scalar(select(func.count()).select_from(entity).where(clause)) or 0
    rows = session.execute(select(entity.code, _name(kind)).where(clause)
                           .order_by(entity.code).limit(limit)).all()
    return Preview(count, [tuple(r) for r in rows])


def compile_expression(session: Session, selection: E.Selection) -> ExpressionError | None:
    """Compile Expression (BR-SEL-02): remember whether it compiled; return the error."""
    try:
        compile_selection(session, KIND[selection.object_kind], selection.expression)
    except ExpressionError as error:
        selection.compiled_ok = False
        return error
    selection.compiled_ok = True
    return None
