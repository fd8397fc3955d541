"""The PDF painted by Qt holds, page for page, the same text as the merged Word document
printed by LibreOffice: 200 letters, each partner's name on its own page."""

from __future__ import annotations

import re

from sqlalchemy import insert

from desktop.crm import entities as E
from desktop.crm.db.base import audit_values
from desktop.crm.enums import BPStatus, BusinessObjectKind as K, UpdateMode
from desktop.crm.letters.document import Document, Field, Paragraph, Text
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import DocxBookOutput, MailMerge
from desktop.crm.target_groups import TargetGroup
from desktop.views.campaigns.printed_letters import PdfOutput
from tests.support import office


def _words(page: str) -> list[str]:
    """The words of a page, without list bullets (Qt draws them, LibreOffice writes them)."""
    return [w for w in re.findall(r"[\w'’.,:%-]+", page) if w not in ("•", "-")]


def test_200_letters_as_pdf_and_as_docx_have_the_same_text_per_page(qapp, session, tmp_path):
    session.add(E.Letter(code="SALON", description="Salon", object_kind=K.BUSINESS_PARTNER,
                         layout=dumps(Document((
                             Paragraph((Text("Madame, Monsieur,"),)),
                             Paragraph((Text("Nous invitons "), Field("bp.name"),
                                        Text(" à notre salon de Lyon."))),
                             Paragraph((Text("premier point"),), list_kind="number"),
                             Paragraph((Text("second point"),), list_kind="number"),
                             Paragraph((Text("Cordialement."),)))))))
    session.execute(insert(E.BusinessPartner), [
        {**audit_values(session), "code": f"P{n:04d}", "name": f"Société {n:04d}",
         "status": BPStatus.ACTIVE} for n in range(200)])
    session.commit()
    pdf, book = tmp_path / "salon.pdf", tmp_path / "salon.docx"
    MailMerge(TargetGroup(K.BUSINESS_PARTNER), "SALON",
              [PdfOutput(pdf), DocxBookOutput(book)]).run(session, UpdateMode.UPDATE)
    office.convert([book], "pdf", tmp_path / "office", tmp_path / "profile")
    ours = [p for p in office.pdf_text(pdf).split("\f") if p.strip()]
    theirs = [p for p in office.pdf_text(tmp_path / "office" / "salon.pdf").split("\f")
              if p.strip()]
    assert len(ours) == len(theirs) == 200
    for n, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
        assert f"Société {n:04d}" in " ".join(mine.split())
        assert _words(mine) == _words(other)
