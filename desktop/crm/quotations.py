"""Generating a sales quotation from an opportunity (BR-GQ-01..13), and maintaining it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, func, literal, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import audit_values, current_user
from desktop.crm.db.records import apply_values
from desktop.crm.enums import PriceOrigin, QuotationOrigin, QuotationStatus, ReferenceType
from desktop.crm.errors import NotAllowedError, NotFoundError, NumberingError, ValidationError
from desktop.crm.numbering import next_number
from desktop.crm.opportunities import FROZEN, line_amount
from desktop.crm.parameters import quotation_parameters

CENT = Decimal("0.01")
SOURCES = ("sales office", "sales user profile", "sales order type", "quotation parameters")


def resolve_series(session: Session, opp: E.Opportunity, user: str) -> tuple[int, str, int]:
    """The quotation number series, the first found of (BR-GQ-09): the sales office (the
    opportunity's, else the user's), the user's sales profile, the default sales order type,
    the quotation parameters. One query; returns (series id, where it came from, validity
    days of the quotation parameters)."""
    office, profile = E.SalesOffice, E.SalesUserProfile
    profile_office = select(profile.default_sales_office_id).where(
        profile.user_name == user).limit(1).scalar_subquery()
    office_id = opp.sales_office_id if opp.sales_office_id is not None else profile_office
    row = session.execute(select(
        select(office.quotation_series_id).where(office.id == office_id).scalar_subquery(),
        select(profile.quotation_series_id).where(profile.user_name == user).limit(1)
        .scalar_subquery(),
        select(E.SalesOrderType.quotation_series_id).where(
            E.SalesOrderType.is_default.is_(True)).limit(1).scalar_subquery(),
        select(E.QuotationParameters.quotation_series_id).order_by(E.QuotationParameters.id)
        .limit(1).scalar_subquery(),
        select(E.QuotationParameters.default_validity_days).order_by(E.QuotationParameters.id)
        .limit(1).scalar_subquery(),
    )).one()
    for series_id, source in zip(row[:4], SOURCES):
        if series_id is not None:
            return series_id, source, row[4] or 30
    raise NumberingError("No number series for quotations: set one on the sales office, the "
                         "sales user profile, the default sales order type or the quotation "
                         "parameters.")


def generate_quotation(session: Session, opportunity_id: int,
                       today: dt.date | None = None) -> E.Quotation:
    """Header, a line per selected item, and the opportunity's reference, written in the
    caller's unit of work: its runner commits them together, or rolls everything back on any
    failure, so no quotation, line, reference or number is left behind."""
    return _generate(session, opportunity_id, today or clock.today())


def _generate(session: Session, opportunity_id: int, today: dt.date) -> E.Quotation:
    # read what the database holds now, not what this session may have cached earlier
    opp = session.get(E.Opportunity, opportunity_id, populate_existing=True)
    if opp is None:
        raise NotFoundError("The opportunity no longer exists.")
    if opp.status in FROZEN:
        raise NotAllowedError("A quotation cannot be generated for an opportunity with status "
                              "{status_label}.", status_label=opp.status.value)
    series_id, _source, validity = resolve_series(session, opp, current_user(session))
    quotation = E.Quotation(
        code=next_number(session, series_id), sold_to_bp_id=opp.sold_to_bp_id,
        sales_office_id=opp.sales_office_id, opportunity_id=opp.id,
        origin=QuotationOrigin.OPPORTUNITY, status=QuotationStatus.CREATED,
        quotation_date=today, valid_until=today + dt.timedelta(days=validity),
        probability_pct=opp.probability_pct, currency=opp.currency,
        description=opp.description)
    session.add(quotation)
    session.flush()
    total = _copy_lines(session, quotation, opp)
    _add_quotation_reference(session, opp, quotation, total)
    session.flush()
    session.expire(quotation, ["lines"])  # written in bulk: load them when asked
    session.expire(opp, ["references"])
    return quotation


def _add_quotation_reference(session: Session, opp: E.Opportunity, quotation: E.Quotation,
                             total: Decimal) -> None:
    """The read-only Sales Quotation reference (BR-REF-01); its sequence and information are
    computed by the database in the same INSERT."""
    R = E.OpportunityReference
    session.add(R(
        opportunity_id=opp.id, type=ReferenceType.SALES_QUOTATION, reference=quotation.code,
        status=QuotationStatus.CREATED.value, due_date=quotation.valid_until, amount=total,
        currency=quotation.currency, system_generated=True,
        sequence=select(func.coalesce(func.max(R.sequence), 0) + 10).where(
            R.opportunity_id == opp.id).scalar_subquery(),
        information=select(func.substr(E.BusinessPartner.name, 1, 120)).where(
            E.BusinessPartner.id == opp.sold_to_bp_id).scalar_subquery()))


LINE_COLUMNS = ("item_id", "ordered_qty", "price", "price_currency", "price_unit",
                "discount_pct", "discount_amount", "amount", "peg_project", "peg_element",
                "peg_activity")


def _copy_lines(session: Session, quotation: E.Quotation, opp: E.Opportunity) -> Decimal:
    """One line per selected item (BR-GQ-03, -05, -07, -08), copied by the database itself in
    one INSERT ... SELECT: hundreds of lines cost one statement, no Python loop."""
    OI, QL = E.OpportunityItem, E.QuotationLine.__table__
    selected = and_(OI.opportunity_id == opp.id, OI.selected.is_(True))
    audit = audit_values(session)
    fixed = {"quotation_id": quotation.id, "opportunity_id": opp.id,
             "price_origin": PriceOrigin.MANUAL.name, **audit}
    source = select(
        *(getattr(OI, c) for c in LINE_COLUMNS), OI.order_unit,
        (func.row_number().over(order_by=OI.position) * 10).label("position"),
        *(literal(v, QL.c[k].type).label(k) for k, v in fixed.items()),
    ).where(selected)
    amounts = session.execute(QL.insert().from_select(
        [*LINE_COLUMNS, "unit", "position", *fixed], source).returning(QL.c.amount)).scalars()
    return sum(amounts, Decimal(0)).quantize(Decimal("0.01"))


def save_line(session: Session, quotation: E.Quotation, line: E.QuotationLine | None,
              values: dict[str, Any]) -> E.QuotationLine:
    """Change a quotation line by hand. A Manual price is never recalculated (BR-GQ-07)."""
    if quotation.status is QuotationStatus.PROCESSED:
        raise NotAllowedError("A processed quotation can no longer be changed.")
    qty = values.get("ordered_qty", line.ordered_qty if line else None)
    if qty is None or qty <= 0:
        raise ValidationError("The quantity must be greater than zero.", field="ordered_qty")
    values = dict(values)
    if line is None:
        line = E.QuotationLine(quotation=quotation, price_origin=PriceOrigin.MANUAL,
                               position=max((ln.position for ln in quotation.lines),
                                            default=0) + 10)
    item_id = values.get("item_id", line.item_id)
    with session.no_autoflush:  # the new line is not complete yet
        item = session.get(E.Item, item_id) if item_id else None
    if item is not None:  # what the user left empty comes from the item
        values["unit"] = values.get("unit") or line.unit or item.sales_unit
        if values.get("price", line.price) is None:
            values["price"], values["price_origin"] = item.base_price, PriceOrigin.ITEM
    with session.no_autoflush:
        apply_values(session, line, values)
    line.amount = line_amount(line.ordered_qty, line.price, line.discount_pct,
                              line.discount_amount)
    return line




@dataclass(frozen=True)
class QuotationTotals:
    """What the quotation header shows: the lines' total, the tax and the total with tax."""

    net: Decimal
    tax: Decimal
    gross: Decimal


def quotation_totals(session: Session, quotation_id: int) -> QuotationTotals:
    """The net total of the lines, the tax at each item's rate (else the quotation parameters'
    default rate), rounded per line to the cent, and their sum."""
    default_rate = quotation_parameters(session).default_tax_rate_pct or Decimal(0)
    rows = session.execute(select(E.QuotationLine.amount, E.Item.tax_rate_pct)
                           .join(E.Item, E.QuotationLine.item_id == E.Item.id)
                           .where(E.QuotationLine.quotation_id == quotation_id)).all()
    net = sum((amount for amount, _rate in rows), Decimal("0.00"))
    tax = sum(((amount * (rate if rate is not None else default_rate) / 100)
               .quantize(CENT, ROUND_HALF_UP) for amount, rate in rows), Decimal("0.00"))
    return QuotationTotals(net, tax, net + tax)
