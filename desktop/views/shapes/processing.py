"""The processing-form session shape: parameters, Simulate / Update, Run with progress and
Cancel on a worker thread, and the run's report."""

from __future__ import annotations

from collections import Counter

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.crm.batch import RunReport, run_batch
from desktop.crm.db.collection import collector_paused
from desktop.crm.enums import BatchRunKind, UpdateMode
from desktop.crm.errors import CrmError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.selections import KIND
from desktop.crm.target_groups import described
from desktop.i18n import error_text
from desktop.models.columns import translate_enum
from desktop.views.ops.background import BackgroundTask, Cancelled, LongOp
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.remembered import remembered_values, stored_values
from desktop.views.shapes.run_report import RunReportPanel, note_text
from desktop.views.shapes.window import SessionWindow


class ProcessingSession(LongRunControls, SessionWindow):
    kind: BatchRunKind = None
    #: the form's values are kept per user and shown again at the next opening
    remember_values = False

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
        failed or was cancelled. Or a function ``job(session, values)`` that makes the
        domain's run, whose ``run(session, mode, progress)`` does it all. ``self.confirmed``
        says whether the user already answered Yes to the run's question."""
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
        self.report_panel = RunReportPanel(ctx, self.window_title, self)
        self.report_panel.open_requested.connect(self.open_line)
        self.lines = self.report_panel.lines
        bar = QHBoxLayout()
        for widget in (self.simulate, self.update):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.progress, self.run_button, self.cancel_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_panel, 1)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        if self.remember_values:
            self.form.set_values(remembered_values(
                self.form, ctx.settings.run_values(ctx.user, self.session_code)))

    def retranslate(self) -> None:
        self.form.retranslate()
        self.simulate.setText(translate_enum(UpdateMode.SIMULATE))
        self.update.setText(translate_enum(UpdateMode.UPDATE))
        self.report_panel.retranslate()
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
        if self.remember_values:
            self.ctx.settings.set_run_values(self.ctx.user, self.session_code,
                                             stored_values(self.form, values))
        batch = self.batch(values)
        if batch is None:  # the session said why (a dialog cancelled, a path missing)
            return None
        work = self._job_work(batch, values, mode) if callable(batch) else \
            self._batch_work(batch, values, mode)
        return self.start_task(LongOp(self.ctx, self, work, commit=mode is UpdateMode.UPDATE,
                                      kinds=tuple(self.entities_changed())),
                               self._done, self._failed)

    def _job_work(self, make, values: dict, mode: UpdateMode):
        header = type(self).report_header

        def work(session, progress) -> RunReport:
            def step(done: int, total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            with collector_paused():
                job = make(session, values)
            report = job.run(session, mode, step)
            return _read_for_the_reader(session, report, values, header)

        return work

    def _batch_work(self, batch, values: dict, mode: UpdateMode):
        kind, header = self.kind, type(self).report_header
        targets, process = batch[0], batch[1]
        finish, after, discard = (tuple(batch[2:]) + (None, None, None))[:3]

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
            return _read_for_the_reader(session, report, values, header)

        return work

    def running_text(self) -> str:
        return self.tr("Running…")

    def _done(self, report: RunReport) -> None:
        self._running(False)
        self.report = report
        self.report_panel.show_report(report, report.header)
        notes = [note_text(message, params) for message, params in report.notes]
        self.summary.setText("\n".join([self.summary_text(report), *notes]
                                       + ([report.header] if report.header else [])))

    def open_line(self, record_id: int) -> None:
        """A double-clicked line: the record of the run's business object opens."""
        kind = self.form.values().get("object_kind")
        if kind in KIND:
            self.ctx.open_record(ENTITY[KIND[kind]], record_id)
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
        if self.asked(error, lambda: self.run(confirmed=True), self.tr("Nothing was changed.")):
            return
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(error, CrmError):
            self.summary.setText(error_text(error))
            self.form.focus_field(getattr(error, "field", None))
        else:
            self.summary.setText(self.tr("The run failed and was rolled back: %1")
                                 .replace("%1", str(error)))

    def entities_changed(self) -> set[type]:
        return set()

    @staticmethod
    def report_header(session, values: dict) -> str:
        """Text printed above the report lines (e.g. the selection's text, BR-GA-11)."""
        return ""



def _read_for_the_reader(session, report: RunReport, values: dict, header) -> RunReport:
    """What the report shows besides the run's lines: its header, and the names and
    assignees of the records (read once the run is done: the run does not need them)."""
    report.header = header(session, values)
    kind = values.get("object_kind")
    if kind in KIND and report.targets:
        report.described = described(session, kind, [t.id for t in report.targets])
    return report


__all__ = ["ProcessingSession"]
