"""Flexible Printing (tdsmi2410m100, BR-REP-06): a report printed for a target group chosen as
in mail merge, to the preview, the printer, a PDF, an Excel workbook or a CSV file. The run
reads and writes on the task pool with a progress bar and Cancel; a cancelled run leaves no
file. The file is checked before the run (replacing one is asked); the preview's pages come
through a relay of this window, so a preview closed during or after a run stops that run
and never breaks the next one. The parameters of the last run come back, per user."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.errors import CrmError
from desktop.crm.reports.printing import CsvReport, XlsxReport, leaves_out_objecting
from desktop.dialogs import files
from desktop.i18n import current_language, error_text, tr_crm
from desktop.views.ops.background import LongOp
from desktop.views.reports import ops
from desktop.views.reports.outputs import PdfReport, PreviewReport, PrinterReport
from desktop.views.reports.preview import PageRelay, ReportPreview
from desktop.views.shapes.forms import FieldSpec as F, Form, Group, tr_field as t
from desktop.views.shapes.left_out import with_left_out
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.remembered import remembered_values, stored_values
from desktop.views.shapes.target_groups import (
    filters_follow_object,
    objection_field,
    target_group_fields,
)
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session
from desktop.widgets.keyboard import button_key
from desktop.widgets.lookup import LookupSpec

FILE_OUTPUTS = {"pdf": PdfReport, "xlsx": XlsxReport, "csv": CsvReport}


def output_choices() -> list[tuple[str, str]]:
    return [("preview", t("Preview")), ("printer", t("Printer")), ("pdf", t("PDF document")),
            ("xlsx", t("Excel workbook (XLSX)")), ("csv", t("CSV file"))]


def separator_choices() -> list[tuple[str, str]]:
    return [(";", t("Semicolons, decimal commas (French Excel)")),
            (",", t("Commas, decimal points (English Excel)"))]


def file_filters() -> dict[str, str]:
    return {"pdf": t("PDF documents (*.pdf)"), "xlsx": t("Excel workbooks (*.xlsx)"),
            "csv": t("CSV files (*.csv)")}


@session("tdsmi2410m100", "Flexible Printing", "fa5s.print", "reports")
class FlexiblePrintingSession(LongRunControls, SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.task: LongOp | None = None
        self.written: Path | None = None  # the file of the run under way
        self.preview: ReportPreview | None = None
        self.relay = PageRelay(self)  # lives as long as this window, whatever the preview
        self.relay.started.connect(self._preview_started)
        self.relay.page.connect(self._preview_page)
        self.form = Form(self.parameter_groups(), ctx.db.engine, ctx.pool, self)
        self.browse_button = QPushButton(self)
        self.translated(self.browse_button.setText, "fields", "Browse…")
        self.browse_button.clicked.connect(self.browse)
        self.form.add_beside("path", self.browse_button)
        self.print_button = QPushButton(qta.icon("fa5s.print"), "", self)
        self.print_button.setObjectName("print_button")
        self.run_button = self.print_button
        self.translated(self.print_button.setText, "FlexiblePrintingSession", "Print")
        button_key(self, self.print_button, QKeySequence.Print)
        self.cancel_button = QPushButton(qta.icon("fa5s.stop"), "", self)
        self.translated(self.cancel_button.setText, "FlexiblePrintingSession", "Cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for widget in (self.progress, self.print_button, self.cancel_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.print_button.clicked.connect(lambda: self.run())
        self.cancel_button.clicked.connect(self.cancel)
        self.form.editor("object_kind").changed.connect(self._object_changed)
        self.form.editor("output").changed.connect(self._output_changed)
        self.form.editor("report_id").changed.connect(self._report_changed)
        remembered = remembered_values(self.form, ctx.settings.run_values(ctx.user,
                                                                          self.session_code))
        self.form.set_values({"output": "preview", **remembered,
                              **{k: v for k, v in params.items()
                                 if k in ("report_id", "object_kind")}})
        self._object_changed()
        self._output_changed()
        if "report_id" in params and "object_kind" not in params:
            self._report_changed()

    def parameter_groups(self) -> list[Group]:
        return [Group("Report", [
            F("report_id", kind="lookup", required=True, lookup=LookupSpec(E.Report)),
            F("output", "Output", "choice", options={"choices": output_choices}),
            F("path", "File"),
            F("separator", "Separator", "choice", options={"choices": separator_choices}),
            objection_field()], column=1), *target_group_fields()]

    # -- the form ---------------------------------------------------------------------------------
    def _output_changed(self) -> None:
        output = self.form.editor("output").value()
        to_file = output in FILE_OUTPUTS
        self.form.editor("path").setEnabled(to_file)
        self.browse_button.setEnabled(to_file)
        self.form.show_field("separator", output == "csv")
        self._objection_follows()

    def _object_changed(self) -> None:
        filters_follow_object(self.form)
        self._objection_follows()

    def _objection_follows(self) -> None:
        """"Include contacts who object" only where someone is left out: a file of contacts."""
        self.form.show_field("include_objected", leaves_out_objecting(
            self.form.editor("object_kind").value(),
            self.form.editor("output").value() in FILE_OUTPUTS))

    def _report_changed(self) -> None:
        """A report lists one kind of record: the target group follows it."""
        report_id = self.form.editor("report_id").value()
        if report_id is None:
            return
        self.query(ops.report_object, report_id).success(self._object_read).run()

    def _object_read(self, kind) -> None:
        if kind is not None and self.form.editor("object_kind").value() is not kind:
            self.form.editor("object_kind").set_value(kind)
            self._object_changed()

    def browse(self) -> None:
        output = self.form.editor("output").value()
        path = files.save_path(self, self.ctx.settings, "reports", t("File"), "",
                               file_filters().get(output, ""))
        if path:
            self.form.editor("path").set_value(str(path))

    # -- running ----------------------------------------------------------------------------------
    def outputs(self, values: dict) -> list | None:
        """The chosen output; None when the user still has to say where."""
        output = values.get("output") or "preview"
        if output == "preview":
            self._close_preview()
            self.preview = ReportPreview(self.window_title(), self.ctx.pool, self.window(),
                                         settings=self.ctx.settings)
            self.preview.finished.connect(self._preview_closed)
            self.preview.show()
            return [PreviewReport(self.relay.page.emit, self.relay.started.emit)]
        if output == "printer":
            printer = QPrinter(QPrinter.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.Accepted:
                self.summary.setText(self.tr("Nothing was printed."))
                return None
            return [PrinterReport(printer)]
        path = (values.get("path") or "").strip()
        if not path:
            self.summary.setText(tr_crm("Choose the file the report is written to."))
            self.form.focus_field("path")
            return None
        self.written = Path(path)  # offered to open once the run has written it
        if output == "csv":
            return [CsvReport(Path(path), values.get("separator") or ";")]
        return [FILE_OUTPUTS[output](Path(path))]

    # -- the preview ------------------------------------------------------------------------------
    def _preview_started(self, report) -> None:
        if self.preview is not None:
            self.preview.started(report)

    def _preview_page(self, picture) -> None:
        if self.preview is not None:
            self.preview.add_page(picture)

    def _preview_closed(self) -> None:
        """The preview closed: its run stops (nothing to show it to any more)."""
        self.preview = None
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _close_preview(self) -> None:
        preview, self.preview = self.preview, None
        if preview is not None:
            preview.finished.disconnect(self._preview_closed)
            preview.close()

    # -- running ----------------------------------------------------------------------------------
    def run(self, replace: bool = False) -> LongOp | None:
        problems = self.form.problems()
        if problems:
            self.summary.setText(problems[0][1])
            return None
        values = self.form.values()
        outputs = self.outputs(values)
        if outputs is None:
            return None
        self.ctx.settings.set_run_values(self.ctx.user, self.session_code,
                                         stored_values(self.form, values))
        return self.start_task(LongOp(self.ctx, self, ops.print_report, values, outputs,
                                      current_language(), self.ctx.employee_id, replace,
                                      # only the choice to include those who object is written
                                      commit=bool(values.get("include_objected"))),
                               self._done, self._failed)

    def running_text(self) -> str:
        return self.tr("Printing…")

    def _done(self, result) -> None:
        rows, pages, written_to, left_out = result
        self._running(False)
        if self.preview is not None:
            self.preview.run_finished()
        count = rows  # a plain name: lupdate skips a call as the count
        # plurals through translate(), as the other sessions' counts
        text = QCoreApplication.translate("FlexiblePrintingSession", "%n record(s) printed", "",
                                          count)
        if pages:
            text += " " + QCoreApplication.translate("FlexiblePrintingSession",
                                                     "on %n page(s)", "", pages)
        if written_to:
            text += " " + self.tr("to %1").replace("%1", ", ".join(written_to))
        text = with_left_out(text + ".", left_out)
        self.summary.setText(text)
        written, self.written = self.written, None
        if written is not None and written.exists():  # a PDF, workbook or CSV file
            files.offer_to_open(self, self.window_title(), written, text)

    def _failed(self, error) -> None:
        self._running(False)
        self._close_preview()
        self.written = None
        if self.asked(error, lambda: self.run(replace=True), self.tr("Nothing was printed.")):
            return
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, CrmError):
            self.summary.setText(error_text(error))
            self.form.focus_field(getattr(error, "field", None))
        else:
            self.summary.setText(self.tr("The report could not be printed: %1")
                                 .replace("%1", str(error)))

    def retranslate(self) -> None:
        self.form.retranslate()
        super().retranslate()



__all__ = ["FlexiblePrintingSession"]
