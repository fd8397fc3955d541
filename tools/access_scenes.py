"""Screenshot scenes of keyboard use (issue 40, tools/screenshots.py), each reached with keys:
a detail's field below the fold after Shift+Tab, an empty grid with the focus, the F2 list
opened on the field's partner, the reminders, a file dialog in the application's language."""

from __future__ import annotations

from keyboard_walk import _focused, _keys
from scene_helpers import _idle


def form_scrolled(window, app) -> None:
    """An opportunity with its form pane made low (as on a small screen or with the lines
    pulled up): Tab key by key from its first field to its last, which the form scrolls into
    view."""
    from PySide6.QtCore import Qt

    from desktop.widgets.keyboard import focus_target

    detail = window.open_session("tdsmi1610m000", record_id=1)
    _idle(window, app)
    total = sum(detail.splitter.sizes())
    detail.splitter.setSizes([150, total - 150])
    editors = [e for e in detail.form.editors.values() if e.isVisible() and e.isEnabled()]
    last = focus_target(editors[-1])
    focus_target(editors[0]).setFocus()
    for _ in range(60):
        if _focused() is last:
            break
        _keys(_focused(), Qt.Key_Tab)


def empty_grid(window, app) -> None:
    """Partners searched for what none has, then Tab to the grid: the ring on its frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    overview = window.open_session("tccom4500m000")
    _idle(window, app)
    overview.search.setFocus()
    QTest.keyClicks(overview.search, "zzzz")  # key by key
    _idle(window, app)
    while _focused() is not None and _focused() is not overview.view:
        _keys(_focused(), Qt.Key_Tab)


def lookup_current(window, app) -> None:
    """F2 in an opportunity's partner field that holds the last partner by code: the list
    opens on its row."""
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.widgets.lookup import LookupDialog

    with window.ctx.db.session() as s:
        partner = s.scalar(select(E.BusinessPartner.id).order_by(E.BusinessPartner.code.desc()))
    detail = window.open_session("tdsmi1610m000")
    field = detail.form.editor("sold_to_bp_id")
    field.set_value(partner)
    _idle(window, app)
    field.code.setFocus()

    def keep(dialog) -> int:  # shown, not run: the scene goes on to its picture
        dialog.move(window.geometry().center() - dialog.rect().center())
        dialog.show()
        window.lookup_dialog = dialog  # closed before the next scene
        return LookupDialog.Rejected

    LookupDialog.exec = keep
    _keys(field.code, Qt.Key_F2)
    _idle(window, app)


def reminders(window, app) -> None:
    """The reminders window over the main window, the first reminder current."""
    import datetime as dt

    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.views.activities.reminders import ReminderService

    with window.ctx.db.session() as s:
        calls = s.execute(select(E.Activity.id, E.Activity.type, E.Activity.subject)
                          .order_by(E.Activity.id).limit(3)).all()
    service = ReminderService(window.ctx, window)
    now = dt.datetime.now().astimezone()
    service.window.show_due([{"id": c.id, "type": c.type, "subject": c.subject,
                              "when": now + dt.timedelta(minutes=10 * n)}
                             for n, c in enumerate(calls)])
    service.window.activateWindow()
    window.shot = service.window


def file_dialog(window, app) -> None:
    """Qt's own file dialog (where the system has none), saving an export."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, "Export")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setNameFilters(["CSV (*.csv)", "Excel (*.xlsx)"])
    dialog.resize(760, 460)
    dialog.show()
    window.shot = dialog


def agenda_keys(window, app) -> None:
    """My agenda reached and used with keys: Tab from the span to the first activity from
    now on, Down to the next one (its ring and its icon, type told without colour)."""
    from PySide6.QtCore import Qt

    agenda = window.open_session("tccom6150m000")
    _idle(window, app)
    agenda.span.setFocus()
    for _ in range(3):
        if agenda.canvas.isAncestorOf(_focused()):
            break
        _keys(_focused(), Qt.Key_Tab)
    _keys(_focused(), Qt.Key_Down)


ACCESS_SCENES = {"agenda-keys": agenda_keys, "form-scrolled": form_scrolled, "empty-grid": empty_grid,
                 "lookup-current": lookup_current, "reminders": reminders,
                 "file-dialog": file_dialog}
