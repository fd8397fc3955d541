"""The processing-form session shape: parameters, Simulate / Update, Run with progress and
Cancel on a worker thread, and the run's report."""

from __future__ import annotations

from collections import Counter

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from desktop.crm.batch import BatchJob, RunReport
from desktop.crm.enums import BatchLineResult, BatchRunKind, UpdateMode
from desktop.crm.errors import ConfirmationRequired, CrmError
from desktop.i18n import error_text, tr_crm
from desktop.models.columns import translate_enum
from desktop.models.report_lines import ReportLinesModel
from desktop.views.ops.background import BackgroundTask, BatchOp, Cancelled
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.window import SessionWindow


class ProcessingSession(LongRunControls, SessionWindow):
    kind: BatchRunKind = None

    # -- declarations ----------------------------------------------------------------------
    def parameter_groups(self) -> list[Group]:
        raise NotImplementedError

    def job(self, values: dict) -> BatchJob | None:
        """The run the form's ``values`` describe (a BatchJob of the feature's ops module),
        or None when the window said why it cannot start (a dialog cancelled, a path
        missing). ``self.confirmed`` says whether the user already answered Yes to the run's
        question."""
        batch = self.batch(values)
        return None if batch is None else _TupleJob(self, values, batch)

    def batch(self, values: dict):
        """Before ``job``: (targets, process[, finish[, after[, discard]]]) of a run."""
        raise NotImplementedError

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.task: BackgroundTask | None = None
        self.report: RunReport | None = None
        self.confirmed = False
        self.form = Form(self.parameter_groups(), ctx.db.engine, ctx.pool, self)
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
        self.table.viewport().update()  # the lines' results and messages, in the new language
        if self.report is not None:  # the last run's summary, written again
            self.summary.setText(self.summary_text(self.report)
                                 + (f"\n{self.report.header}" if self.report.header else ""))
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
        job = self.job(self.form.values())
        if job is None:  # the session said why (a dialog cancelled, a path missing)
            return None
        return self.start_task(BatchOp(self.ctx, self, job, self.mode,
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
        """'Simulate: 3 records processed. 2 would be created, 1 skipped (selection false).'
        with each count's own plural ("200 seraient créés")."""
        counts = Counter(line.result for line in report.lines)
        count = len(report.lines)  # a plain name: lupdate skips a call as the count
        text = QCoreApplication.translate("ProcessingSession", "%1: %n record(s) processed.",
                                          "", count)
        text = text.replace("%1", translate_enum(report.mode))
        if counts:
            order = list(type(report.lines[0].result))
            text += " " + ", ".join(result_count(result, counts[result])
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
        """Before ``job``: the text above the report lines."""
        return ""


#: how each result is counted in a run's summary, its plural forms in the translations
COUNTED = {
    BatchLineResult.CREATED: QT_TRANSLATE_NOOP("RunSummary", "%n created"),
    BatchLineResult.WOULD_CREATE: QT_TRANSLATE_NOOP("RunSummary", "%n would be created"),
    BatchLineResult.SKIPPED_SELECTION: QT_TRANSLATE_NOOP("RunSummary",
                                                         "%n skipped (selection false)"),
    BatchLineResult.SKIPPED_FILTER: QT_TRANSLATE_NOOP("RunSummary", "%n skipped (filter)"),
    BatchLineResult.SKIPPED_EXISTING: QT_TRANSLATE_NOOP("RunSummary",
                                                        "%n skipped (already present)"),
    BatchLineResult.WARNING: QT_TRANSLATE_NOOP("RunSummary", "%n warning(s)"),
    BatchLineResult.ERROR: QT_TRANSLATE_NOOP("RunSummary", "%n error(s)"),
    BatchLineResult.DELETED: QT_TRANSLATE_NOOP("RunSummary", "%n deleted"),
    BatchLineResult.WOULD_DELETE: QT_TRANSLATE_NOOP("RunSummary", "%n would be deleted"),
    BatchLineResult.UPDATED: QT_TRANSLATE_NOOP("RunSummary", "%n updated"),
    BatchLineResult.WOULD_UPDATE: QT_TRANSLATE_NOOP("RunSummary", "%n would be updated"),
    BatchLineResult.UNCHANGED: QT_TRANSLATE_NOOP("RunSummary", "%n unchanged"),
}


def result_count(result: BatchLineResult, count: int) -> str:
    """'200 seraient créés': a count of one result with its plural, in the user's language."""
    phrase = COUNTED.get(result)
    if phrase is None:
        return f"{count} {translate_enum(result)}"
    return QCoreApplication.translate("RunSummary", phrase, "", count)


class _TupleJob(BatchJob):
    """A run still described as ``batch()``'s tuple of functions."""

    def __init__(self, window: ProcessingSession, values: dict, batch: tuple) -> None:
        super().__init__(values, window.confirmed)
        self.kind = window.kind
        self._targets, self._process = batch[0], batch[1]
        self._finish, self._after, self._discard = (tuple(batch[2:]) + (None, None, None))[:3]
        self._header = type(window).report_header

    def targets(self, session):
        return self._targets(session, self.values)

    def process(self, session, target, simulate: bool):
        return self._process(session, target, simulate)

    def finish(self, session) -> None:
        if self._finish is not None:
            self._finish(session)

    def after(self) -> None:
        if self._after is not None:
            self._after()

    def discard(self) -> None:
        if self._discard is not None:
            self._discard()

    def header(self, session) -> str:
        return self._header(session, self.values)



__all__ = ["ProcessingSession"]
