"""The user's actions on selections, as plain functions of a database session and plain
values, run by the windows through Op and Query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.attributes import attribute_names  # noqa: F401 - run by the editor
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.expressions import ExpressionError
from desktop.crm.selections import compile_expression, preview
from desktop.views.shapes.ops import RecordHooks


def selection_expression(session: Session, obj) -> dict:
    """The expression, which its editor shows beside the form."""
    return {"expression": obj.expression}


HOOKS = RecordHooks(read_extra=selection_expression)


def preview_selection(session: Session, generation: int, kind: BusinessObjectKind,
                      expression: str) -> tuple:
    """(generation, the count and first records, or the error): the preview as typed."""
    try:
        return generation, preview(session, kind, expression), None
    except ExpressionError as error:
        return generation, None, error


def compile_selection(session: Session, kind: BusinessObjectKind,
                      expression: str) -> ExpressionError | None:
    """Compile Expression (BR-SEL-02): the error with its line and column, or None."""
    return compile_expression(session, E.Selection(object_kind=kind, expression=expression))
