"""Quitting with unsaved windows (issue 31): one question about all of them before any tab
closes; Cancel leaves the workspace exactly as it was, Save all saves every one and then quits,
Discard quits without them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from tests.support.typing import press, type_text


def _edited_workspace(window, qtbot):
    """A partner and a phase edited by typing, an unedited overview in front of them."""
    partner = window.open_session("tccom4100s000", record_id=1)
    type_text(qtbot, partner.form.editor("city"), "Villeurbanne")
    phase = window.open_session("tdsmi0107s000", record_id=1)
    type_text(qtbot, phase.form.editor("description"), "Qualification faite")
    press(qtbot, phase.form.editor("description"), Qt.Key_Tab)
    window.open_session("tccom4500m000")
    assert partner.dirty and phase.dirty
    return partner, phase


def _workspace(window) -> tuple[list[str], str, list[bool]]:
    subs = window.mdi.subWindowList()
    return ([s.session.key for s in subs], window.mdi.activeSubWindow().session.key,
            [s.session.has_unsaved_changes() for s in subs])


def test_cancel_keeps_every_tab_as_it_was(window, qtbot, answers):
    partner, phase = _edited_workspace(window, qtbot)
    before = _workspace(window)
    answers.answer = QMessageBox.Cancel
    window.close()
    assert len(answers.shown) == 1  # one question for every unsaved window
    question = answers.shown[0][1]
    assert partner.window_title() in question and phase.window_title() in question
    assert window.isVisible() and _workspace(window) == before
    assert partner.form.editor("city").value() == "Villeurbanne"


def test_save_all_saves_every_window_then_quits(window, ctx, qtbot, answers):
    _edited_workspace(window, qtbot)
    answers.answer = QMessageBox.SaveAll
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(answers.shown) == 1
    with ctx.db.session() as s:
        assert s.get(E.BusinessPartner, 1).city == "Villeurbanne"
        assert s.get(E.Phase, 1).description == "Qualification faite"
    assert window.mdi.subWindowList() == []


def test_a_save_that_fails_keeps_the_workspace(window, ctx, qtbot, answers):
    partner, _phase = _edited_workspace(window, qtbot)
    type_text(qtbot, partner.form.editor("name"), "")  # a partner needs a name
    answers.answer = QMessageBox.SaveAll
    window.close()
    assert window.isVisible() and partner.dirty
    assert window.mdi.activeSubWindow().session is partner  # in front, saying why
    assert any(kind == "warning" for kind, _text in answers.shown)


def test_discard_quits_without_saving(window, ctx, qtbot, answers):
    _edited_workspace(window, qtbot)
    answers.answer = QMessageBox.Discard
    window.close()
    assert not window.isVisible()
    with ctx.db.session() as s:
        assert s.scalar(select(E.BusinessPartner.city).where(E.BusinessPartner.id == 1)) \
            != "Villeurbanne"
