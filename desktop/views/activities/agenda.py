"""My agenda: the current employee's appointments, calls and due tasks by day or week, at
their local time, side by side where they overlap (as Outlook draws them); drag one to move
it, drag its foot to change its length, double-click to open it; or, from the keyboard, go
from one to the next with the arrows, Enter to open, Ctrl+arrows to move (agenda_grid)."""

from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
)

from desktop.crm import clock, entities as E
from desktop.views.activities import ops
from desktop.views.activities.agenda_grid import AgendaItem, DayCanvas, DayHeader
from desktop.views.activities.calendar_export import EXPORT, choose_agenda_file
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session
from desktop.widgets import keyboard
from desktop.widgets.fields import DateField

FIRST_HOUR = 7  # the agenda opens scrolled to the working day, the night above it


@session("tccom6150m000", "My Agenda", "fa5s.calendar-week", "activities")
class AgendaSession(SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.items: list[dict] = []
        # made in reading order: Tab goes round them in that order, the activities last
        back, today, forward = (QToolButton(self) for _ in range(3))
        # typed as every date of the application ("+7", "lundi", 03/12): Tab leaves it, where
        # a QDateEdit's Tab went from day to month to year
        self.day = DateField(self)
        self.day.set_value(clock.today())
        self.span = QComboBox(self)
        self.span.addItem(self.tr("Week"), 7)
        self.span.addItem(self.tr("Day"), 1)
        export = QToolButton(self)
        export.setIcon(qta.icon("fa5s.calendar-plus"))
        self.translated(export.setToolTip, "CalendarExport", EXPORT)
        export.clicked.connect(lambda: choose_agenda_file(self))
        back.setIcon(qta.icon("fa5s.chevron-left"))
        forward.setIcon(qta.icon("fa5s.chevron-right"))
        # arrows with no words: the tooltip says where they go (and names them for a reader)
        self.translated(back.setToolTip, "AgendaSession", "Previous")
        self.translated(forward.setToolTip, "AgendaSession", "Next")
        self.translated(lambda text: keyboard.name(self.day, text), "AgendaSession",
                        "First day shown")
        today.setText(self.tr("Today"))
        self.today_button = today
        back.clicked.connect(lambda: self.shift(-1))
        forward.clicked.connect(lambda: self.shift(1))
        today.clicked.connect(lambda: self.show_day(clock.today()))
        self.canvas = DayCanvas(self)
        self.header = DayHeader(self.canvas, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)  # no stop of its own: its activities are
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)  # the header stays aligned
        self.count = QLabel(self)
        bar = QHBoxLayout()
        for widget in (back, today, forward, self.day, self.span):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(export)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, self.scroll.verticalScrollBar().sizeHint().width(), 0)
        header_row.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(header_row)
        layout.addWidget(self.scroll, 1)
        self.day.committed.connect(self.refresh)
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.canvas.openRequested.connect(self.open_item)
        self.canvas.moveRequested.connect(self.move)
        self.canvas.resizeRequested.connect(self.resize_item)
        self.refresh()
        self.scroll.verticalScrollBar().setValue(self.canvas.y_of(FIRST_HOUR * 60))

    # -- period ----------------------------------------------------------------------------
    def first_day(self) -> dt.date:
        day = self.day.value() or clock.today()  # emptied: today's period
        return day - dt.timedelta(days=day.weekday()) if self.span.currentData() == 7 else day

    def show_day(self, day: dt.date) -> None:
        self.day.set_value(day)
        self.refresh()

    def shift(self, direction: int) -> None:
        self.show_day(self.first_day() + dt.timedelta(days=direction * self.span.currentData()))

    # -- content ---------------------------------------------------------------------------
    def refresh(self) -> None:
        first, days = self.first_day(), self.span.currentData()
        start = clock.local_moment(first)
        end = clock.local_moment(first + dt.timedelta(days=days))
        self.query(ops.agenda, self.ctx.employee_id, start, end) \
            .success(lambda shown: self._show(shown, first, days)).run()

    def _show(self, shown: list[dict], first: dt.date, days: int) -> None:
        self.items = sorted(shown, key=lambda entry: entry["when"])
        self.canvas.show_entries(self.items, first, days)
        self.header.update()
        self.count.setText(self.tr("%n activities", "", len(shown)))

    def retranslate(self) -> None:
        """Day names, hours and times in the new locale; the count in the new language."""
        self.span.setItemText(0, self.tr("Week"))
        self.span.setItemText(1, self.tr("Day"))
        self.today_button.setText(self.tr("Today"))
        self.count.setText(self.tr("%n activities", "", len(self.items)))
        for item in self.canvas.items:
            item.retranslate()
        self.canvas.update()
        self.header.update()
        super().retranslate()

    # -- actions ---------------------------------------------------------------------------
    def move(self, activity_id: int, version: int, start: dt.datetime) -> bool | None:
        """An activity dropped at another time or day: it moves there, its length kept."""
        return self.op(ops.move_activity, activity_id, version, start).run()

    def resize_item(self, activity_id: int, version: int, end: dt.datetime) -> bool | None:
        """An activity's foot dragged: it ends then (its start stays)."""
        return self.op(ops.resize_activity, activity_id, version, end).run()

    def open_item(self, activity_id: int) -> None:
        self.ctx.open_record(E.Activity, activity_id)

    def item_widget(self, activity_id: int) -> AgendaItem | None:
        return next((item for item in self.canvas.items if item.entry["id"] == activity_id),
                    None)

    def rows_shown(self) -> int:
        return len(self.items)

    def entities_shown(self):
        return {E.Activity}


__all__ = ["AgendaSession"]
