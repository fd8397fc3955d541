"""Campaign runs that never surprise: outputs checked before the run in one sentence; a
cancel or a failure at any stage (while walking, while writing the file, while placing it,
at the commit) leaves no file, no folder, no mailing and no number used; mailings planned by
global addition and completed by the mail merge that produces their letter; Global Deletion
says what it kept and why. On SQLite and PostgreSQL."""

from __future__ import annotations

import errno
import os

import docx
import pytest
from sqlalchemy import event, func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType as T,
    BatchLineResult as R,
    BusinessObjectKind as K,
    UpdateMode,
)
from desktop.crm.errors import ConfirmationRequired, ValidationError
from desktop.crm.global_activities import GlobalActivityAddition, GlobalActivityDeletion
from desktop.crm.io.destinations import write_error
from desktop.crm.letters.document import Document, Field, Paragraph, Text
from desktop.crm.letters.merged_docx import DocxBook
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import MailMerge
from desktop.crm.mail_merge_outputs import CsvOutput, DocxBookOutput, DocxFolderOutput
from desktop.crm.parameters import com_parameters
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


@pytest.fixture
def campaign(session):
    """Partners BP1..BP3 with primary contacts, a partner letter, an exported letter, a
    Mailing template naming the letter, its number series."""
    for n in (1, 2, 3):
        bp = f.partner(session, f"BP{n}", f"Partner {n}")
        f.contact(session, f"CT{n}", bp, last_name=f"Nom{n}", is_primary=True)
    layout = Document((Paragraph((Text("Madame, Monsieur, "), Field("@cor.nama"))),
                       Paragraph((Field("bp.name"),))))
    session.add_all([
        E.Letter(code="INVIT", description="Invitation", object_kind=K.BUSINESS_PARTNER,
                 layout=dumps(layout)),
        E.Letter(code="DATA", description="Data", object_kind=K.BUSINESS_PARTNER, export=True,
                 layout=dumps(Document((Paragraph((Field("bp.name"), Field("bp.credit_limit"),
                                                   Field("@today"))),)))),
        E.ActivityTemplate(code="MAILNG", description="Mailing", activity_type=T.MAILING,
                           subject="Envoi de la lettre")])
    com_parameters(session).mailing_series_id = f.series(session, "MLG", "M", 6).id
    session.commit()


def _mailings(session) -> list[E.Activity]:
    session.expire_all()
    return session.scalars(select(E.Activity).where(E.Activity.type == T.MAILING)
                           .order_by(E.Activity.code)).all()


def _next_number(session) -> int:
    return session.scalar(select(E.NumberSeries.next_value).where(E.NumberSeries.code == "MLG"))


def _merge(*outputs, replace=False, log=True) -> MailMerge:
    return MailMerge(TargetGroup(K.BUSINESS_PARTNER), "INVIT", list(outputs), log_activity=log,
                     template_code="MAILNG", replace=replace)


# -- outputs checked before the run ---------------------------------------------------------
def test_a_document_per_recipient_into_a_file_is_refused_in_one_sentence(session, campaign,
                                                                        tmp_path):
    there = tmp_path / "letters.docx"
    there.write_bytes(b"the user's file")
    with pytest.raises(ValidationError) as refused:
        _merge(DocxFolderOutput(there)).run(session, UpdateMode.UPDATE)
    assert str(refused.value) == f"{there} is a file: a document per recipient needs a folder."
    assert refused.value.field == "path" and "Errno" not in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters.docx"]  # no partial folder
    assert there.read_bytes() == b"the user's file" and _mailings(session) == []


def test_replacing_is_asked_and_then_done(session, campaign, tmp_path):
    book = tmp_path / "book.docx"
    book.write_bytes(b"last week's letters")
    with pytest.raises(ConfirmationRequired) as asked:
        _merge(DocxBookOutput(book)).run(session, UpdateMode.UPDATE)
    assert str(asked.value) == f"book.docx already exists in {tmp_path}. Replace it?"
    assert book.read_bytes() == b"last week's letters" and _next_number(session) == 1
    folder = tmp_path / "each"
    folder.mkdir()
    (folder / "BP2.docx").write_bytes(b"old")
    with pytest.raises(ConfirmationRequired) as asked:
        _merge(DocxFolderOutput(folder), log=False).run(session, UpdateMode.UPDATE)
    assert str(asked.value) == f"1 documents in {folder} would be replaced (BP2.docx). " \
        "Replace them?"
    _merge(DocxBookOutput(book), replace=True).run(session, UpdateMode.UPDATE)
    assert "Partner 1" in "\n".join(p.text for p in docx.Document(str(book)).paragraphs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.docx", "each"]


def test_a_missing_folder_and_the_suffix(session, campaign, tmp_path):
    with pytest.raises(ValidationError) as refused:
        _merge(DocxBookOutput(tmp_path / "nowhere" / "book.docx")).run(session,
                                                                        UpdateMode.UPDATE)
    assert str(refused.value) == f"The folder {tmp_path / 'nowhere'} does not exist: choose " \
        "another place."
    _merge(DocxBookOutput(tmp_path / "book"), log=False).run(session, UpdateMode.UPDATE)
    assert [p.name for p in tmp_path.iterdir()] == ["book.docx"]  # the suffix added
    new = tmp_path / "new"  # a folder for a document each is made if only it is missing
    _merge(DocxFolderOutput(new), log=False).run(session, UpdateMode.UPDATE)
    assert sorted(p.name for p in new.iterdir()) == ["BP1.docx", "BP2.docx", "BP3.docx"]


@pytest.mark.parametrize("code, sentence", [
    (errno.ENOSPC, "The disk holding {path} is full: free some space or choose another place."),
    (errno.EACCES, "You may not write to {path}: choose another place."),
    (errno.EROFS, "{path} is on a read-only disk: choose another place."),
    (errno.EIO, "{path} could not be written: check the disk and the place, then run again."),
])
def test_what_the_system_said_becomes_one_sentence(code, sentence, tmp_path):
    error = OSError(code, os.strerror(code), str(tmp_path / "x.pdf"))
    assert str(write_error(error)) == sentence.format(path=tmp_path / "x.pdf")


# -- cancel and failure at every stage ------------------------------------------------------
def _nothing_left(session, tmp_path, *kept) -> None:
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
    assert _mailings(session) == [] and _next_number(session) == 1
    assert session.scalar(select(func.count()).select_from(E.BatchRun)) == 0


def test_cancel_while_walking_and_while_writing_the_file(session, campaign, tmp_path):
    with pytest.raises(Cancelled):  # the second record
        _merge(DocxBookOutput(tmp_path / "a.docx")).run(session, UpdateMode.UPDATE,
                                                        lambda done, total: done < 2)
    _nothing_left(session, tmp_path)
    steps = []

    def cancel_at_the_end(done, total):  # the walk goes through; the final writing hears it
        steps.append(done)
        return len(steps) <= total

    with pytest.raises(Cancelled):
        _merge(DocxBookOutput(tmp_path / "b.docx"),
               DocxFolderOutput(tmp_path / "each")).run(session, UpdateMode.UPDATE,
                                                        cancel_at_the_end)
    assert len(steps) > 3  # it was past the records
    _nothing_left(session, tmp_path)


def test_a_failure_while_placing_the_files_takes_back_what_was_placed(session, campaign,
                                                                      tmp_path, monkeypatch):
    folder = tmp_path / "each"
    folder.mkdir()
    (folder / "BP1.docx").write_bytes(b"kept")
    real = os.replace

    def full_at_the_third(source, target):
        if str(target).endswith("BP3.docx"):
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        real(source, target)

    monkeypatch.setattr(os, "replace", full_at_the_third)
    with pytest.raises(ValidationError) as refused:
        _merge(DocxFolderOutput(folder), replace=True).run(session, UpdateMode.UPDATE)
    assert str(refused.value) == f"The disk holding {folder / 'BP3.docx'} is full: free some " \
        "space or choose another place."
    assert sorted(p.name for p in folder.iterdir()) == ["BP1.docx"]
    assert (folder / "BP1.docx").read_bytes() == b"kept"  # the replaced one back
    _nothing_left(session, tmp_path, "each")


def test_a_failed_commit_takes_the_files_back(session, campaign, tmp_path):
    book = tmp_path / "book.docx"
    book.write_bytes(b"last week's letters")

    def refuse(_session):
        raise RuntimeError("the server went away")

    event.listen(session, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError):
            _merge(DocxBookOutput(book), replace=True).run(session, UpdateMode.UPDATE)
    finally:
        event.remove(session, "before_commit", refuse)
    assert book.read_bytes() == b"last week's letters"
    _nothing_left(session, tmp_path, "book.docx")


def test_a_failure_while_writing_a_letter_is_that_records_only(session, campaign, tmp_path,
                                                                monkeypatch):
    real = DocxBook.add

    def broken_second(self, values):
        if values.get("bp.name") == "Partner 2":
            raise ValueError("broken")
        real(self, values)

    monkeypatch.setattr(DocxBook, "add", broken_second)
    report = _merge(DocxBookOutput(tmp_path / "b.docx")).run(session, UpdateMode.UPDATE)
    assert [line.result for line in report.lines] == [R.CREATED, R.ERROR, R.CREATED]
    assert report.lines[1].text() == "The letter could not be written (broken): it was left out."
    assert [m.business_partner.code for m in _mailings(session)] == ["BP1", "BP3"]
    names = [p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs
             if p.text.startswith("Partner")]
    assert names == ["Partner 1", "Partner 3"]


# -- mailings and their life ----------------------------------------------------------------
def test_a_planned_mailing_is_completed_by_the_merge_not_doubled(session, campaign, tmp_path):
    template = session.scalars(select(E.ActivityTemplate)).one()
    template.letter_id = session.scalars(select(E.Letter.id).where(E.Letter.code == "INVIT")
                                         ).one()
    session.commit()
    GlobalActivityAddition(TargetGroup(K.BUSINESS_PARTNER, code_to="BP2"), "MAILNG").run(
        session, UpdateMode.UPDATE)
    planned = _mailings(session)
    assert [(m.business_partner.code, m.status, m.completed_at) for m in planned] == [
        ("BP1", ActivityStatus.PLANNED, None), ("BP2", ActivityStatus.PLANNED, None)]
    assert all(m.due_at is not None and m.sort_date == m.due_at for m in planned)
    simulated = _merge().run(session, UpdateMode.SIMULATE)
    assert simulated.lines[0].text() == \
        f"Letter INVIT to Nom1: planned mailing {planned[0].code} completed"
    report = _merge(DocxBookOutput(tmp_path / "b.docx")).run(session, UpdateMode.UPDATE)
    assert [line.text() for line in report.lines] == [
        f"Letter INVIT to Nom1: planned mailing {planned[0].code} completed",
        f"Letter INVIT to Nom2: planned mailing {planned[1].code} completed",
        "Letter INVIT to Nom3"]
    done = _mailings(session)
    assert [(m.code, m.business_partner.code, m.status, m.contact.code) for m in done] == [
        (planned[0].code, "BP1", ActivityStatus.COMPLETED, "CT1"),
        (planned[1].code, "BP2", ActivityStatus.COMPLETED, "CT2"),
        (done[2].code, "BP3", ActivityStatus.COMPLETED, "CT3")]
    assert all(m.completed_at is not None and m.sort_date == m.completed_at and
               m.letter.code == "INVIT" and m.version == 2 for m in done[:2])
    assert _next_number(session) == 4  # two planned, one new: three numbers in all


def test_global_deletion_says_how_many_completed_it_kept_and_why(session, campaign,
                                                                  tmp_path):
    GlobalActivityAddition(TargetGroup(K.BUSINESS_PARTNER, code_to="BP1"), "MAILNG").run(
        session, UpdateMode.UPDATE)
    _merge(DocxBookOutput(tmp_path / "b.docx")).run(session, UpdateMode.UPDATE)
    GlobalActivityAddition(TargetGroup(K.BUSINESS_PARTNER), "MAILNG").run(
        session, UpdateMode.UPDATE, confirmed=True)  # a new planned one for each
    report = GlobalActivityDeletion(TargetGroup(K.BUSINESS_PARTNER), "MAILNG").run(
        session, UpdateMode.UPDATE)
    assert [(line.object_key, line.result) for line in report.lines] == [
        ("BP1", R.DELETED), ("BP2", R.DELETED), ("BP3", R.DELETED)]
    assert report.lines[0].text().endswith("; kept M000001 (done).")
    assert report.notes == [("{count} completed activities were kept: Open activities only "
                             "leaves what was done as history. Untick it to delete them too.",
                             {"count": 3})]
    assert {m.status for m in _mailings(session)} == {ActivityStatus.COMPLETED}


# -- the data file ---------------------------------------------------------------------------
def test_the_data_file_follows_its_separator_and_neutralises_formulas(session, campaign,
                                                                      tmp_path, today):
    partner = session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == "BP1")).one()
    partner.name, partner.credit_limit = "=HYPERLINK(\"http://x\")", 1250.5
    session.commit()
    french, english, raw = (tmp_path / n for n in ("fr.csv", "en.csv", "raw.csv"))
    for output in (CsvOutput(french, ";"), CsvOutput(english, ","),
                   CsvOutput(raw, ";", neutralise=False)):
        MailMerge(TargetGroup(K.BUSINESS_PARTNER, code_to="BP1"), "DATA", [output]).run(
            session, UpdateMode.UPDATE)
    day = today.strftime("%d/%m/%Y")
    assert french.read_bytes().decode("utf-8-sig").splitlines() == [
        "key;'@cor.nama;bp.name;bp.credit_limit;'@today",
        f"BP1;Nom1;\"'=HYPERLINK(\"\"http://x\"\")\";1250,50;{day}"]
    assert english.read_bytes().decode("utf-8-sig").splitlines()[1] == \
        f"BP1,Nom1,\"'=HYPERLINK(\"\"http://x\"\")\",1250.50,{today.isoformat()}"
    assert raw.read_bytes().decode("utf-8-sig").splitlines() == [
        "key;@cor.nama;bp.name;bp.credit_limit;@today",
        f"BP1;Nom1;\"=HYPERLINK(\"\"http://x\"\")\";1250,50;{day}"]
