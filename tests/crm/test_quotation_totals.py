"""A quotation's totals: the lines' net total, tax at the item's rate or the default rate
(rounded per line), and the total with tax."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.parameters import quotation_parameters
from desktop.crm.quotations import QuotationTotals, quotation_totals


def test_tax_at_the_item_rate_else_the_default(demo_session):
    quotation = demo_session.scalars(select(E.Quotation).join(E.QuotationLine)
                                     .order_by(E.Quotation.id)).first()
    lines = quotation.lines
    assert lines
    quotation_parameters(demo_session).default_tax_rate_pct = Decimal("20.00")
    for line in lines:
        line.item.tax_rate_pct = None
    lines[0].item.tax_rate_pct = Decimal("5.50")
    lines[0].amount = Decimal("100.01")
    demo_session.flush()
    totals = quotation_totals(demo_session, quotation.id)
    net = sum(line.amount for line in lines)
    # a line's item may appear twice: the rate follows the item, not the line
    expected_tax = sum(((line.amount * (Decimal("5.50") if line.item_id == lines[0].item_id
                                        else Decimal(20)) / 100).quantize(Decimal("0.01"))
                        for line in lines), Decimal(0))
    assert totals.net == net and totals.tax == expected_tax
    assert totals.gross == net + expected_tax
    assert (Decimal("100.01") * Decimal("0.055")).quantize(Decimal("0.01")) == Decimal("5.50")


def test_a_quotation_without_lines_totals_zero(demo_session):
    quotation = demo_session.scalars(select(E.Quotation)).first()
    for line in list(quotation.lines):
        demo_session.delete(line)
    demo_session.flush()
    zero = Decimal("0.00")
    assert quotation_totals(demo_session, quotation.id) == QuotationTotals(zero, zero, zero)
