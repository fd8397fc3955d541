"""The quotation PDF of scenario 1, painted by Qt: its text read back with pdftotext in French
and in English, its first page rendered to PNG; the quotation window's actions."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.quotation_document import quotation_document
from desktop.widgets.letter_editor.printing import write_pdf
from tests.crm.test_quotation_document import scenario_1_quotation
from tests.support import office


@pytest.mark.parametrize("language, expected", [
    ("fr", ["Devis", "Valable jusqu'au : 29 décembre 2026", "Désignation", "Prix unitaire",
            "Total HT", "100,00 EUR", "TVA", "20,00 EUR", "Total TTC", "120,00 EUR"]),
    ("en", ["Quotation", "Valid until: 29 December 2026", "Description", "Unit price",
            "Total excluding tax", "100.00 EUR", "VAT 20.00 %", "Total including tax",
            "120.00 EUR"]),
])
def test_scenario_1_quotation_pdf(qapp, session, tmp_path, language, expected):
    quotation = scenario_1_quotation(session, language)
    pdf = tmp_path / f"quotation-{language}.pdf"
    assert write_pdf(pdf, quotation_document(session, quotation.id), quotation.code) == 1
    text = " ".join(office.pdf_text(pdf).split())
    for words in [quotation.code, "Équipements Martin SAS", "Nancy", "Anne Durand", *expected]:
        assert words in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf),
                    str(tmp_path / f"quotation-{language}")], check=True)
    assert (tmp_path / f"quotation-{language}.png").stat().st_size > 5000


def test_the_quotation_window_previews_and_emails(window, ctx, monkeypatch):
    with ctx.db.session() as s:
        quotation_id = s.scalar(select(E.Quotation.id).order_by(E.Quotation.id))
    detail = window.open_session("tdsls1100s000", record_id=quotation_id)
    actions = detail.document_actions.actions
    assert [actions[n].text() for n in ("preview", "pdf", "email")] == [
        "Preview", "Save as PDF…", "Send by e-mail"]
    opened = []
    monkeypatch.setattr(QPrintPreviewDialog, "open", lambda dialog: opened.append(dialog))
    actions["preview"].trigger()
    assert opened and opened[0].windowTitle() == detail.form.editor("code").value()
    records = []
    ctx.open_record = lambda entity, record_id: records.append((entity, record_id))
    actions["email"].trigger()
    [(entity, activity_id)] = records
    with ctx.db.session() as s:
        act = s.get(E.Activity, activity_id)
        assert entity is E.Activity and act.attachments[0].file_name.endswith(".pdf")
        assert act.opportunity_id == s.get(E.Quotation, quotation_id).opportunity_id
