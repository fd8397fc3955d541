"""The Items tab of an opportunity not yet saved: lines are added, changed and removed here,
shown priced as they will be, and written with the header in the same transaction."""

from __future__ import annotations

from decimal import Decimal

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.models.columns import display
from desktop.views.opportunities import ops
from desktop.views.ops import Query
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.satellite import RecordDialog

COLUMNS = (("item", "Item", "text"), ("description", "Description", "text"),
           ("qty", "Ordered qty", "decimal"), ("unit", "Unit", "text"),
           ("price", "Price", "money"), ("currency", "Currency", "text"),
           ("amount", "Amount", "money"))


class DraftItemsTab(QWidget):
    """Item lines of a new opportunity, kept here until the opportunity is saved."""

    #: the lines changed (the detail marks itself edited)
    changed = Signal()
    #: the total of the lines, once priced
    totalChanged = Signal(object)

    def __init__(self, detail, groups) -> None:
        super().__init__(detail)
        self.detail = detail
        self.groups = groups  # the item line form of the saved Items tab
        self.lines: list[dict] = []
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.new_action = QAction(qta.icon("fa5s.plus"), "", self)
        self.new_action.triggered.connect(lambda: self.edit(None))
        self.delete_action = QAction(qta.icon("fa5s.trash-alt"), "", self)
        self.delete_action.triggered.connect(self.remove)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.delete_action)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.total_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(QCoreApplication.translate("DraftItemsTab", "New"))
        self.delete_action.setText(QCoreApplication.translate("DraftItemsTab", "Delete"))
        self.table.setHorizontalHeaderLabels([t(label) for _, label, _ in COLUMNS])
        self.note.setText(QCoreApplication.translate(
            "DraftItemsTab", "The items are saved with the opportunity."))
        self._show()

    def edit(self, row: int | None) -> None:
        values = dict(self.lines[row]) if row is not None else {"selected": True}

        def keep(form_values: dict, saved, _failed) -> None:
            line = {k: v for k, v in form_values.items() if v not in (None, "")}
            if row is None:
                self.lines.append(line)
            else:
                self.lines[row] = line
            saved(None)

        title = QCoreApplication.translate("entity", "Item by opportunity")
        if RecordDialog(title, self.groups, self.detail.ctx, values, keep,
                        self).exec() == QDialog.Accepted:
            self._lines_changed()

    def remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.lines[row]
        if rows:
            self._lines_changed()

    def _lines_changed(self) -> None:
        self.changed.emit()
        self._show()

    def _show(self) -> None:
        lines = [dict(line) for line in self.lines]
        close = self.detail.form.editor("expected_close_date").value()
        Query(self.detail.ctx, self, ops.preview_items, lines, close) \
            .success(self._priced).run()

    def _priced(self, rows: list[dict]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _label, kind) in enumerate(COLUMNS):
                cell = QTableWidgetItem(display(kind, row[key]) if kind != "text"
                                        else str(row[key] or ""))
                if kind != "text":
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, cell)
        total = sum((row["amount"] for row in rows if row["selected"]), Decimal(0))
        self.total_label.setText(QCoreApplication.translate(
            "ItemsTab", "Total of selected items (item revenue): %1").replace(
            "%1", display("money", total)))
        self.totalChanged.emit(total)
