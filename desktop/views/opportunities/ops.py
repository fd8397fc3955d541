"""The user's actions on opportunities, their items, contacts and references, as plain
functions of a database session and plain values (ids, versions, form values). The windows
run them through Op, Query and the batch runner; none touches a widget."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import entities as E, opportunities as O
from desktop.crm.batch import BatchJob, ReportLine
from desktop.crm.db.unit_of_work import get_current
from desktop.crm.enums import BatchRunKind, OpportunityStatus
from desktop.crm.quotations import generate_quotation as generate
from desktop.views.shapes.ops import RecordHooks, SaveContext

Opp = E.Opportunity


# -- the opportunity ------------------------------------------------------------------------
def new_defaults(session: Session, employee_id: int | None) -> dict[str, Any]:
    """What a new opportunity shows before anything is typed (assigned to me, my process)."""
    return O.new_opportunity_defaults(session, employee_id)


def save_opportunity(session: Session, obj, values: dict, context: SaveContext):
    """The detail's save: a new opportunity with its draft item lines, or the changes."""
    if obj is None:
        items = values.pop("items", [])
        result = O.new_opportunity(session, values, context.employee_id, items)
    else:
        result = O.save_opportunity(session, obj, values, context.confirmed)
    context.warnings.extend(result.warnings)
    return result.opportunity


HOOKS = RecordHooks(save_values=save_opportunity)


def partner_currency(session: Session, partner_id: int | None) -> str | None:
    return O.partner_currency(session, partner_id)


def generate_quotation(session: Session, opportunity_id: int) -> tuple[str, int, int]:
    """A sales quotation from the selected items: its code, id and number of lines."""
    quotation = generate(session, opportunity_id)
    return quotation.code, quotation.id, len(quotation.lines)


# -- the overview ---------------------------------------------------------------------------
def forecast(session: Session, where: list, from_obj) -> O.Forecast:
    return O.forecast(session.connection(), where, from_obj)


def phase_choices(session: Session, opportunity_id: int) -> list[tuple[Any, str]]:
    return [(None, "")] + O.phase_choices(session, opportunity_id)


def change_status(session: Session, opportunity_id: int, version: int,
                  status: OpportunityStatus, confirmed: bool = False) -> None:
    O.change_status(session, get_current(session, Opp, opportunity_id, version), status,
                    confirmed)


def change_phase(session: Session, opportunity_id: int, version: int, phase_id: int | None,
                 confirmed: bool = False) -> None:
    O.change_phase(session, get_current(session, Opp, opportunity_id, version), phase_id)


def assign_to(session: Session, opportunity_ids: list[int], employee_id: int | None) -> None:
    for opportunity_id in opportunity_ids:
        O.assign_to(session, session.get(Opp, opportunity_id), employee_id)


class RecalculatePricesJob(BatchJob):
    """Re-prices the item lines whose price was not typed, on the open opportunities the
    form selects (BR-ITM-01)."""

    kind = BatchRunKind.RECALCULATE_PRICES

    def targets(self, session: Session) -> list:
        values, where = self.values, []
        if values.get("code_from"):
            where.append(Opp.code >= values["code_from"])
        if values.get("code_to"):
            where.append(Opp.code <= values["code_to"])
        for name in ("sold_to_bp_id", "assigned_to_id"):
            if values.get(name) is not None:
                where.append(getattr(Opp, name) == values[name])
        return O.reprice_targets(session, where)

    def process(self, session: Session, target, simulate: bool) -> ReportLine:
        return O.reprice_one(session, target, simulate)


# -- item lines -----------------------------------------------------------------------------
def item_revenue(session: Session, opportunity_id: int) -> Decimal:
    return O.item_revenue(session, opportunity_id)


def preview_items(session: Session, lines: list[dict], close: dt.date | None) -> list[dict]:
    """The draft lines of a new opportunity, priced as they will be."""
    return O.preview_items(session, lines, close)


def set_item_selected(session: Session, line_id: int, version: int, value: bool) -> None:
    line = get_current(session, E.OpportunityItem, line_id, version)
    O.set_selected(session, line.opportunity, [line_id], value)


def select_all_items(session: Session, opportunity_id: int, value: bool) -> None:
    O.set_selected(session, session.get(Opp, opportunity_id), None, value)


def reprice_items(session: Session, opportunity_id: int) -> None:
    O.reprice(session, session.get(Opp, opportunity_id))


def save_item_line(session: Session, opp, line, values: dict) -> None:
    """A price left as read, or emptied, is the item's price again (not a typed one)."""
    if line is not None and values.get("price") == line.price:
        values.pop("price")
    elif values.get("price") is None:
        values.pop("price", None)
    O.save_item(session, opp, line, values)


def referenced_quotation(session: Session, reference_id: int) -> int | None:
    return O.referenced_quotation(session, reference_id)
