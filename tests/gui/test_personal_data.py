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


def _erase(detail, monkeypatch, answers, reason: str, answer=QMessageBox.Yes) -> None:
    """Erase personal data…, the user giving ``reason`` and answering ``answer`` to the
    last question (QInputDialog.getText returns (text, accepted):
    https://doc.qt.io/qt-6/qinputdialog.html)."""
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: (reason, True)))
    answers.answer = answer
    detail.erase_action.trigger()


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
    _erase(detail, monkeypatch, answers, "Courrier du 2 décembre")
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
    _erase(detail, monkeypatch, answers, "Demande", QMessageBox.No)
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
    _erase(detail, monkeypatch, answers, "Demande")
    assert answers.shown[-1][0] == "information"
    with ctx.db.session(user=ctx.user) as s:
        assert (s.get(E.BusinessPartner, partner_id).name,
                s.get(E.BusinessPartner, partner_id).city) == (PLACEHOLDER, "")
        assert s.get(E.Contact, contact_id).last_name == PLACEHOLDER
    assert detail.form.editor("name").value() == PLACEHOLDER


def _held_contact(ctx) -> int:
    """A contact who takes part in an opportunity whose quotation is still open."""
    from desktop.crm.enums import QuotationStatus

    contact_id = _new_contact(ctx)
    with ctx.db.session(user=ctx.user) as s:
        quotation = s.scalars(select(E.Quotation).where(
            E.Quotation.opportunity_id.is_not(None)).limit(1)).one()
        quotation.status = QuotationStatus.CREATED
        s.add(E.OpportunityContact(opportunity_id=quotation.opportunity_id,
                                   contact_id=contact_id))
        commit(s)
    return contact_id


def test_a_legal_hold_is_said_before_anybody_is_asked_why(window, ctx, answers, monkeypatch):
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args: asked.append(args) or ("Demande", True)))
    detail = window.open_session("tccom1640m000", record_id=_held_contact(ctx))
    detail.erase_action.trigger()
    assert asked == []
    assert len(answers.shown) == 1 and "legal hold" in answers.shown[0][1]


def test_an_empty_reason_is_refused_before_the_last_question(window, ctx, answers,
                                                              monkeypatch):
    contact_id = _new_contact(ctx)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    _erase(detail, monkeypatch, answers, "  ")
    assert len(answers.shown) == 1 and "Say why" in answers.shown[0][1]
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Contact, contact_id).last_name == "Kerbrat"


def test_the_consent_history_shows_when_and_how_a_person_objected(window, ctx, qtbot):
    """An opt-out ticked in the contact's window is kept with its date and its source, and
    the Consent history tab shows it (the events were written, but no window showed them)."""
    from PySide6.QtCore import Qt

    from tests.support.typing import press

    contact_id = _new_contact(ctx)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    box = detail.form.editor("opted_out")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    press(qtbot, box, Qt.Key_Space)
    press(qtbot, box, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not detail.dirty)
    tabs = detail.tab_widget
    history = tabs.widget(next(i for i in range(tabs.count())
                               if tabs.tabText(i) == "Consent history"))
    history.refresh()
    model = history.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    row = model.row_values(0)
    assert (row["objected"], row["user_name"]) == (True, ctx.user)
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Direct marketing" in shown and "Contact window" in shown


def test_the_contact_s_tabs_show_the_erasure_at_once(window, ctx, answers, monkeypatch,
                                                     qtbot, now):
    """The Activities tab kept the person's name until Refresh (outside check)."""
    from desktop.crm import activities as A
    from desktop.crm.enums import ActivityType

    contact_id = _new_contact(ctx)
    with ctx.db.session(user=ctx.user) as s:
        A.new_activity(s, ActivityType.CALL, {"subject": "Rappeler la cliente",
                                              "contact_id": contact_id, "start_at": now},
                       ctx.employee_id)
        commit(s)
    detail = window.open_session("tccom1640m000", record_id=contact_id)
    tabs = detail.tab_widget
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Activities"))
    grid = tabs.currentWidget()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 1)

    def texts() -> str:
        model = grid.model
        return " ".join(str(model.index(0, c).data()) for c in range(model.columnCount()))

    assert "Kerbrat" in texts()
    _erase(detail, monkeypatch, answers, "Demande")
    qtbot.waitUntil(lambda: "Kerbrat" not in texts())
