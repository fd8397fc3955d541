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
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.crm import clock, entities as E
from desktop.crm.io.calendar_files import write_calendar
from desktop.views.ops.operation import Query

translate = QCoreApplication.translate
EXPORT = QT_TRANSLATE_NOOP("CalendarExport", "Export to calendar (.ics)…")
LIMIT = 5000


def export_agenda(agenda, path: str) -> None:
    """The agenda's period (its week or day) as a calendar file."""
    from desktop.crm import activities as A

    first = agenda.first_day()
    start = clock.local_moment(first)
    end = clock.local_moment(first + dt.timedelta(days=agenda.span.currentData()))
    employee, name = agenda.ctx.employee_id, agenda.window_title()

    def work(session):
        result = write_calendar(A.agenda(session, employee, start, end), name)
        Path(path).write_bytes(result.data)
        return result

    Query(agenda.ctx, agenda, work).success(lambda result: _done(agenda, path, result)).run()


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
    name = overview.window_title()

    def work(session):
        activities = session.scalars(select(E.Activity).where(E.Activity.id.in_(ids))
                                     .options(selectinload(E.Activity.attendees))
                                     .order_by(E.Activity.sort_date)).all()
        result = write_calendar(activities, name)
        Path(path).write_bytes(result.data)
        return result

    Query(overview.ctx, overview, work).success(lambda result: _done(overview, path, result)) \
        .run()


def _done(overview, path: str, result) -> None:
    text = translate("CalendarExport", "%n calendar item(s) written to %1.", "",
                     result.written).replace("%1", Path(path).name)
    if result.left_out:
        text += "\n" + translate("CalendarExport", "%n e-mail(s) or mailing(s) left out: they "
                                 "are not calendar items.", "", result.left_out)
    QMessageBox.information(overview, translate("CalendarExport", "Export to calendar"), text)
