"""A contact's personal data from its window (issue 37): Export personal data… writes the file
and says how many rows; Erase personal data… asks why, asks to confirm, anonymises the contact
and shows the result; the rules themselves are tested in tests/crm/test_personal_data.py."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.unit_of_work import commit
from desktop.crm.erasure import PLACEHOLDER
from tests.support import office


def _new_contact(ctx) -> int:
    with ctx.db.session(user=ctx.user) as s:
        contact = E.Contact(code="CTGDPR1", first_name="Ysolde", last_name="Kerbrat",
                            email="ysolde.kerbrat@exemple.fr", mobile_phone="+33 6 11 22 33 44")
        s.add(contact)
        commit(s)
        return contact.id


def test_export_personal_data_writes_the_file(window, ctx, answers, monkeypatch, tmp_path):
    contact_id = _new_contact(ctx)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    target = tmp_path / "ysolde.json"
    # the save dialog answers as a user who chose the file (QFileDialog.getSaveFileName
    # returns (path, selected filter): https://doc.qt.io/qt-6/qfiledialog.html#getSaveFileName)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    assert detail.export_action.text() == "Export personal data…"
    detail.export_action.trigger()
    data = json.loads(target.read_text("utf-8"))
    assert data["contact"] == "CTGDPR1"
    assert data["tables"]["contacts"][0]["email"] == "ysolde.kerbrat@exemple.fr"
    assert answers.shown[-1][0] == "information" and str(target) in answers.shown[-1][1]
    summary = office.pdf_text(target.with_suffix(".pdf"))
    assert "Personal data of Ysolde Kerbrat (CTGDPR1)" in summary
    assert "ysolde.kerbrat@exemple.fr" in summary and "+33 6 11 22 33 44" in summary


def test_erase_personal_data_asks_why_then_anonymises(window, ctx, answers, monkeypatch):
    contact_id = _new_contact(ctx)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    # QInputDialog.getText returns (text, accepted): https://doc.qt.io/qt-6/qinputdialog.html
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args: ("Courrier du 2 décembre", True)))
    answers.answer = QMessageBox.Yes
    detail.erase_action.trigger()
    assert [kind for kind, _ in answers.shown] == ["question", "information"]
    with ctx.db.session(user=ctx.user) as s:
        contact = s.get(E.Contact, contact_id)
        assert (contact.last_name, contact.email, contact.mobile_phone) == (PLACEHOLDER, "", "")
        log = s.scalars(select(E.PersonalDataErasure)).one()
        assert log.reason == "Courrier du 2 décembre" and log.user_name == ctx.user
    assert detail.form.editor("last_name").value() == PLACEHOLDER


def test_erasure_cancelled_at_the_question_changes_nothing(window, ctx, answers,
                                                           monkeypatch):
    contact_id = _new_contact(ctx)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: ("Demande", True)))
    answers.answer = QMessageBox.No
    detail.erase_action.trigger()
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Contact, contact_id).last_name == "Kerbrat"


def test_a_one_person_partner_offers_the_export_and_the_erasure(window, ctx, answers,
                                                                monkeypatch, tmp_path):
    contact_id = _new_contact(ctx)
    with ctx.db.session(user=ctx.user) as s:
        partner = E.BusinessPartner(code="BPGDPR1", name="Ysolde Kerbrat", city="Quimper")
        s.add(partner)
        s.get(E.Contact, contact_id).business_partner = partner
        commit(s)
        partner_id = partner.id
    detail = window.open_session("tccom4100s000", record_id=partner_id)
    target = tmp_path / "ysolde.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    detail.export_action.trigger()
    data = json.loads(target.read_text("utf-8"))
    assert (data["business_partner"], data["contact"]) == ("BPGDPR1", "CTGDPR1")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: ("Demande", True)))
    answers.answer = QMessageBox.Yes
    detail.erase_action.trigger()
    assert answers.shown[-1][0] == "information"
    with ctx.db.session(user=ctx.user) as s:
        assert (s.get(E.BusinessPartner, partner_id).name,
                s.get(E.BusinessPartner, partner_id).city) == (PLACEHOLDER, "")
        assert s.get(E.Contact, contact_id).last_name == PLACEHOLDER
    assert detail.form.editor("name").value() == PLACEHOLDER
