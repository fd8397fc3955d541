"""A read-mostly table model over a SQLAlchemy select that scales to millions of rows.

It asks for the first page at once and shows it; when that page is full, the row count is asked
for (a COUNT over a million rows takes longer than the first page), and the grid grows to the
full count when it arrives. Then only the pages the view paints are loaded, a few kept in a
small LRU cache: jumping to row 500,000 costs one page, and memory stays flat. Sorting and
filtering happen in SQL. Every read runs on the task pool, so a remote database never stalls the
window; a row not loaded yet paints empty until its page arrives. Each query borrows a pooled
connection for its duration only, so no transaction stays open behind a grid.

A page is read from the nearest row whose sort key is known (keyset.py): the rows of the pages
read so far, and on a server database a landmark every thousand rows read after the count, so
a deep page never makes the server step over half a million rows. Its display texts are
formatted once, when it is read; painting a cell is a lookup (page.py).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from sqlalchemy import Engine, and_, func, literal, or_, select

from desktop.crm.errors import CrmError
from desktop.crm.text_search import contains, searched_text
from desktop.models import keyset
from desktop.models.columns import Column
from desktop.models.index import Index
from desktop.models.page import Page, format_page

log = logging.getLogger(__name__)

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
# plain ints: comparing them is far cheaper than comparing Qt enum members, cell after cell
_DISPLAY, _EDIT, _ALIGN, _CHECK, _DECORATION, _ROW_ID, _RAW = (int(getattr(r, "value", r)) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, ROW_ID_ROLE, RAW_ROLE))


class SqlTableModel(QAbstractTableModel):
    PAGE_SIZE = 50
    CACHE_PAGES = 10
    #: how long the count waits for a view to paint the first page before it is asked anyway
    COUNT_WAIT_MS = 100
    #: a landmark (a row whose sort key is read after the count) every this many rows
    LANDMARK_EVERY = keyset.LANDMARK_EVERY
    #: how long a new grid on a local database file waits for its first page (read on the
    #: pool) before the window goes on: the file answers within it, and the grid's first frame
    #: shows rows rather than an empty grid
    FIRST_PAGE_WAIT_MS = 15

    #: A domain error raised by an in-grid edit; the view shows it.
    editFailed = Signal(object)
    #: The number of rows is known (after a filter, a refresh or an edit).
    countChanged = Signal(int)
    #: A page or the count could not be read (the error), or rows load again (None): the
    #: view says so, in the grid and the status bar, rather than show an empty grid.
    loadError = Signal(object)

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
        if any(c.setter is not None for c in self.columns):
            # Qt finds the override on the instance
            self.flags = self._editable_flags  # type: ignore[method-assign]
        self._alignments = [int(c.alignment) for c in self.columns]
        self._checks = [c.kind == "bool" for c in self.columns]
        self._icons = [c.icon for c in self.columns]
        #: span length -> (where the display role is, ((position, role) ...) of the others
        #: this model answers): see multiData
        self._layouts: dict[int, tuple] = {}
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
        #: bumped whenever the rows may have moved (a refresh, a reload): keys read before
        #: it no longer say where a row is
        self._epoch = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._recent = -1  # the page last painted (moved to the end of the LRU order)
        self._asked: set[int] = set()
        self._keys = keyset.KnownKeys()
        self._plan: PagePlan | None = None
        #: the generation whose count waits for the first paint, and whose count is due
        self._count_waits = self._count_pending = 0
        #: a local database file: a new grid waits briefly for its first page (see
        #: FIRST_PAGE_WAIT_MS); a server may be far, and reads landmarks after the count (a
        #: file steps over rows fast enough)
        self.local = engine.dialect.name == "sqlite"
        self.landmarks = not self.local
        self._first_task: int | None = None
        self.load_error: BaseException | None = None
        self.refresh()
        if self._first_task is not None and self.local:  # its first frame shows rows
            self.pool.settle(self._first_task, self.FIRST_PAGE_WAIT_MS)

    # -- configuration ---------------------------------------------------------------------
    def set_fixed_filter(self, clauses: Sequence) -> None:
        """Conditions that belong to the context (e.g. this partner's contacts)."""
        self._fixed = list(clauses)
        self.refresh()

    def set_filters(self, clauses: Sequence) -> None:
        self._filters = list(clauses)
        self.refresh()

    def set_search(self, text: str) -> None:
        self._search = searched_text(text)
        self.refresh()

    def where(self) -> list:
        clauses = self._fixed + self._filters
        if self._search:
            searchable = [c.expr for c in self.columns if c.searchable]
            clauses.append(or_(*(contains(e, self._search) for e in searchable)))
        return clauses

    def order_by(self) -> list:
        return [*self.leading_order, *(self._order or self.default_order), self.id_expr]

    def _selected(self) -> list:
        """What a row holds: id, version, a value per column."""
        version = self.version_expr if self.version_expr is not None else literal(0)
        return [self.id_expr, version, *(c.expr for c in self.columns)]

    def statement(self):
        """The filtered, ordered select of (id, version, columns...) used for pages and export."""
        stmt = select(*self._selected())
        return stmt.select_from(self.from_obj).where(and_(True, *self.where())) \
            .order_by(*self.order_by())

    def _page_plan(self) -> PagePlan:
        """How pages are read in the current filter and order (made once per refresh)."""
        if self._plan is None:
            self._plan = PagePlan(self.statement(), self._selected(), keyset.terms(
                self.order_by(), self.engine.dialect.name))
        return self._plan

    # -- loading (on the task pool; results applied on the GUI thread) ---------------------
    def refresh(self) -> None:
        """Start again from the first page (after a filter, a sort or a search)."""
        self.beginResetModel()
        self._generation += 1
        self._plan = None
        self._forget_keys()
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
        self._forget_keys()
        for page_no in list(self._pages):
            self._ask_page(page_no)
        if not self._pages:
            self._ask_page(0, first=True)
        else:
            self._ask_count()

    def _forget_keys(self) -> None:
        self._epoch += 1
        self._keys.clear()

    def _ask_page(self, page_no: int, first: bool = False) -> None:
        if page_no in self._asked:
            return
        self._asked.add(page_no)
        engine, generation, epoch, columns = self.engine, self._generation, self._epoch, \
            tuple(self.columns)
        stmt = self._page_statement(page_no * self.PAGE_SIZE,
                                    self.PAGE_SIZE + (1 if first else 0))

        def load() -> Page:
            with engine.connect() as conn:
                rows = conn.execute(stmt).all()  # rows index like tuples
            return format_page(rows, columns)

        task = self._run(load, lambda page: self._page_loaded(generation, epoch, page_no, page,
                                                              first), awaitable=first)
        if first:
            self._first_task = task

    def _page_statement(self, start: int, limit: int):
        """The rows from ``start``: from the nearest known key before it when the order has
        keys, else by OFFSET."""
        plan = self._page_plan()
        known = self._keys.nearest(start) if plan.terms is not None else None
        if known is None or plan.terms is None:
            return plan.statement.offset(start).limit(limit)
        row, key = known
        return keyset.page_from(plan.statement, plan.terms, plan.positions, key, start - row,
                                limit)

    def _run(self, fn, done, awaitable: bool = False) -> int | None:
        """Run ``fn`` on the pool (its number when it may be awaited and is not done yet); a
        failure is said over the grid, for the generation that asked."""
        generation = self._generation
        if self.pool is None:
            try:
                result = fn()
            except Exception as error:  # noqa: BLE001 - any driver error: said, not raised
                self._load_failed(error, generation)
                return None
            done(result)
            return None
        number = self.pool.run(fn, done, lambda error: self._load_failed(error, generation),
                               owner=self, awaitable=awaitable)
        return number if awaitable and not self.pool.inline else None

    def _load_failed(self, error: BaseException, generation: int) -> None:
        log.error("loading rows failed: %r", error)
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        self.load_error = error  # the pages asked stay asked: Refresh asks again
        self.loadError.emit(error)

    def _loaded(self) -> None:
        if self.load_error is not None:
            self.load_error = None
            self.loadError.emit(None)

    def _page_loaded(self, generation: int, epoch: int, page_no: int, page: Page,
                     first: bool) -> None:
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        self._asked.discard(page_no)
        self._loaded()
        rows = page.rows
        if len(rows) > self.PAGE_SIZE:
            page = Page(rows[: self.PAGE_SIZE], page.texts[: self.PAGE_SIZE])
        self._remember_keys(epoch, page_no, page.rows)
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        self._recent = -1
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        if first and not self.count_known and page_no == 0 and self._count == 0:
            self._first_page_shown(page, more=len(rows) > self.PAGE_SIZE)
            return
        start = page_no * self.PAGE_SIZE
        last = min(start + self.PAGE_SIZE, self._count) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(last, self.columnCount() - 1))
        if first:
            self._ask_count()

    def _first_page_shown(self, page: Page, more: bool) -> None:
        if page.rows:
            self.beginInsertRows(QModelIndex(), 0, len(page.rows) - 1)
            self._count = len(page.rows)
            self.endInsertRows()
        if more:
            self._ask_count_soon()
        else:
            self.count_known = True
            self.countChanged.emit(self._count)

    def _remember_keys(self, epoch: int, page_no: int, rows: list[tuple]) -> None:
        """The keys of a page's first and last rows (a page read before the rows moved says
        nothing of where they are now)."""
        plan = self._page_plan()
        if not rows or epoch != self._epoch or plan.terms is None:
            return
        start = page_no * self.PAGE_SIZE
        self._keys.add(start, plan.key(rows[0]))
        self._keys.add(start + len(rows) - 1, plan.key(rows[-1]))

    def _ask_count_soon(self) -> None:
        """After the first paint: a COUNT over a million rows must not compete with it. The
        count is asked once a view has painted a cell of the page (or after COUNT_WAIT_MS
        without a view painting); at once when the pool runs inline, as in tests."""
        if self.pool is None or self.pool.inline:
            self._ask_count()
            return
        self._count_waits = self._count_pending = self._generation
        QTimer.singleShot(self.COUNT_WAIT_MS, self,
                          partial(self._count_after_paint, self._generation))

    def _painted(self) -> None:
        """A view painted a cell: the count waiting for it is asked once that paint ends."""
        generation, self._count_waits = self._count_waits, 0
        QTimer.singleShot(0, self, partial(self._count_after_paint, generation))

    def _count_after_paint(self, generation: int) -> None:
        if generation == self._count_pending == self._generation:
            self._count_waits = self._count_pending = 0
            self._ask_count()

    def _ask_count(self) -> None:
        engine, generation, epoch = self.engine, self._generation, self._epoch
        stmt = select(func.count()).select_from(self.from_obj).where(and_(True, *self.where()))
        terms = self._page_plan().terms if self.landmarks else None
        every = self.LANDMARK_EVERY
        marks = keyset.landmarks_statement(self.from_obj, self.where(), terms, every) \
            if terms is not None else None

        def count() -> tuple[int, list]:
            with engine.connect() as conn:
                total = int(conn.execute(stmt).scalar_one())
                if marks is None or total <= 2 * every:
                    return total, []
                return total, [tuple(r) for r in conn.execute(marks)]

        self._run(count, lambda answer: self._apply_count(generation, epoch, *answer))

    def _apply_count(self, generation: int, epoch: int, total: int, marks: list) -> None:
        if generation != self._generation:
            return  # a newer filter or sort has started meanwhile
        if epoch == self._epoch:
            for mark in marks:
                self._keys.add(mark[0], tuple(mark[1:]))
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

    def _page(self, row: int) -> Page | None:
        """The cached page holding ``row`` (asked for when it is not there: shown when it
        arrives, at once with an inline pool)."""
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._ask_page(page_no)
            return self._pages.get(page_no)
        if page_no != self._recent:
            self._touch(page_no)
        return page

    def _touch(self, page_no: int) -> None:
        """The page is in use: the last the cache lets go."""
        self._recent = page_no
        self._pages.move_to_end(page_no)

    def _row(self, row: int) -> tuple | None:
        page = self._page(row)
        if page is None:
            return None
        offset = row % self.PAGE_SIZE
        return page.rows[offset] if offset < len(page.rows) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    def known_keys(self) -> int:
        """How many rows' sort keys are known (pages' edges and landmarks)."""
        return len(self._keys)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def set_headers(self, headers: Sequence[str]) -> None:
        """New header texts (after a language switch); the texts of the pages held are
        formatted again in the new language."""
        for column, header in zip(self.columns, headers, strict=False):
            column.header = header
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        for page_no, page in list(self._pages.items()):
            self._pages[page_no] = format_page(page.rows, self.columns)
        if self._pages and self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, self.columnCount() - 1))

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if role != _DISPLAY and role is not Qt.ItemDataRole.DisplayRole:  # an int when Qt asks
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A lookup in the page held: texts were formatted when the page was read."""
        role = int(getattr(role, "value", role))
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        page = self._page(row)
        offset = row % self.PAGE_SIZE
        if page is None or offset >= len(page.rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            return page.texts[offset][column]
        return self._other_role(role, page.rows[offset], column)

    def _other_role(self, role: int, row: tuple, column: int) -> Any:
        if role in (_EDIT, _RAW):
            return row[column + 2]
        if role == _ALIGN:
            return self._alignments[column]
        if role == _CHECK:
            if not self._checks[column]:
                return None
            return Qt.CheckState.Checked if row[column + 2] else Qt.CheckState.Unchecked
        if role == _DECORATION:
            icon = self._icons[column]
            return None if icon is None else icon(row[column + 2])
        return row[0]  # ROW_ID_ROLE

    def multiData(self, index: Index, span) -> None:  # noqa: N802
        """The roles a delegate asks for, in one call: the view paints a cell with one trip
        into Python. Only the roles this model answers are written: the display text (a
        lookup), and the alignment, check state and icon when some column has them (written
        for every cell then: the delegate reuses its span from cell to cell). A fresh span
        layout is cleared once; a view's delegate serves only this model."""
        row = index.row()
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        offset = row - page_no * self.PAGE_SIZE
        if page is None or offset >= len(page.texts):
            self._page(row)  # asked for: painted when it arrives
            for role_data in span:
                role_data.clearData()
            return
        if page_no != self._recent:
            self._touch(page_no)
        if self._count_waits:
            self._painted()
        layout = self._layouts.get(len(span))
        shown = span[layout[0]] if layout is not None else None
        if shown is None or shown.role() != _DISPLAY:
            layout = self._learn_layout(span)
            if layout is None:
                return self._answer_each(span, page.rows[offset], page.texts[offset],
                                         index.column())
            shown = span[layout[0]]
        column = index.column()
        shown.setData(page.texts[offset][column])
        assert layout is not None  # shown was found through it
        for position, role in layout[1]:
            self._answer(span[position], role, page.rows[offset], column)

    def _learn_layout(self, span) -> tuple | None:
        """Where the display role and the other roles this model answers sit in a span of
        this length (Qt's delegate always asks for the same roles in the same order)."""
        roles = [role_data.role() for role_data in span]
        if _DISPLAY not in roles:
            return None
        for role_data in span:
            role_data.clearData()
        wanted = [r for r in (_ALIGN, _CHECK, _DECORATION) if self._answers_role(r)]
        layout = (roles.index(_DISPLAY), tuple((roles.index(r), r) for r in wanted
                                               if r in roles))
        self._layouts[len(roles)] = layout
        return layout

    def _answers_role(self, role: int) -> bool:
        if role == _ALIGN:
            return any(a != _LEFT for a in self._alignments)
        if role == _CHECK:
            return any(self._checks)
        return any(icon is not None for icon in self._icons)

    def _answer(self, role_data, role: int, row: tuple, column: int) -> None:
        value = self._other_role(role, row, column)
        if value is None:
            role_data.clearData()
        else:
            role_data.setData(value)

    def _answer_each(self, span, row: tuple, texts: tuple, column: int) -> None:
        """A span of another shape: every role in it answered or cleared."""
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(texts[column])
            elif role in _ANSWERED:
                self._answer(role_data, role, row, column)
            else:
                role_data.clearData()

    def _editable_flags(self, index: Index) -> Qt.ItemFlag:
        """flags() of a grid with editable columns. A grid without any keeps Qt's own (enabled
        and selectable), so painting a cell makes no trip into Python for it."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()]

    def _column_flags(self) -> list:
        """Flags depend on the column only: computed once, not per painted cell."""
        out = []
        for column in self.columns:
            flag = Qt.ItemFlag
            flags = flag.ItemIsEnabled | flag.ItemIsSelectable
            if column.setter is not None:
                flags |= flag.ItemIsUserCheckable if column.kind == "bool" else flag.ItemIsEditable
            out.append(flags)
        return out

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.setter is None or role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        expr = self.columns[column].expr
        self._order = [expr.desc() if order == Qt.SortOrder.DescendingOrder else expr.asc()]
        self.refresh()

    # -- helpers for views -----------------------------------------------------------------
    def locate(self, record_id: int, done: Callable[[int | None], None]) -> None:
        """``done(row)``: the row ``record_id`` is at in the current filter and order (None
        when the filter leaves it out), read on the pool; nothing when the rows were filtered
        or sorted again meanwhile."""
        engine, generation = self.engine, self._generation
        numbered = select(self.id_expr.label("row_id"), func.row_number().over(
            order_by=self.order_by()).label("row_number")) \
            .select_from(self.from_obj).where(and_(True, *self.where())).subquery()
        stmt = select(numbered.c.row_number - 1).where(numbered.c.row_id == record_id)

        def read() -> int | None:
            with engine.connect() as conn:
                return conn.execute(stmt).scalar()

        self._run(read, lambda row: done(row) if generation == self._generation else None)

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


class PagePlan:
    """The select a grid's pages are read with, and where each row carries its sort key:
    ``positions[i]`` is the row's value of the i-th term of the order (a term already
    selected is not selected twice). No keys when some term of the order is not a plain
    column (``terms`` None): pages are then read by OFFSET."""

    def __init__(self, statement, selected: list, terms: list[keyset.Term] | None) -> None:
        self.terms = terms
        self.positions: list[int] = []
        if terms is not None:
            extra = []
            for term in terms:
                found = next((i for i, c in enumerate(selected) if _same_column(c, term.expr)),
                             None)
                if found is None:
                    extra.append(term.expr)
                    found = len(selected) + len(extra) - 1
                self.positions.append(found)
            statement = statement.add_columns(*extra)
        self.statement = statement

    def key(self, row: tuple) -> tuple:
        return tuple(row[p] for p in self.positions)


def _same_column(selected, column) -> bool:
    """Whether a selected expression is that very column of that very table."""
    if hasattr(selected, "__clause_element__"):
        selected = selected.__clause_element__()
    return getattr(selected, "table", None) is column.table and \
        getattr(selected, "name", None) == column.name


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: the roles this model answers (any other is None)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _ALIGN, _CHECK, _DECORATION, _ROW_ID, _RAW})
