"""The processing-form session shape: parameters, Simulate / Update, Run with progress and
Cancel on a worker thread, and the run's report."""

from __future__ import annotations

from collections import Counter

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from desktop.crm.batch import RunReport, run_batch
from desktop.crm.db.collection import collector_paused
from desktop.crm.enums import BatchRunKind, UpdateMode
from desktop.crm.errors import ConfirmationRequired, CrmError
from desktop.i18n import error_text, tr_crm
from desktop.models.columns import translate_enum
from desktop.models.report_lines import ReportLinesModel
from desktop.views.ops.background import BackgroundTask, Cancelled, LongOp
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.window import SessionWindow


class ProcessingSession(LongRunControls, SessionWindow):
    kind: BatchRunKind = None

    # -- declarations ----------------------------------------------------------------------
    def parameter_groups(self) -> list[Group]:
        raise NotImplementedError

    @staticmethod
    def targets(session, values: dict) -> list:
        """Runs on a worker thread: the records of the run."""
        raise NotImplementedError

    @staticmethod
    def process(session, target, simulate: bool):
        """Runs on a worker thread: one record."""
        raise NotImplementedError

    def batch(self, values: dict):
        """(targets, process[, finish[, after[, discard]]]) of a run, called on the worker
        thread: ``finish(session)`` writes at the end of an Update what the run gathered,
        ``after()`` runs once it is committed (files moved into place), ``discard()`` when it
        failed or was cancelled. ``self.confirmed`` says whether the user already answered
        Yes to the run's question."""
        return self.targets, self.process

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.task: BackgroundTask | None = None
        self.report: RunReport | None = None
        self.confirmed = False
        self.form = Form(self.parameter_groups(), ctx.db.engine, self,
                         runner=ctx.pool.runner(self))
        self.simulate = QRadioButton(translate_enum(UpdateMode.SIMULATE), self)
        self.update = QRadioButton(translate_enum(UpdateMode.UPDATE), self)
        self.simulate.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.simulate)
        modes.addButton(self.update)
        self.run_button = QPushButton(qta.icon("fa5s.play"), "", self)
        self.translated(self.run_button.setText, "ProcessingSession", "Run")
        self.cancel_button = QPushButton(qta.icon("fa5s.stop"), "", self)
        self.translated(self.cancel_button.setText, "ProcessingSession", "Cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.lines = ReportLinesModel(tr_crm, self)
        self.table = QTableView(self)
        self.table.setModel(self.lines)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.hide_skipped = QCheckBox(self)
        self.translated(self.hide_skipped.setText, "ProcessingSession", "Hide skipped records")
        self.hide_skipped.toggled.connect(self.lines.set_hide_skipped)
        bar = QHBoxLayout()
        for widget in (self.simulate, self.update):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.progress, self.run_button, self.cancel_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.hide_skipped, 0, Qt.AlignBottom)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)

    def retranslate(self) -> None:
        self.form.retranslate()
        self.simulate.setText(translate_enum(UpdateMode.SIMULATE))
        self.update.setText(translate_enum(UpdateMode.UPDATE))
        self.lines.headerDataChanged.emit(Qt.Horizontal, 0, self.lines.columnCount() - 1)
        super().retranslate()

    @property
    def mode(self) -> UpdateMode:
        return UpdateMode.UPDATE if self.update.isChecked() else UpdateMode.SIMULATE

    # -- running ---------------------------------------------------------------------------
    def run(self, confirmed: bool = False) -> BackgroundTask | None:
        problems = self.form.problems()
        if problems:
            self.summary.setText(problems[0][1])
            return None
        self.confirmed = confirmed
        values, mode = self.form.values(), self.mode
        kind, batch = self.kind, self.batch(values)
        if batch is None:  # the session said why (a dialog cancelled, a path missing)
            return None
        targets, process = batch[0], batch[1]
        finish, after, discard = (tuple(batch[2:]) + (None, None, None))[:3]
        header = type(self).report_header

        def work(session, progress) -> RunReport:
            with collector_paused():
                found = targets(session, values)

            def step(done: int, total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            try:
                report = run_batch(session, kind, mode, values, found, process, len(found),
                                   step, finish)
            except BaseException:
                if discard is not None:
                    discard()
                raise
            if after is not None and mode is UpdateMode.UPDATE:
                after()
            report.header = header(session, values)
            return report

        return self.start_task(LongOp(self.ctx, self, work, commit=mode is UpdateMode.UPDATE,
                                      kinds=tuple(self.entities_changed())),
                               self._done, self._failed)

    def running_text(self) -> str:
        return self.tr("Running…")

    def _done(self, report: RunReport) -> None:
        self._running(False)
        self.report = report
        self.lines.set_lines(report.lines)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.summary.setText(self.summary_text(report)
                             + (f"\n{report.header}" if report.header else ""))

    def summary_text(self, report: RunReport) -> str:
        """'Simulate: 3 records processed: 2 Would Create, 1 Skipped (selection false).'"""
        counts = Counter(line.result for line in report.lines)
        count = len(report.lines)  # a plain name: lupdate skips a call as the count
        text = QCoreApplication.translate("ProcessingSession", "%1: %n record(s) processed.",
                                          "", count)
        text = text.replace("%1", translate_enum(report.mode))
        if counts:
            order = list(type(report.lines[0].result))
            text += " " + ", ".join(f"{counts[result]} {translate_enum(result)}"
                                    for result in sorted(counts, key=order.index))
        return text

    def _failed(self, error) -> None:
        self._running(False)
        if isinstance(error, ConfirmationRequired):
            answer = QMessageBox.question(self, self.window_title(), error_text(error),
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer == QMessageBox.Yes:
                self.run(confirmed=True)
            else:
                self.summary.setText(self.tr("Nothing was changed."))
            return
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(error, CrmError):
            self.summary.setText(error_text(error))
        else:
            self.summary.setText(self.tr("The run failed and was rolled back: %1")
                                 .replace("%1", str(error)))

    def entities_changed(self) -> set[type]:
        return set()

    @staticmethod
    def report_header(session, values: dict) -> str:
        """Text printed above the report lines (e.g. the selection's text, BR-GA-11)."""
        return ""



__all__ = ["ProcessingSession"]
