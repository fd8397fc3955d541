"""Activities: from an opportunity's Activities tab, a call with a contact attendee, its
follow-up task linked to the call, the opportunity and the partner, attendee copied."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityType as T, Attendance, PartyType
from desktop.crm.parameters import com_parameters
from desktop.widgets import keyboard
from desktop.widgets.fields import _format
from tests.support.typing import press, type_text


def test_call_from_an_opportunity_then_a_follow_up_task(window, ctx, qtbot, answers,
                                                        monkeypatch):
    opp_detail = window.open_session("tdsmi1610m000", record_id=7)
    titles = [opp_detail.tab_widget.tabText(i) for i in range(opp_detail.tab_widget.count())]
    activities = opp_detail.tab_widget.widget(titles.index("Activities"))
    call = activities.new_of_type(T.CALL)
    assert call.session_code == "tccom6600m200"
    assert call.form.editor("opportunity_id").value() == 7
    type_text(qtbot, call.form.editor("subject"), "Qualification du besoin")
    call.form.editor("start_at").set_value(dt.datetime(2026, 12, 4, 10, tzinfo=dt.UTC))
    call.save_action.trigger()
    assert answers.shown == []
    attendees = call.tab_widget.widget(0)
    assert attendees.model.rowCount() == 1  # the organizer, inserted automatically
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.opted_out.is_(False))).first()
        contact_id, contact_name = contact.id, contact.full_name
    from desktop.views.shapes.satellite import RecordDialog

    def fill_and_save(dialog):
        dialog.form.editor("attendee_type").set_value(PartyType.CONTACT)
        dialog.form.editor("contact_id").set_value(contact_id)
        dialog.form.editor("invite").set_value(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill_and_save)
    attendees.new_action.trigger()
    assert attendees.model.rowCount() == 2
    follow_action = next(a for a in call.follow_menu.actions() if a.text() == "Task")
    follow_action.trigger()
    task = window.mdi.activeSubWindow().session
    assert (task.session_code, task.record_id) == ("tccom6600m300", None)  # unsaved yet
    task.save()
    with ctx.db.session(user=ctx.user) as s:
        saved = s.get(E.Activity, task.record_id)
        original = s.get(E.Activity, call.record_id)
        assert saved.linked_activity_id == original.id
        assert saved.opportunity_id == 7
        assert saved.business_partner_id == original.business_partner_id is not None
        assert [(a.attendance, a.contact_id) for a in saved.attendees] == [
            (Attendance.REQUIRED, contact_id)]
    link = task.form.editor("linked_activity_id")
    assert link.value() == call.record_id and not link.isEnabled()  # read-only reference
    task_attendees = task.tab_widget.widget(0)
    assert task_attendees.model.row_values(0)["name"] == contact_name
    assert not task_attendees.new_action.isVisible()
    chain = next(task.tab_widget.widget(i) for i in range(task.tab_widget.count())
                 if task.tab_widget.tabText(i) == "Follow-ups")
    assert chain.model.rowCount() == 2


def test_synchronize_box_follows_the_com_parameter(window, ctx):
    with ctx.db.session(user=ctx.user) as s:
        com_parameters(s).synchronize_activities = False
        s.commit()
    hidden = window.open_session("tccom6600m100", record_id=None)
    box = hidden.form.editors["synchronize"]
    assert box.isHidden() and hidden.form.labels["synchronize"].isHidden()
    assert "synchronize" not in hidden.form_values()  # not offered: not written either
    hidden.close()
    with ctx.db.session(user=ctx.user) as s:
        com_parameters(s).synchronize_activities = True
        s.commit()
    window.mdi.closeAllSubWindows()
    shown = window.open_session("tccom6600m100", record_id=None)
    assert not shown.form.editors["synchronize"].isHidden()
    assert "synchronize" in shown.form_values()


def test_overview_opens_in_date_order(window, qtbot):
    overview = window.open_session("tccom6100m000")
    dates = [overview.model.row_values(r)["sort_date"] for r in range(20)]
    assert dates == sorted(dates)


def test_filters_by_type_partner_and_dates(window, qtbot):
    """The month is one the overview itself shows a call in: which months hold the demo's
    calls depends on the day the demo was made, and on the employee filter."""
    overview = window.open_session("tccom6100m000")
    overview.open_only.setChecked(False)
    overview.employee.set_value(None)
    # (Qt on Linux says a combo box by its current text and relations; Windows by its name)
    assert (overview.kind.accessibleName(),
            keyboard.accessible_name(overview.date_to.line)) == ("Type", "Date to")
    overview.kind.set_value(T.CALL)
    overview.apply_filters()
    qtbot.waitUntil(lambda: overview.model.count_known)
    calls = overview.model.rowCount()
    assert calls > 0
    assert {overview.model.row_values(r)["type"] for r in range(min(calls, 50))} == {T.CALL}
    middle = overview.model.row_values(calls // 2)
    first = middle["sort_date"].astimezone().date().replace(day=1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    for field, day in ((overview.date_from, first), (overview.date_to, last)):
        typed = _format(dt.datetime.combine(day, dt.time()), False)
        half_typed: list = []  # key by key: a date half typed is neither flagged nor filtered
        type_text(qtbot, field.line, typed, each=lambda _so_far, line=field.line, seen=half_typed:
                  seen.append((line.styleSheet(), overview.model.rowCount())))
        expected = calls if field is overview.date_from else half_typed[0][1]
        assert set(half_typed) == {("", expected)}
        # Tab leaves the first; Enter applies the second (the field's, not the list's Open)
        press(qtbot, field.line, Qt.Key_Tab if field is overview.date_from else Qt.Key_Return)
    qtbot.waitUntil(lambda: overview.model.count_known)
    month = [overview.model.row_values(r)["sort_date"] for r in range(overview.model.rowCount())]
    assert 0 < len(month) < calls
    assert all(first <= d.astimezone().date() <= last for d in month)
    assert middle["sort_date"] in month
    assert window.front_session() is overview  # Enter opened no activity


def test_activity_references_follow_the_reference_rules(window, ctx, monkeypatch):
    from desktop.crm import activities as A
    from desktop.crm.db.unit_of_work import commit
    from desktop.crm.enums import ReferenceType
    from desktop.views.shapes.satellite import RecordDialog

    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.TASK, {"subject": "Suivi", "contact_id": 1,
                                          "due_at": dt.datetime(2027, 1, 5, tzinfo=dt.UTC)},
                             ctx.employee_id)
        commit(s)
        act_id = act.id
    task = window.open_session("tccom6600m300", record_id=act_id)
    titles = [task.tab_widget.tabText(i) for i in range(task.tab_widget.count())]
    refs = task.tab_widget.widget(titles.index("References"))

    def fill(dialog):
        dialog.form.editor("type").set_value(ReferenceType.OPPORTUNITY)
        dialog.form.editor("reference").set_value("OPP000001")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    refs.new_action.trigger()
    assert refs.model.rowCount() == 1
    assert refs.model.row_values(0)["sequence"] == 10
