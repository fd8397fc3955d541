"""The quotation as the customer receives it: previewed, printed, saved as PDF or as a Word
document, or sent as an e-mail activity with the PDF attached. The document is built by the
domain on the task pool, in the partner's language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from desktop.crm import entities as E
from desktop.crm.db.database import data_dir
from desktop.crm.io.file_names import safe_file_name
from desktop.dialogs import files
from desktop.i18n import tr_crm
from desktop.lazy import lazy_module
from desktop.views.quotations import ops
from desktop.views.shapes.forms import tr_field as t
from desktop.widgets.keyboard import window_key
from desktop.widgets.letter_editor.printing import paint_letters

if TYPE_CHECKING:
    from desktop.crm.letters import docx_export
else:  # python-docx, loaded when a quotation first goes to Word
    docx_export = lazy_module("desktop.crm.letters.docx_export")

ACTIONS = (("preview", "fa5s.eye"), ("print", "fa5s.print"), ("pdf", "fa5s.file-pdf"),
           ("word", "fa5s.file-word"), ("email", "fa5s.envelope"))


def action_texts() -> dict[str, str]:
    """Short: the window is the quotation's, so its actions need not say so."""
    return {"preview": t("Preview"), "print": t("Print…"), "pdf": t("Save as PDF…"),
            "word": t("Save as Word…"), "email": t("Send by e-mail")}


class QuotationDocumentActions:
    """The toolbar actions of a quotation window that hand the quotation to the customer."""

    def __init__(self, detail) -> None:
        self.detail = detail
        self.actions: dict[str, QAction] = {}
        detail.toolbar.addSeparator()
        for name, icon in ACTIONS:
            act = QAction(qta.icon(icon), "", detail)
            act.setObjectName(f"quotation_{name}")
            act.triggered.connect(getattr(self, f"{name}_clicked"))
            detail.toolbar.addAction(act)
            self.actions[name] = act
        window_key(detail, self.actions["print"], QKeySequence.Print)
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in action_texts().items():
            self.actions[name].setText(text)


    def _with_document(self, then) -> None:
        """Build the document on the pool (after a save when edited), then ``then(doc)``."""
        detail = self.detail
        if detail.record_id is None:
            return
        if detail.dirty:
            detail.save(then=lambda: self._with_document(then))
            return
        detail.query(ops.document, detail.record_id).success(then).run()

    @property
    def code(self) -> str:
        return self.detail.form.editor("code").value() or "quotation"

    # -- preview, print ----------------------------------------------------------------------
    def preview_clicked(self) -> None:
        self._with_document(self.show_preview)

    def show_preview(self, document) -> QPrintPreviewDialog:
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.detail)
        dialog.setWindowTitle(self.code)
        dialog.paintRequested.connect(lambda device: paint_letters(device, document, [{}]))
        dialog.resize(900, 1000)
        dialog.open()
        self.preview_dialog = dialog
        return dialog

    def print_clicked(self) -> None:
        self._with_document(self._print)

    def _print(self, document) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.code)
        if QPrintDialog(printer, self.detail).exec() == QPrintDialog.Accepted:
            paint_letters(printer, document, [{}])
            self.detail.op(ops.printed, self.detail.record_id, kinds=(E.Quotation,)) \
                .success(lambda _r: self.detail.refresh()).run()

    # -- files ----------------------------------------------------------------------------------
    def pdf_clicked(self) -> None:
        self._save_as("pdf", t("Save as PDF…"), t("PDF documents (*.pdf)"))

    def word_clicked(self) -> None:
        self._save_as("docx", t("Save as Word…"), t("Word documents (*.docx)"))

    def _save_as(self, kind: str, title: str, filters: str) -> None:
        path = files.save_path(self.detail, self.detail.ctx.settings, "quotations", title,
                               safe_file_name(f"{self.code}.{kind}"), filters)
        if path:
            self.save(path, kind)

    def save(self, path: Path, kind: str) -> None:
        """Built and written on the pool, beside its place and then moved in; the quotation
        is recorded as handed over (Printed) once the file is there."""
        self.detail.op(ops.write_document, self.detail.record_id, path, kind, self.code,
                       kinds=(E.Quotation,)).success(lambda problem: self._saved(path, problem)) \
            .run()

    def _saved(self, path: Path, problem: str) -> None:
        self.detail.refresh()  # its status: Printed
        if problem:
            QMessageBox.warning(self.detail, self.detail.window_title(),
                                tr_crm("The file could not be written: %1").replace("%1",
                                                                                     problem))
            return
        files.offer_to_open(self.detail, self.detail.window_title(), path)

    # -- e-mail -----------------------------------------------------------------------------------
    def email_clicked(self) -> None:
        detail = self.detail
        if detail.record_id is None:
            return
        if detail.dirty:
            detail.save(then=self.email_clicked)
            return
        detail.op(ops.email_quotation, detail.record_id, self.code, data_dir() / "attachments",
                  detail.ctx.employee_id, kinds=(E.Activity,)).titled(t("Send by e-mail")) \
            .success(lambda activity_id: detail.ctx.open_record(E.Activity, activity_id)).run()
