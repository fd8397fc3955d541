"""Mail merge in the window, Cancel pressed at each stage of a PDF, printer, one-file and
per-recipient run (the print dialog, the question before replacing a file, the walk over the
records, the final writing or printing): nothing is written, no mailing logged, no number
used; the next run goes through, and so does a run after the tab was closed during one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityType, BusinessObjectKind as K
from desktop.crm.mail_merge import MailMerge
from desktop.crm.mail_merge_outputs import DocxBookOutput, DocxFolderOutput
from desktop.crm.parameters import com_parameters
from desktop.widgets.letter_editor.printing import LetterPainter
from tests.support.typing import type_text

TEMPLATE = 3  # MAILNG, a Mailing template of the demo
PATHS = {"pdf": "promo.pdf", "printer": "printed.pdf", "book": "promo.docx", "folder": "each"}


def _form(window, qtbot, output: str, path):
    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(K.CONTACT)
    form.form.editor("object_kind").changed.emit()
    type_text(qtbot, form.form.editor("code_to"), "CT000012")
    form.form.editor("active_contacts_only").set_value(True)
    form.form.editor("letter_id").set_value(1)  # PROMO24, a contact letter
    form.form.editor("output").set_value(output)
    form.form.editor("output").changed.emit()
    if output != "printer":
        type_text(qtbot, form.form.editor("path"), str(path))
    form.form.editor("log_activity").set_value(True)
    form.form.editor("log_activity").changed.emit()
    form.form.editor("template_id").set_value(TEMPLATE)
    form.update.setChecked(True)
    return form


@pytest.fixture
def out(tmp_path):
    """Where the runs write (the settings live in tmp_path/data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def print_to_file(monkeypatch, out):
    """The print dialog answered as a user who chose Qt's "Print to PDF" with a file name:
    QPrintDialog sets the printer it operates on (QPrintDialog::printer(),
    https://doc.qt.io/qt-6/qprintdialog.html) to PDF output with that file
    (QPrinter::setOutputFileName, https://doc.qt.io/qt-6/qprinter.html). ``answers`` says
    whether the user printed or cancelled."""
    answers = []

    def chosen(dialog):
        answer = answers.pop(0) if answers else QPrintDialog.Accepted
        if answer == QPrintDialog.Accepted:
            dialog.printer().setOutputFormat(QPrinter.PdfFormat)
            dialog.printer().setOutputFileName(str(out / PATHS["printer"]))
        return answer

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    return answers


def _state(ctx) -> tuple[int, int, int]:
    """(mailings of the template, the next mailing number, batch runs)."""
    with ctx.db.session() as s:
        mailings = s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.template_id == TEMPLATE, E.Activity.type == ActivityType.MAILING))
        number = s.scalar(select(E.NumberSeries.next_value).where(
            E.NumberSeries.id == com_parameters(s).mailing_series_id))
        runs = s.scalar(select(func.count()).select_from(E.BatchRun))
    return mailings, number, runs


def _press_cancel(qtbot, form) -> None:
    assert form.cancel_button.isEnabled()
    qtbot.mouseClick(form.cancel_button, Qt.LeftButton)


def _cancel_once(monkeypatch, cls, name: str, form_getter, qtbot, after: int = 1):
    """Cancel clicked when ``cls.name`` is called the ``after``-th time, in this run only."""
    original = getattr(cls, name)
    calls = []

    def spy(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == after:
            _press_cancel(qtbot, form_getter())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, spy)
    return calls


WRITING = {"pdf": (LetterPainter, "paint", 2), "printer": (LetterPainter, "paint", 2),
           "book": (DocxBookOutput, "finish", 1), "folder": (DocxFolderOutput, "finish", 1)}


@pytest.mark.parametrize("output", sorted(PATHS))
@pytest.mark.parametrize("stage", ["walking", "writing"])
def test_cancel_at_each_stage_writes_nothing_and_the_next_run_goes_through(
        window, ctx, qtbot, monkeypatch, out, print_to_file, answers, output, stage):
    before = _state(ctx)
    form = _form(window, qtbot, output, out / PATHS[output])
    cls, name, after = (MailMerge, "process", 3) if stage == "walking" else WRITING[output]
    calls = _cancel_once(monkeypatch, cls, name, lambda: form, qtbot, after)
    assert form.run() is not None
    assert calls and form.summary.text() == "Cancelled: nothing was changed."
    assert list(out.iterdir()) == []  # no file, no folder, nothing temporary
    assert _state(ctx) == before
    form.run()  # the next run, to its end (the spy cancels once only)
    assert "processed" in form.summary.text(), form.summary.text()
    assert [p.name for p in out.iterdir()] == [PATHS[output]]
    mailings, _number, runs = _state(ctx)
    assert mailings > before[0] and runs == before[2] + 1


def test_the_print_dialog_cancelled_and_the_replace_question_answered_no(
        window, ctx, qtbot, out, print_to_file, answers):
    before = _state(ctx)
    form = _form(window, qtbot, "printer", None)
    print_to_file.append(QPrintDialog.Rejected)
    assert form.run() is None and form.summary.text() == "Nothing was printed."
    assert list(out.iterdir()) == [] and _state(ctx) == before
    book = out / "promo.docx"
    book.write_bytes(b"the letters of last week")
    form = _form(window, qtbot, "book", book)
    answers.answer = QMessageBox.No
    form.run()
    assert answers.shown[-1] == ("question", f"promo.docx already exists in {out}. "
                                 "Replace it?")
    assert form.summary.text() == "Nothing was changed."
    assert book.read_bytes() == b"the letters of last week" and _state(ctx) == before
    answers.answer = QMessageBox.Yes
    form.run()
    assert book.read_bytes()[:2] == b"PK" and _state(ctx)[0] > before[0]


def test_a_document_each_into_a_file_is_refused_in_one_sentence(window, ctx, qtbot, out,
                                                                 answers):
    there = out / "letters.docx"
    there.write_bytes(b"x")
    form = _form(window, qtbot, "folder", there)
    form.run()
    assert form.summary.text() == f"{there} is a file: a document per recipient needs a folder."
    assert [p.name for p in out.iterdir()] == ["letters.docx"]


def test_the_tab_closed_during_a_run_leaves_nothing_and_the_next_tab_runs(
        window, ctx, qtbot, out, real_pool, answers):
    before = _state(ctx)
    form = _form(window, qtbot, "book", out / "promo.docx")
    form.form.editor("code_to").set_value("")  # every active contact: long enough
    task = form.run()
    assert task is not None
    window.mdi.activeSubWindow().close()  # closing cancels the run and waits for it
    assert not task.running
    real_pool.wait_idle()
    assert list(out.iterdir()) == [] and _state(ctx) == before
    again = window.open_session("tdsmi2410m000")
    assert again is not form
    # the last parameters come back (per user), the run goes through
    assert again.form.editor("path").value() == str(out / "promo.docx")
    assert again.form.editor("letter_id").value() == 1
    again.update.setChecked(True)
    task = again.run()
    with qtbot.waitSignal(task.done, timeout=120000):
        pass
    assert [p.name for p in out.iterdir()] == ["promo.docx"]


def test_the_data_file_neutralises_formulas_unless_the_setting_says_otherwise(
        window, ctx, qtbot, out, answers):
    """A partner whose name a spreadsheet would run as a formula: the data file writes it
    with an apostrophe; ticked in Tools > Settings, the file keeps it as it is."""
    from desktop.crm.letters.document import Document, Field, Paragraph
    from desktop.crm.letters.storage import dumps
    from desktop.dialogs.settings_dialog import SettingsDialog

    with ctx.db.session() as s:
        partner = s.get(E.BusinessPartner, 1)
        partner.name, code = '=HYPERLINK("http://x","y")', partner.code
        letter = E.Letter(code="DATA", description="Data", object_kind=K.BUSINESS_PARTNER,
                          export=True, layout=dumps(Document((Paragraph((Field("bp.name"),)),))))
        s.add(letter)
        s.commit()
        letter_id = letter.id
    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    type_text(qtbot, form.form.editor("code_to"), code)
    form.form.editor("letter_id").set_value(letter_id)
    form.form.editor("output").set_value("data")
    form.form.editor("output").changed.emit()
    assert not form.form.editor("separator").isHidden()
    type_text(qtbot, form.form.editor("path"), str(out / "data.csv"))
    form.update.setChecked(True)
    form.run()
    line = (out / "data.csv").read_bytes().decode("utf-8-sig").splitlines()[1]
    # key; @cor.nama (the primary contact's name); bp.name
    assert line.startswith(f"{code};") and \
        line.endswith(";\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
    dialog = SettingsDialog(ctx, window)
    qtbot.mouseClick(dialog.data_as_is, Qt.LeftButton)
    assert dialog.data_as_is.isChecked()
    dialog.accept()
    answers.answer = QMessageBox.Yes  # replace the file
    form.run()
    line = (out / "data.csv").read_bytes().decode("utf-8-sig").splitlines()[1]
    assert line.endswith(";\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
