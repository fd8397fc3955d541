"""The lookup field (LN's "zoom"): type a code, or press F2 to pick from a searchable grid.

The value is the record's id; the code is resolved ignoring case, and the description shows
beside it. An unknown code is flagged in red with a tooltip saying so, never silently kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine, func, select

from desktop.models.columns import Column
from desktop.models.sql_table import SqlTableModel


@dataclass
class LookupSpec:
    entity: type
    label_attr: str = "description"
    code_attr: str = "code"
    where: list = field(default_factory=list)

    def code_col(self):
        return getattr(self.entity, self.code_attr)

    def label_col(self):
        return getattr(self.entity, self.label_attr)


class LookupDialog(QDialog):
    """A searchable grid of the lookup's records; Enter or double-click picks one."""

    def __init__(self, engine: Engine, spec: LookupSpec, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LookupField", "Select %1").replace(
            "%1", QCoreApplication.translate("entity", spec.entity.entity_label)))
        self.resize(560, 420)
        self.chosen: int | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(QCoreApplication.translate("LookupField", "Search code or description"))  # noqa: E501
        self.search.setClearButtonEnabled(True)
        columns = [Column("code", QCoreApplication.translate("LookupField", "Code"), spec.code_col(), searchable=True),  # noqa: E501
                   Column("label", QCoreApplication.translate("LookupField", "Description"), spec.label_col(), searchable=True)]  # noqa: E501
        self.model = SqlTableModel(engine, spec.entity.__table__, spec.entity.id, columns,
                                   default_order=[spec.code_col()], parent=self)
        self.model.set_fixed_filter(spec.where)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.search.setText(text)
        self.view.selectRow(0)

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self.view.selectRow(0)

    def accept(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.row_id(rows[0].row())
        super().accept()


class LookupField(QWidget):
    changed = Signal()

    def __init__(self, engine: Engine, spec: LookupSpec, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.spec = spec
        self._id: int | None = None
        self._invalid = False
        self.code = QLineEdit(self)
        self.code.setMaximumWidth(130)
        self.button = QToolButton(self)
        self.button.setIcon(qta.icon("fa5s.search"))
        self.button.setToolTip(QCoreApplication.translate("LookupField", "Select from a list (F2)"))
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.code)
        self.button.clicked.connect(self.pick)
        QShortcut(QKeySequence(Qt.Key_F2), self.code, self.pick, context=Qt.WidgetShortcut)
        self.code.editingFinished.connect(self._resolve_if_typed)
        self.code.textEdited.connect(lambda _t: self.changed.emit())

    # -- value -----------------------------------------------------------------------------
    def value(self) -> int | None:
        if self.code.isModified():
            self._resolve()
        return self._id

    def is_valid(self) -> bool:
        self.value()
        return not self._invalid

    def set_value(self, record_id: int | None) -> None:
        self._id = record_id
        self._invalid = False
        code, label = "", ""
        if record_id is not None:
            with self.engine.connect() as conn:
                row = conn.execute(select(self.spec.code_col(), self.spec.label_col())
                                   .where(self.spec.entity.id == record_id)).first()
            if row:
                code, label = row
        self.code.setText(code or "")
        self.code.setModified(False)
        self.label.setText(label or "")
        self._mark(False)

    # -- resolution ------------------------------------------------------------------------
    def _resolve_if_typed(self) -> None:
        if self.code.isModified():
            self._resolve()

    def _resolve(self) -> None:
        text = self.code.text().strip()
        self.code.setModified(False)
        if not text:
            self._id, self._invalid = None, False
            self.label.clear()
            self._mark(False)
            return
        with self.engine.connect() as conn:
            row = conn.execute(select(self.spec.entity.id, self.spec.code_col(),
                                      self.spec.label_col())
                               .where(func.lower(self.spec.code_col()) == text.lower(),
                                      *self.spec.where)).first()
        if row is None:
            self._id, self._invalid = None, True
            self.label.setText(QCoreApplication.translate("LookupField", "%1 does not exist").replace("%1", text))  # noqa: E501
            self._mark(True)
        else:
            self._id, self._invalid = row[0], False
            self.code.setText(row[1])
            self.label.setText(row[2] or "")
            self._mark(False)
        self.changed.emit()

    def _mark(self, invalid: bool) -> None:
        self.code.setStyleSheet("border: 1px solid #c0392b;" if invalid else "")
        self.code.setToolTip(self.label.text() if invalid else "")

    def pick(self) -> None:
        dialog = LookupDialog(self.engine, self.spec, self.code.text().strip(), self)
        if dialog.exec() == QDialog.Accepted and dialog.chosen is not None:
            self.set_value(dialog.chosen)
            self.changed.emit()
