"""A satellite session opened on its own (menu, Ctrl+K) lists the lines of every parent
(issue 40, item 6): New is not offered there, since a new line would belong to no record, and
a line opened from it is saved under the parent it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.views.shapes.satellite import RecordDialog, SatelliteGrid
from desktop.views.shell import features, registry  # noqa: F401 - features register

SATELLITES = sorted(spec.code for spec in registry.all_sessions()
                    if issubclass(spec.factory, SatelliteGrid))


def test_registered_satellites_offer_no_new_on_their_own(window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0)
    assert len(SATELLITES) >= 7  # Items, Contacts, References by Opportunity; the activity's
    for code in SATELLITES:
        grid = window.open_session(code)
        assert not grid.new_action.isVisible(), code
        grid.view.setFocus()
        qtbot.keyClick(grid.view, Qt.Key_N, Qt.ControlModifier)
        grid.new_record()  # as a stray caller would: nothing, and no KeyError
        window.mdi.activeSubWindow().close()
    assert opened == []


def test_a_line_opened_on_its_own_is_saved_under_its_parent(window, qtbot, monkeypatch):
    grid = window.open_session("tdsmi1115m000")  # References by Opportunity
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0)
    saved: list[int] = []

    def exec_saved(dialog: RecordDialog) -> int:
        dialog.accepted.connect(lambda: saved.append(1))
        dialog.accept()  # Save, the values as read
        return QDialog.Accepted if saved else QDialog.Rejected

    monkeypatch.setattr(RecordDialog, "exec", exec_saved)
    grid.view.selectRow(0)
    line = grid.current_id()
    grid.edit_line(line)
    assert saved == [1]
