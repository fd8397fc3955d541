"""My day: today's and tomorrow's appointments and calls, tasks due, what is overdue, the
opportunities closing this month and the reminders; each line opens its record."""

from __future__ import annotations

import datetime as dt

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.crm import clock, entities as E
from desktop.crm.my_day import DayLine
from desktop.models.columns import display
from desktop.views.home import ops
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell import registry
from desktop.views.shell.registry import session

LINE_ROLE = Qt.UserRole + 1
#: section key -> (title, icon, where it sits in the grid)
SECTIONS = {
    "overdue": (QT_TRANSLATE_NOOP("HomePage", "Overdue"), "fa5s.exclamation-triangle", (0, 0)),
    "today": (QT_TRANSLATE_NOOP("HomePage", "Today"), "fa5s.calendar-day", (0, 1)),
    "tomorrow": (QT_TRANSLATE_NOOP("HomePage", "Tomorrow"), "fa5s.calendar-plus", (0, 2)),
    "tasks": (QT_TRANSLATE_NOOP("HomePage", "Tasks due"), "fa5s.tasks", (1, 0)),
    "closing": (QT_TRANSLATE_NOOP("HomePage", "My opportunities closing this month"),
                "fa5s.bullseye", (1, 1)),
    "reminders": (QT_TRANSLATE_NOOP("HomePage", "Reminders"), "fa5s.bell", (1, 2)),
}
EMPTY = {
    "overdue": QT_TRANSLATE_NOOP("HomePage", "Nothing overdue."),
    "today": QT_TRANSLATE_NOOP("HomePage", "No appointment or call today."),
    "tomorrow": QT_TRANSLATE_NOOP("HomePage", "No appointment or call tomorrow."),
    "tasks": QT_TRANSLATE_NOOP("HomePage", "No task due today or tomorrow."),
    "closing": QT_TRANSLATE_NOOP("HomePage", "No opportunity of yours closes this month."),
    "reminders": QT_TRANSLATE_NOOP("HomePage", "No reminder due."),
}
QT_TRANSLATE_NOOP("HomePage", "Loading…")


_ICONS: dict = {}


def type_icon(kind):
    """The icon of the activity type's detail session, from the registry (features do not
    import each other)."""
    if kind not in _ICONS:
        _ICONS[kind] = qta.icon(registry.icon_of_kind(kind) or "fa5s.calendar-check",
                                color="#2c6fbb")
    return _ICONS[kind]


def _t(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class Section(QGroupBox):
    """One card of the page: a title with its count and the lines, each opening its record."""

    def __init__(self, key: str, page: HomePage) -> None:
        super().__init__(page)
        self.key = key
        self.lines: list[DayLine] = []
        self.loading = True  # until the first read answers: never "nothing" before it
        self.icon = QLabel(self)
        self.icon.setPixmap(qta.icon(SECTIONS[key][1], color="#2c6fbb").pixmap(18, 18))
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        # the closing card's title carries the forecast: on one line it widened its column
        # and squeezed the side cards' lines to a few letters at 1366 wide
        self.title.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setHeaderHidden(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)  # what, and with whom, share
        header.setSectionResizeMode(2, QHeaderView.Stretch)  # the width left
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(lambda item, _c: page.open_line(item.data(0, LINE_ROLE)))
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def show_lines(self, lines: list[DayLine]) -> None:
        self.lines, self.loading = lines, False
        self.retranslate()

    def _fill(self) -> None:
        """The lines, their times, dates and amounts in the user's locale."""
        self.tree.clear()
        for line in self.lines:
            item = QTreeWidgetItem([_when(line.when, self.key), line.title, line.partner,
                                    display("money", line.amount) if line.amount is not None
                                    else ""])
            item.setData(0, LINE_ROLE, line)
            item.setIcon(0, type_icon(line.type) if line.type is not None
                         else qta.icon("fa5s.bullseye", color="#2c6fbb"))
            item.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
            item.setToolTip(1, line.title)  # the columns elide on a narrow screen
            item.setToolTip(2, line.partner)
            self.tree.addTopLevelItem(item)

    def retranslate(self) -> None:
        self._fill()
        title, count = _t(SECTIONS[self.key][0]), len(self.lines)
        if self.key == "closing" and self.lines:
            total = sum(line.amount or 0 for line in self.lines)
            weighted = QCoreApplication.translate("HomePage", "weighted revenue in forecast %1")
            title += " — " + weighted.replace("%1", display("money", total))
        self.title.setText(title if self.loading else f"{title} ({count})")
        self.empty.setText(_t("Loading…") if self.loading else _t(EMPTY[self.key]))
        self.empty.setVisible(not self.lines)
        self.tree.setVisible(bool(self.lines))


def _when(when, key: str) -> str:
    locale = QLocale()
    if when is None:
        return ""
    if isinstance(when, dt.datetime):
        local = when.astimezone()
        if key in ("today", "tomorrow"):
            return f"{local:%H:%M}"
        return locale.toString(local.date(), QLocale.ShortFormat) + f" {local:%H:%M}"
    return locale.toString(when, QLocale.ShortFormat)


@session("home", "My day", "fa5s.home", "file")
class HomePage(SessionWindow):
    """The page the application opens on; it follows every change to activities and
    opportunities."""

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.greeting = QLabel(self)
        self.greeting.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.refresh_button = QToolButton(self)
        self.refresh_button.setIcon(qta.icon("fa5s.sync-alt"))
        self.refresh_button.clicked.connect(self.refresh)
        self.sections = {key: Section(key, self) for key in SECTIONS}
        grid = QGridLayout()
        for key, section in self.sections.items():
            row, column = SECTIONS[key][2]
            grid.addWidget(section, row, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        name = (self.ctx.employee_name or "").split(" ")[0]
        today = QLocale().toString(clock.today(), QLocale.LongFormat)
        hello = QCoreApplication.translate("HomePage", "Hello %1 — %2")
        self.greeting.setText(hello.replace("%1", name).replace("%2", today) if name else today)
        self.refresh_button.setToolTip(QCoreApplication.translate("HomePage", "Refresh"))
        for section in self.sections.values():
            section.retranslate()
        super().retranslate()

    def refresh(self) -> None:
        employee_id = self.ctx.employee_id
        if employee_id is None:
            for section in self.sections.values():
                section.show_lines([])
            return
        self.query(ops.my_day, employee_id, clock.local_now()).success(self._read).run()

    def _read(self, sections: dict[str, list[DayLine]]) -> None:
        for key, lines in sections.items():
            self.sections[key].show_lines(lines)

    def open_line(self, line: DayLine) -> None:
        entity = E.Activity if line.kind == "activity" else E.Opportunity
        self.ctx.open_record(entity, line.record_id)

    def entities_shown(self) -> set[type]:
        return {E.Activity, E.Opportunity, E.Attendee}

    def rows_shown(self) -> int:
        return sum(len(section.lines) for section in self.sections.values())
