"""A run's report people can use: what the run did first, the skipped records folded behind
one line (the choice remembered), each line with the record's name and who looks after it,
a double-click that opens the record, the report printed or saved as Excel or CSV."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.settings import SKIPPED_COLLAPSED
from tests.support import office


def _run(form, qtbot):
    """Run and wait for the report (at once with the inline pool, else its delivery)."""
    form.report = None
    assert form.run() is not None
    qtbot.waitUntil(lambda: form.report is not None, timeout=60000)


def _global_addition(window, qtbot):
    form = window.open_session("tdsmi2210m100")
    form.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    form.form.editor("selection_id").set_value(2)  # LYON
    form.form.editor("template_id").set_value(2)  # RELANC, a task
    _run(form, qtbot)
    return form


def test_the_lines_that_matter_first_with_names_and_assignees(window, ctx, qtbot):
    form = _global_addition(window, qtbot)
    lines = form.lines
    with ctx.db.session() as s:
        lyon = s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.city == "Lyon")
                         .order_by(E.BusinessPartner.code)).all()
        expected = [(bp.code, bp.name, bp.internal_rep.name if bp.internal_rep else "")
                    for bp in lyon]
    shown = [tuple(lines.cell(r, c) for c in range(3))
             for r in range(len(lyon))]
    assert shown == expected
    assert lines.summary_row == len(lyon) and lines.collapsed
    headers = [lines.headerData(c, Qt.Horizontal) for c in range(lines.columnCount())]
    assert headers == ["Record", "Name", "Assigned to", "Result", "Message"]


def test_a_double_click_opens_the_record(window, ctx, qtbot):
    form = _global_addition(window, qtbot)
    table = form.report_panel.table
    rect = table.visualRect(form.lines.index(0, 1))
    # a double click as the mouse makes it: a click, then the second press (QTest sends
    # only the latter, which a view ignores without the press before it)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    opened = window.mdi.activeSubWindow().session
    assert opened is not form and opened.record_id == form.lines.record_id(0)


def test_the_folded_choice_is_remembered(window, ctx, qtbot):
    form = _global_addition(window, qtbot)
    table = form.report_panel.table
    rect = table.visualRect(form.lines.index(form.lines.summary_row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    assert not form.lines.collapsed and ctx.settings.get(SKIPPED_COLLAPSED) is False
    other = window.open_session("tdsmi2210m200")  # another processing form
    assert not other.lines.collapsed


def test_the_report_is_saved_and_printed(window, ctx, qtbot, tmp_path, real_pool):
    form = _global_addition(window, qtbot)
    rows = form.report_panel.rows()
    task = form.report_panel.export_to(tmp_path / "report.xlsx")
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx").active
    values = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["Record", "Name", "Assigned to", "Result", "Message"]
    assert values[1:1 + len(rows)] == rows
    task = form.report_panel.export_to(tmp_path / "report.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert (tmp_path / "report.csv").read_text("utf-8-sig").splitlines()[0] == \
        "Record,Name,Assigned to,Result,Message"
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "report.pdf"))
    form.report_panel.print_to(printer)
    text = " ".join(office.pdf_text(tmp_path / "report.pdf").split())
    assert rows[0][0] in text and rows[0][1].split()[0] in text and "Would Create" in text
