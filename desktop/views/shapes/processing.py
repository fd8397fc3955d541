"""The processing-form session shape: parameters, Simulate / Update, Run with progress and
Cancel on a worker thread, and the run's report."""

from __future__ import annotations

from collections import Counter

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.crm.batch import BatchJob, RunReport
from desktop.crm.enums import BatchLineResult, BatchRunKind, UpdateMode
from desktop.crm.errors import CrmError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.selections import KIND
from desktop.i18n import error_text
from desktop.models.columns import translate_enum
from desktop.views.ops.background import BackgroundTask, BatchOp, Cancelled
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.remembered import remembered_values, stored_values
from desktop.views.shapes.run_report import RunReportPanel, note_text
from desktop.views.shapes.window import SessionWindow
from desktop.widgets.announce import announce


class ProcessingSession(LongRunControls, SessionWindow):
    kind: BatchRunKind = None
    #: the form's values are kept per user and shown again at the next opening
    remember_values = False

    # -- declarations ----------------------------------------------------------------------
    def parameter_groups(self) -> list[Group]:
        raise NotImplementedError

    def job(self, values: dict) -> BatchJob | None:
        """The run the form's ``values`` describe (a BatchJob of the feature's ops module),
        or None when the window said why it cannot start (a dialog cancelled, a path
        missing). ``self.confirmed`` says whether the user already answered Yes to the run's
        question."""
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
        if self.report is not None:  # the last run's summary, written again
            self._summarize(self.report)
        super().retranslate()

    @property
    def mode(self) -> UpdateMode:
        return UpdateMode.UPDATE if self.update.isChecked() else UpdateMode.SIMULATE

    # -- running ---------------------------------------------------------------------------
    def run(self, confirmed: bool = False) -> BackgroundTask | None:
        problems = self.form.problems()
        if problems:
            self._say(problems[0][1], urgent=True)
            return None
        self.confirmed = confirmed
        values = self.form.values()
        if self.remember_values:
            self.ctx.settings.set_run_values(self.ctx.user, self.session_code,
                                             stored_values(self.form, values))
        job = self.job(values)
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
        self.report_panel.show_report(report, report.header)
        self._summarize(report)

    def _summarize(self, report: RunReport) -> None:
        notes = [note_text(message, params) for message, params in report.notes]
        self._say("\n".join([self.summary_text(report), *notes]
                             + ([report.header] if report.header else [])))

    def _say(self, text: str, urgent: bool = False) -> None:
        """The run's outcome, shown and read out: the focus stays on the Run button, away
        from the summary, so a screen reader would not notice it otherwise."""
        self.summary.setText(text)
        announce(self, text, urgent)

    def open_line(self, record_id: int) -> None:
        """A double-clicked line: the record of the run's business object opens."""
        kind = self.form.values().get("object_kind")
        if kind in KIND:
            self.ctx.open_record(ENTITY[KIND[kind]], record_id)

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
        if self.asked(error, lambda: self.run(confirmed=True), self.tr("Nothing was changed.")):
            return
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: nothing was changed."))
        elif isinstance(error, CrmError):
            self._say(error_text(error), urgent=True)
            self.form.focus_field(getattr(error, "field", None))
        else:
            self._say(self.tr("The run failed and was rolled back: %1")
                      .replace("%1", str(error)), urgent=True)

    def entities_changed(self) -> set[type]:
        return set()

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



__all__ = ["ProcessingSession"]
