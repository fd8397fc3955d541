"""Business partners and contacts created, edited and saved through the widgets; a concurrent
save is refused with the name of who saved first, and nothing is overwritten."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.unit_of_work import commit
from tests.support.typing import type_text


def _type(qtbot, editor, text):
    type_text(qtbot, editor, text)


def test_create_and_edit_a_business_partner(window, qtbot, ctx, answers):
    overview = window.open_session("tccom4500m000")
    overview.new_action.trigger()
    detail = window.mdi.activeSubWindow().session
    assert detail.session_code == "tccom4100s000"
    form = detail.form
    _type(qtbot, form.editor("name"), "Ateliers Réunis de Besançon")
    form.editor("status").setCurrentIndex(form.editor("status").findText("Prospect"))
    form.editor("status_effective_date").set_value(dt.date(2026, 11, 1))
    _type(qtbot, form.editor("city"), "Besançon")
    rep = form.editor("internal_rep_id")
    _type(qtbot, rep.code, "e002")
    rep.code.editingFinished.emit()
    assert rep.label.text() == "Julien Lefort"
    assert detail.dirty
    detail.save_action.trigger()
    assert answers.shown == []
    assert not detail.dirty
    code = form.editor("code").value()
    assert code == "BP000201"
    assert detail.tab_widget.isEnabled()
    with ctx.db.session(user=ctx.user) as s:
        bp = s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.code == code)).one()
        assert (bp.name, bp.city, bp.internal_rep.code) == (
            "Ateliers Réunis de Besançon", "Besançon", "E002")
    _type(qtbot, form.editor("phone"), "+33 3 81 00 00 00")
    detail.save_action.trigger()
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalars(select(E.BusinessPartner.phone).where(
            E.BusinessPartner.code == code)).one() == "+33 3 81 00 00 00"


def test_invalid_input_is_explained_and_kept(window, qtbot, answers):
    detail = window.open_session("tccom4100s000", record_id=None)
    _type(qtbot, detail.form.editor("name"), "Sans date")
    detail.form.editor("status").setCurrentIndex(
        detail.form.editor("status").findText("Active"))
    detail.save_action.trigger()
    assert answers.shown == [("warning",
                              "A business partner with status Active needs an effective date.")]
    assert detail.form.editor("name").value() == "Sans date"
    assert detail.dirty


def test_unknown_lookup_code_is_flagged(window, qtbot, answers):
    detail = window.open_session("tccom4100s000", record_id=1)
    rep = detail.form.editor("internal_rep_id")
    _type(qtbot, rep.code, "NOBODY")
    rep.code.editingFinished.emit()
    assert "NOBODY does not exist" in rep.label.text()
    detail.save_action.trigger()
    assert answers.shown and "NOBODY does not exist" in answers.shown[0][1]


def test_contact_from_the_partner_tab(window, qtbot, ctx, answers):
    detail = window.open_session("tccom4100s000", record_id=3)
    contacts_tab = detail.tab_widget.widget(0)
    before = contacts_tab.model.rowCount()
    contacts_tab.new_action.trigger()
    contact = window.mdi.activeSubWindow().session
    assert contact.session_code == "tccom1640m000"
    assert contact.form.editor("business_partner_id").value() == 3
    _type(qtbot, contact.form.editor("last_name"), "Duchêne")
    _type(qtbot, contact.form.editor("first_name"), "Gaëlle")
    _type(qtbot, contact.form.editor("email"), "gaelle.duchene@client3.example")
    qtbot.mouseClick(contact.form.editor("opted_out"), Qt.LeftButton)
    contact.save_action.trigger()
    assert answers.shown == []
    with ctx.db.session(user=ctx.user) as s:
        saved = s.scalars(select(E.Contact).where(
            E.Contact.email == "gaelle.duchene@client3.example")).one()
        assert saved.opted_out and saved.business_partner_id == 3
        assert saved.code.startswith("CT")
    assert contacts_tab.model.rowCount() == before + 1


def test_concurrent_save_shows_who_changed_the_record(window, qtbot, ctx, monkeypatch):
    detail = window.open_session("tccom4100s000", record_id=5)
    with ctx.db.session(user="colleague") as other:
        bp = other.get(E.BusinessPartner, 5)
        bp.name = "Changed by a colleague"
        commit(other)
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        reload_button = [b for b in box.buttons() if b.text() == "Reload"][0]
        box.clickedButton = lambda: reload_button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    _type(qtbot, detail.form.editor("name"), "My own name")
    detail.save_action.trigger()
    assert shown and "was changed by colleague" in shown[0]
    assert detail.form.editor("name").value() == "Changed by a colleague"
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.BusinessPartner, 5).name == "Changed by a colleague"


def test_closing_with_unsaved_changes_asks(window, qtbot, answers):
    detail = window.open_session("tccom4100s000", record_id=6)
    _type(qtbot, detail.form.editor("name"), "Pending")
    answers.answer = QMessageBox.Cancel
    window.mdi.activeSubWindow().close()
    assert len(window.mdi.subWindowList()) == 1
    answers.answer = QMessageBox.Discard
    window.mdi.activeSubWindow().close()
    assert window.mdi.subWindowList() == []
