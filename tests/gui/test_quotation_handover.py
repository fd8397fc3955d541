"""Handing a quotation over (issue 31): saved as PDF from a dialog that starts in the user's
Documents folder (then in the last folder used for quotations), recorded as Printed, the user
told where the file is and offered to open it; an item line shows the item's unit and price as
soon as the item is picked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import QuotationStatus
from desktop.views.shapes.satellite import RecordDialog
from tests.support.typing import press, type_text


@pytest.fixture
def opened(monkeypatch):
    """What the application asks the system to open: QDesktopServices.openUrl hands a file's
    URL to the program the system gives its kind (https://doc.qt.io/qt-6/qdesktopservices.html
    #openUrl); here the URLs are noted (PySide6 refuses a Python receiver for setUrlHandler)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    return urls


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """QFileDialog.getSaveFileName answers as a user who keeps the proposed name in a folder
    of the test; it notes where the dialog started."""
    started: list[Path] = []

    def answer(parent, title, start, filters):
        started.append(Path(start))
        return str(tmp_path / "out" / Path(start).name), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return started


def _quotation(window, ctx):
    """A quotation just created (the demo's are processed)."""
    with ctx.db.session(user=ctx.user) as s:
        quotation = s.scalars(select(E.Quotation).order_by(E.Quotation.id)).first()
        quotation.status = QuotationStatus.CREATED
        s.commit()
        quotation_id = quotation.id
    return window.open_session("tdsls1100s000", record_id=quotation_id)


def test_saving_as_pdf_records_it_and_offers_to_open_it(window, ctx, answers, save_dialog,
                                                       opened, tmp_path):
    detail = _quotation(window, ctx)
    answers.answer = QMessageBox.Open
    detail.document_actions.actions["pdf"].trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert save_dialog[0].parent == Path(documents or Path.home())
    written = tmp_path / "out" / save_dialog[0].name
    assert written.exists() and written.read_bytes().startswith(b"%PDF")
    [(_kind, text)] = answers.shown
    assert str(written) in text  # where it is
    assert [Path(url.toLocalFile()) for url in opened] == [written]
    with ctx.db.session() as s:
        assert s.get(E.Quotation, detail.record_id).status is QuotationStatus.PRINTED
    assert detail.form.editor("status").value() is QuotationStatus.PRINTED
    answers.answer = QMessageBox.Close
    detail.document_actions.actions["word"].trigger()
    assert save_dialog[1].parent == tmp_path / "out"  # the last folder used for quotations
    assert len(opened) == 1


def test_an_item_line_shows_unit_and_price_once_the_item_is_picked(window, ctx, qtbot,
                                                                  monkeypatch, answers):
    detail = _quotation(window, ctx)
    with ctx.db.session() as s:
        item = s.scalars(select(E.Item).where(E.Item.sales_unit == "h")).first()
        code, unit, price = item.code, item.sales_unit, item.base_price
    lines = detail.show_tab("Lines")
    seen = {}

    def pick_item(dialog: RecordDialog) -> int:
        dialog.show()
        field = dialog.form.editor("item_id")
        type_text(qtbot, field.code, code.lower())
        press(qtbot, field.code, Qt.Key_Tab)
        seen["unit"] = dialog.form.editor("unit").value()
        seen["price"] = dialog.form.editor("price").placeholderText()
        dialog.reject()
        return QDialog.Rejected

    monkeypatch.setattr(RecordDialog, "exec", pick_item)
    lines.new_record()
    assert seen["unit"] == unit
    assert seen["price"].startswith(f"{price:.2f}".replace(".", ",")) or \
        seen["price"].startswith(f"{price:,.2f}")
