"""A read-mostly table model over a SQLAlchemy select that scales to millions of rows.

It loads the first page at once and shows it; when that page is full, the row count is asked
for on a worker thread (a COUNT over a million rows takes longer than the first page), and the
grid grows to the full count when it arrives. Then only the pages the view paints are loaded
(LIMIT/OFFSET in the current ORDER BY), a few kept in a small LRU cache: jumping to row 500,000
costs one page, and memory stays flat. Sorting and filtering happen in SQL. Each query borrows a pooled connection for its
duration only, so no transaction stays open behind a grid.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from sqlalchemy import Engine, and_, func, literal, or_, select

from desktop.crm.errors import CrmError
from desktop.models.columns import Column, display

log = logging.getLogger(__name__)

ROW_ID_ROLE = Qt.UserRole + 1
RAW_ROLE = Qt.UserRole + 2
# plain ints: comparing them is far cheaper than comparing Qt enum members, cell after cell
_DISPLAY, _ALIGN, _CHECK, _DECORATION = (int(r.value) for r in (
    Qt.DisplayRole, Qt.TextAlignmentRole, Qt.CheckStateRole, Qt.DecorationRole))
_ROLES = frozenset({Qt.DisplayRole, Qt.EditRole, Qt.CheckStateRole, Qt.TextAlignmentRole,
                    Qt.DecorationRole, ROW_ID_ROLE, RAW_ROLE})


class SqlTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    CACHE_PAGES = 10

    #: A domain error raised by an in-grid edit; the view shows it.
    editFailed = Signal(object)
    #: The number of rows is known (after a filter, a refresh or an edit).
    countChanged = Signal(int)
    _counted = Signal(int, int)  # generation, count: from the counting thread

    def __init__(self, engine: Engine, from_obj, id_expr, columns: Sequence[Column],
                 default_order: Sequence = (), version_expr=None, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.from_obj = from_obj
        self.id_expr = id_expr
        self.version_expr = version_expr
        self.columns = list(columns)
        self._flags = self._column_flags()
        self._renders = self._column_renders()
        self.default_order = list(default_order)
        self._order: list = []
        self._fixed: list = []
        self._filters: list = []
        self._search = ""
        self._count = 0
        self.count_known = False
        self._generation = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._counted.connect(self._apply_count)
        self.refresh()

    # -- configuration ---------------------------------------------------------------------
    def set_fixed_filter(self, clauses: Sequence) -> None:
        """Conditions that belong to the context (e.g. this partner's contacts)."""
        self._fixed = list(clauses)
        self.refresh()

    def set_filters(self, clauses: Sequence) -> None:
        self._filters = list(clauses)
        self.refresh()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.refresh()

    def where(self) -> list:
        clauses = self._fixed + self._filters
        if self._search:
            pattern = f"%{self._search.lower()}%"
            searchable = [c.expr for c in self.columns if c.searchable]
            clauses.append(or_(*(func.lower(e).like(pattern) for e in searchable)))
        return clauses

    def statement(self):
        """The filtered, ordered select of (id, version, columns...) used for pages and export."""
        version = self.version_expr if self.version_expr is not None else literal(0)
        stmt = select(self.id_expr, version, *(c.expr for c in self.columns))
        stmt = stmt.select_from(self.from_obj).where(and_(True, *self.where()))
        return stmt.order_by(*(self._order or self.default_order), self.id_expr)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload: the first page now, the exact count now if it fits in that page, else later."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        with self.engine.connect() as conn:
            first = [tuple(r) for r in conn.execute(self.statement().limit(self.PAGE_SIZE + 1))]
        self._pages[0] = first[: self.PAGE_SIZE]
        self.count_known = len(first) <= self.PAGE_SIZE
        self._count = len(self._pages[0])
        self.endResetModel()
        if self.count_known:
            self.countChanged.emit(self._count)
        else:
            self._count_in_background(self._generation)

    def _count_in_background(self, generation: int) -> None:
        stmt = select(func.count()).select_from(self.from_obj).where(and_(True, *self.where()))

        def count() -> None:
            try:
                with self.engine.connect() as conn:
                    total = conn.execute(stmt).scalar_one()
            except Exception:  # noqa: BLE001 - the grid keeps its first page
                log.exception("counting rows failed")
                return
            try:
                self._counted.emit(generation, total)
            except RuntimeError:  # the grid was closed meanwhile
                pass

        threading.Thread(target=count, name="grid-count", daemon=True).start()

    def _apply_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.count_known = True
        self.countChanged.emit(self._count)

    def _row(self, row: int) -> tuple | None:
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _load_page(self, page_no: int) -> list[tuple]:
        stmt = self.statement().limit(self.PAGE_SIZE).offset(page_no * self.PAGE_SIZE)
        with self.engine.connect() as conn:
            page = [tuple(r) for r in conn.execute(stmt)]
        self._pages[page_no] = page
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: QModelIndex, role=Qt.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        value = row[index.column() + 2]
        if role == Qt.DisplayRole:
            return self._shown(index.column(), row, value)
        if role == Qt.EditRole:
            return value
        if role == Qt.CheckStateRole and column.kind == "bool":
            return Qt.Checked if value else Qt.Unchecked
        if role == Qt.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.DecorationRole and column.icon is not None:
            return column.icon(value)
        if role == ROW_ID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        return None

    def multiData(self, index: QModelIndex, span) -> None:  # noqa: N802
        """All the roles a delegate asks for, in one call: the view paints a cell with one
        trip into Python instead of one per role."""
        row = self._row(index.row()) if index.isValid() else None
        if row is None:
            return
        column = self.columns[index.column()]
        value = row[index.column() + 2]
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._shown(index.column(), row, value))
            elif role == _ALIGN:
                role_data.setData(column.alignment)
            elif role == _CHECK and column.kind == "bool":
                role_data.setData(Qt.Checked if value else Qt.Unchecked)
            elif role == _DECORATION and column.icon is not None:
                role_data.setData(column.icon(value))
            else:
                role_data.clearData()  # the view reuses the span from cell to cell

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        return self._flags[index.column()]

    def _shown(self, column: int, row: tuple, value) -> str:
        render = self._renders[column]
        if render is None:
            return display(self.columns[column].kind, value)
        function, positions = render
        return function(value, *(row[p] for p in positions))

    def _column_renders(self) -> list:
        """For columns shown from several values: the function and where its values are."""
        keys = [c.key for c in self.columns]
        return [(c.render, tuple(keys.index(k) + 2 for k in c.render_from))
                if c.render is not None else None for c in self.columns]

    def _column_flags(self) -> list:
        """Flags depend on the column only: computed once, not per painted cell."""
        out = []
        for column in self.columns:
            flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
            if column.setter is not None:
                flags |= Qt.ItemIsUserCheckable if column.kind == "bool" else Qt.ItemIsEditable
            out.append(flags)
        return out

    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.setter is None or role not in (Qt.EditRole, Qt.CheckStateRole):
            return False
        if role == Qt.CheckStateRole:
            value = Qt.CheckState(value) == Qt.Checked
        row = self._row(index.row())
        try:
            column.setter(row[0], value, row[1])
        except CrmError as error:
            self.editFailed.emit(error)
            return False
        self._pages.pop(index.row() // self.PAGE_SIZE, None)
        first = self.index(index.row(), 0)
        self.dataChanged.emit(first, self.index(index.row(), self.columnCount() - 1))
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        expr = self.columns[column].expr
        self._order = [expr.desc() if order == Qt.DescendingOrder else expr.asc()]
        self.refresh()

    # -- helpers for views -----------------------------------------------------------------
    def row_id(self, row: int) -> int | None:
        data = self._row(row) if 0 <= row < self._count else None
        return data[0] if data else None

    def row_values(self, row: int) -> dict[str, Any]:
        data = self._row(row)
        return {c.key: data[i + 2] for i, c in enumerate(self.columns)} if data else {}

    def iter_rows(self, chunk: int = 2000):
        """All rows of the current filter and order, streamed (for CSV export)."""
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).execute(self.statement())
            for row in result:
                yield tuple(row)[2:]
