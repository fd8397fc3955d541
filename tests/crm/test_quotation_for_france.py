"""A quotation fit for a French customer (issue 31): the seller's legal identifiers from the
COM parameters, the tax rate beside each tax amount, a discount column that is a percent or
an amount and never both, units named in the partner's language; handing it over records it."""

from __future__ import annotations

from decimal import Decimal as D

from desktop.crm import entities as E
from desktop.crm.enums import QuotationStatus
from desktop.crm.parameters import com_parameters
from desktop.crm.quotation_document import quotation_document
from desktop.crm.quotations import record_handed_over, save_line, tax_by_rate
from tests.crm.test_quotation_document import _text, scenario_1_quotation
from tests.support import factories as f


def _french_quotation(session) -> E.Quotation:
    quotation = scenario_1_quotation(session, "fr")
    unit = E.Unit(code="pcs", description="piece")
    unit.descriptions.append(E.UnitDescription(language="fr", description="pièce"))
    session.add(unit)
    session.flush()
    return quotation


def _lines(document) -> list[list[str]]:
    table = next(b for b in document.blocks if hasattr(b, "rows"))
    return [[" ".join(p.text for p in cell.paragraphs) for cell in row] for row in table.rows]


def test_the_seller_s_legal_identifiers_are_printed(session):
    quotation = _french_quotation(session)
    parameters = com_parameters(session)
    parameters.company_legal_form, parameters.company_capital = "SAS", "50 000 €"
    parameters.company_registration = "RCS Lyon 412 345 678 — SIRET 412 345 678 00021"
    parameters.company_vat_number = "FR32412345678"
    session.flush()
    text = _text(quotation_document(session, quotation.id))
    assert "SAS au capital de 50 000 €" in text
    assert "SIRET 412 345 678 00021" in text
    assert "N° TVA intracommunautaire FR32412345678" in text


def test_no_legal_line_when_none_is_set(session):
    quotation = _french_quotation(session)
    assert "capital" not in _text(quotation_document(session, quotation.id))


def test_each_tax_amount_has_its_rate_beside_it(session):
    quotation = _french_quotation(session)
    item = f.item(session, "LIVRE", price="30")
    item.tax_rate_pct = D("5.5")
    save_line(session, quotation, None, {"item_id": item.id, "ordered_qty": D(2)})
    session.flush()
    assert [(t.rate, t.base, t.tax) for t in tax_by_rate(session, quotation.id)] == [
        (D("5.50"), D("60.00"), D("3.30")), (D("20.00"), D("100.00"), D("20.00"))]
    text = _text(quotation_document(session, quotation.id))
    assert "TVA 5,50 % sur 60,00 EUR | 3,30 EUR" in text
    assert "TVA 20,00 % sur 100,00 EUR | 20,00 EUR" in text
    assert "Total TTC | 183,30 EUR" in text


def test_units_are_named_in_the_partner_s_language(session):
    quotation = _french_quotation(session)
    rows = _lines(quotation_document(session, quotation.id))
    assert rows[1][3] == "pièce"
    quotation.sold_to_bp.language = "de"  # no German name: the unit's own description
    session.flush()
    assert _lines(quotation_document(session, quotation.id))[1][3] == "piece"


def test_percent_discounts_give_a_percent_column(session):
    quotation = _french_quotation(session)
    line = quotation.lines[0]
    save_line(session, quotation, line, {"discount_pct": D(10)})
    session.flush()
    rows = _lines(quotation_document(session, quotation.id))
    assert rows[0][5] == "Remise %" and rows[1][5] == "10,00 %"


def test_an_amount_anywhere_makes_every_discount_an_amount(session):
    quotation = _french_quotation(session)
    save_line(session, quotation, quotation.lines[0], {"discount_pct": D(10)})
    item = f.item(session, "C", price="40")
    save_line(session, quotation, None, {"item_id": item.id, "ordered_qty": D(1),
                                         "discount_amount": D(5)})
    session.flush()
    rows = _lines(quotation_document(session, quotation.id))
    assert rows[0][5] == "Remise (EUR)"
    assert [row[5] for row in rows[1:]] == ["10,00", "5,00"]  # never "10,00 %" beside "5,00"


def test_no_discount_no_column(session):
    quotation = _french_quotation(session)
    assert not any(head.startswith("Remise") for head in
                   _lines(quotation_document(session, quotation.id))[0])


def test_handing_it_over_records_it_as_printed(session):
    quotation = _french_quotation(session)
    assert quotation.status is QuotationStatus.CREATED
    record_handed_over(session, quotation.id)
    assert quotation.status is QuotationStatus.PRINTED
    quotation.status = QuotationStatus.PROCESSED
    record_handed_over(session, quotation.id)
    assert quotation.status is QuotationStatus.PROCESSED
