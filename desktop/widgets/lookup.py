"""The lookup field (LN's "zoom"): type a code or a name, pick from the suggestions that come
as you type, or press F2 for a searchable grid.

The value is the record's id. Nothing is read on the GUI thread: suggestions, the resolution
of what was typed and the name shown beside a code are read on the task pool. While the user
types, the text is theirs: it is resolved (desktop.crm.lookups.resolve) only on Enter, Tab,
leaving the field or picking a suggestion, and ``changed`` is emitted then, so fields that
follow this one (a partner's contacts, a process's phases) react to a record, never to half
a word. A code that the typed text begins is completed inline as selected text, which the next
key replaces. An unknown or ambiguous text is flagged with a message, never silently kept.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
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
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from desktop.crm import lookups
from desktop.crm.lookups import Choice, LookupSpec, Resolution
from desktop.models.columns import Column, display
from desktop.models.sql_table import SqlTableModel
from desktop.widgets import invalid_mark
from desktop.widgets.language import FollowsLanguage

__all__ = ["LookupDialog", "LookupField", "LookupSpec"]

translate = QCoreApplication.translate

ID_ROLE = Qt.UserRole + 1
PAUSE_MS = 150  # one query per pause in the typing
ACCEPT_KEYS = (Qt.Key_Return, Qt.Key_Enter)


def _read(engine: Engine, reader: Callable, *args):
    """``reader(connection, *args)`` on a pooled connection: run on a worker thread."""
    with engine.connect() as conn:
        return reader(conn, *args)


class LookupDialog(QDialog):
    """A searchable grid of the lookup's records, sorted by code (as its header shows), the
    preferred records first; Enter or double-click picks one. Opened on a field that holds a
    record (``current``), the grid starts on that record's row, selected and scrolled to."""

    def __init__(self, engine: Engine, pool, spec: LookupSpec, text: str = "",
                 parent=None, current: int | None = None) -> None:
        super().__init__(parent)
        self._wanted_row: int | None = None  # the current record's, until the rows reach it
        self.setWindowTitle(translate("LookupField", "Select %1").replace(
            "%1", QCoreApplication.translate("entity", spec.entity.entity_label)))
        self.resize(620, 440)
        self.chosen: int | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("LookupField", "Search code or name"))
        self.search.setClearButtonEnabled(True)
        code, name = translate("LookupField", "Code"), translate("LookupField", "Name")
        columns = [Column("code", code, spec.code_col(), searchable=True),
                   Column("label", name, spec.label_col(), searchable=True)]
        self.model = SqlTableModel(engine, spec.entity.__table__, spec.entity.id, columns,
                                   default_order=[spec.code_col()], pool=pool, parent=self)
        self.model.leading_order = spec.first_order()
        self.model.set_fixed_filter(spec.where)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setTabKeyNavigation(False)
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
            note = QLabel(translate("LookupField", "The records of this context come first."), self)
            layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.model.modelReset.connect(self._reset)
        self.model.rowsInserted.connect(lambda *_a: self._select_first())
        self.model.countChanged.connect(lambda _count: self._go_to_wanted())
        self.search.setText(text)
        self._select_first()
        if current is not None:
            self.model.locate(current, self._located)

    def _located(self, row: int | None) -> None:
        self._wanted_row = row
        self._go_to_wanted()

    def _go_to_wanted(self) -> None:
        """The current record's row made current, once the rows known reach it (the count
        comes after the first page)."""
        row = self._wanted_row
        if row is None or row >= self.model.rowCount():
            return
        self._wanted_row = None
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)  # selects the row too (rows, single selection)
        self.view.scrollTo(index, QAbstractItemView.PositionAtCenter)

    def _reset(self) -> None:
        """Searched or sorted again: the first row, not a row number of the rows before."""
        self._wanted_row = None
        self.view.selectRow(0)

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._select_first()

    def _select_first(self) -> None:
        if not self.view.selectionModel().selectedRows() and self.model.rowCount():
            self.view.selectRow(0)

    def accept(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.row_id(rows[0].row())
        super().accept()


class _Suggestions(QCompleter):
    """The pop-up of suggestions: code, name, what tells them apart, the preferred marked."""

    def __init__(self, field: LookupField) -> None:
        self.items = QStandardItemModel(field)
        super().__init__(self.items, field)
        self.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.setWidget(field.code)
        popup = QTreeView()
        popup.setRootIsDecorated(False)
        popup.setHeaderHidden(True)
        popup.setUniformRowHeights(True)
        popup.setAllColumnsShowFocus(True)
        popup.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setPopup(popup)

    def show_choices(self, choices: list[Choice]) -> None:
        self.items.clear()
        for choice in choices:
            code = QStandardItem(("★ " if choice.preferred else "") + choice.code)
            code.setData(choice, ID_ROLE)
            if choice.preferred:
                code.setToolTip(translate("LookupField", "One of this context's records"))
            detail = " · ".join(_shown(v) for v in choice.detail if v not in (None, ""))
            self.items.appendRow([code, QStandardItem(choice.label), QStandardItem(detail)])
        if not choices:
            self.popup().hide()
            return
        popup = self.popup()
        for column in range(3):
            popup.resizeColumnToContents(column)
        width = sum(popup.columnWidth(c) for c in range(3)) + 40
        popup.setMinimumWidth(min(max(width, 360), 900))
        self.complete(self.widget().rect().adjusted(0, 0, max(0, width - self.widget().width()),
                                                    0))
        # no row chosen until the user moves into the list (Down, Up): Enter and Tab accept
        # what was typed, never a suggestion the user did not point at
        popup.selectionModel().clear()
        popup.setCurrentIndex(QModelIndex())


def _shown(value) -> str:
    if isinstance(value, Decimal):
        return display("money", value)
    return QCoreApplication.translate("enum", value) if isinstance(value, str) else str(value)


class LookupField(FollowsLanguage, QWidget):
    #: the value changed: a text was resolved, a suggestion or a list row picked, or cleared
    changed = Signal()
    #: the user typed (the form has unsaved edits); the value follows once resolved
    edited = Signal()
    # Shift+F2: open the record the field names (its entity, its id), LN's "zoom to"
    openRequested = Signal(object, int)

    def __init__(self, spec: LookupSpec, engine: Engine, pool, parent=None) -> None:
        super().__init__(parent)
        self.engine, self.pool = engine, pool
        self.base_spec = self.spec = spec
        self._id: int | None = None
        self._invalid = False
        self._pending = False  # typed, not yet resolved
        self._asked = 0  # the number of the latest read; older answers are dropped
        self._resolving = False
        self._settled: list[Callable[[], None]] = []
        self._backspaced = False
        self.code = QLineEdit(self)
        self.code.setMaximumWidth(180)
        self.code.setMinimumWidth(90)
        self.button = QToolButton(self)
        self.button.setIcon(qta.icon("fa5s.search"))
        self.button.setFocusPolicy(Qt.NoFocus)  # F2 does the same from the field
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
        opening = QShortcut(QKeySequence(Qt.SHIFT | Qt.Key_F2), self.code)
        opening.setContext(Qt.WidgetShortcut)
        opening.activated.connect(self.open_record)
        self.code.editingFinished.connect(self._finished)
        self.code.textEdited.connect(self._typed)
        self.code.installEventFilter(self)
        self.completer = _Suggestions(self)
        self.completer.popup().installEventFilter(self)
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.suggest)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setToolTip(translate("LookupField", "Select from a list (F2)"))
        # said by a screen reader with the field's name: the keys no button shows
        invalid_mark.set_hint(self.code, translate(
            "LookupField", "F2 selects from a list; Shift+F2 opens the record shown."))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(max(super().sizeHint().width(), 320), super().sizeHint().height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.ShortcutOverride and event.key() in ACCEPT_KEYS and self._typing():
            event.accept()  # Enter accepts the text typed here: never a window's shortcut
            return True
        if watched is self.code and kind == QEvent.KeyPress:
            self._backspaced = event.key() in (Qt.Key_Backspace, Qt.Key_Delete)
            if event.key() in ACCEPT_KEYS and self._pending:
                self._finished()  # resolved here; a dialog's default button waits its turn
                return True
        return super().eventFilter(watched, event)

    def _typing(self) -> bool:
        return self._pending or self.completer.popup().isVisible()

    # -- reading on the pool ---------------------------------------------------------------
    def _run(self, reader: Callable, done: Callable, *args) -> None:
        self.pool.run(partial(_read, self.engine, reader, *args), done, self._read_failed,
                      owner=self)

    def _read_failed(self, error: BaseException) -> None:
        self._resolving = False
        self._flag(translate("LookupField", "cannot be checked now: %1")
                   .replace("%1", str(error)))

    # -- typing ----------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._pending, self._invalid = True, False
        self._asked += 1  # what was on its way was for another text
        self.label.clear()  # the name of what was there before, until this is resolved
        self._mark(False)
        self._timer.start()
        self.edited.emit()

    def suggest(self) -> None:
        """Records whose code or name contains the text, preferred ones first."""
        text = self.code.text()
        if not text.strip():
            self.completer.show_choices([])
            return
        self._asked += 1
        asked = self._asked
        self._run(lookups.suggestions, lambda found: self._suggested(asked, text, found),
                  self.spec, text)

    def _suggested(self, asked: int, text: str, found: list[Choice]) -> None:
        if asked != self._asked or self.code.text() != text:
            return  # typed on, or left the field, meanwhile
        self.completer.show_choices(found)
        self._complete_inline(text, found)

    def _complete_inline(self, text: str, found: list[Choice]) -> None:
        """The rest of the first code the text begins, selected: the next key replaces it."""
        first = found[0].code if found else ""
        if self._backspaced or self.code.cursorPosition() != len(text) or \
                not first.lower().startswith(text.lower()) or len(first) == len(text):
            return
        self.code.setText(text + first[len(text):])
        self.code.setSelection(len(text), len(first) - len(text))

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        choice = index.sibling(index.row(), 0).data(ID_ROLE)
        if isinstance(choice, Choice):
            self._apply(choice)
            self.changed.emit()

    # -- resolution ------------------------------------------------------------------------
    def _finished(self) -> None:
        if self._pending:
            self.completer.popup().hide()
            self._resolve()

    def _resolve(self) -> None:
        text = self.code.text().strip()
        self._timer.stop()
        self._asked += 1
        asked = self._asked
        if not text:
            self._pending, self._id, self._invalid = False, None, False
            self.label.clear()
            self._mark(False)
            self.changed.emit()
            self._release_settled()
            return
        self._resolving = True
        self._run(lookups.resolve, lambda found: self._resolved(asked, found), self.spec, text)

    def _resolved(self, asked: int, found: Resolution) -> None:
        self._resolving = False
        if asked != self._asked:
            return  # typed again meanwhile: that text will be resolved in its turn
        text = self.code.text().strip()
        self._pending = False
        if found.choice is not None:
            self._apply(found.choice)
        elif found.matches:
            self._flag(translate("LookupField", "%1 matches several records: press F2 to "
                                 "choose").replace("%1", text))
        else:
            self._flag(translate("LookupField", "%1 does not exist").replace("%1", text))
        self.changed.emit()
        self._release_settled()

    def settle(self, then: Callable[[], None]) -> None:
        """Call ``then`` once what was typed is resolved (at once when nothing waits)."""
        if not self._pending:
            then()
            return
        self._settled.append(then)
        if not self._resolving:
            self._resolve()

    def _release_settled(self) -> None:
        waiting, self._settled = self._settled, []
        for then in waiting:
            then()

    def is_pending(self) -> bool:
        return self._pending

    # -- value -----------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._id

    def is_valid(self) -> bool:
        return not self._invalid and not self._pending

    def problem(self) -> str:
        return translate("LookupField", "%1 is still being checked").replace(
            "%1", self.code.text()) \
            if self._pending else self.label.text()

    def set_value(self, record_id: int | None, code: str | None = None,
                  label: str | None = None) -> None:
        """Show ``record_id``; its code and name are read unless given."""
        self._asked += 1
        self._pending, self._invalid, self._id = False, False, record_id
        self._mark(False)
        if record_id is None or code is not None:
            self._show(code or "", label or "")
            return
        asked = self._asked
        self._run(lookups.describe, lambda found: self._described(asked, record_id, found),
                  self.spec, record_id)

    def _described(self, asked: int, record_id: int, found: Choice | None) -> None:
        if asked != self._asked:
            return
        if found is None:
            self._flag(translate("LookupField", "%1 is not one of the choices here")
                       .replace("%1", str(record_id)))
            self._id = record_id
        else:
            self._show(found.code, found.label)

    def _apply(self, choice: Choice) -> None:
        self._asked += 1
        self._pending, self._invalid, self._id = False, False, choice.id
        self._show(choice.code, choice.label)
        self._mark(False)

    def _show(self, code: str, label: str) -> None:
        self.code.setText(code)
        self.code.setModified(False)
        self.label.setText(label)

    # -- scope -----------------------------------------------------------------------------
    def set_scope(self, where: list | None = None, prefer=None) -> None:
        """Narrow the lookup to a context (``where``) or put its records first (``prefer``);
        a value outside a narrowed scope is flagged once checked."""
        self.spec = self.base_spec.narrowed(where, prefer)
        if where and self._id is not None and not self._pending:
            asked, record_id = self._asked, self._id
            self._run(lookups.describe, lambda found: self._in_scope(asked, found),
                      self.spec, record_id)

    def _in_scope(self, asked: int, found: Choice | None) -> None:
        if asked == self._asked and found is None:
            self._flag(translate("LookupField", "%1 is not one of the choices here")
                       .replace("%1", self.code.text()))

    # -- look --------------------------------------------------------------------------------
    def _flag(self, message: str) -> None:
        self._id, self._invalid = None, True
        self.label.setText(message)
        self._mark(True)

    def _mark(self, invalid: bool) -> None:
        invalid_mark.mark(self.code, self.label.text() if invalid else None)
        self.code.setToolTip(self.label.text() if invalid else "")
        font = QFont(self.label.font())
        font.setItalic(invalid)
        self.label.setFont(font)

    def open_record(self) -> None:
        """Ask the window to open the record shown (nothing when the field is empty)."""
        if self._id is not None:
            self.openRequested.emit(self.spec.entity, self._id)

    def pick(self) -> None:
        text = "" if self._id is not None else self.code.text().strip()
        dialog = LookupDialog(self.engine, self.pool, self.spec, text, self, current=self._id)
        if dialog.exec() == QDialog.Accepted and dialog.chosen is not None:
            self.set_value(dialog.chosen)
            self.changed.emit()
        self.code.setFocus()  # back in the form: Ctrl+S and Tab go on from here
