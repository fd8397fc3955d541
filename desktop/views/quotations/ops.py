"""The user's actions on sales quotations and their lines, as plain functions of a database
session and plain values, run by the windows through Op and Query."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.crm.quotations import quotation_totals
from desktop.views.shapes.ops import RecordHooks, plain_values


def quotation_values(session: Session, obj, fields: tuple[str, ...]) -> dict[str, Any]:
    """The header's fields and the totals of its lines (net, tax, with tax)."""
    values = plain_values(session, obj, fields)
    totals = quotation_totals(session, obj.id)
    values.update(total_net=totals.net, total_tax=totals.tax, total_gross=totals.gross)
    return values


HOOKS = RecordHooks(read_values=quotation_values)


def totals(session: Session, quotation_id: int):
    """The quotation's totals (net, tax, with tax), after its lines changed."""
    return quotation_totals(session, quotation_id)
