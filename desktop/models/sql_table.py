"""A read-mostly table model over a SQLAlchemy select that scales to millions of rows.

It asks for the first page at once and shows it; when that page is full, the row count is asked
for (a COUNT over a million rows takes longer than the first page), and the grid grows to the
full count when it arrives. Then only the pages the view paints are loaded (LIMIT/OFFSET in the
current ORDER BY), a few kept in a small LRU cache: jumping to row 500,000 costs one page, and
memory stays flat. Sorting and filtering happen in SQL. Every read runs on the task pool, so a
remote database never stalls the window; a row not loaded yet paints empty until its page
arrives. Each query borrows a pooled connection for its duration only, so no transaction stays
open behind a grid.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from sqlalchemy import Engine, and_, func, literal, or_, select

from desktop.crm.errors import CrmError
from desktop.crm.text_search import contains
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

    def __init__(self, engine: Engine, from_obj, id_expr, columns: Sequence[Column],
                 default_order: Sequence = (), version_expr=None, pool=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        #: the task pool pages and counts are read on (None: read on the calling thread)
        self.pool = pool
        self.from_obj = from_obj
        self.id_expr = id_expr
        self.version_expr = version_expr
        self.columns = list(columns)
        self._flags = self._column_flags()
        self._alignments = [c.alignment for c in self.columns]  # asked for every painted cell
        self._renders = self._column_renders()
        self.default_order = list(default_order)
        self._order: list = []
        #: ordering that comes before the user's sort (a lookup's "this partner's first")
        self.leading_order: list = []
        self._fixed: list = []
        self._filters: list = []
        self._search = ""
        self._count = 0
        self.count_known = False
        self._generation = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._asked: set[int] = set()
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
            searchable = [c.expr for c in self.columns if c.searchable]
            clauses.append(or_(*(contains(e, self._search) for e in searchable)))
        return clauses

    def statement(self):
        """The filtered, ordered select of (id, version, columns...) used for pages and export."""
        version = self.version_expr if self.version_expr is not None else literal(0)
        stmt = select(self.id_expr, version, *(c.expr for c in self.columns))
        stmt = stmt.select_from(self.from_obj).where(and_(True, *self.where()))
        return stmt.order_by(*self.leading_order, *(self._order or self.default_order),
                             self.id_expr)

    # -- loading (on the task pool; results applied on the GUI thread) ---------------------
    def refresh(self) -> None:
        """Start again from the first page (after a filter, a sort or a search)."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._asked.clear()
        self._count = 0
        self.count_known = False
        self.endResetModel()
        self._ask_page(0, first=True)

    def reload(self) -> None:
        """Bring the rows held up to date without a reset: the view keeps its current row,
        selection and scroll position (after a change notice)."""
        self._asked.clear()
        for page_no in list(self._pages):
            self._ask_page(page_no)
        if not self._pages:
            self._ask_page(0, first=True)
        else:
            self._ask_count()

    def _ask_page(self, page_no: int, first: bool = False) -> None:
        if page_no in self._asked:
            return
        self._asked.add(page_no)
        engine, generation = self.engine, self._generation
        stmt = self.statement().limit(self.PAGE_SIZE + (1 if first else 0)) \
            .offset(page_no * self.PAGE_SIZE)

        def load() -> list[tuple]:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(stmt)]

        self._run(load, lambda rows: self._page_loaded(generation, page_no, rows, first))

    def _run(self, fn, done) -> None:
        if self.pool is None:
            done(fn())
        else:
            self.pool.run(fn, done, self._load_failed, owner=self)

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading rows failed: %r", error)

    def _page_loaded(self, generation: int, page_no: int, rows: list[tuple],
                     first: bool) -> None:
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        self._asked.discard(page_no)
        page = rows[: self.PAGE_SIZE]
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        if first and not self.count_known and page_no == 0 and self._count == 0:
            if page:
                self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
                self._count = len(page)
                self.endInsertRows()
            if len(rows) <= self.PAGE_SIZE:
                self.count_known = True
                self.countChanged.emit(self._count)
            else:
                self._ask_count_soon()
            return
        start = page_no * self.PAGE_SIZE
        last = min(start + self.PAGE_SIZE, self._count) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(last, self.columnCount() - 1))
        if first:
            self._ask_count()

    def _ask_count_soon(self) -> None:
        """After the first paint: a COUNT over a million rows must not compete with it (at
        once when the pool runs inline, as in tests)."""
        if self.pool is None or self.pool.inline:
            self._ask_count()
        else:
            QTimer.singleShot(0, self, self._ask_count)

    def _ask_count(self) -> None:
        engine, generation = self.engine, self._generation
        stmt = select(func.count()).select_from(self.from_obj).where(and_(True, *self.where()))

        def count() -> int:
            with engine.connect() as conn:
                return int(conn.execute(stmt).scalar_one())

        self._run(count, lambda total: self._apply_count(generation, total))

    def _apply_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
            self._drop_pages_after(total)
        self.count_known = True
        self.countChanged.emit(self._count)

    def _drop_pages_after(self, total: int) -> None:
        for page_no in [p for p in self._pages if p * self.PAGE_SIZE >= total]:
            del self._pages[page_no]

    def _row(self, row: int) -> tuple | None:
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            self._ask_page(page_no)  # shown when it arrives (at once with an inline pool)
            page = self._pages.get(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def set_headers(self, headers: Sequence[str]) -> None:
        """New header texts (after a language switch)."""
        for column, header in zip(self.columns, headers, strict=False):
            column.header = header
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.columns) - 1)

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
                role_data.setData(self._alignments[index.column()])
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
        if row is None:
            return False
        try:
            # an operation: its change notice reloads the row; False when it failed already
            accepted = column.setter(row[0], value, row[1])
        except CrmError as error:
            self.editFailed.emit(error)
            return False
        return accepted is not False

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

    def row_version(self, row: int) -> int:
        """The version the row was read at (0 for entities without one)."""
        data = self._row(row) if 0 <= row < self._count else None
        return data[1] if data else 0

    def row_values(self, row: int) -> dict[str, Any]:
        data = self._row(row)
        return {c.key: data[i + 2] for i, c in enumerate(self.columns)} if data else {}

    def iter_rows(self, chunk: int = 2000):
        """All rows of the current filter and order, streamed (for CSV export)."""
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).execute(self.statement())
            for row in result:
                yield tuple(row)[2:]
