"""A read-mostly table model over a SQLAlchemy select that scales to millions of rows.

It asks the database for the row count once, then loads only the pages the view paints
(LIMIT/OFFSET in the current ORDER BY), keeping a few pages in a small LRU cache: opening a
million-row grid costs one COUNT and one page, jumping to row 500,000 costs one page, and memory
stays flat. Sorting and filtering happen in SQL. Each query borrows a pooled connection for its
duration only, so no transaction stays open behind a grid.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from sqlalchemy import Engine, and_, func, literal, or_, select

from desktop.crm.errors import CrmError
from desktop.models.columns import Column, display

ROW_ID_ROLE = Qt.UserRole + 1
RAW_ROLE = Qt.UserRole + 2


class SqlTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHE_PAGES = 8

    #: A domain error raised by an in-grid edit; the view shows it.
    editFailed = Signal(object)
    #: The number of rows changed (after a filter, a refresh or an edit).
    countChanged = Signal(int)

    def __init__(self, engine: Engine, from_obj, id_expr, columns: Sequence[Column],
                 default_order: Sequence = (), version_expr=None, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.from_obj = from_obj
        self.id_expr = id_expr
        self.version_expr = version_expr
        self.columns = list(columns)
        self.default_order = list(default_order)
        self._order: list = []
        self._fixed: list = []
        self._filters: list = []
        self._search = ""
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
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
        self.beginResetModel()
        self._pages.clear()
        count = select(func.count()).select_from(self.from_obj).where(and_(True, *self.where()))
        with self.engine.connect() as conn:
            self._count = conn.execute(count).scalar_one()
        self.endResetModel()
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
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        value = row[index.column() + 2]
        if role == Qt.DisplayRole:
            return display(column.kind, value)
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

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        column = self.columns[index.column()]
        if column.setter is not None:
            flags |= Qt.ItemIsUserCheckable if column.kind == "bool" else Qt.ItemIsEditable
        return flags

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
