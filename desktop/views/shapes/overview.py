"""The overview session shape: a filter bar, a SQL-backed grid and New / Open / Delete /
Refresh / Export to Excel or CSV. Subclasses declare the entity, its columns and its filters."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.db import records
from desktop.crm.db.changes import Changes
from desktop.crm.marketing_outputs import channels_for
from desktop.dialogs import files
from desktop.models.columns import Column, translate_enum
from desktop.models.sql_table import SqlTableModel
from desktop.views.ops.background import Cancelled, run_with_progress
from desktop.views.shapes import ops as shapes_ops
from desktop.views.shapes.grid_error import GridError
from desktop.views.shapes.grid_export import GridExport, GridWritten
from desktop.views.shapes.left_out import with_left_out
from desktop.views.shapes.window import SessionWindow
from desktop.widgets import colours, keyboard
from desktop.widgets.announce import announce
from desktop.widgets.fitting import fit_placeholder


class OverviewSession(SessionWindow):
    #: ``deleter(session, obj)``: the domain function that deletes one record with its rules
    #: (None: records.delete, which refuses what others still use)
    deleter = None

    entity: type = None
    detail_code: str | None = None
    allow_new = True
    allow_delete = True

    # -- declarations for subclasses -------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def from_obj(self):
        return self.entity.__table__

    def default_order(self) -> list:
        return [self.entity.code] if hasattr(self.entity, "code") else [self.entity.id]

    def filter_widgets(self) -> list[QWidget]:
        """Extra filter widgets shown after the search box."""
        return []

    def filter_clauses(self) -> list:
        """WHERE clauses from the extra filter widgets."""
        return []

    def fixed_clauses(self) -> list:
        """WHERE clauses of the context (a tab inside a detail session)."""
        return []

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self._top_level = parent is None  # a session tab, not a tab inside a detail
        self._count_asked = False  # the user searched or filtered: say the new count
        self.model = SqlTableModel(ctx.db.engine, self.from_obj(), self.entity.id, self.columns(),
                                   default_order=self.default_order(),
                                   version_expr=getattr(self.entity, "version", None),
                                   pool=ctx.pool, parent=self)
        self.model.set_fixed_filter(self.fixed_clauses())
        self.model.editFailed.connect(self.show_error)
        self.toolbar = QToolBar(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.count_label = QLabel(self)
        self.view = QTableView(self)
        self._build_view()
        self._build_actions()
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        filters = self.filter_widgets()
        for widget in filters:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # filters before their grid (made after it); now that all are in this window
        keyboard.tab_chain([self.search, *filters, self.view])
        self.model.countChanged.connect(self._show_count)
        self.grid_error = GridError(self.view, self.refresh, ctx.show_status)
        self.model.loadError.connect(self.grid_error.show_error)
        if self.model.load_error is not None:  # the first page, read as the model was made
            self.grid_error.show_error(self.model.load_error)
        if self.remembers_filters():
            self.search.setText(ctx.settings.get_filter(self.session_code).get("search", ""))
            self.model.set_search(self.search.text())
        self._mark_search()
        self.search.textChanged.connect(self._search_changed)
        self._translate()
        self.apply_filters()

    def _translate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        fit_placeholder(self.search)
        self.search.setAccessibleName(self.tr("Search"))
        self.view.setAccessibleName(self.window_title())
        for act, text in self._action_texts():
            act.setText(text)

    def _action_texts(self) -> list[tuple[QAction, str]]:
        return [(self.new_action, self.tr("New")), (self.open_action, self.tr("Open")),
                (self.delete_action, self.tr("Delete")), (self.refresh_action, self.tr("Refresh")),
                (self.excel_action, self.tr("Export to Excel")),
                (self.export_action, self.tr("Export to CSV")),
                (self.include_objected_action, self.tr("Include contacts who object"))]

    def retranslate(self) -> None:
        """Actions, headers and the row count in the current language."""
        self._translate()
        self.grid_error.retranslate()
        self.model.set_headers([c.header for c in self.columns()])
        self._show_count(self.model.rowCount())
        super().retranslate()  # the filters' fields retranslate themselves (FollowsLanguage)

    def remembers_filters(self) -> bool:
        """A top-level overview keeps its last search; a tab inside a detail does not."""
        return self._top_level

    def _mark_search(self) -> None:
        """A search in force is seen at a glance (also the one kept from last time)."""
        active = bool(self.search.text().strip())
        text, background = colours.SEARCH_ACTIVE
        self.search.setStyleSheet(f"QLineEdit {{ background: {background}; color: {text}; }}"
                                  if active else "")
        self.search.setToolTip(self.tr("Only the rows matching “%1” are shown; clear the search "
                                       "to see them all.").replace("%1", self.search.text())
                               if active else "")

    def _search_changed(self, text: str) -> None:
        self._count_asked = True
        self._mark_search()
        self.model.set_search(text)
        if self.remembers_filters():
            self.ctx.settings.set_filter(self.session_code, {"search": text})

    def _build_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        # no sort indicator before sorting is enabled: enabling it sorts by the indicator, and
        # the model's own order (e.g. by date) must stand until the user clicks a header
        view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.horizontalHeader().setSectionsMovable(True)
        view.horizontalHeader().setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the grid
        view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.SelectedClicked)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        metrics = header.fontMetrics()
        cells = view.fontMetrics()
        for i, column in enumerate(self.model.columns):
            # never narrower than the header text and the sort arrow, nor than the longest
            # word of a status in the language shown ("En attente d'informations")
            width = max(column.width or 120, metrics.horizontalAdvance(column.header) + 28,
                        _widest_word(column, cells))
            view.setColumnWidth(i, width)
            view.setColumnHidden(i, column.hidden)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(self._double_clicked)

    def add_tool(self, icon: str, context: str, text: str, slot) -> QAction:
        """A feature's action at the end of the toolbar, its text translated in ``context``
        now and at each language change (tools/i18n.py collects the text)."""
        act = QAction(qta.icon(icon), "", self)
        self.translated(act.setText, context, text)
        act.triggered.connect(slot)
        self.toolbar.addAction(act)
        return act

    def _build_actions(self) -> None:
        def action(icon: str, text: str, slot, shortcut=None) -> QAction:
            act = QAction(qta.icon(icon), text, self)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.new_action = action("fa5s.plus", "", self.new_record, QKeySequence.New)
        self.open_action = action("fa5s.folder-open", "", self.open_current, Qt.Key_Return)
        self.delete_action = action("fa5s.trash-alt", "", self.delete_selected,
                                    QKeySequence.Delete)
        self.toolbar.addSeparator()
        self.refresh_action = action("fa5s.sync-alt", "", self.refresh, QKeySequence.Refresh)
        self.excel_action = action("fa5s.file-excel", "", self.export_xlsx, "Ctrl+E")
        self.export_action = action("fa5s.file-csv", "", self.export_csv)
        # a grid of contacts goes out without those who object to direct marketing unless the
        # user ticks this: an explicit choice, recorded with the export (crm/marketing_outputs)
        self.include_objected_action = QAction(qta.icon("fa5s.user-slash"), "", self)
        self.include_objected_action.setCheckable(True)
        self.toolbar.addAction(self.include_objected_action)
        self.include_objected_action.setVisible(self.entity is E.Contact)
        self.new_action.setVisible(self.allow_new and self.detail_code is not None)
        self.open_action.setVisible(self.detail_code is not None)
        self.delete_action.setVisible(self.allow_delete)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        # Ctrl+F: to the quick search from anywhere in the window (no button: the box is it)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.Find)
        self.find_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._find)
        self.addAction(self.find_action)

    # -- behaviour -------------------------------------------------------------------------
    def _find(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def apply_filters(self) -> None:
        self._count_asked = True
        self.model.set_filters(self.filter_clauses())

    def _show_count(self, count: int) -> None:
        # plurals through translate(): PySide's tr() walks the subclasses and stops at the
        # first context that merely substitutes %n
        self.count_label.setText(QCoreApplication.translate("OverviewSession", "%n row(s)", "",
                                                            count))
        if self._count_asked:  # the answer to the user's search or filter, read out once
            self._count_asked = False
            announce(self, self.count_label.text())

    def rows_shown(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        self.model.refresh()

    def entities_shown(self) -> set[type]:
        return {self.entity}

    def on_changes(self, changes: Changes) -> None:
        """Reload the pages held, keeping the current row, the selection and the scroll."""
        self.model.reload()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def selected_versions(self) -> dict[int, int]:
        """The version each selected row was read at (0 where the entity has none)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return {self.model.row_id(r): self.model.row_version(r) for r in rows}

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_id(r) for r in rows]

    def _double_clicked(self, index) -> None:
        if not (self.model.flags(index) & Qt.ItemIsEditable):
            self.open_current()

    def open_current(self) -> None:
        record = self.current_id()
        if record is not None and self.detail_code:
            self.ctx.open_session(self.detail_code, record_id=record)

    def new_record(self) -> None:
        if self.detail_code:
            self.ctx.open_session(self.detail_code, record_id=None, **self.new_defaults())

    def new_defaults(self) -> dict:
        """Values a new record created from here starts with (e.g. the partner of a tab)."""
        return {}

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = len(ids)  # a plain name: lupdate skips a call as the count
        question = QCoreApplication.translate("OverviewSession", "Delete %n record(s)?", "",
                                              count)
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer != QMessageBox.Yes:
            return
        versions = self.selected_versions()
        shown = {record: versions.get(record) for record in ids}
        deleter = type(self).deleter or records.delete  # from the class: never bound
        self.op(shapes_ops.delete_records, self.entity, shown, deleter) \
            .titled(self.tr("Delete")).run()

    # -- export ----------------------------------------------------------------------------
    def export_csv(self) -> None:
        """The separator is the user's choice among the file dialog's filters, the one of
        the user's locale first; it decides how numbers and dates are written. The dialog
        starts in the folder last used for exports."""
        filters = {";": self.tr("CSV, semicolons and decimal commas (*.csv)"),
                   ",": self.tr("CSV, commas and decimal points (*.csv)")}
        first = ";" if QLocale().decimalPoint() == "," else ","
        ordered = [filters[first]] + [f for key, f in filters.items() if key != first]
        start = files.start_folder(self.ctx.settings, "exports") / f"{self.session_code}.csv"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), str(start),
                                                   ";;".join(ordered))
        if path:
            self.ctx.settings.set_last_folder("exports", str(Path(path).parent))
            self.export_to(path, ";" if chosen == filters[";"] else
                           "," if chosen == filters[","] else first)

    def export_xlsx(self) -> None:
        path = files.save_path(self, self.ctx.settings, "exports", self.tr("Export to Excel"),
                               f"{self.session_code}.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(str(path))

    def _exported(self, path: str, written: GridWritten) -> None:
        if written.included:  # the user's choice to include those who object is recorded
            self.op(shapes_ops.record_marketing_inclusion, self.session_code,
                    written.included).run()
        count = written.rows
        # the class's own context: self.tr of a subclass finds no plural forms (PySide 6.11)
        files.offer_to_open(self, self.tr("Export"), Path(path), with_left_out(
            QCoreApplication.translate("OverviewSession", "%n row(s) exported.", "", count),
            written.left_out))

    def export_to(self, path: str, separator: str | None = None):
        """Write what the grid shows (its filter, its order, its visible columns) to
        ``path`` in the background: an Excel workbook with typed cells for .xlsx, else CSV.
        The file is written beside its place and moved in once complete: a cancel leaves
        none. A grid of contacts leaves out those who object to direct marketing unless the
        user includes them."""
        shown = [i for i, c in enumerate(self.model.columns) if not c.hidden]
        spec = GridExport(
            path, self.window_title(), [self.model.columns[i].header for i in shown],
            [max(8, (self.model.columns[i].width or 100) // 7) for i in shown], shown,
            separator or (";" if QLocale().decimalPoint() == "," else ","), self.model.rowCount(),
            self._marketing_channels(shown), self.include_objected_action.isChecked())
        return run_with_progress(
            self, self.ctx.pool, self.tr("Exporting…"),
            partial(shapes_ops.export_grid, self.model.engine, self.model.statement(), spec),
            lambda written: self._exported(path, written), self._export_failed)

    def _marketing_channels(self, shown: list[int]):
        """A grid of contacts is a marketing output; the columns it shows say whether it is a
        postal or a call list too (crm/marketing_outputs.channels_for)."""
        if self.entity is not E.Contact:
            return ()
        columns = [self.model.columns[i] for i in shown]
        return channels_for([c.key for c in columns]
                            + [str(getattr(c.expr, "key", "")) for c in columns])

    def _export_failed(self, error) -> None:
        if not isinstance(error, Cancelled):
            QMessageBox.warning(self, self.tr("Export"), str(error))


__all__ = ["OverviewSession"]


def _widest_word(column: Column, metrics) -> int:
    """The width of an enumeration column's longest translated value, with the cell's
    margins (0 for other columns)."""
    members = getattr(getattr(column.expr, "type", None), "enum_class", None)
    if members is None or column.kind not in ("text", "enum"):
        return 0
    widest = max((metrics.horizontalAdvance(translate_enum(m)) for m in members), default=0)
    return widest + 16 + (22 if column.icon is not None else 0)
