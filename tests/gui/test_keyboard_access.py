"""Keyboard-only use and screen readers in every registered session (issue 40): each window,
and each detail with a record with each of its tabs in front, is measured with Qt's
accessibility tree and real key presses. Generated from the registry: a new window is
covered without a new test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop.views.shapes.detail import DetailSession
from desktop.views.shell import features, registry  # noqa: F401 - features register
from desktop.widgets.keyboard import focus_target
from desktop.widgets.mnemonics import mnemonic
from tests.support import keyboard_audit as audit

SESSIONS = sorted(spec.code for spec in registry.all_sessions())


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _measure(qtbot, window, session, where: str) -> list[str]:
    qtbot.waitUntil(lambda: not window.ctx.pool.busy, timeout=20000)
    QApplication.processEvents()
    window.commands_menu.fill()  # what Alt+C shows for the window in front
    found = [f"{where}: no name: {w}" for w in audit.unnamed(session)]
    found += [f"{where}: keeps Tab: {w}" for w in audit.keeping_tab(qtbot, session)]
    found += [f"{where}: Tab order: {w}" for w in audit.tab_order_against_reading(session)]
    found += [f"{where}: Tab loops: {w}" for w in audit.tab_back_from_grid(qtbot, session)]
    found += [f"{where}: Tab never reaches: {w}" for w in audit.tab_unreached(qtbot, session)]
    found += [f"{where}: no key: {a}" for a in audit.without_key(session)]
    found += [f"{where}: mnemonic twice: {m}" for m in audit.duplicate_mnemonics(session)]
    found += [f"{where}: context menu: {m}" for m in audit.without_context_menu(qtbot, session)]
    return found


def _record(ctx, entity: type) -> int | None:
    with ctx.db.session() as s:
        return s.scalar(select(func.min(entity.id)))


@pytest.mark.parametrize("code", SESSIONS)
def test_every_session_is_usable_from_the_keyboard(code, window, ctx, qtbot):
    session = window.open_session(code)
    focused = QApplication.focusWidget()
    found = [] if focused is not None and session.isAncestorOf(focused) else [
        f"{code}: opens with the focus on {type(focused).__name__}, not in the window"]
    found += _measure(qtbot, window, session, code)
    spec = registry.get(code)
    if spec.is_detail and issubclass(spec.factory, DetailSession):
        record_id = _record(ctx, spec.factory.entity)
        if record_id is not None:
            detail = window.open_session(code, record_id=record_id)
            for index in range(detail.tab_widget.count()):
                if detail.tab_widget.isTabEnabled(index):
                    detail.tab_widget.setCurrentIndex(index)
                    found += _measure(qtbot, window, detail,
                                      f"{code} tab {detail.tab_widget.tabText(index)}")
            detail.dirty = False
    assert found == [], "\n".join(found)


def test_ctrl_f_finds_and_ctrl_e_is_export(window, qtbot):
    overview = window.open_session("tccom4500m000")
    overview.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overview.view)
    qtbot.keyClick(overview.view, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is overview.search
    assert overview.excel_action.shortcut().toString() == "Ctrl+E"


def test_the_window_s_keys_work_from_a_search_field(window, qtbot):
    """On Linux a line edit takes Ctrl+E (end of line) and Ctrl+K (delete to the end) before
    the window's shortcuts see them: the field gives up a key that a command of its window
    answers (Export, Run session), as on Windows, and keeps every other key and its clipboard
    keys. (Qt's offscreen platform binds keys as Windows does: the field's answer to Qt's
    shortcut-override question is checked as it is asked, then the keys typed.)"""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from desktop.widgets.window_keys import _WindowKeysFirst
    from tests.support.typing import press, type_text

    def gives_up(key) -> bool:
        asked = QKeyEvent(QEvent.ShortcutOverride, key, Qt.ControlModifier)
        return _WindowKeysFirst().eventFilter(overview.search, asked)

    overview = window.open_session("tccom4500m000")
    exports, runs = [], []
    overview.excel_action.triggered.disconnect()  # note the commands ran: no file, no dialog
    overview.excel_action.triggered.connect(lambda: exports.append(True))
    window.run_action.triggered.disconnect()
    window.run_action.triggered.connect(lambda: runs.append(True))
    type_text(qtbot, overview.search, "lyon")
    assert gives_up(Qt.Key_E) and gives_up(Qt.Key_K)
    assert not gives_up(Qt.Key_C) and not gives_up(Qt.Key_A)  # copy, select all: the field's
    press(qtbot, overview.search, Qt.Key_E, Qt.ControlModifier)
    press(qtbot, overview.search, Qt.Key_K, Qt.ControlModifier)
    assert exports == [True] and runs == [True] and overview.search.text() == "lyon"
    press(qtbot, overview.search, Qt.Key_A, Qt.ControlModifier)
    assert overview.search.selectedText() == "lyon"
    overview.excel_action.setEnabled(False)  # no command answers: the field keeps the key
    assert not gives_up(Qt.Key_E)


def test_ctrl_n_in_activities_offers_the_kinds(window, qtbot):
    activities = window.open_session("tccom6100m000")
    activities.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is activities.view)
    qtbot.keyClick(activities.view, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(activities.new_menu.isVisible)
    activities.new_menu.close()


def test_alt_and_a_field_label_s_letter_goes_to_the_field(window, qtbot):
    """The labels get Alt+letters of their own (none the menu bar uses): pressing one puts
    the focus in the field, also a lookup's line edit."""
    detail = window.open_session("tdsmi1610m000")  # a new opportunity
    labels = [label for label in detail.form.labels.values()
              if label.isVisible() and mnemonic(label.text())]
    letters = [mnemonic(label.text()) for label in labels]
    assert len(labels) >= 8 and len(set(letters)) == len(letters)  # as many as letters allow
    for label, letter in list(zip(labels, letters, strict=True))[:8]:
        key = getattr(Qt.Key, f"Key_{letter.upper()}")
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.AltModifier)
        assert QApplication.focusWidget() is focus_target(label.buddy()), label.text()


def test_a_form_longer_than_the_alphabet_gets_no_letter_twice(qtbot):
    """Sixty labels share 26 letters and the menu bar's: the labels whose letters are all
    taken get no Alt+letter rather than one already answered to."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMainWindow, QWidget

    from desktop.widgets.keyboard import give_mnemonics

    window = QMainWindow()
    qtbot.addWidget(window)
    for menu in ("&File", "&Edit", "&View", "&Help"):
        window.menuBar().addMenu(menu)
    form_widget = QWidget()
    form = QFormLayout(form_widget)
    words = ["Name", "Street", "City", "Country", "Phone", "E-mail", "Fax", "VAT", "Bank",
             "Zip", "Quantity", "Jobs", "Kind", "Weight", "Year", "Extra", "Unit"]
    for index in range(60):
        label = QLabel(f"{words[index % len(words)]} {index}")
        form.addRow(label, QLineEdit())
        label.setBuddy(form.itemAt(index, QFormLayout.FieldRole).widget())
    window.setCentralWidget(form_widget)
    window.show()
    qtbot.waitExposed(window)
    give_mnemonics(form_widget)
    assert audit.duplicate_mnemonics(form_widget) == []
    letters = [mnemonic(form.itemAt(i, QFormLayout.LabelRole).widget().text())
               for i in range(60)]
    given = [letter for letter in letters if letter]
    assert len(given) == 26 - 4 + 10  # every free letter and digit before giving up
    assert len(set(given)) == len(given)
    give_mnemonics(form_widget)  # again, as after a tab shows: still no letter twice
    assert audit.duplicate_mnemonics(form_widget) == []


def test_shift_f2_in_a_lookup_opens_the_record_it_shows(window, ctx, qtbot):
    """From a call to its partner with the keyboard (LN's "zoom to"): Shift+F2 in the
    partner field opens the partner's window; in an empty field it does nothing."""
    from desktop.crm import entities as E

    with ctx.db.session() as s:
        call_id, bp_id = s.execute(
            select(E.Activity.id, E.Activity.business_partner_id)
            .where(E.Activity.business_partner_id.is_not(None)).limit(1)).one()
    window.ctx.open_record(E.Activity, call_id)
    qtbot.waitUntil(lambda: window.front_session() is not None
                    and getattr(window.front_session(), "record_id", None) == call_id,
                    timeout=20000)
    activity = window.front_session()
    qtbot.waitUntil(lambda: not window.ctx.pool.busy, timeout=20000)
    field = activity.form.editor("business_partner_id")
    assert field.value() == bp_id
    field.code.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.code)
    qtbot.keyClick(field.code, Qt.Key_F2, Qt.ShiftModifier)
    qtbot.waitUntil(lambda: window.front_session() is not activity, timeout=20000)
    partner = window.front_session()
    assert partner.session_code == "tccom4100s000" and partner.record_id == bp_id
    assert "Shift+F2" in field.code.accessibleDescription()


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_lines(window, qtbot):
    overview = window.open_session("tccom4500m000")
    qtbot.waitUntil(lambda: overview.model.rowCount() >= 2, timeout=20000)
    view = overview.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key_Home, Qt.ControlModifier)
    qtbot.keyClick(view, Qt.Key_Down, Qt.ShiftModifier)  # two rows selected
    qtbot.keyClick(view, Qt.Key_C, Qt.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert len(lines) == 2 and all("\t" in line for line in lines)
    first = overview.model.index(0, 0).data()
    assert lines[0].split("\t")[0] == first


def test_ctrl_n_in_an_open_call_starts_a_new_call(window, ctx, qtbot):
    """From the record's fields Ctrl+N opens a new record of its kind (a call from a call);
    the call stays as it was. Its tabs' lists keep their own Ctrl+N (no ambiguous key)."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.enums import ActivityType
    from tests.support.typing import press

    with ctx.db.session() as s:
        call_id = s.scalar(select(E.Activity.id).where(
            E.Activity.type == ActivityType.CALL).order_by(E.Activity.id))
    call = window.open_session("tccom6600m200", record_id=call_id)
    subject = call.form.editor("subject")
    subject.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is subject)
    press(qtbot, subject, Qt.Key_N, Qt.ControlModifier)
    opened = window.front_session()
    assert (opened.session_code, opened.record_id) == ("tccom6600m200", None)
    assert call.record_id == call_id and not call.dirty
    assert call.new_action in call.toolbar.actions() and call.new_action.isVisible()
    parameters = window.open_session("tdsmi0100m000")  # one row: nothing to make anew
    assert not parameters.new_action.isVisible()
