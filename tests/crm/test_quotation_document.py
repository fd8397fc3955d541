"""The quotation sent to the customer (scenario 1's quotation): letterhead, address, contact,
lines, totals with tax, validity and sales rep, in the partner's language; a .docx that Word
reads; an e-mail activity with the PDF attached."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest

from desktop.crm import entities as E
from desktop.crm.enums import ActivityStatus, ActivityType, RecipientRole
from desktop.crm.letters.document import Table
from desktop.crm.letters.docx_export import to_docx
from desktop.crm.parameters import com_parameters
from desktop.crm.quotation_document import quotation_document, quotation_email
from desktop.crm.quotations import generate_quotation
from tests.crm.test_quotations import TODAY, _item, _setup
from tests.support import factories as f


def scenario_1_quotation(session, language: str) -> E.Quotation:
    """Scenario 1 (item A selected, B not), with a company, an address, a contact and a rep
    whose mailbox synchronises."""
    opp = _setup(session)
    _item(session, opp, "A", 100, True)
    _item(session, opp, "B", 50, False)
    bp = opp.sold_to_bp
    bp.street, bp.postal_code, bp.city, bp.language = "12 rue des Forges", "54000", "Nancy", \
        language
    f.contact(session, "CT1", bp, first_name="Anne", last_name="Durand", is_primary=True,
              email="anne.durand@forges.example")
    opp.assigned_to.email = "rep@example.com"
    session.add(E.ExchangeSyncUser(user_name="rep", display_name="Rep", active=True,
                                   email_address="rep@example.com"))
    parameters = com_parameters(session)
    parameters.company_name = "Équipements Martin SAS"
    parameters.company_address = "4 avenue de la Gare\n69003 Lyon"
    parameters.email_series_id = f.series(session, "EML", "E", 6).id
    session.get(E.Item, opp.items[0].item_id).tax_rate_pct = D(20)
    session.commit()
    return generate_quotation(session, opp.id, today=TODAY)


def _text(document) -> str:
    parts = []
    for block in document.blocks:
        if isinstance(block, Table):
            parts += [" | ".join(p.text for cell in row for p in cell.paragraphs)
                      for row in block.rows]
        else:
            parts.append(block.text)
    return "\n".join(parts)


@pytest.mark.parametrize("language, words", [
    ("fr", ["Devis {code}", "Valable jusqu'au : 29 décembre 2026", "À l'attention de Anne "
            "Durand", "Article | Désignation | Quantité", "Total HT | 100,00 EUR",
            "TVA 20,00 % sur 100,00 EUR | 20,00 EUR", "Total TTC | 120,00 EUR",
            "Votre interlocuteur : Employee"]),
    ("en", ["Quotation {code}", "Valid until: 29 December 2026", "For the attention of Anne "
            "Durand", "Item | Description | Quantity", "Total excluding tax | 100.00 EUR",
            "VAT 20.00 % on 100.00 EUR | 20.00 EUR", "Total including tax | 120.00 EUR",
            "Your contact: Employee"]),
])
def test_the_quotation_speaks_the_partners_language(session, language, words):
    quotation = scenario_1_quotation(session, language)
    text = _text(quotation_document(session, quotation.id))
    assert text.startswith("Équipements Martin SAS\n4 avenue de la Gare\n69003 Lyon")
    assert "12 rue des Forges\n54000 Nancy" in text
    for word in words:
        assert word.format(code=quotation.code) in text
    assert "| A |" not in text and "\nA | " in text and "\nB | " not in text  # item A only


def test_the_docx_holds_the_lines_table(session):
    quotation = scenario_1_quotation(session, "fr")
    book = docx.Document(io.BytesIO(to_docx(quotation_document(session, quotation.id))))
    lines = book.tables[0]
    assert [c.text for c in lines.rows[0].cells][:3] == ["Article", "Désignation", "Quantité"]
    assert [c.text for c in lines.rows[1].cells][0] == "A" and len(lines.rows) == 2
    assert f"Devis {quotation.code}" in [p.text for p in book.paragraphs]


def test_sending_makes_a_draft_email_with_the_pdf_attached(session, tmp_path):
    quotation = scenario_1_quotation(session, "fr")
    pdf = tmp_path / f"{quotation.code}.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    act = quotation_email(session, quotation.id, pdf, tmp_path / "attachments", None)
    session.commit()
    act = session.get(E.Activity, act.id)
    assert (act.type, act.status) == (ActivityType.EMAIL, ActivityStatus.DRAFT)
    assert act.subject == f"Devis {quotation.code}"
    assert (act.business_partner_id, act.opportunity_id) == (quotation.sold_to_bp_id,
                                                              quotation.opportunity_id)
    roles = {(r.role, r.email) for r in act.recipients}
    assert roles == {(RecipientRole.FROM, "rep@example.com"),
                     (RecipientRole.TO, "anne.durand@forges.example")}
    [attachment] = act.attachments
    assert attachment.file_name == pdf.name
    assert Path(attachment.stored_path).read_bytes() == b"%PDF-1.4 test"
    assert "29 décembre 2026" in act.information and dt.date(2026, 12, 29) == \
        quotation.valid_until
