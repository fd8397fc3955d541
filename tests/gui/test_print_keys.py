"""Ctrl+P prints from the window that has the print command (issue 40): the quotation's Print,
the report definition's, Flexible Printing's button; with two quotations open, only the one
in front prints (a key in the children's context, no "ambiguous shortcut")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.views.shell import features, registry  # noqa: F401 - features register


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


@pytest.fixture
def print_dialogs(monkeypatch) -> list[str]:
    """The document names the print dialog was opened for; the user cancels it. A stand-in
    for the modal QPrintDialog.exec() (https://doc.qt.io/qt-6/qprintdialog.html#exec: it
    returns Accepted or Rejected), as the report printing tests do."""
    opened: list[str] = []

    def cancel(dialog):
        opened.append(dialog.printer().docName())
        return QPrintDialog.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    return opened


def _open(window, qtbot, entity, record_id: int):
    window.ctx.open_record(entity, record_id)
    qtbot.waitUntil(lambda: getattr(window.front_session(), "record_id", None) == record_id,
                    timeout=20000)
    qtbot.waitUntil(lambda: not window.ctx.pool.busy, timeout=20000)
    return window.front_session()


def _ctrl_p_in(qtbot, session) -> None:
    """Ctrl+P typed with the focus in the session's first field."""
    field = next(editor for editor in session.form.editors.values() if editor.isEnabled()
                 and editor.isVisible())
    field.setFocus()
    qtbot.waitUntil(lambda: session.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_P, Qt.ControlModifier)


def test_ctrl_p_prints_the_quotation_in_front_only(window, ctx, qtbot, print_dialogs):
    with ctx.db.session() as s:
        first, second = s.execute(select(E.Quotation.id, E.Quotation.code)
                                  .order_by(E.Quotation.id).limit(2)).all()
    _open(window, qtbot, E.Quotation, first.id)
    front = _open(window, qtbot, E.Quotation, second.id)
    _ctrl_p_in(qtbot, front)
    qtbot.waitUntil(lambda: len(print_dialogs) == 1)
    assert print_dialogs == [second.code]


def test_ctrl_p_in_a_report_opens_its_printing(window, ctx, qtbot, print_dialogs):
    with ctx.db.session() as s:
        report_id = s.scalar(select(E.Report.id).order_by(E.Report.id).limit(1))
    report = _open(window, qtbot, E.Report, report_id)
    _ctrl_p_in(qtbot, report)
    qtbot.waitUntil(lambda: window.front_session() is not report)
    printing = window.front_session()
    assert printing.session_code == "tdsmi2410m100"
    assert printing.form.editor("report_id").value() == report_id
    # and there Ctrl+P is its Print button: to the printer, the dialog asks which one
    printing.form.editor("output").set_value("printer")
    printing.form.editor("output").changed.emit()
    _ctrl_p_in(qtbot, printing)
    qtbot.waitUntil(lambda: len(print_dialogs) == 1)
    assert printing.summary.text() == printing.tr("Nothing was printed.")
    assert "Ctrl+P" in printing.print_button.toolTip()


def test_ctrl_p_in_mail_merge_prints_the_letters(window, ctx, qtbot, print_dialogs):
    """The window that prints letters: Ctrl+P sends them to the printer, whose dialog asks
    first (cancelled here: nothing printed, nothing logged)."""
    with ctx.db.session() as s:
        letter_id, kind = s.execute(select(E.Letter.id, E.Letter.object_kind)
                                    .order_by(E.Letter.id).limit(1)).one()
    merge = window.open_session("tdsmi2410m000")
    merge.form.editor("object_kind").set_value(kind)
    merge.form.editor("object_kind").changed.emit()
    merge.form.editor("letter_id").set_value(letter_id)
    qtbot.waitUntil(lambda: not window.ctx.pool.busy, timeout=20000)
    _ctrl_p_in(qtbot, merge)
    qtbot.waitUntil(lambda: len(print_dialogs) == 1)
    assert merge.form.editor("output").value() == "printer" and merge.update.isChecked()
    assert merge.summary.text() == merge.tr("Nothing was printed.")
    assert "Ctrl+P" in merge.run_button.toolTip()
