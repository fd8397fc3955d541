"""My agenda: the current employee's appointments, calls and due tasks by day or week; drag an
appointment to move it, double-click to open it."""

from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from desktop.crm import clock, entities as E
from desktop.crm.enums import ActivityType as T
from desktop.views.activities import ops
from desktop.views.activities.calendar_export import EXPORT, choose_agenda_file
from desktop.views.activities.sessions import type_icon
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session

FIRST_HOUR, LAST_HOUR, SLOT_MINUTES = 7, 21, 30
TYPE_COLOURS = {T.APPOINTMENT: "#dbe8f7", T.CALL: "#e3f1e0", T.TASK: "#fbefd5"}
ID_ROLE, VERSION_ROLE = Qt.UserRole + 1, Qt.UserRole + 2


class AgendaTable(QTableWidget):
    """Days in columns, half hours in rows; dropping an item moves the activity."""

    def __init__(self, agenda) -> None:
        super().__init__(agenda)
        self.agenda = agenda
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)

    def dropEvent(self, event) -> None:  # noqa: N802
        source = self.currentItem()
        index = self.indexAt(event.position().toPoint())
        event.ignore()  # the agenda reloads itself; Qt must not move the item
        if source is not None and index.isValid():
            self.agenda.move(source.data(ID_ROLE), source.data(VERSION_ROLE),
                             index.row(), index.column())


@session("tccom6150m000", "My Agenda", "fa5s.calendar-week", "activities")
class AgendaSession(SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.items: list[dict] = []
        self.day = QDateEdit(QDate(clock.today()), self)
        self.day.setCalendarPopup(True)
        self.span = QComboBox(self)
        self.span.addItem(self.tr("Week"), 7)
        self.span.addItem(self.tr("Day"), 1)
        back, forward, today, export = (QToolButton(self) for _ in range(4))
        export.setIcon(qta.icon("fa5s.calendar-plus"))
        self.translated(export.setToolTip, "CalendarExport", EXPORT)
        export.clicked.connect(lambda: choose_agenda_file(self))
        back.setIcon(qta.icon("fa5s.chevron-left"))
        forward.setIcon(qta.icon("fa5s.chevron-right"))
        today.setText(self.tr("Today"))
        back.clicked.connect(lambda: self.shift(-1))
        forward.clicked.connect(lambda: self.shift(1))
        today.clicked.connect(lambda: self.day.setDate(QDate(clock.today())))
        self.table = AgendaTable(self)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        for widget in (back, today, forward, self.day, self.span):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemDoubleClicked.connect(self.open_item)
        self.refresh()

    # -- period ----------------------------------------------------------------------------
    def first_day(self) -> dt.date:
        day = self.day.date().toPython()
        return day - dt.timedelta(days=day.weekday()) if self.span.currentData() == 7 else day

    def shift(self, direction: int) -> None:
        self.day.setDate(self.day.date().addDays(direction * self.span.currentData()))

    def slot_start(self, row: int, column: int) -> dt.datetime:
        day = self.first_day() + dt.timedelta(days=column)
        local = dt.datetime.combine(day, dt.time(FIRST_HOUR)) + \
            dt.timedelta(minutes=row * SLOT_MINUTES)
        return local.astimezone().astimezone(dt.timezone.utc)

    # -- content ---------------------------------------------------------------------------
    def refresh(self) -> None:
        days = self.span.currentData()
        first = self.first_day()
        slots = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES
        self.table.clear()
        self.table.clearSpans()
        self.table.setRowCount(slots)
        self.table.setColumnCount(days)
        locale = QLocale()
        self.table.setHorizontalHeaderLabels([
            locale.toString(first + dt.timedelta(days=i), "ddd d MMM") for i in range(days)])
        self.table.setVerticalHeaderLabels([
            f"{FIRST_HOUR + r * SLOT_MINUTES // 60:02d}:{r * SLOT_MINUTES % 60:02d}"
            for r in range(slots)])
        self._load(first, days)

    def _load(self, first: dt.date, days: int) -> None:
        start, end = clock.local_moment(first), clock.local_moment(first + dt.timedelta(days=days))
        self.query(ops.agenda, self.ctx.employee_id, start, end) \
            .success(lambda shown: self._show(shown, first)).run()

    def _show(self, shown: list[dict], first: dt.date) -> None:
        self.items = sorted(shown, key=lambda entry: entry["when"])
        self._cells: dict[tuple[int, int], QTableWidgetItem] = {}
        for entry in self.items:
            self._place(entry, first)
        self.count.setText(self.tr("%n activities", "", len(shown)))

    def _row(self, when: dt.datetime) -> int:
        minutes = (when.hour - FIRST_HOUR) * 60 + when.minute
        return min(max(minutes // SLOT_MINUTES, 0), self.table.rowCount() - 1)

    def _place(self, entry: dict, first: dt.date) -> None:
        """In the row of its start, over the rows of its duration (to the first row another
        activity holds); one starting inside another's rows is listed in that one's cell."""
        when, end = entry["when"], entry["end"]
        column = (when.date() - first).days
        if not 0 <= column < self.table.columnCount():
            return
        row = self._row(when)
        text = f"{when:%H:%M} {entry['subject']}" + (f" – {entry['bp']}" if entry["bp"] else "")
        holder = self._cells.get((row, column))
        if holder is not None:
            holder.setText(holder.text() + "\n" + text)
            return
        last = row
        if end is not None and end > when:
            last = self._row(end - dt.timedelta(minutes=1)) if end.date() == when.date() \
                else self.table.rowCount() - 1
        rows = 1
        while row + rows <= last and (row + rows, column) not in self._cells:
            rows += 1
        item = QTableWidgetItem(type_icon(entry["type"]), text)
        item.setData(ID_ROLE, entry["id"])
        item.setData(VERSION_ROLE, entry["version"])
        item.setToolTip(f"{entry['code']} {entry['subject']}")
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
        item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
        item.setBackground(QColor(TYPE_COLOURS.get(entry["type"], "#eef2f7")))
        self.table.setItem(row, column, item)
        if rows > 1:
            self.table.setSpan(row, column, rows, 1)
        for covered in range(row, row + rows):
            self._cells[(covered, column)] = item

    # -- actions ---------------------------------------------------------------------------
    def move(self, activity_id: int, version: int, row: int, column: int) -> bool | None:
        """Drop an activity on another slot: it moves there, its duration kept."""
        return self.op(ops.move_activity, activity_id, version,
                       self.slot_start(row, column)).run()

    def open_item(self, item: QTableWidgetItem) -> None:
        self.ctx.open_record(E.Activity, item.data(ID_ROLE))

    def rows_shown(self) -> int:
        return len(self.items)

    def entities_shown(self):
        return {E.Activity}


__all__ = ["AgendaSession", "T"]
