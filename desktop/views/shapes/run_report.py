"""The report of a run under a processing form: the lines that matter first, the skipped
records folded behind one line (a click unfolds them; the choice is remembered), each line
with the record's name and who looks after it; a double-click opens the record; the report
can be printed or saved as Excel or CSV."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.batch import ReportLine, RunReport
from desktop.crm.enums import BatchLineResult
from desktop.crm.errors import CrmError
from desktop.crm.io.file_names import safe_file_name
from desktop.i18n import error_text, tr_crm
from desktop.models.report_lines import COLUMNS, MESSAGE, ReportLinesModel
from desktop.settings import SKIPPED_COLLAPSED
from desktop.views.ops.background import Cancelled, run_with_progress
from desktop.views.shapes import ops as shapes_ops
from desktop.widgets.keyboard import button_key


class RunReportPanel(QWidget):
    """``open_requested(record id)`` when a line is double-clicked."""

    open_requested = Signal(int)

    def __init__(self, ctx, title, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.title = ctx, title  # title(): the session's window title
        self.report: RunReport | None = None
        self.header = ""
        self.lines = ReportLinesModel(tr_crm, self)
        self.lines.set_collapsed(bool(ctx.settings.get(SKIPPED_COLLAPSED)))
        self.table = QTableView(self)
        self.table.setObjectName("report_lines")
        self.table.setModel(self.lines)
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.print_button = QPushButton(qta.icon("fa5s.print"), "", self)
        self.export_button = QPushButton(qta.icon("fa5s.file-export"), "", self)
        self.print_button.clicked.connect(self.print_clicked)
        button_key(self, self.print_button, QKeySequence.Print)
        self.export_button.clicked.connect(self.export_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.lines.modelReset.connect(self._spans)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print report…"))
        self.export_button.setText(self.tr("Save report…"))
        self.lines.headerDataChanged.emit(Qt.Horizontal, 0, self.lines.columnCount() - 1)

    # -- the lines --------------------------------------------------------------------------
    def show_report(self, report: RunReport, header: str = "") -> None:
        self.report, self.header = report, header
        self.lines.set_report(report)
        for column in range(MESSAGE):
            self.table.resizeColumnToContents(column)
        self._enable()

    def _enable(self) -> None:
        for button in (self.print_button, self.export_button):
            button.setEnabled(self.report is not None)

    def _spans(self) -> None:
        self.table.clearSpans()
        row = self.lines.summary_row
        if row is not None:
            self.table.setSpan(row, 0, 1, self.lines.columnCount())

    def set_collapsed(self, collapsed: bool) -> None:
        self.lines.set_collapsed(collapsed)
        self.ctx.settings.set(SKIPPED_COLLAPSED, collapsed)

    def _clicked(self, index: QModelIndex) -> None:
        if index.row() == self.lines.summary_row:
            self.set_collapsed(not self.lines.collapsed)

    def _double_clicked(self, index: QModelIndex) -> None:
        record_id = self.lines.record_id(index.row())
        if record_id is not None:
            self.open_requested.emit(record_id)

    # -- printed, saved ---------------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        return [[self.lines.cell(row, c) for c in range(len(COLUMNS))]
                for row in self.lines.shown_rows()]

    def notes(self) -> list[str]:
        """The sentences above the lines: the summary, the run's notes, the header."""
        texts = [note_text(message, params) for message, params in self.report.notes] \
            if self.report is not None else []
        return texts + ([self.header] if self.header else [])

    def headings(self) -> list[str]:
        return [QCoreApplication.translate("ProcessingSession", c) for c in COLUMNS]

    def print_clicked(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.title())
        if QPrintDialog(printer, self).exec() == QPrintDialog.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """The report as a table on paper (or a PDF printer)."""
        document = QTextDocument()
        document.setHtml(report_html(self.title(), self.notes(), self.headings(), self.rows()))
        document.print_(printer)

    def export_clicked(self) -> None:
        filters = [self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")]
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save report…"),
                                                   safe_file_name(f"{self.title()}.xlsx"),
                                                   ";;".join(filters))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path):
        title, notes, headings, rows = self.title(), self.notes(), self.headings(), self.rows()
        separator = ";" if self.locale().decimalPoint() == "," else ","

        def failed(error) -> None:
            if not isinstance(error, Cancelled):
                QMessageBox.warning(self, self.tr("Save report…"), error_text(error)
                                    if isinstance(error, CrmError) else str(error))

        return run_with_progress(self, self.ctx.pool, self.tr("Save report…"),
                                 partial(shapes_ops.save_run_report, path, title, headings,
                                         rows, notes, separator), lambda _r: None, failed)


def note_text(message: str, params: dict) -> str:
    """A note of the run in the user's language, filled in as a report line is."""
    return ReportLine("", BatchLineResult.UNCHANGED, message, params).text(tr_crm)


def report_html(title: str, notes: list[str], headings: list[str],
                rows: list[list[str]]) -> str:
    cells = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                   for row in rows)
    paragraphs = "".join(f"<p>{html.escape(n)}</p>" for n in notes)
    return (f"<h3>{html.escape(title)}</h3>{paragraphs}"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr>{cells}</tr>{body}</table>")


__all__ = ["RunReportPanel"]
