"""Reports painted by Qt (scenario 19, BR-REP-04/05): a page per rep with its subtotal, the
grand total, the header and the footer with page numbers on every page, read back from the
PDF with pdftotext; the preview's pages; a cancelled run leaves no file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.db.records import apply_values
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.reports.printing import FlexiblePrinting
from desktop.crm.target_groups import TargetGroup
from desktop.views.reports.outputs import PdfReport, PreviewReport, page_image, page_size
from tests.support import factories as f, office


def _pages(path) -> list[str]:
    return [" ".join(page.split()) for page in office.pdf_text(path).split("\f") if page.strip()]


def test_scenario_19_pdf_has_a_page_per_rep_with_its_subtotal(qapp, session, pipeline, tmp_path):
    path = tmp_path / "pipe.pdf"
    FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE", language="en").run(
        session, [PdfReport(path)])
    pages = _pages(path)
    assert len(pages) == 3
    for number, (rep, subtotal) in enumerate(
            [("E1", "350.50"), ("E2", "1,000.00"), ("E3", "10.25")], 1):
        page = pages[number - 1]
        assert page.startswith("Pipeline ")  # the header, @today filled in
        assert f"Subtotal assigned_to: {rep} {subtotal}" in page
        assert f"Page {number}/3" in page  # the footer, @page and @pages
        others = {"E1", "E2", "E3"} - {rep}
        assert not any(f" {other} OPP" in page for other in others)
    assert "Total 1,360.75" in pages[2] and "Total" not in pages[1].replace("Subtotal", "")


def test_the_preview_paints_the_same_pages(qapp, session, pipeline):
    pages = []
    FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE").run(
        session, [PreviewReport(pages.append)])
    assert len(pages) == 3
    images = [page_image(page, page_size(session.get(E.Report, pipeline.id)), 1.0)
              for page in pages]
    for image in images:  # ink at the top (the header) and at the bottom (the footer)
        height = image.height()
        assert _ink(image, 0, height // 10) and _ink(image, height - height // 10, height)


def _ink(image, top: int, bottom: int) -> bool:
    return any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom, 2)
               for x in range(0, image.width(), 3))


def test_page_numbers_are_printed_when_the_footer_has_none(qapp, session, pipeline, tmp_path):
    apply_values(session, session.get(E.Report, pipeline.id), {"footer_text": ""})
    session.commit()
    path = tmp_path / "pipe.pdf"
    FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE").run(session, [PdfReport(path)])
    assert [page.split()[-1] for page in _pages(path)] == ["1", "2", "3"]


def test_a_long_report_breaks_pages_and_a_cancel_leaves_no_pdf(qapp, session, pipeline,
                                                               tmp_path):
    bp = session.get(E.BusinessPartner, 1)
    rep = session.scalars(select(E.Employee).order_by(E.Employee.code)).first()
    for n in range(300):
        f.opportunity(session, f"OPL{n:06d}", sold_to_bp=bp, assigned_to=rep)
    session.commit()
    path = tmp_path / "long.pdf"
    FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE").run(session, [PdfReport(path)])
    assert len(_pages(path)) > 5
    path.unlink()
    with pytest.raises(Cancelled):
        FlexiblePrinting(TargetGroup(K.OPPORTUNITY), "PIPE").run(
            session, [PdfReport(path)], lambda done, total: False)
    assert list(tmp_path.iterdir()) == []
