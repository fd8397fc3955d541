"""The user's actions on selections, as plain functions of a database session and plain
values, run by the windows through Op and Query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.views.shapes.ops import RecordHooks


def selection_expression(session: Session, obj) -> dict:
    """The expression, which its editor shows beside the form."""
    return {"expression": obj.expression}


HOOKS = RecordHooks(read_extra=selection_expression)
