"""Wrong input is marked by more than colour (issue 40, item 4): a warning icon in the field,
the message on it and in the field's accessible description; typing it right clears them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.widgets.invalid_mark import BORDER
from tests.support.typing import turn, type_text


def _mark(line):
    shown = [a for a in line.actions() if a.isVisible() and not a.icon().isNull()]
    return shown[0].toolTip() if shown else None


def test_a_wrong_date_and_number_show_an_icon_and_say_why(window, qtbot, answers):
    call = window.open_session("tccom6600m200")
    start = call.form.editor("start_at")
    type_text(qtbot, start.line, "31/02/2026")
    qtbot.keyClick(start.line, Qt.Key_Return)
    error = start.error()
    assert error and _mark(start.line) == error
    assert start.line.accessibleDescription() == error and start.line.styleSheet() == BORDER
    type_text(qtbot, start.line, "03/12/2026 10:00")
    qtbot.keyClick(start.line, Qt.Key_Return)
    assert _mark(start.line) is None and start.line.accessibleDescription() == ""


def test_a_lookup_that_finds_nothing_is_marked_in_words(window, qtbot, answers):
    call = window.open_session("tccom6600m200")
    turn()  # the new call puts the cursor in its subject; the user then goes to the contact
    contact = call.form.editor("contact_id")
    type_text(qtbot, contact.code, "Zzyzx-Nobody")
    qtbot.keyClick(contact.code, Qt.Key_Tab)
    assert not contact.is_valid() and contact.label.text()
    # the message is said first, then the field's own keys (F2, Shift+F2)
    said = contact.code.accessibleDescription().split("\n")
    assert _mark(contact.code) == contact.label.text() == said[0]
    assert "Shift+F2" in said[1]


def test_words_a_number_parser_takes_are_not_numbers(window, qtbot, answers):
    # Qt reads "nan" and "inf" as doubles and Decimal reads "Infinity": none is an amount.
    opportunity = window.open_session("tdsmi1610m000", record_id=None)
    revenue = opportunity.form.editor("expected_revenue")
    for word in ("nan", "inf", "-inf", "Infinity"):
        type_text(qtbot, revenue, word)
        qtbot.keyClick(revenue, Qt.Key_Tab)
        assert revenue.error() == "Type a number." and _mark(revenue) == "Type a number."
    type_text(qtbot, revenue, "1250,50")
    qtbot.keyClick(revenue, Qt.Key_Tab)
    assert revenue.error() is None and _mark(revenue) is None


def test_two_dates_calendar_buttons_are_told_apart(window, qtbot):
    # a screen reader said "Pick from a calendar" twice in a row in a quotation
    quotation = window.open_session("tdsls1100s000", record_id=1)
    buttons = [quotation.form.editor(name).calendar_button for name in ("quotation_date", "valid_until")]
    names = [button.accessibleName() for button in buttons]
    assert len(set(names)) == 2 and all("calendar" in name for name in names), names


def test_no_two_fields_of_the_call_share_a_name(window):
    # "Activity" twice: the call's own code and the activity it follows up
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    call = window.open_session("tccom6600m200")
    names = [w.accessibleName() for w in call.form.findChildren(QWidget)
             if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
             and w.accessibleName() and not w.accessibleName().endswith("calendar")]
    repeated = {name for name in names if names.count(name) > 1}
    assert "Activity" not in repeated and "Linked activity" in names, repeated
