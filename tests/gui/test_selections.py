"""The Selections editor: Compile shows the caret; the preview counts in the background."""

from __future__ import annotations

from tests.support.typing import type_text


def test_compile_and_live_preview(window, qtbot, answers):
    detail = window.open_session("tdsmi0170s000", record_id=2)  # LYON: bp.city = "Lyon"
    panel = detail.panel
    detail.compile()  # the pool runs inline: compiled when the call returns
    assert panel.error is None and panel.result.text() == "The expression compiles."
    panel.start_preview()
    assert panel.count.text().startswith("Selected records: ")
    assert int(panel.count.text().split(": ")[1]) == panel.first.count() or panel.first.count() == 10
    type_text(qtbot, panel.editor, 'bp.cty = "Lyon"')
    detail.compile()
    error = panel.error
    assert error is not None and (error.line, error.column) == (1, 1)
    assert "Did you mean bp.city?" in panel.result.text()
    assert panel.result.text().splitlines()[-1] == "^"


def test_seed_example_selection_compiles(window):
    detail = window.open_session("tdsmi0170s000", record_id=1)
    detail.compile()
    assert detail.panel.error is None


def test_completion_of_fields_and_attributes(window, qtbot, answers):
    from PySide6.QtCore import Qt

    detail = window.open_session("tdsmi0170s000", record_id=2)
    editor = detail.panel.editor
    editor.clear()
    qtbot.keyClicks(editor, "city")  # matched anywhere in the name
    popup = editor.completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["bp.city", "tccom100.city"]
    qtbot.keyClick(popup, Qt.Key_Return)
    assert editor.toPlainText() == "bp.city" and not popup.isVisible()

    qtbot.keyClicks(editor, " = \"Lyon\" and clisi")
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key_Tab)
    assert editor.toPlainText() == 'bp.city = "Lyon" and attribute("CLISINCE")'

    editor.clear()
    qtbot.keyClick(editor, Qt.Key_Space, Qt.ControlModifier)  # Ctrl+Space lists everything
    assert popup.isVisible() and popup.model().rowCount() > 30
    qtbot.keyClick(popup, Qt.Key_Escape)
    assert not popup.isVisible() and editor.toPlainText() == ""
