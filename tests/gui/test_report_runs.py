"""Flexible Printing that never surprises: the preview closed during a run stops it and the
next run shows its pages; a preview closed after a run never breaks the next one; Cancel
pressed while writing a PDF, a workbook, a CSV file or printing to a file leaves no file;
replacing a file is asked; the last parameters come back for the same user only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.crm import entities as E
from desktop.crm.reports.printing import CsvReport, XlsxReport
from desktop.views.reports.outputs import PdfReport, PreviewReport, PrinterReport
from desktop.views.reports.printing_session import FlexiblePrintingSession
from tests.gui.test_reports import _define_report, _printing
from tests.support.typing import type_text


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def many(ctx):
    """Enough opportunities for a run to report progress and paint several pages."""
    with ctx.db.session() as s:
        bp, rep = s.get(E.BusinessPartner, 1), s.get(E.Employee, 1)
        for n in range(450):
            s.add(E.Opportunity(code=f"LONG{n:05d}", description="Long", sold_to_bp=bp,
                                assigned_to=rep, sales_process_id=1))
        s.commit()


def _deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_the_preview_closed_during_a_run_stops_it_and_the_next_run_shows(
        window, ctx, qtbot, monkeypatch, many):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    original = PreviewReport.new_page

    def close_at_the_second_page(self):
        if form.preview is not None and len(form.preview.pages) == 1:
            form.preview.close()  # the user closes it while pages still come
        return original(self)

    monkeypatch.setattr(PreviewReport, "new_page", close_at_the_second_page)
    form.run()
    _deleted_later()
    assert form.preview is None and form.print_button.isEnabled()
    assert form.summary.text() == "Cancelled: no file was written."
    monkeypatch.setattr(PreviewReport, "new_page", original)
    form.run()
    assert form.preview is not None and len(form.preview.pages) > 2
    assert "page" in form.summary.text()
    form.preview.close()  # closed after the run
    _deleted_later()
    form.run()  # was "Signal source has been deleted"
    assert form.preview is not None and form.preview.isVisible() and form.preview.pages
    form.preview.close()


OUTPUTS = {"pdf": (PdfReport, "reps.pdf"), "xlsx": (XlsxReport, "reps.xlsx"),
           "csv": (CsvReport, "reps.csv"), "printer": (PrinterReport, "printed.pdf")}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_cancel_while_the_file_is_written_leaves_none(window, ctx, qtbot, monkeypatch, out,
                                                      output, answers):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    cls, name = OUTPUTS[output]

    def print_to_file(dialog):  # "Print to PDF" chosen (QPrintDialog::printer(), Qt 6 docs)
        dialog.printer().setOutputFormat(QPrinter.PdfFormat)
        dialog.printer().setOutputFileName(str(out / name))
        return QPrintDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    form.form.editor("output").set_value(output)
    form.form.editor("output").changed.emit()
    if output != "printer":
        type_text(qtbot, form.form.editor("path"), str(out / name))
    finish, pressed = cls.finish, []

    def cancel_while_finishing(self):
        if not pressed:
            pressed.append(1)
            qtbot.mouseClick(form.cancel_button, Qt.LeftButton)
        return finish(self)

    monkeypatch.setattr(cls, "finish", cancel_while_finishing)
    form.run()
    assert pressed and form.summary.text() == "Cancelled: no file was written."
    assert list(out.iterdir()) == []
    form.run()  # again, to the end
    assert [p.name for p in out.iterdir()] == [name], form.summary.text()
    # a file written is offered to open (declined); a printer's job is not a file to open
    offers = [text for kind, text in answers.shown if text.endswith("Open it now?")]
    assert len(offers) == (0 if output == "printer" else 1)


def test_replacing_a_file_is_asked(window, ctx, qtbot, monkeypatch, out, answers):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    form.form.editor("output").set_value("csv")
    form.form.editor("output").changed.emit()
    type_text(qtbot, form.form.editor("path"), str(out / "reps"))
    (out / "reps.csv").write_text("last month")
    answers.answer = QMessageBox.No
    form.run()
    assert answers.shown[-1] == ("question", f"reps.csv already exists in {out}. Replace it?")
    assert form.summary.text() == "Nothing was printed."
    assert (out / "reps.csv").read_text() == "last month"
    answers.answer = QMessageBox.Yes
    form.run()
    assert (out / "reps.csv").read_text("utf-8-sig").startswith("Assigned to")


def test_the_last_parameters_come_back_for_their_user_only(window, ctx, qtbot, monkeypatch,
                                                           out, answers):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    form.form.editor("output").set_value("xlsx")
    form.form.editor("output").changed.emit()  # as the user's choice in the list does
    type_text(qtbot, form.form.editor("path"), str(out / "reps.xlsx"))
    type_text(qtbot, form.form.editor("code_to"), "OPP999999")
    form.run()
    window.mdi.activeSubWindow().close()
    again = window.open_session("tdsmi2410m100")
    assert again is not form
    assert (again.form.editor("report_id").value(), again.form.editor("output").value(),
            again.form.editor("path").value(), again.form.editor("code_to").value()) == \
        (report_id, "xlsx", str(out / "reps.xlsx"), "OPP999999")
    window.mdi.activeSubWindow().close()
    ctx.user = "someone.else"
    other = FlexiblePrintingSession(ctx)
    try:
        assert other.form.editor("report_id").value() is None
        assert other.form.editor("output").value() == "preview"
    finally:
        other.deleteLater()
