"""Mail Merge by Standard Letter (BR-MM-01..04, BR-LET-05, scenario 16): letters to a target
group as one .docx, a .docx each or a data file, mailings logged, all or nothing."""

from __future__ import annotations

import csv
import re

import docx
import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType as T,
    BatchLineResult as R,
    BusinessObjectKind as K,
    UpdateMode,
)
from desktop.crm.errors import ValidationError
from desktop.crm.letters.document import Document, Field, Paragraph, Text
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import CsvOutput, DocxBookOutput, DocxFolderOutput, MailMerge
from desktop.crm.parameters import com_parameters
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f, office


def _letter(session, code, kind, *paragraphs, export=False):
    letter = E.Letter(code=code, description=code, object_kind=kind, export=export,
                      layout=dumps(Document(tuple(Paragraph(p) for p in paragraphs))))
    session.add(letter)
    return letter


@pytest.fixture
def campaign(session):
    """Partners BP1..BP3 with primary contacts (the third contact inactive), a contact letter,
    a partner letter, an exported letter, a Mailing template and its number series."""
    for n in (1, 2, 3):
        bp = f.partner(session, f"BP{n}", f"Partner {n}")
        f.contact(session, f"CT{n}", bp, last_name=f"Nom{n}", is_primary=True,
                  active=n != 3)
    _letter(session, "INVIT", K.CONTACT, (Text("Cher "), Field("@cor.nama"), Text(",")),
            (Text("Société "), Field("bp.name"),))
    _letter(session, "PARTNER", K.BUSINESS_PARTNER, (Text("À l'attention de "),
                                                     Field("@cor.nama")),
            (Field("bp.name"),))
    _letter(session, "DATA", K.CONTACT, (Field("contact.last_name"), Field("bp.city")),
            export=True)
    session.add(E.ActivityTemplate(code="MAILNG", description="Publipostage",
                                   activity_type=T.MAILING, subject="Envoi de la lettre"))
    com_parameters(session).mailing_series_id = f.series(session, "MLG", "M", 6).id
    session.commit()


def _mailings(session) -> list[E.Activity]:
    return session.scalars(select(E.Activity).where(E.Activity.type == T.MAILING)
                           .order_by(E.Activity.code)).all()


def test_scenario_16_a_mailing_per_active_contact(session, campaign, tmp_path):
    book = tmp_path / "invitations.docx"
    job = MailMerge(TargetGroup(K.CONTACT, active_contacts_only=True), "INVIT",
                    [DocxBookOutput(book)], log_activity=True, template_code="MAILNG")
    report = job.run(session, UpdateMode.UPDATE)
    assert [(line.object_key, line.result) for line in report.lines] == [
        ("CT1", R.CREATED), ("CT2", R.CREATED), ("CT3", R.SKIPPED_FILTER)]
    assert report.lines[0].text() == "Letter INVIT to Nom1"
    mailings = _mailings(session)
    assert [(m.contact.code, m.status, m.letter.code, m.template.code) for m in mailings] == [
        ("CT1", ActivityStatus.COMPLETED, "INVIT", "MAILNG"),
        ("CT2", ActivityStatus.COMPLETED, "INVIT", "MAILNG")]
    text = [p.text for p in docx.Document(str(book)).paragraphs]
    assert text == ["Cher Nom1,", "Société Partner 1", "Cher Nom2,", "Société Partner 2"]
    assert job.published == [book]
    assert not list(tmp_path.glob(".*partial"))  # nothing temporary left


def test_a_partner_letter_goes_to_its_primary_contact_else_the_partner(session, campaign,
                                                                       tmp_path):
    f.partner(session, "BP4", "Sans Contact")
    session.commit()
    job = MailMerge(TargetGroup(K.BUSINESS_PARTNER), "PARTNER",
                    [DocxFolderOutput(tmp_path / "letters")], log_activity=True,
                    template_code="MAILNG")
    job.run(session, UpdateMode.UPDATE)
    files = sorted(p.name for p in (tmp_path / "letters").iterdir())
    assert files == ["BP1.docx", "BP2.docx", "BP3.docx", "BP4.docx"]
    last = [p.text for p in docx.Document(str(tmp_path / "letters" / "BP4.docx")).paragraphs]
    assert last == ["À l'attention de Sans Contact", "Sans Contact"]
    mailings = _mailings(session)
    assert [(m.business_partner.code, m.contact.code if m.contact else None)
            for m in mailings] == [("BP1", "CT1"), ("BP2", "CT2"), ("BP3", "CT3"),
                                   ("BP4", None)]


def test_simulate_writes_nothing(session, campaign, tmp_path):
    book = tmp_path / "book.docx"
    job = MailMerge(TargetGroup(K.CONTACT), "INVIT", [DocxBookOutput(book)],
                    log_activity=True, template_code="MAILNG")
    report = job.run(session, UpdateMode.SIMULATE)
    assert {line.result for line in report.lines} == {R.WOULD_CREATE}
    assert not book.exists() and not list(tmp_path.iterdir()) and _mailings(session) == []


def test_cancel_leaves_no_document_no_mailing(session, campaign, tmp_path):
    for n in range(4, 60):
        bp = f.partner(session, f"BP{n}", f"Partner {n}")
        f.contact(session, f"CT{n:03d}", bp, is_primary=True)
    session.commit()
    job = MailMerge(TargetGroup(K.CONTACT), "INVIT",
                    [DocxBookOutput(tmp_path / "book.docx"),
                     DocxFolderOutput(tmp_path / "each")],
                    log_activity=True, template_code="MAILNG")
    with pytest.raises(Cancelled):
        job.run(session, UpdateMode.UPDATE, lambda done, total: done < 30)
    assert list(tmp_path.iterdir()) == [] and _mailings(session) == []
    assert session.scalar(select(E.NumberSeries.next_value).where(
        E.NumberSeries.code == "MLG")) == 1


def test_an_exported_letter_writes_its_data_file(session, campaign, tmp_path):
    with pytest.raises(ValidationError):  # BR-LET-05: data, not letters
        MailMerge(TargetGroup(K.CONTACT), "DATA", [DocxBookOutput(tmp_path / "x.docx")]
                  ).run(session, UpdateMode.UPDATE)
    data = tmp_path / "data.csv"
    MailMerge(TargetGroup(K.CONTACT), "DATA", [CsvOutput(data, neutralise=False)]).run(
        session, UpdateMode.UPDATE)
    assert data.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8, marked for Word and Excel
    rows = list(csv.reader(data.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["key", "@cor.nama", "contact.last_name", "bp.city"]
    assert rows[1][:3] == ["CT1", "Nom1", "Nom1"] and len(rows) == 4


def test_the_letter_must_fit_the_object_and_the_template_must_be_a_mailing(session, campaign,
                                                                           tmp_path):
    with pytest.raises(ValidationError) as wrong:
        MailMerge(TargetGroup(K.BUSINESS_PARTNER), "INVIT", []).run(session, UpdateMode.SIMULATE)
    assert wrong.value.field == "letter"
    session.add(E.ActivityTemplate(code="TASK", description="t", activity_type=T.TASK,
                                   subject="s"))
    com_parameters(session).task_series_id = f.series(session, "TSK", "T", 6).id
    session.commit()
    with pytest.raises(ValidationError) as template:
        MailMerge(TargetGroup(K.CONTACT), "INVIT", [], log_activity=True,
                  template_code="TASK").run(session, UpdateMode.SIMULATE)
    assert template.value.field == "template"


def test_200_letters_in_one_docx_print_one_per_page_in_libreoffice(session, tmp_path):
    letter = _letter(session, "BIG", K.BUSINESS_PARTNER,
                     (Text("Madame, Monsieur,"),), (Text("Nous écrivons à "), Field("bp.name"),
                                                    Text(".")),
                     (Text("Points :"),))
    letter.layout = dumps(Document((
        Paragraph((Text("Madame, Monsieur,"),)),
        Paragraph((Text("Nous écrivons à "), Field("bp.name"), Text("."))),
        Paragraph((Text("premier"),), list_kind="number"),
        Paragraph((Text("second"),), list_kind="number"))))
    for n in range(200):
        f.partner(session, f"P{n:04d}", f"Société {n:04d}")
    session.commit()
    book = tmp_path / "big.docx"
    MailMerge(TargetGroup(K.BUSINESS_PARTNER), "BIG", [DocxBookOutput(book)]).run(
        session, UpdateMode.UPDATE)
    office.convert([book], "pdf", tmp_path, tmp_path / "profile")
    pages = office.pdf_text(tmp_path / "big.pdf").split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == 200
    for n, page in enumerate(pages):
        assert f"Société {n:04d}" in page
        # each letter's numbered list starts at 1
        assert re.search(r"1\.\s+premier", page) and re.search(r"2\.\s+second", page)
    assert session.scalar(select(func.count()).select_from(E.Activity)) == 0
