"""A grid of contacts exported to a file is a marketing output (issue 37, GDPR art. 21): the
contacts who opted out of direct marketing are left out, and as the grid shows phone numbers
(a call list) those who do not want calls too; the message says how many for each reason; the
user includes them only by ticking Include contacts who object, and that choice is recorded;
the same for vCards (which carry address and phones: every objection applies) and for a
report on contacts printed to a file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, or_, select

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind


def _export(overview, qtbot, monkeypatch, answers, path) -> list[str]:
    """The CSV export clicked on the toolbar; the save dialog answers as a user who chose the
    file (QFileDialog.getSaveFileName returns (path, selected filter):
    https://doc.qt.io/qt-6/qfiledialog.html#getSaveFileName)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(path),
                                                                                  "")))
    told = len(answers.shown)
    qtbot.mouseClick(overview.toolbar.widgetForAction(overview.export_action), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(answers.shown) > told, timeout=20000)  # the offer to open it
    return path.read_text(encoding="utf-8-sig").splitlines()[1:]


def test_a_contact_grid_export_leaves_out_who_objects_and_says_why(
        window, ctx, real_pool, qtbot, tmp_path, answers, monkeypatch):
    overview = window.open_session("tccom1140m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    shown = overview.model.rowCount()
    assert "office_phone" in [c.key for c in overview.model.columns if not c.hidden]
    C = E.Contact
    with ctx.db.session(user=ctx.user) as s:
        opted = s.scalar(select(func.count()).select_from(C).where(C.opted_out.is_(True)))
        calls = s.scalar(select(func.count()).select_from(C).where(
            C.do_not_call.is_(True), C.opted_out.is_(False)))
    assert opted > 0 and calls > 0 and opted + calls < shown  # the demo has some of each
    lines = _export(overview, qtbot, monkeypatch, answers, tmp_path / "contacts.csv")
    assert len(lines) == shown - opted - calls  # no postal address shown: no post is kept
    told = answers.shown[-1][1]
    assert f"{shown - opted - calls} rows exported" in told
    assert f"{opted} contacts left out: they object to direct marketing (opted out)." in told
    assert f"{calls} contacts left out: they do not want phone calls." in told
    assert "postal mail" not in told
    include = overview.include_objected_action
    assert include.isVisible() and include.text() == "Include contacts who object"
    qtbot.mouseClick(overview.toolbar.widgetForAction(include), Qt.LeftButton)
    assert include.isChecked()
    lines = _export(overview, qtbot, monkeypatch, answers, tmp_path / "everyone.csv")
    assert len(lines) == shown and "left out" not in answers.shown[-1][1]

    def recorded() -> list[dict]:
        with ctx.db.session(user=ctx.user) as s:
            return [json.loads(p) for p in s.scalars(select(E.BatchRun.parameters).where(
                E.BatchRun.kind == BatchRunKind.MARKETING_EXPORT))]
    qtbot.waitUntil(lambda: len(recorded()) == 1)
    assert recorded()[0]["objecting"] == opted + calls and recorded()[0]["include_objected"]


def test_a_grid_of_partners_is_not_filtered_and_offers_no_choice(window, qtbot):
    overview = window.open_session("tccom4500m000")
    assert not overview.include_objected_action.isVisible()


def test_vcards_leave_out_who_objects_and_say_how_many(window, ctx, qtbot, tmp_path, answers):
    from desktop.views.partners.cards import export_cards

    overview = window.open_session("tccom1140m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    ids = [overview.model.row_id(r) for r in range(overview.model.rowCount())]
    with ctx.db.session(user=ctx.user) as s:
        objecting = s.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.id.in_(ids), or_(E.Contact.opted_out.is_(True),
                                       E.Contact.do_not_mail.is_(True),
                                       E.Contact.do_not_call.is_(True))))
    path = tmp_path / "contacts.vcf"
    export_cards(overview, str(path))  # the tests' pool runs it inline
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(ids) - objecting
    told = answers.shown[-1][1]  # a card carries address and phones: every reason, each said
    assert "object to direct marketing" in told and "do not want phone calls" in told


def test_a_report_on_contacts_printed_to_a_file_says_how_many_it_left_out(
        window, ctx, qtbot, tmp_path, answers):
    from desktop.crm.db.unit_of_work import commit
    from desktop.crm.enums import BusinessObjectKind as K
    from tests.support.typing import type_text

    with ctx.db.session(user=ctx.user) as s:
        report = E.Report(code="PEOPLE", description="Contacts", business_object=K.CONTACT,
                          lines=[E.ReportLayoutLine(sequence=10, field_name="contact.code",
                                                    heading="Code")])
        s.add(report)
        commit(s)
        report_id = report.id
        objecting = s.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.opted_out.is_(True)))
        everyone = s.scalar(select(func.count()).select_from(E.Contact))
    form = window.open_session("tdsmi2410m100")
    form.form.editor("report_id").set_value(report_id)
    form.form.editor("report_id").changed.emit()
    form.form.editor("output").set_value("csv")
    form.form.editor("output").changed.emit()
    type_text(qtbot, form.form.editor("path"), str(tmp_path / "people"))
    form.run()
    rows = (tmp_path / "people.csv").read_text("utf-8-sig").splitlines()[1:]
    assert len(rows) == everyone - objecting
    assert f"{objecting} contacts left out" in form.summary.text()
    choice = form.form.editor("include_objected")
    qtbot.mouseClick(choice, Qt.LeftButton, pos=choice.rect().center())  # the explicit choice
    assert choice.isChecked()
    type_text(qtbot, form.form.editor("path"), str(tmp_path / "everyone"))
    form.run()
    assert len((tmp_path / "everyone.csv").read_text("utf-8-sig").splitlines()) == everyone + 1
    assert "left out" not in form.summary.text()
    with ctx.db.session(user=ctx.user) as s:
        [logged] = s.scalars(select(E.BatchRun.parameters).where(
            E.BatchRun.kind == BatchRunKind.MARKETING_EXPORT)).all()
    assert json.loads(logged) == {"output": "report PEOPLE", "include_objected": True,
                                  "objecting": objecting}


def _choose(qtbot, combo, value) -> None:
    """The value picked with the arrow keys on the focused list, as a user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == value


def test_include_contacts_who_object_is_offered_only_for_a_file_of_contacts(window, qtbot):
    from desktop.crm.enums import BusinessObjectKind as K

    form = window.open_session("tdsmi2410m100")
    choice = form.form.editor("include_objected")
    for kind, output, offered in [(K.CONTACT, "csv", True), (K.BUSINESS_PARTNER, "csv", False),
                                  (K.ACTIVITY, "pdf", False), (K.OPPORTUNITY, "xlsx", False),
                                  (K.CONTACT, "preview", False), (K.CONTACT, "printer", False),
                                  (K.CONTACT, "pdf", True), (K.CONTACT, "xlsx", True)]:
        _choose(qtbot, form.form.editor("object_kind"), kind)
        _choose(qtbot, form.form.editor("output"), output)
        assert choice.isVisibleTo(form) is offered, (kind, output)
        label = form.form.layouts["include_objected"].labelForField(
            form.form.holders.get("include_objected", choice))
        assert label is None or label.isVisibleTo(form) is offered
