"""Export to calendar (.ics) from the activity grid: the selected appointments, calls and tasks
(all the rows shown when none is selected) as an iCalendar file for Outlook, Google or Apple
calendars. Re-importing the file updates its items: their UID is the activity's code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.crm import clock
from desktop.views.activities import ops
from desktop.views.ops.operation import Query

translate = QCoreApplication.translate
EXPORT = QT_TRANSLATE_NOOP("CalendarExport", "Export to calendar (.ics)…")
LIMIT = 5000


def export_agenda(agenda, path: str) -> None:
    """The agenda's period (its week or day) as a calendar file."""

    first = agenda.first_day()
    start = clock.local_moment(first)
    end = clock.local_moment(first + dt.timedelta(days=agenda.span.currentData()))
    Query(agenda.ctx, agenda, ops.export_agenda, agenda.ctx.employee_id, start, end,
          agenda.window_title(), path).success(lambda result: _done(agenda, path, result)).run()


def _ask_path(parent, name: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("CalendarExport", "Export to calendar"), name,
        translate("CalendarExport", "iCalendar files (*.ics)"))
    return path


def choose_agenda_file(agenda) -> None:
    path = _ask_path(agenda, "agenda.ics")
    if path:
        export_agenda(agenda, path)


def add_calendar_export(overview) -> QAction:
    action = QAction(qta.icon("fa5s.calendar-plus"), "", overview)
    overview.translated(action.setText, "CalendarExport", EXPORT)
    action.triggered.connect(lambda: _choose(overview))
    overview.toolbar.addAction(action)
    return action


def _choose(overview) -> None:
    path = _ask_path(overview, "activities.ics")
    if path:
        export_calendar(overview, path)


def export_calendar(overview, path: str) -> None:
    ids = overview.selected_ids() or [overview.model.row_id(r) for r in
                                      range(min(overview.model.rowCount(), LIMIT))]
    Query(overview.ctx, overview, ops.export_activities, ids, overview.window_title(), path) \
        .success(lambda result: _done(overview, path, result)).run()


def _done(overview, path: str, result) -> None:
    text = translate("CalendarExport", "%n calendar item(s) written to %1.", "",
                     result.written).replace("%1", Path(path).name)
    if result.left_out:
        text += "\n" + translate("CalendarExport", "%n e-mail(s) or mailing(s) left out: they "
                                 "are not calendar items.", "", result.left_out)
    QMessageBox.information(overview, translate("CalendarExport", "Export to calendar"), text)
