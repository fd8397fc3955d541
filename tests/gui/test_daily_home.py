"""The home page: the window opens on My day, each line opens its record; File > Quit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.crm import activities as A
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import ActivityType as T


def _noon(today: dt.date, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(12, minute)).astimezone().astimezone(dt.UTC)


def _call_today(ctx, subject: str, today: dt.date) -> int:
    start = _noon(today)
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.CALL, {"subject": subject, "contact_id": 1,
                                         "start_at": start}, ctx.employee_id)
        commit(s)
        return act.id


def test_the_window_opens_on_my_day_and_lines_open_records(window, ctx, qtbot, answers, today):
    answers.answer = QMessageBox.Discard
    call_id = _call_today(ctx, "Appel de fin de journée", today)
    window.restore_state()
    home = window.mdi.activeSubWindow().session
    assert home.session_code == "home"
    today = home.sections["today"]
    subjects = [today.tree.topLevelItem(i).text(1) for i in range(today.tree.topLevelItemCount())]
    assert "Appel de fin de journée" in subjects
    item = today.tree.topLevelItem(subjects.index("Appel de fin de journée"))
    today.tree.itemActivated.emit(item, 0)
    opened = window.mdi.activeSubWindow().session
    assert opened.record_id == call_id and opened.session_code == "tccom6600m200"


def test_my_day_follows_changes(window, ctx, today):
    home = window.open_session("home")
    before = len(home.sections["today"].lines)
    detail = window.open_session("tccom6600m200")
    detail.form.editor("subject").set_value("Nouvel appel")
    detail.form.editor("contact_id").set_value(1)
    detail.form.editor("start_at").set_value(_noon(today, 30))
    detail.save_action.trigger()
    assert detail.record_id is not None
    assert len(home.sections["today"].lines) == before + 1


def test_file_quit_and_toolbar_texts(window, qtbot):
    file_menu = window.menus["file"]
    texts = [a.text() for a in file_menu.actions()]
    assert "&My day" in texts and "&Quit" in texts  # each with its Alt letter
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonTextUnderIcon
    assert all(a.text() or a.isSeparator() for a in window.toolbar.actions())
    assert window.windowTitle() == "CRM – Hydraulique Rhône-Alpes SA"


def test_a_record_opened_with_the_keyboard_takes_the_focus(window, ctx, qtbot, answers, today,
                                                          real_pool):
    # Enter on a line of My day opens the call in a new tab: typing must go there, not stay
    # in the My day now hidden behind it (the record is read on the pool, as in the app)
    call_id = _call_today(ctx, "Appel du lundi", today)
    window.restore_state()
    window.activateWindow()
    home = window.mdi.activeSubWindow().session
    lines = home.sections["today"].tree

    def subjects() -> list[str]:
        return [lines.topLevelItem(i).text(1) for i in range(lines.topLevelItemCount())]
    qtbot.waitUntil(lambda: "Appel du lundi" in subjects())
    lines.setFocus()
    lines.setCurrentItem(lines.topLevelItem(subjects().index("Appel du lundi")))
    qtbot.keyClick(lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mdi.activeSubWindow().session is not home)
    opened = window.mdi.activeSubWindow().session
    assert opened.record_id == call_id
    qtbot.waitUntil(lambda: opened.form.isEnabled())

    def in_a_field() -> bool:  # a control of the call, not the window holding the focus
        focused = QApplication.focusWidget()
        return focused is not None and focused is not opened and focused.isVisible() \
            and opened.isAncestorOf(focused) and bool(focused.focusPolicy() & Qt.TabFocus)
    qtbot.waitUntil(in_a_field)
    assert not home.isAncestorOf(QApplication.focusWidget())
