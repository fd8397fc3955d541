"""Reports in the window: a report defined with a sort, a subtotal and a new page, printed to
the preview and paged through; the header edited in the letter editor; an Excel file; a long
run cancelled from its progress leaves no file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.letters.document import Field
from desktop.views.reports.preview import ReportPreview
from desktop.views.reports.printing_session import FlexiblePrintingSession
from desktop.views.shapes.satellite import RecordDialog

LINES = [("opportunity.assigned_to", {"sort": True, "new_page": True}),
         ("opportunity.code", {}), ("opportunity.expected_revenue", {"subtotal": True,
                                                                    "total": True})]


def _define_report(window, qtbot, monkeypatch) -> int:
    detail = window.open_session("tdsmi0180s000", record_id=None)
    detail.form.editor("code").set_value("REPS")
    detail.form.editor("description").set_value("Revenue per rep")
    detail.form.editor("business_object").set_value(K.OPPORTUNITY)
    header = detail.page_editors["header_text"]
    qtbot.keyClicks(header.edit, "Revenue per rep, page ")
    header.insert_field(Field("@page"))
    detail.save_action.trigger()
    assert detail.record_id is not None, detail.form.problems()
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    assert titles[:3] == ["Header", "Footer", "Layout"]
    layout = detail.tab_widget.widget(titles.index("Layout"))
    pending = list(LINES)

    def fill(dialog):
        name, flags = pending.pop(0)
        dialog.form.editor("field_name").set_value(name)
        for flag, value in flags.items():
            dialog.form.editor(flag).set_value(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    for _ in LINES:
        layout.new_action.trigger()
    assert layout.model.rowCount() == 3
    assert [layout.model.row_values(r)["sequence"] for r in range(3)] == [10, 20, 30]
    return detail.record_id


def _printing(window, report_id: int) -> FlexiblePrintingSession:
    form = window.open_session("tdsmi2410m100")
    form.form.editor("report_id").set_value(report_id)
    form.form.editor("report_id").changed.emit()
    return form


def test_define_a_report_and_page_through_its_preview(window, ctx, qtbot, monkeypatch,
                                                      tmp_path, answers):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    assert form.form.editor("object_kind").value() is K.OPPORTUNITY  # followed the report
    task = form.run()
    assert task is not None, form.summary.text()
    preview = form.preview
    assert isinstance(preview, ReportPreview) and preview.isVisible()
    with ctx.db.session() as s:  # a page per rep who has opportunities
        reps = s.scalar(select(func.count(func.distinct(E.Opportunity.assigned_to_id))))
    assert len(preview.pages) >= reps > 1
    assert preview.current == 1 and not preview.image.pixmap().isNull()
    first = preview.image.pixmap().toImage()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.scroll, Qt.Key_PageDown)
    assert preview.current == 2 and preview.image.pixmap().toImage() != first
    assert preview.count_label.text().strip() == f"of {len(preview.pages)}"
    assert "record(s)" not in form.summary.text() and "page" in form.summary.text()
    # Save as PDF starts in the folder last used for reports and offers to open the file
    ctx.settings.set_last_folder("reports", str(tmp_path))
    offered = []

    def chosen(parent, title, start, filters):
        offered.append(start)
        return str(tmp_path / "preview.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    preview.pdf_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "preview.pdf").exists())
    qtbot.waitUntil(lambda: len(answers.shown) == 1)
    assert offered and Path(offered[0]).parent == tmp_path
    assert (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")
    assert answers.shown == [("question", f"Written to {tmp_path / 'preview.pdf'}.\n"
                                          "Open it now?")]
    preview.close()


def test_an_excel_file_of_the_report(window, ctx, qtbot, monkeypatch, tmp_path):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    form.form.editor("output").set_value("xlsx")
    form.form.editor("path").set_value(str(tmp_path / "reps"))
    assert form.run() is not None
    sheet = openpyxl.load_workbook(tmp_path / "reps.xlsx", data_only=True).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ("Assigned to", "Opportunity", "Expected revenue")  # the labels
    assert any(str(row[0] or "").startswith("Subtotal") for row in values)
    assert values[-1][0] == "Total" and isinstance(values[-1][2], (int, float))


def test_a_cancelled_run_leaves_no_file(window, ctx, qtbot, monkeypatch, tmp_path):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    out = tmp_path / "out"
    out.mkdir()
    form.form.editor("output").set_value("pdf")
    form.form.editor("path").set_value(str(out / "reps.pdf"))
    shown = FlexiblePrintingSession._progressed

    def cancel_at_first_progress(self, done, total, text):
        shown(self, done, total, text)
        assert self.cancel_button.isEnabled()
        self.cancel_button.click()

    monkeypatch.setattr(FlexiblePrintingSession, "_progressed", cancel_at_first_progress)
    with ctx.db.session() as s:  # enough rows for the run to report progress
        bp, rep = s.get(E.BusinessPartner, 1), s.get(E.Employee, 1)
        for n in range(600):
            s.add(E.Opportunity(code=f"LONG{n:05d}", description="Long", sold_to_bp=bp,
                                assigned_to=rep, sales_process_id=1))
        s.commit()
    form.run()
    assert form.summary.text() == "Cancelled: no file was written."
    assert list(out.iterdir()) == []
    assert form.print_button.isEnabled()


def test_a_missing_file_name_is_asked_for(window, ctx, qtbot, monkeypatch, answers):
    report_id = _define_report(window, qtbot, monkeypatch)
    form = _printing(window, report_id)
    form.form.editor("output").set_value("csv")
    assert form.run() is None
    assert form.summary.text() == "Choose the file the report is written to."
    answers.answer = QMessageBox.Discard
