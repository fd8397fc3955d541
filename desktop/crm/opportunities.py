"""Opportunities: defaults at creation, status and phase rules, items, contacts, references and
forecast figures (domain.md 3.1-3.3, BR-OPP-*, BR-ITM-*, BR-FC-*, BR-OC-*, BR-REF-*)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select, update
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.attributes import attach_set
from desktop.crm.db.base import current_user
from desktop.crm.db.records import apply_values, existing
from desktop.crm.db.types import unscaled
from desktop.crm.deletion import delete_record
from desktop.crm.enums import (
    CLOSED_OPPORTUNITY_STATUSES,
    AttributeObjectKind,
    OpportunityStatus as S,
    ReferenceType,
)
from desktop.crm.errors import ConfirmationRequired, CrmError, NotAllowedError, ValidationError
from desktop.crm.numbering import next_number
from desktop.crm.parameters import crm_parameters, user_defaults
from desktop.crm.references import (  # noqa: F401 - part of the opportunity API
    add_reference,
    delete_reference,
    update_reference,
)
from desktop.crm.sales_processes import phase_probability

#: Statuses in which items may not be added or changed and no quotation generated (BR-ITM-05,
#: BR-GQ-01): Dead, Won, Lost, Canceled.
FROZEN = frozenset({S.DEAD, S.WON, S.LOST, S.CANCELED})
CREATION_STATUSES = (S.PRELIMINARY, S.IN_PROCESS, S.DEAD)
HUNDRED = Decimal(100)


@dataclass
class SaveResult:
    opportunity: E.Opportunity
    warnings: list[CrmError] = field(default_factory=list)


# -- creation and maintenance ------------------------------------------------------------------
def new_opportunity_defaults(session: Session, employee_id: int | None) -> dict[str, Any]:
    """What a new opportunity starts with, shown in the form before the first save
    (BR-OPP-01..06): assigned to the user, the user's (else the CRM parameters') sales
    process with its first phase, type and origin, the home currency, in the forecast."""
    params = crm_parameters(session)
    mine = user_defaults(session, current_user(session))
    values: dict[str, Any] = {"status": S.PRELIMINARY, "assigned_to_id": employee_id,
                              "currency": params.home_currency or "EUR",
                              "include_in_forecast": True}
    for name in ("sales_process_id", "opportunity_type_id", "origin_id"):
        values[name] = getattr(mine, f"default_{name}", None) or getattr(params,
                                                                         f"default_{name}")
    first = session.execute(
        select(E.SalesProcessPhase.phase_id, E.SalesProcessPhase.probability_pct)
        .where(E.SalesProcessPhase.sales_process_id == values["sales_process_id"])
        .order_by(E.SalesProcessPhase.sequence).limit(1)).first()
    if first is not None:
        values["phase_id"], values["probability_pct"] = first
    return values


def partner_currency(session: Session, partner_id: int | None) -> str | None:
    """The currency an opportunity of this partner is in (the partner's)."""
    partner = session.get(E.BusinessPartner, partner_id) if partner_id else None
    return partner.currency if partner is not None and partner.currency else None


def new_opportunity(session: Session, values: dict[str, Any], employee_id: int | None,
                    items: Sequence[dict[str, Any]] = ()) -> SaveResult:
    """A new opportunity with its number, defaults (BR-OPP-01..06, BR-OPP-20) and the item
    lines entered before the first save, all in the caller's transaction."""
    values = dict(values)
    status = values.get("status") or S.PRELIMINARY
    if status not in CREATION_STATUSES:
        raise ValidationError("A new opportunity can only be Preliminary, In Process or Dead.",
                              field="status")
    params = crm_parameters(session)
    defaults = new_opportunity_defaults(session, employee_id)
    for name in ("sales_process_id", "opportunity_type_id", "origin_id", "assigned_to_id"):
        values[name] = values.get(name) or defaults[name]
    if not (values.get("code") or "").strip():
        if params.opportunity_series_id is None:
            raise ValidationError("Enter an opportunity number, or set the opportunity number "
                                  "series in the CRM parameters.", field="code")
        values["code"] = next_number(session, params.opportunity_series_id)
    values["currency"] = values.get("currency") or partner_currency(
        session, values.get("sold_to_bp_id")) or defaults["currency"]
    opp = E.Opportunity(status=status)
    result = save_opportunity(session, opp, values)
    session.flush()
    for line in items:
        save_item(session, opp, None, dict(line))
    mine = user_defaults(session, current_user(session))
    attribute_set = (mine and mine.default_attribute_set_opportunity) or \
        params.default_attribute_set_opportunity
    if attribute_set is not None:
        attach_set(session, AttributeObjectKind.P, opp.id, attribute_set)
    return result


def preview_items(session: Session, lines: list[dict[str, Any]],
                  close_date: dt.date | None) -> list[dict[str, Any]]:
    """Item lines not yet saved as they will be: code, description, unit, price (typed or the
    item's), amount (BR-ITM-01..03); for the Items tab of a new opportunity."""
    shown = []
    for line in lines:
        item = session.get(E.Item, line.get("item_id")) if line.get("item_id") else None
        if item is None:
            raise ValidationError("Choose an item.", field="item_id")
        price = line.get("price") if line.get("price") is not None else price_for(item,
                                                                                   close_date)
        qty = line.get("ordered_qty") or Decimal(0)
        shown.append({"item": item.code, "description": item.description,
                      "selected": line.get("selected", True),
                      "qty": qty, "unit": line.get("order_unit") or item.sales_unit,
                      "price": price, "currency": item.currency,
                      "amount": line_amount(qty, price, line.get("discount_pct"),
                                            line.get("discount_amount"))})
    return shown


def save_opportunity(session: Session, opp: E.Opportunity, values: dict[str, Any],
                     confirm_reopen: bool = False, today: dt.date | None = None) -> SaveResult:
    """Apply an edit of the header with every rule; nothing is committed."""
    today = today or clock.today()
    values = dict(values)
    new_status = values.get("status") or opp.status
    if opp.status in CLOSED_OPPORTUNITY_STATUSES and new_status != opp.status:
        _change_status(session, opp, opp.status, new_status, confirm_reopen, today)  # checks
    old: dict[str, Any] = {"status": opp.status, "phase_id": opp.phase_id,
           "sales_process_id": opp.sales_process_id, "probability_pct": opp.probability_pct,
           "expected_close_date": opp.expected_close_date}
    new_status = values.pop("status", opp.status) or opp.status
    typed_probability = "probability_pct" in values and \
        values["probability_pct"] != old["probability_pct"]
    apply_values(session, opp, values)
    _check_process_and_phase(session, opp, old, typed_probability)
    if new_status != old["status"]:
        _change_status(session, opp, old["status"], new_status, confirm_reopen, today)
    _check_probability(opp.probability_pct)
    if old["expected_close_date"] != opp.expected_close_date and opp.id is not None:
        reprice(session, opp)
    return SaveResult(opp, _warnings(opp))


def _check_process_and_phase(session: Session, opp: E.Opportunity, old: dict,
                             typed_probability: bool) -> None:
    process = session.get(E.SalesProcess, opp.sales_process_id) if opp.sales_process_id \
        else None
    if process is None:
        raise ValidationError("Sales process is required.", field="sales_process_id")
    if opp.sales_process_id != old["sales_process_id"]:
        if not process.active:
            raise ValidationError("The sales process {code} is not active; choose an active "
                                  "one.", field="sales_process_id", code=process.code)
        if old["sales_process_id"] is not None and opp.phase_id == old["phase_id"]:
            opp.phase_id = None  # BR-OPP-13: the old phase belongs to the old process
    if opp.phase_id is None:
        return
    probability = phase_probability(session, opp.sales_process_id, opp.phase_id)
    in_process = session.scalar(select(func.count()).select_from(E.SalesProcessPhase).where(
        E.SalesProcessPhase.sales_process_id == opp.sales_process_id,
        E.SalesProcessPhase.phase_id == opp.phase_id))
    if not in_process:
        raise ValidationError("This phase is not a phase of the sales process {code}.",
                              field="phase_id", code=process.code)
    if opp.phase_id != old["phase_id"] and not typed_probability and probability is not None:
        opp.probability_pct = probability  # BR-OPP-11


def _check_probability(value: Decimal | None) -> None:
    if value is not None and not Decimal(0) <= value <= HUNDRED:
        raise ValidationError("The probability must be between 0 and 100 %.",
                              field="probability_pct")


def _change_status(session: Session, opp: E.Opportunity, old: S, new: S, confirm: bool,
                   today: dt.date) -> None:
    if old in CLOSED_OPPORTUNITY_STATUSES:
        if new is not S.IN_PROCESS:
            raise NotAllowedError("A {old_label} opportunity can only be reopened, to In "
                                  "Process.", old_label=old.value)
        if not confirm:
            raise ConfirmationRequired("Opportunity {code} is {old_label}. Reopen it?",
                                       code=opp.code, old_label=old.value)
        opp.end_date = None  # BR-OPP-17
    opp.status = new
    if new in (S.IN_PROCESS, S.DEAD) and opp.sales_office_id is None and opp.assigned_to_id:
        rep = session.get(E.Employee, opp.assigned_to_id)
        opp.sales_office_id = rep.default_sales_office_id if rep else None  # BR-OPP-07
    if new in CLOSED_OPPORTUNITY_STATUSES:
        opp.end_date = opp.end_date or today  # BR-OPP-14
        opp.probability_pct = HUNDRED if new is S.WON else Decimal(0)  # BR-OPP-15


def _warnings(opp: E.Opportunity) -> list[CrmError]:
    found = []
    if opp.expected_close_date and opp.first_contact_date and \
            opp.expected_close_date < opp.first_contact_date:
        found.append(CrmError("The expected close date is before the first contact date."))
    return found


def change_status(session: Session, opp: E.Opportunity, status: S,
                  confirm_reopen: bool = False) -> SaveResult:
    return save_opportunity(session, opp, {"status": status}, confirm_reopen)


def change_phase(session: Session, opp: E.Opportunity, phase_id: int | None) -> SaveResult:
    return save_opportunity(session, opp, {"phase_id": phase_id})


def assign_to(session: Session, opp: E.Opportunity, employee_id: int | None) -> None:
    """Assign to me (BR-OPP-05) or to a chosen employee."""
    if employee_id is None:
        raise ValidationError("No employee is linked to your user; choose one in Settings.")
    opp.assigned_to_id = employee_id


def delete_opportunity(session: Session, opp: E.Opportunity) -> None:
    """Only a Preliminary opportunity without quotations may go (Q-OPP-7); else cancel it."""
    has_quotation = any(r.type is ReferenceType.SALES_QUOTATION for r in opp.references)
    if opp.status is not S.PRELIMINARY or has_quotation:
        raise NotAllowedError("Only a Preliminary opportunity without quotations can be "
                              "deleted; set {code} to Canceled instead.", code=opp.code)
    delete_record(session, opp)


# -- items --------------------------------------------------------------------------------------
def _editable(opp: E.Opportunity) -> None:
    if opp.status in FROZEN:
        raise NotAllowedError("Items cannot be added or changed for status {status_label}.",
                              status_label=opp.status.value)


def line_amount(qty: Decimal, price: Decimal | None, discount_pct: Decimal | None,
                discount_amount: Decimal | None) -> Decimal:
    """Net line amount (BR-ITM-03): qty x price x (1 - discount %) - discount amount."""
    gross = qty * (price or Decimal(0)) * (1 - (discount_pct or Decimal(0)) / HUNDRED)
    return (gross - (discount_amount or Decimal(0))).quantize(Decimal("0.01"))


def price_for(item: E.Item, on: dt.date | None) -> Decimal:
    """The item price on a date (BR-ITM-01); this application's pricing is the base price."""
    return item.base_price


def save_item(session: Session, opp: E.Opportunity, line: E.OpportunityItem | None,
              values: dict[str, Any]) -> E.OpportunityItem:
    """Add (line None) or change an item line, priced unless the price was typed."""
    _editable(opp)
    with session.no_autoflush:  # the new line is incomplete until the end
        return _save_item(session, opp, line, values)


def _save_item(session: Session, opp: E.Opportunity, line: E.OpportunityItem | None,
               values: dict[str, Any]) -> E.OpportunityItem:
    values = dict(values)
    if line is None:
        line = E.OpportunityItem(opportunity=opp, selected=values.pop("selected", True))
        if not values.get("position"):
            values["position"] = (max((i.position for i in opp.items if i is not line),
                                      default=0) // 10 + 1) * 10
    item = session.get(E.Item, values.get("item_id", line.item_id)) if \
        values.get("item_id", line.item_id) else None
    if item is None:
        raise ValidationError("Choose an item.", field="item_id")
    typed_price = "price" in values and values["price"] is not None and \
        values["price"] != line.price
    qty = values.get("ordered_qty", line.ordered_qty)
    if qty is None or qty <= 0:
        raise ValidationError("The quantity must be greater than zero.", field="ordered_qty")
    for name in ("discount_pct",):
        value = values.get(name)
        if value is not None and not Decimal(0) <= value <= HUNDRED:
            raise ValidationError("The discount must be between 0 and 100 %.", field=name)
    values.setdefault("order_unit", line.order_unit or item.sales_unit)
    values["order_unit"] = values["order_unit"] or item.sales_unit
    apply_values(session, line, values)
    if typed_price:
        line.manual_price = True  # BR-ITM-02
    if not line.manual_price:
        line.price = price_for(item, opp.expected_close_date)
        line.price_currency, line.price_unit = item.currency, item.sales_unit
    line.amount = line_amount(line.ordered_qty, line.price, line.discount_pct,
                              line.discount_amount)
    return line


def set_selected(session: Session, opp: E.Opportunity, line_ids: list[int] | None,
                 selected: bool) -> None:
    """Tick or untick Select on some lines (None: all of them)."""
    _editable(opp)
    for line in opp.items:
        if line_ids is None or line.id in line_ids:
            line.selected = selected


def delete_item(session: Session, line: E.OpportunityItem) -> None:
    _editable(line.opportunity)
    line.opportunity.items.remove(line)  # delete-orphan: gone at the next flush


def reprice(session: Session, opp: E.Opportunity) -> int:
    """Recalculate the lines whose price was not typed (BR-ITM-01); returns how many changed."""
    changed = 0
    for line in opp.items:
        if line.manual_price:
            continue
        price = price_for(line.item, opp.expected_close_date)
        if price != line.price:
            line.price = price
            changed += 1
        line.amount = line_amount(line.ordered_qty, line.price, line.discount_pct,
                                  line.discount_amount)
    return changed


def item_revenue(session: Session, opportunity_id: int) -> Decimal:
    """Sum of the selected lines' amounts (BR-ITM-04), in SQL."""
    total = session.scalar(select(func.coalesce(func.sum(E.OpportunityItem.amount), 0)).where(
        E.OpportunityItem.opportunity_id == opportunity_id,
        E.OpportunityItem.selected.is_(True)))
    return Decimal(str(total)).quantize(Decimal("0.01"))


# -- contacts and references --------------------------------------------------------------------
def save_contact_link(session: Session, opp: E.Opportunity, link: E.OpportunityContact | None,
                      values: dict[str, Any]) -> E.OpportunityContact:
    """Link an existing contact (BR-OC-01); one primary contact at most (BR-OC-02)."""
    contact_id = values.get("contact_id", link.contact_id if link else None)
    if contact_id is None or session.get(E.Contact, contact_id) is None:
        raise ValidationError("Choose an existing contact.", field="contact_id")
    link = link or E.OpportunityContact(opportunity=opp)
    with session.no_autoflush:
        apply_values(session, link, values)
    if link.primary_contact:
        session.flush()
        session.execute(update(E.OpportunityContact).where(
            E.OpportunityContact.opportunity_id == opp.id,
            E.OpportunityContact.id != link.id,
            E.OpportunityContact.primary_contact.is_(True)).values(
            primary_contact=False, version=E.OpportunityContact.version + 1),
            execution_options={"synchronize_session": "fetch"})
    return link


# -- forecast -----------------------------------------------------------------------------------
@dataclass
class Forecast:
    count: int
    expected: Decimal
    weighted: Decimal


def weighted_revenue(opp: E.Opportunity) -> Decimal:
    """BR-FC-01 for one opportunity, as ``weighted_revenue_expr`` counts it in SQL: expected
    x probability when it is open and in the forecast, else nothing."""
    if not opp.include_in_forecast or opp.status not in (S.PRELIMINARY, S.IN_PROCESS):
        return Decimal("0.00")
    return ((opp.expected_revenue or Decimal(0)) * (opp.probability_pct or Decimal(0))
            / 100).quantize(Decimal("0.01"))


def weighted_revenue_expr(dialect_name: str):
    """BR-FC-01 with BR-OPP-08: expected x probability, for open opportunities in the forecast."""
    O = E.Opportunity
    counted = and_(O.include_in_forecast.is_(True),
                   O.status.in_([S.PRELIMINARY, S.IN_PROCESS]))
    expected = func.coalesce(unscaled(O.expected_revenue, dialect_name), 0)
    probability = func.coalesce(unscaled(O.probability_pct, dialect_name), 0)
    return case((counted, expected * probability / 100), else_=0)


def forecast(session_or_conn, where: list, from_obj=None) -> Forecast:
    """Count, expected and weighted revenue of the opportunities matching ``where``, in SQL."""
    O = E.Opportunity
    dialect = (session_or_conn.get_bind() if isinstance(session_or_conn, Session)
               else session_or_conn).dialect.name
    stmt = select(func.count(O.id), func.coalesce(func.sum(O.expected_revenue), 0),
                  func.coalesce(func.sum(weighted_revenue_expr(dialect)), 0))
    if from_obj is not None:
        stmt = stmt.select_from(from_obj)
    row = session_or_conn.execute(stmt.where(and_(True, *where))).one()
    money = lambda v: Decimal(str(v)).quantize(Decimal("0.01"))  # noqa: E731
    return Forecast(row[0], money(row[1]), money(row[2]))


# -- processing: recalculate prices ---------------------------------------------------------
def reprice_targets(session: Session, where: list) -> list[int]:
    """Open opportunities (Preliminary, In Process) matching ``where``, by number."""
    return list(session.scalars(select(E.Opportunity.id).where(
        E.Opportunity.status.in_([S.PRELIMINARY, S.IN_PROCESS]), *where)
        .order_by(E.Opportunity.code)))


def reprice_one(session: Session, opportunity_id: int, simulate: bool):
    """One line of the Recalculate Prices run: what changed (or would) on this opportunity."""
    from desktop.crm.batch import ReportLine
    from desktop.crm.enums import BatchLineResult as R

    opp = existing(session, E.Opportunity, opportunity_id)
    changed = reprice(session, opp)  # a simulation is rolled back by run_batch
    if not changed:
        return ReportLine(opp.code, R.UNCHANGED)
    return ReportLine(opp.code, R.WOULD_UPDATE if simulate else R.UPDATED,
                      "{count} price(s)", {"count": changed})


def referenced_quotation(session: Session, reference_id: int) -> int | None:
    """The quotation a Sales Quotation reference names, if it exists (its Details open it)."""
    ref = session.get(E.OpportunityReference, reference_id)
    if ref is None or ref.type is not ReferenceType.SALES_QUOTATION:
        return None
    return session.scalar(select(E.Quotation.id).where(E.Quotation.code == ref.reference))


def open_clause():
    """Open opportunities: those still being worked on (Preliminary, In Process)."""
    return E.Opportunity.status.in_([S.PRELIMINARY, S.IN_PROCESS])


def phase_choices(session: Session, opportunity_id: int) -> list[tuple[int, str]]:
    """(phase id, "code – description") of the phases of the opportunity's sales process."""
    opp = session.get(E.Opportunity, opportunity_id)
    if opp is None or opp.sales_process is None:
        return []
    return [(p.phase_id, f"{p.phase.code} – {p.phase.description}")
            for p in opp.sales_process.phases]


def overview_filter(*, assigned_to: int | None = None, open_only: bool = False,
                    partner_id: int | None = None, close_from: dt.date | None = None,
                    close_to: dt.date | None = None) -> list:
    """The WHERE clauses of the Opportunities overview's filter bar."""
    Opp = E.Opportunity
    clauses = []
    if assigned_to is not None:
        clauses.append(Opp.assigned_to_id == assigned_to)
    if open_only:
        clauses.append(open_clause())
    if partner_id is not None:
        clauses.append(Opp.sold_to_bp_id == partner_id)
    if close_from:
        clauses.append(Opp.expected_close_date >= close_from)
    if close_to:
        clauses.append(Opp.expected_close_date <= close_to)
    return clauses
