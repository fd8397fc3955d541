"""Import Partners and Contacts: a wizard in a session tab. The file is read off the GUI
thread and previewed with the encoding and delimiter found; each column gets a field (the
mapping last used for files of this layout comes back, else one guessed from the headers); a
simulation finds the duplicates and the broken rows, and the user decides for each duplicate,
beside the record it matches; the import runs in the background with progress and Cancel,
and its result says what became of every row."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from desktop.crm import entities as E
from desktop.crm.importing import contacts, partners
from desktop.crm.importing.guess import guess_locale, guess_mapping
from desktop.crm.importing.report import (
    Action,
    Assign,
    FieldPolicy,
    ImportLine,
    ImportOptions,
    ImportReport,
    OnDuplicate,
)
from desktop.crm.importing.tables import Table
from desktop.dialogs import files
from desktop.i18n import error_text, tr_crm
from desktop.views.ops.background import Cancelled, LongOp
from desktop.views.ops.operation import Query
from desktop.views.partners import ops
from desktop.views.partners.import_pages import (
    ColumnsPage,
    DuplicatesPage,
    FilePage,
    ResultPage,
    choice_text,
    field_text,
    reasons_text,
)
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session

translate = QCoreApplication.translate
FILTER = QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets (*.csv *.txt *.xlsx *.xlsm)")
STEPS = (QT_TRANSLATE_NOOP("ImportWizard", "1. File"),
         QT_TRANSLATE_NOOP("ImportWizard", "2. Columns"),
         QT_TRANSLATE_NOOP("ImportWizard", "3. Duplicates"),
         QT_TRANSLATE_NOOP("ImportWizard", "4. Result"))
ACTIONS = {Action.CREATED: QT_TRANSLATE_NOOP("ImportWizard", "Created"),
           Action.UPDATED: QT_TRANSLATE_NOOP("ImportWizard", "Updated"),
           Action.SKIPPED: QT_TRANSLATE_NOOP("ImportWizard", "Skipped"),
           Action.FAILED: QT_TRANSLATE_NOOP("ImportWizard", "Not imported")}
KINDS = {"partners": (partners, E.BusinessPartner), "contacts": (contacts, E.Contact)}
FILE, COLUMNS, DUPLICATES, RESULT = range(4)


@session("tccom4190m000", "Import Partners and Contacts", "fa5s.file-import", "sales")
class ImportSession(LongRunControls, SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.table: Table | None = None
        self.kind = "partners"
        self.simulation: ImportReport | None = None
        self.report: ImportReport | None = None
        self.decisions: dict[int, OnDuplicate] = {}
        self.shown_line: int | None = None
        self.line_policies: dict[int, dict[str, FieldPolicy]] = {}
        self.steps = QLabel(self)
        self.file_page, self.columns_page = FilePage(self), ColumnsPage(ctx.db.engine, ctx.pool, self)
        self.duplicates_page, self.result_page = DuplicatesPage(self), ResultPage(self)
        self.form = self.pages = QStackedWidget(self)
        for page in (self.file_page, self.columns_page, self.duplicates_page,
                     self.result_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(qta.icon("fa5s.arrow-left"), "", self)
        self.run_button = QPushButton(qta.icon("fa5s.arrow-right"), "", self)
        self.cancel_button = QPushButton(qta.icon("fa5s.stop"), "", self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for widget in (self.progress, self.back_button, self.run_button, self.cancel_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        self.file_page.browse.connect(self.choose_file)
        self.back_button.clicked.connect(self.back)
        self.run_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)
        self.duplicates_page.decide.connect(self.decide)
        self.duplicates_page.selected.connect(self.show_beside)
        self.duplicates_page.policy_chosen.connect(self.choose_policy)
        self.result_page.problems_only.toggled.connect(lambda _on: self._show_result())
        self.retranslate()
        self.go(FILE)

    # -- pages -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for page in (self.file_page, self.columns_page, self.duplicates_page,
                     self.result_page):
            page.retranslate()
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.go(self.pages.currentIndex())
        if self.simulation is not None:
            self._show_duplicates()
        if self.report is not None:
            self._show_result()
        super().retranslate()

    def go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.steps.setText("  ›  ".join(
            f"<b>{translate('ImportWizard', s)}</b>" if i == page else
            translate("ImportWizard", s) for i, s in enumerate(STEPS)))
        self.back_button.setEnabled(page in (COLUMNS, DUPLICATES))
        texts = {FILE: self.tr("Next"), COLUMNS: self.tr("Simulate"),
                 DUPLICATES: self.tr("Import"), RESULT: self.tr("New import")}
        self.run_button.setText(texts[page])
        self.run_button.setEnabled(page != FILE or self.table is not None)

    def back(self) -> None:
        self.go(self.pages.currentIndex() - 1)
        self.summary.clear()

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE:
            self.show_columns()
        elif page == COLUMNS:
            self.run(simulate=True)
        elif page == DUPLICATES:
            self.run(simulate=False)
        else:
            self.table, self.simulation, self.report = None, None, None
            self.summary.clear()
            self.go(FILE)

    # -- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = files.open_path(self, self.ctx.settings, "imports", self.window_title(),
                               translate("ImportWizard", FILTER))
        if path:
            self.open_file(str(path))

    def open_file(self, path: str) -> None:
        """Read the file on the pool; the preview shows when it is read."""
        self.summary.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        Query(self.ctx, self, ops.read_file, path) \
            .success(lambda table: self._file_read(table, path)) \
            .failure(lambda error: self.summary.setText(error_text(error))).run()

    def _file_read(self, table: Table, path: str) -> None:
        self.table, self.simulation, self.report = table, None, None
        self.file_page.show_table(table, path)
        self.summary.clear()
        self.go(FILE)

    # -- the columns -----------------------------------------------------------------------
    def show_columns(self) -> None:
        assert self.table is not None  # Next is off until a file is read
        self.kind = self.file_page.kind
        module = KINDS[self.kind][0]
        remembered = self.ctx.settings.import_mapping(self.kind, self.table.layout_key)
        mapping = {i: remembered[h] for i, h in enumerate(self.table.headers)
                   if remembered.get(h) in module.FIELDS} if remembered else \
            guess_mapping(self.table.headers, module.FIELDS,
                          {name: tr_crm(field_text(name)) for name in module.FIELDS})
        self.columns_page.show_columns(self.table, module.FIELDS, mapping)
        if self.table.encoding:  # a text file writes dates and numbers its own way
            self.columns_page.set_locale(*guess_locale(self.table))
        self.columns_page.owners.setVisible(self.kind == "partners")
        self.go(COLUMNS)

    def options(self, simulate: bool) -> ImportOptions:
        page = self.columns_page
        return ImportOptions(
            page.mapping(), on_duplicate=OnDuplicate(page.on_duplicate.currentData()),
            decisions=dict(self.decisions), threshold=page.threshold.value(),
            simulate=simulate, all_or_nothing=page.all_or_nothing.isChecked(),
            day_first=page.day_first.currentData() == "dmy",
            decimal_comma=page.decimal_comma.isChecked(),
            default_country=page.country.text().strip().upper() or "FR",
            assign=Assign(page.assign.currentData()) if self.kind == "partners" else
            Assign.LEAVE, representative_id=page.representative.value(),
            policies=page.field_policies(),
            line_policies={line: dict(p) for line, p in self.line_policies.items()})

    # -- running ---------------------------------------------------------------------------
    def run(self, simulate: bool) -> LongOp | None:
        table, module, entity = self.table, *KINDS[self.kind]
        assert table is not None
        if simulate:
            self.decisions, self.line_policies = {}, {}
        options = self.options(simulate)
        try:
            module.check_mapping(options, table)
        except Exception as error:  # noqa: BLE001 - a CrmError, said in the status line
            self.summary.setText(error_text(error))
            return None
        mapping = {table.headers[i]: name for i, name in options.mapping.items()}
        self.ctx.settings.set_import_mapping(self.kind, table.layout_key, mapping)
        task = LongOp(self.ctx, self, ops.run_import, self.kind, table, options,
                      commit=not simulate, kinds=(entity,))
        return self.start_task(task, lambda report: self._done(report, simulate),  # type: ignore[return-value]  # a LongOp
                               self._failed)

    def running_text(self) -> str:
        return self.tr("Importing…")

    def _done(self, report: ImportReport, simulated: bool) -> None:
        self._running(False)
        if simulated:
            self.simulation = report
            self._show_duplicates()
            self.go(DUPLICATES)
        else:
            self.report = report
            self._show_result()
            self.go(RESULT)

    def _failed(self, error) -> None:
        self._running(False)
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.summary.setText(self.tr("The import failed and nothing was imported: %1")
                                 .replace("%1", error_text(error)))

    # -- duplicates ------------------------------------------------------------------------
    def _show_duplicates(self) -> None:
        report = self.simulation
        assert report is not None
        page = self.duplicates_page
        duplicates = report.duplicates
        counts = self._counts(report, self.tr("Simulation"))
        page.summary.setText(counts + " " + (
            self.tr("Decide for each duplicate below (select several to decide at once), "
                    "then Import. An update leaves the values the file does not give.")
            if duplicates else self.tr("No duplicates found.")))
        self.summary.setText(counts)
        headers = [self.tr("Line"), self.tr("In the file"), self.tr("Found"),
                   self.tr("Alike by"), self.tr("Score"), self.tr("Decision")]
        page.model.set_rows(headers, [self._duplicate_cells(line) for line in duplicates])
        page.view.resizeColumnsToContents()
        page.side.set_rows([], [])
        problems = [(line, problem) for line in report.lines for problem in line.problems]
        page.problems.set_rows(
            [self.tr("Line"), self.tr("Result"), self.tr("Column"), self.tr("Reason")],
            [[line.line, translate("ImportWizard", ACTIONS[line.action]), problem.column,
              error_text(problem.error)] for line, problem in problems],
            bold=lambda r: not problems[r][1].warning)
        page.problems_view.resizeColumnsToContents()
        page.set_counts(len(duplicates), len(problems))
        if duplicates:
            page.view.selectRow(0)
        else:
            page.tabs.setCurrentIndex(1 if problems else 0)

    def _duplicate_cells(self, line: ImportLine) -> list:
        match = line.duplicate
        assert match is not None
        choice = self.decisions.get(line.line, OnDuplicate(
            self.columns_page.on_duplicate.currentData()))
        name = line.values.get("name") or " ".join(
            str(line.values.get(n, "")) for n in ("first_name", "last_name")).strip()
        found = f"{match.code} – {match.name}" if match.code else match.name
        return [line.line, name, found, reasons_text(match.reasons), f"{match.score} %", choice_text(choice)]

    def decide(self, choice: OnDuplicate) -> None:
        assert self.simulation is not None
        rows = self.duplicates_page.selected_rows()
        duplicates = self.simulation.duplicates
        for row in rows:
            line = duplicates[row]
            self.decisions[line.line] = choice
            self.duplicates_page.model.row(row)[5] = choice_text(choice)
        self.duplicates_page.model.changed_rows(rows)

    def show_beside(self, row: int) -> None:
        """The duplicate's cells beside the record it matches, field by field."""
        if self.simulation is None or not 0 <= row < len(self.simulation.duplicates):
            return
        line = self.simulation.duplicates[row]
        table, entity = self.table, KINDS[self.kind][1]
        assert table is not None and line.duplicate is not None
        mapping = self.options(True).mapping
        cells = table.rows[[first for first, _last in table.lines].index(line.line)]
        record_id = line.duplicate.record_id

        def show(existing: dict) -> None:
            rows = [[tr_crm(field_text(name)), _cell(cells, index), existing.get(name, ""), ""]
                    for index, name in mapping.items()]
            page = self.duplicates_page
            page.side.set_rows(
                [self.tr("Field"), self.tr("In the file (line %1)").replace(
                    "%1", str(line.line)), self.tr("Existing record %1").replace(
                    "%1", line.duplicate.code if line.duplicate else ""),
                 self.tr("On update")],
                rows, bold=lambda r: _differ(rows[r][1], rows[r][2]))
            options = self.options(True)
            page.show_policies(list(mapping.values()), {
                name: options.policy_of(line.line, name) for name in mapping.values()})
            self.shown_line = line.line

        Query(self.ctx, self, ops.record_fields, entity, record_id,
              list(mapping.values())).success(show).run()

    def choose_policy(self, name: str, policy: FieldPolicy) -> None:
        """The line shown beside its record: what its update does with one field."""
        if self.shown_line is not None:
            self.line_policies.setdefault(self.shown_line, {})[name] = policy

    # -- result ----------------------------------------------------------------------------
    def _show_result(self) -> None:
        report = self.report
        assert report is not None
        page = self.result_page
        text = self._counts(report, self.tr("Import"))
        if not report.written:
            text += " " + self.tr("Nothing was written: a row has an error, and you chose to "
                                  "import nothing in that case.")
        page.summary.setText(text)
        self.summary.setText(text)
        lines = [line for line in report.lines if not page.problems_only.isChecked()
                 or line.action in (Action.SKIPPED, Action.FAILED) or line.problems]
        page.model.set_rows([self.tr("Line"), self.tr("Result"), self.tr("Code"),
                             self.tr("Column"), self.tr("Reason")],
                            [self._result_cells(line) for line in lines],
                            bold=lambda r: lines[r].action is Action.FAILED)
        page.view.resizeColumnsToContents()

    def _result_cells(self, line: ImportLine) -> list:
        columns = " · ".join(dict.fromkeys(p.column for p in line.problems if p.column))
        if line.problems:  # every error and warning of the row, errors first
            shown = sorted(line.problems, key=lambda p: p.warning)
            reason = " ".join(error_text(p.error) if not p.column or len(line.problems) == 1
                              else self.tr("%1: %2").replace("%1", p.column).replace(
                                  "%2", error_text(p.error)) for p in shown)
        elif line.duplicate is not None:
            reason = self.tr("Duplicate of %1 %2 (%3)").replace("%1", line.duplicate.code) \
                .replace("%2", line.duplicate.name).replace("%3", reasons_text(line.duplicate.reasons))
        else:
            reason = ""
        return [line.line, translate("ImportWizard", ACTIONS[line.action]), line.code,
                columns, reason]

    def _counts(self, report: ImportReport, what: str) -> str:
        return self.tr("%1: %2 created, %3 updated, %4 skipped, %5 not imported.") \
            .replace("%1", what).replace("%2", str(report.count(Action.CREATED))) \
            .replace("%3", str(report.count(Action.UPDATED))) \
            .replace("%4", str(report.count(Action.SKIPPED))) \
            .replace("%5", str(report.count(Action.FAILED)))


def _cell(cells: list, index: int) -> str:
    value = cells[index] if index < len(cells) else ""
    return "" if value is None else str(value)


def _differ(in_file: str, existing: str) -> bool:
    """What an update would change: a value the file gives, unlike the record's."""
    return bool(in_file.strip()) and in_file.strip().lower() != existing.strip().lower()
