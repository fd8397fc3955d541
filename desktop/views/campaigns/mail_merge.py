"""Mail Merge by Standard Letter (tdsmi2410m000): a letter merged for every record of a target
group into one Word document, a Word document each, a PDF, the printer, or (a letter with
Export on) a data file; mailings logged as completed activities when asked.

Each output asks for what it needs (a folder for a document per recipient, a file
otherwise); the domain checks it before the run and asks before replacing anything. The
parameters of the last run are shown again at the next opening, per user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind
from desktop.crm.errors import ConfirmationRequired
from desktop.crm.mail_merge_outputs import CsvOutput, DocxBookOutput, DocxFolderOutput
from desktop.dialogs import files
from desktop.i18n import tr_crm, translator_for
from desktop.settings import DATA_FILE_AS_IS
from desktop.views.campaigns import ops
from desktop.views.campaigns.printed_letters import PdfOutput, PrinterOutput
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shapes.target_groups import (
    filters_follow_object,
    objection_field,
    target_group_fields,
)
from desktop.views.shell.registry import session
from desktop.widgets.keyboard import window_key
from desktop.widgets.lookup import LookupSpec

WRITERS = {"book": DocxBookOutput, "folder": DocxFolderOutput, "pdf": PdfOutput}


def output_choices() -> list[tuple[str, str]]:
    return [("book", t("One Word document (a letter per page)")),
            ("folder", t("A Word document per recipient")), ("pdf", t("One PDF document")),
            ("printer", t("Printer")), ("data", t("Data file for a word processor (CSV)"))]


def separator_choices() -> list[tuple[str, str]]:
    return [(";", t("Semicolons, decimal commas (French Excel)")),
            (",", t("Commas, decimal points (English Excel)"))]


def file_filters() -> dict[str, str]:
    return {"book": t("Word documents (*.docx)"), "pdf": t("PDF documents (*.pdf)"),
            "data": t("CSV files (*.csv)")}


@session("tdsmi2410m000", "Mail Merge by Standard Letter", "fa5s.mail-bulk", "marketing")
class MailMergeSession(ProcessingSession):
    kind = BatchRunKind.MAIL_MERGE
    remember_values = True

    def parameter_groups(self):
        return target_group_fields() + [
            Group("Letter", [
                F("letter_id", kind="lookup", required=True, lookup=LookupSpec(E.Letter)),
                F("output", "Output", "choice", options={"choices": output_choices}),
                F("path", "File"),
                F("separator", "Separator", "choice",
                  options={"choices": separator_choices}),
                F("log_activity", "Log mailing as activity", "bool"),
                F("template_id", kind="lookup", lookup=LookupSpec(E.ActivityTemplate)),
                F("selection_text", "Print the selection text", "bool"),
                objection_field()], column=1)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.printer: QPrinter | None = None
        self.written: Path | None = None  # the file or folder of the run under way
        self.browse_button = QPushButton(self)
        self.translated(self.browse_button.setText, "fields", "Browse…")
        self.browse_button.clicked.connect(self.browse)
        self.form.add_beside("path", self.browse_button)
        self.form.editor("object_kind").changed.connect(lambda: filters_follow_object(
            self.form))
        self.form.editor("output").changed.connect(self._output_changed)
        self.form.editor("log_activity").changed.connect(self._output_changed)
        filters_follow_object(self.form)
        self._output_changed()
        # Ctrl+P, as in the other windows that print: here the letters go to the printer
        self.print_action = QAction(self)
        self.print_action.triggered.connect(self.print_letters)
        window_key(self, self.print_action, QKeySequence.Print)
        self._translate_print()

    def _translate_print(self) -> None:
        self.run_button.setToolTip(self.tr("Ctrl+P prints the letters"))

    def print_letters(self) -> None:
        """The letters to the printer, for real (a simulation prints nothing); the print
        dialog asks which printer first, and may be cancelled."""
        self.update.setChecked(True)
        self.form.editor("output").set_value("printer")
        self._output_changed()
        self.run()

    def _output_changed(self) -> None:
        output = self.form.editor("output").value() or "book"
        self.form.editor("path").setEnabled(output != "printer")
        self.browse_button.setEnabled(output != "printer")
        self.form.show_field("separator", output == "data")
        self.form.labels["path"].setText(t("Folder") if output == "folder" else t("File"))
        self.form.editor("template_id").setEnabled(bool(self.form.editor("log_activity").value()))

    def retranslate(self) -> None:
        super().retranslate()
        self._output_changed()
        self._translate_print()

    def browse(self) -> None:
        output = self.form.editor("output").value()
        if output == "folder":
            path = QFileDialog.getExistingDirectory(
                self, t("File or folder"), str(files.start_folder(self.ctx.settings, "merge")))
        else:
            chosen = files.save_path(self, self.ctx.settings, "merge", t("File or folder"), "",
                                     file_filters().get(output, ""))
            path = str(chosen) if chosen else ""
        if path:
            self.form.editor("path").set_value(path)

    def outputs(self, values: dict) -> list | None:
        """The writer of the chosen output; None when the user still has to say where."""
        output, path = values.get("output") or "book", (values.get("path") or "").strip()
        if output == "printer":
            if self.printer is None:
                self.printer = QPrinter(QPrinter.HighResolution)
                dialog = QPrintDialog(self.printer, self)
                if dialog.exec() != QPrintDialog.Accepted:
                    self.printer = None
                    self.summary.setText(self.tr("Nothing was printed."))
                    return None
            return [PrinterOutput(self.printer)]
        if not path:
            self.summary.setText(tr_crm("Choose the file or folder the letters are written to."))
            self.form.focus_field("path")
            return None
        self.written = Path(path)  # offered to open once the run has written it
        if output == "data":
            return [CsvOutput(Path(path), values.get("separator") or ";",
                              not self.ctx.settings.get(DATA_FILE_AS_IS))]
        return [WRITERS[output](Path(path))]

    def job(self, values: dict) -> ops.MailMergeJob | None:
        simulate = not self.update.isChecked()
        outputs = [] if simulate else self.outputs(values)
        if outputs is None:
            return None
        return ops.MailMergeJob(values, self.confirmed, outputs, self.ctx.employee_id,
                                translator_for)

    def _done(self, report) -> None:
        super()._done(report)
        self.printer = None  # the next run asks again
        written, self.written = self.written, None
        if written is not None and written.exists():  # the letters or the data file
            files.offer_to_open(self, self.window_title(), written)

    def _failed(self, error) -> None:
        # a question (replace the file?) keeps the printer for the run that follows
        if not isinstance(error, ConfirmationRequired):
            self.printer = None
        self.written = None
        super()._failed(error)

    def entities_changed(self):
        return {E.Activity}

