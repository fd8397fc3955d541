"""The lookup field (LN's "zoom"): type a code or a name, pick from the suggestions that come
as you type, or press F2 for a searchable grid.

The value is the record's id. What is typed is resolved as a code (ignoring case), else as a
name that only one record has (ignoring case and accents); the name shows beside the code. An
unknown or ambiguous text is flagged in red with a tooltip saying so, never silently kept.
A scope narrows the records (the phases of the chosen sales process) or puts some first (the
contacts of the activity's partner).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
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
from sqlalchemy import Engine, case, func, or_, select

from desktop.crm.text_search import contains, fold, folded
from desktop.models.columns import Column
from desktop.models.sql_table import SqlTableModel

SUGGESTIONS = 15

ID_ROLE = Qt.UserRole + 1


@dataclass
class LookupSpec:
    entity: type
    label_attr: str = "description"
    code_attr: str = "code"
    where: list = field(default_factory=list)
    #: a condition for the records shown first (this partner's contacts)
    prefer: object = None

    def code_col(self):
        return getattr(self.entity, self.code_attr)

    def label_col(self):
        return getattr(self.entity, self.label_attr)

    def first_order(self) -> list:
        return [] if self.prefer is None else [case((self.prefer, 0), else_=1)]

    def narrowed(self, where: list | None = None, prefer=None) -> LookupSpec:
        """The same lookup within a context: more conditions, other records first."""
        return LookupSpec(self.entity, self.label_attr, self.code_attr,
                          self.where + list(where or []), prefer)


class LookupDialog(QDialog):
    """A searchable grid of the lookup's records, sorted by code (as its header shows), the
    preferred records first; Enter or double-click picks one."""

    def __init__(self, engine: Engine, spec: LookupSpec, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LookupField", "Select %1").replace(
            "%1", QCoreApplication.translate("entity", spec.entity.entity_label)))
        self.resize(620, 440)
        self.chosen: int | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(QCoreApplication.translate("LookupField", "Search code or name"))
        self.search.setClearButtonEnabled(True)
        columns = [Column("code", QCoreApplication.translate("LookupField", "Code"), spec.code_col(), searchable=True),  # noqa: E501
                   Column("label", QCoreApplication.translate("LookupField", "Name"), spec.label_col(), searchable=True)]  # noqa: E501
        self.model = SqlTableModel(engine, spec.entity.__table__, spec.entity.id, columns,
                                   default_order=[spec.code_col()], parent=self)
        self.model.leading_order = spec.first_order()
        self.model.set_fixed_filter(spec.where)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.AscendingOrder)  # what the rows are: by code, A to Z
        self.view.setSortingEnabled(True)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        if spec.prefer is not None:
            note = QLabel(QCoreApplication.translate("LookupField", "The records of this context come first."), self)  # noqa: E501
            note.setEnabled(False)
            layout.addWidget(note)
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
        self.base_spec = self.spec = spec
        self._id: int | None = None
        self._invalid = False
        #: runner(fn, done) reads suggestions off the GUI thread (a window sets its task
        #: pool's); without one they are read here
        self.runner = None
        self._asked = 0
        self.code = QLineEdit(self)
        self.code.setMaximumWidth(160)
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
        # setContext, not the constructor's argument: PySide6 ignores that one, and F2 of
        # every lookup of the window then clashes (an ambiguous shortcut fires nothing)
        shortcut = QShortcut(QKeySequence(Qt.Key_F2), self.code)
        shortcut.setContext(Qt.WidgetShortcut)
        shortcut.activated.connect(self.pick)
        self.code.editingFinished.connect(self._resolve_if_typed)
        self.code.textEdited.connect(self._typed)
        self._build_suggestions()

    # -- suggestions while typing ----------------------------------------------------------
    def _build_suggestions(self) -> None:
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setWidget(self.code)
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(150)  # one query per pause in the typing
        self._suggest_timer.timeout.connect(self.suggest)

    def _typed(self, _text: str) -> None:
        self._suggest_timer.start()
        self.changed.emit()

    def suggest(self) -> None:
        """Records whose code or name contains the text, preferred ones first (read on the
        runner; an answer to an older text is dropped)."""
        text = self.code.text().strip()
        self._asked += 1
        if not text:
            self.suggestions.clear()
            self.completer.popup().hide()
            return
        asked, condition = self._asked, self._matching(text)

        def read() -> list[tuple]:
            return self._query(condition, SUGGESTIONS)

        if self.runner is None:
            self._show_suggestions(asked, read())
        else:
            self.runner(read, lambda rows: self._show_suggestions(asked, rows))

    def _show_suggestions(self, asked: int, rows: list[tuple]) -> None:
        if asked != self._asked:
            return  # typed on, or left the field, meanwhile
        self.suggestions.clear()
        for record_id, code, label in rows:
            item = QStandardItem(f"{code}  {label or ''}")
            item.setData(record_id, ID_ROLE)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        self.set_value(index.data(ID_ROLE))
        self.changed.emit()

    def _matching(self, text: str):
        return or_(contains(self.spec.code_col(), text), contains(self.spec.label_col(), text))

    def _query(self, condition, limit: int) -> list[tuple]:
        spec = self.spec
        stmt = (select(spec.entity.id, spec.code_col(), spec.label_col())
                .where(condition, *spec.where)
                .order_by(*spec.first_order(), spec.code_col()).limit(limit))
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(stmt)]

    # -- scope -----------------------------------------------------------------------------
    def set_scope(self, where: list | None = None, prefer=None) -> None:
        """Narrow the lookup to a context (``where``) or put its records first (``prefer``);
        a value outside a narrowed scope is flagged."""
        self.spec = self.base_spec.narrowed(where, prefer)
        if where and self._id is not None and not self._query(
                self.spec.entity.id == self._id, 1):
            self._flag(QCoreApplication.translate("LookupField", "%1 is not one of the choices here").replace("%1", self.code.text()))  # noqa: E501

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
        """A code (ignoring case); else a name only one record has (ignoring case and
        accents, the whole name first, then a part of it)."""
        text = self.code.text().strip()
        self.code.setModified(False)
        self._suggest_timer.stop()
        self._asked += 1  # suggestions still on their way are not wanted any more
        if not text:
            self._id, self._invalid = None, False
            self.label.clear()
            self._mark(False)
            self.changed.emit()
            return
        spec = self.spec
        rows = self._query(func.lower(spec.code_col()) == text.lower(), 1) \
            or self._query(folded(spec.label_col()) == fold(text), 2) \
            or self._query(self._matching(text), 2)
        if len(rows) == 1:
            self._id, self._invalid = rows[0][0], False
            self.code.setText(rows[0][1])
            self.label.setText(rows[0][2] or "")
            self._mark(False)
        elif rows:
            self._flag(QCoreApplication.translate("LookupField", "%1 matches several records: press F2 to choose").replace("%1", text))  # noqa: E501
        else:
            self._flag(QCoreApplication.translate("LookupField", "%1 does not exist").replace("%1", text))
        self.changed.emit()

    def _flag(self, message: str) -> None:
        self._id, self._invalid = None, True
        self.label.setText(message)
        self._mark(True)

    def _mark(self, invalid: bool) -> None:
        self.code.setStyleSheet("border: 1px solid #c0392b;" if invalid else "")
        self.code.setToolTip(self.label.text() if invalid else "")
        font = QFont(self.label.font())
        font.setItalic(invalid)
        self.label.setFont(font)

    def pick(self) -> None:
        text = "" if self._id is not None else self.code.text().strip()
        dialog = LookupDialog(self.engine, self.spec, text, self)
        if dialog.exec() == QDialog.Accepted and dialog.chosen is not None:
            self.set_value(dialog.chosen)
            self.changed.emit()
        self.code.setFocus()  # back in the form: Ctrl+S and Tab go on from here
