"""What changes away from the focus is read out (issue 40, item 5): the row count a search
leaves and a run's outcome reach Qt's accessibility layer as announcement events. The spy sits
on Qt's entry point (QAccessible.updateAccessibility), the application's code runs unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.support.typing import type_text


@pytest.fixture
def announced(monkeypatch):
    heard: list[tuple[str, object]] = []
    real = QAccessible.updateAccessibility

    def listen(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    return heard


def test_a_search_says_how_many_rows_it_left(window, qtbot, announced):
    overview = window.open_session("tccom4500m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    announced.clear()
    type_text(qtbot, overview.search, "zzz-nothing-like-it")
    qtbot.waitUntil(lambda: overview.model.rowCount() == 0)
    qtbot.waitUntil(lambda: any(text == "0 rows" for text, _p in announced))


def test_a_run_says_its_outcome_and_an_error_interrupts(window, qtbot, real_pool, announced):
    form = window.open_session("tdsmi2210m000")
    task = form.run()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert ("Choose the attribute set to add.",
            QAccessible.AnnouncementPoliteness.Assertive) in announced


def test_a_merge_field_says_its_name_when_the_cursor_reaches_it(window, qtbot, announced,
                                                                answers):
    from desktop.crm.letters.document import Document, Field, Paragraph, Text
    from desktop.widgets.letter_editor.tokens import is_token, token_label
    from tests.gui.test_letters import _new_letter

    answers.answer = QMessageBox.Discard  # the new letter is left unsaved
    detail = _new_letter(window, qtbot)
    editor = detail.editor
    editor.set_document(Document((Paragraph((Text("Dear "), Field("bp.name"), Text("!"))),)))
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key_Home, Qt.ControlModifier)
    for _ in range(4):  # D-e-a-r: plain letters, nothing to announce
        qtbot.keyClick(editor.edit, Qt.Key_Right)
    assert announced == []
    qtbot.keyClick(editor.edit, Qt.Key_Right)  # after the space, the field is next
    token = QTextCursor(editor.edit.document())
    token.setPosition(6)  # after "Dear " and the field's one character
    assert is_token(token.charFormat())
    assert [text for text, _p in announced] == [token_label(token.charFormat())]
    assert "name" in announced[0][0].lower()  # the field's words, not "object"


def test_a_status_bar_message_is_read_out(window, qtbot, announced):
    """Whoever shows it (a background task through ctx.show_status, the application at
    start-up), the status bar's message reaches the screen reader: the bar never has focus."""
    window.ctx.show_status("Synchronised 3 changes")
    assert ("Synchronised 3 changes", QAccessible.AnnouncementPoliteness.Polite) in announced
    window.statusBar().clearMessage()  # an empty bar says nothing
    assert [text for text, _p in announced].count("") == 0
