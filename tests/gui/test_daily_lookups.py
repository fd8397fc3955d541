"""Lookups as a salesperson uses them: the contacts of the activity's partner first, the
phases of the chosen sales process only, sorted as the header says, suggestions while
typing, full names, and a name typed in the code field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.models.sql_table import SqlTableModel
from desktop.widgets.lookup import LookupDialog
from tests.support.typing import press, turn, type_key, type_text


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _dialog_rows(dialog: LookupDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def _partner_with_contacts(ctx) -> tuple[int, list[str]]:
    with ctx.db.session() as s:
        C = E.Contact
        partner_id = s.scalar(select(C.business_partner_id).group_by(C.business_partner_id)
                              .having(func.count() >= 2).order_by(C.business_partner_id.desc()))
        codes = s.scalars(select(C.code).where(C.business_partner_id == partner_id)
                          .order_by(C.code)).all()
    return partner_id, list(codes)


def test_contacts_of_the_activity_partner_come_first_sorted_by_code(window, ctx):
    partner_id, codes = _partner_with_contacts(ctx)
    call = window.open_session("tccom6600m200")
    call.form.editor("business_partner_id").set_value(partner_id)
    call.form.editor("business_partner_id").changed.emit()
    dialog = LookupDialog(ctx.db.engine, ctx.pool, call.form.editor("contact_id").spec, "", call)
    rows = _dialog_rows(dialog)
    assert [code for code, _ in rows[:len(codes)]] == codes
    rest = [code for code, _ in rows[len(codes):]]
    assert rest == sorted(rest) and not set(rest) & set(codes)
    header = dialog.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.AscendingOrder)
    header.setSortIndicator(0, Qt.DescendingOrder)  # a click on the header
    after = [code for code, _ in _dialog_rows(dialog)]
    assert after[:len(codes)] == codes[::-1]


def test_contacts_show_their_full_name(window, ctx):
    with ctx.db.session() as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.first_name != "")).first()
        contact_id, full_name = contact.id, contact.full_name
    call = window.open_session("tccom6600m200")
    field = call.form.editor("contact_id")
    field.set_value(contact_id)
    assert field.label.text() == full_name and " " in full_name


def test_a_unique_name_typed_in_the_code_field_is_accepted(window, ctx, qtbot):
    C = E.Contact
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(C).order_by(C.id)).first()
        contact.first_name, contact.last_name = "Zéphyrine", "Quenault-Béraud"
        s.commit()
        last_name, contact_id, full_name = contact.last_name, contact.id, contact.full_name
        common = s.scalar(select(C.last_name).group_by(C.last_name)
                          .having(func.count() > 1).order_by(C.last_name))
    call = window.open_session("tccom6600m200")
    turn()  # the new call puts the cursor in its subject; the user then goes to the contact
    field = call.form.editor("contact_id")
    type_text(qtbot, field.code, last_name.upper())
    qtbot.keyClick(field.code, Qt.Key_Tab)
    assert field.value() == contact_id and field.is_valid()
    assert field.label.text() == full_name
    type_text(qtbot, field.code, common)
    qtbot.keyClick(field.code, Qt.Key_Tab)
    assert not field.is_valid() and "several" in field.label.text()


def _suggested(field) -> list[tuple[str, str, str]]:
    items = field.completer.items
    return [tuple(items.item(r, c).text() for c in range(3)) for r in range(items.rowCount())]


def test_suggestions_while_typing_match_code_and_name(window, ctx, qtbot):
    with ctx.db.session() as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        word = partner.name.split()[0]
    call = window.open_session("tccom6600m200")
    field = call.form.editor("business_partner_id")
    type_text(qtbot, field.code, word[:4].lower())
    qtbot.waitUntil(lambda: bool(_suggested(field)))  # the pause in the typing asks for them
    shown = _suggested(field)
    assert all(word[:4].lower() in (code + name).lower() for code, name, _city in shown)
    assert field.code.text().lower().startswith(word[:4].lower())  # typed, never replaced
    first = field.completer.items.item(0, 0).data(Qt.UserRole + 1)
    field.completer.activated[QModelIndex].emit(field.completer.items.index(0, 0))
    assert field.value() == first.id and field.is_valid()
    assert field.label.text() == shown[0][1] and shown[0][2]  # the city tells them apart


def test_only_the_phases_of_the_chosen_sales_process(window, ctx, qtbot):
    SPP = E.SalesProcessPhase
    with ctx.db.session() as s:
        process = s.scalars(select(E.SalesProcess).join(SPP)).first()
        process_id = process.id
        phases = {p.phase.code for p in process.phases}
        other = s.scalar(select(E.Phase.code).where(E.Phase.code.not_in(phases)))
    detail = window.open_session("tdsmi1610m000")
    detail.form.editor("sales_process_id").set_value(process_id)
    detail.form.editor("sales_process_id").changed.emit()
    phase = detail.form.editor("phase_id")
    dialog = LookupDialog(ctx.db.engine, ctx.pool, phase.spec, "", detail)
    assert {code for code, _ in _dialog_rows(dialog)} == phases
    if other is not None:  # a phase of no process of this one is refused when typed
        type_text(qtbot, phase.code, other)
        qtbot.keyClick(phase.code, Qt.Key_Tab)
        assert not phase.is_valid()


def test_suggestions_are_read_off_the_gui_thread(window, ctx, qtbot, real_pool, monkeypatch):
    import threading

    from desktop.crm import lookups

    call = window.open_session("tccom6600m200")
    field = call.form.editor("business_partner_id")
    threads = []
    suggestions = lookups.suggestions
    monkeypatch.setattr(lookups, "suggestions", lambda *a: threads.append(
        threading.current_thread()) or suggestions(*a))
    type_text(qtbot, field.code, "a")
    qtbot.waitUntil(lambda: bool(_suggested(field)))
    assert threads and all(t is not threading.main_thread() for t in threads)
    type_text(qtbot, field.code, "zzzz-nothing")
    field.suggest()
    type_text(qtbot, field.code, "b")  # typed on before the first answer came
    qtbot.waitUntil(lambda: bool(_suggested(field)) and all(
        "b" in (code + name).lower() for code, name, _ in _suggested(field)))
    assert field.code.text().lower().startswith("b")


@pytest.mark.gui_thread_reads_allowed
def test_the_guard_catches_a_lookup_that_reads_on_the_gui_thread(window, ctx,
                                                                 no_database_on_the_gui_thread):
    """A pool that runs its task where it is asked (the GUI thread) is what a lookup reading
    directly would be: the guard that every GUI test runs with sees it."""

    class HerePool:
        def run(self, fn, done, failed=None, owner=None):
            done(fn())

    call = window.open_session("tccom6600m200")
    field = call.form.editor("business_partner_id")
    guard = no_database_on_the_gui_thread
    guard.offences.clear()
    field.pool = HerePool()
    field.set_value(1)
    assert guard.offences and "widgets/lookup.py" in guard.offences[0]


def test_a_click_before_the_window_settles_keeps_the_cursor_there(window, ctx, qtbot):
    """A new call puts the cursor in its subject a moment after it opens, unless the user
    clicked into a field first: the contact clicked at once keeps the cursor and the keys."""
    with ctx.db.session() as s:
        contact = s.scalars(select(E.Contact).order_by(E.Contact.id)).first()
        code, contact_id = contact.code, contact.id
    call = window.open_session("tccom6600m200")
    field = call.form.editor("contact_id")
    qtbot.mouseClick(field.code, Qt.LeftButton)  # before the event loop turned once
    turn()
    assert QApplication.focusWidget() is field.code
    for char in code:
        type_key(qtbot, QApplication.focusWidget(), char)  # where the cursor is, as keys go
    press(qtbot, QApplication.focusWidget(), Qt.Key_Tab)
    assert field.value() == contact_id
    assert call.form.editor("subject").value() in ("", None)


def test_with_no_click_the_cursor_goes_to_the_first_field(window, qtbot):
    call = window.open_session("tccom6600m200")
    turn()
    subject = call.form.editor("subject")
    assert QApplication.focusWidget() in (subject, subject.focusProxy())


def test_f2_opens_on_the_record_the_field_holds(window, ctx, qtbot, monkeypatch):
    """F2 in a field that holds a partner: the list starts on that partner's row, current,
    selected and in view (the last partner by code: far past the first page), so Enter keeps
    it and the arrows move from it (issue 40)."""
    with ctx.db.session() as s:
        partner_id, code = s.execute(select(E.BusinessPartner.id, E.BusinessPartner.code)
                                     .order_by(E.BusinessPartner.code.desc()).limit(1)).one()
        partners = s.scalar(select(func.count()).select_from(E.BusinessPartner))
    seen = {}

    def look(dialog):
        """The modal loop's stand-in (QDialog.exec, https://doc.qt.io/qt-6/qdialog.html#exec:
        returns the result accept() or reject() set): shown, looked at, Enter typed."""
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.view.currentIndex().row() > 0)
        index = dialog.view.currentIndex()
        seen["code"] = index.siblingAtColumn(0).data()
        seen["selected"] = [i.row() for i in dialog.view.selectionModel().selectedRows()]
        seen["row"] = index.row()
        seen["shown"] = dialog.view.viewport().rect().contains(dialog.view.visualRect(index))
        qtbot.keyClick(dialog.view, Qt.Key_Down)  # the arrows go on from it: nothing after
        qtbot.keyClick(dialog.view, Qt.Key_Return)
        return dialog.result()

    monkeypatch.setattr(LookupDialog, "exec", look)
    detail = window.open_session("tdsmi1610m000")
    field = detail.form.editor("sold_to_bp_id")
    field.set_value(partner_id)
    qtbot.waitUntil(lambda: field.code.text() == code)
    field.code.setFocus()
    qtbot.waitUntil(field.code.hasFocus)
    qtbot.keyClick(field.code, Qt.Key_F2)
    assert seen["code"] == code and seen["selected"] == [seen["row"]], seen
    assert seen["row"] >= SqlTableModel.PAGE_SIZE < partners, seen  # not on the first page
    assert seen["shown"]
    assert field.value() == partner_id
