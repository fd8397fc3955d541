"""Merging duplicates from the overviews (two rows selected, Merge…, the record that stays and
the values it keeps chosen with the mouse), contacts out and in as vCards, activities and My
agenda out as .ics files."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop.crm import entities as E


def _select_rows(overview, qtbot, rows: list[int]) -> None:
    view = overview.view
    qtbot.waitUntil(lambda: overview.model.rowCount() > max(rows))
    view.clearSelection()
    for row in rows:
        view.selectionModel().select(overview.model.index(row, 0), QItemSelectionModel.Select
                                     | QItemSelectionModel.Rows)


def test_two_partners_merged_from_the_overview(window, ctx, qtbot):
    overview = window.open_session("tccom4500m000")
    assert not overview.merge_action.isEnabled()
    _select_rows(overview, qtbot, [0, 1])
    assert overview.merge_action.isEnabled()
    first, second = overview.selected_ids()
    with ctx.db.session(user=ctx.user) as s:
        names = {i: s.get(E.BusinessPartner, i).name for i in (first, second)}
        theirs = s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.business_partner_id.in_([first, second])))
    dialog = overview.merge_selected()  # the pool runs inline: the dialog is filled
    qtbot.addWidget(dialog)
    dialog.keep_group.button(1).click()  # the second record stays
    name = dialog.choices["name"]
    assert name.checkedId() == 1  # each field starts on the value of the record that stays
    name.button(0).click()  # ... but takes the first one's name
    assert "name" in dialog.taken()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.BusinessPartner, first) is None
        assert s.get(E.BusinessPartner, second).name == names[first]
        assert s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.business_partner_id == second)) == theirs
        note = s.scalars(select(E.Note).where(E.Note.object_id == second,
                                              E.Note.subject.startswith("Merged"))).one()
        assert names[second] in note.body
    assert not dialog.isVisible()


def test_contacts_of_two_partners_are_refused_with_the_reason(window, ctx, qtbot, answers):
    overview = window.open_session("tccom1140m000")
    qtbot.waitUntil(lambda: overview.model.rowCount() > 50)
    with ctx.db.session(user=ctx.user) as s:
        ids = [overview.model.row_id(r) for r in range(50)]
        partners = {r: s.get(E.Contact, i).business_partner_id for r, i in enumerate(ids)}
    first = 0
    second = next(r for r in range(1, 50) if partners[r] != partners[first])
    _select_rows(overview, qtbot, [first, second])
    dialog = overview.merge_selected()
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert answers.shown and "same business partner" in answers.shown[-1][1]
    assert dialog.buttons.isEnabled()  # the user may cancel or choose again
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Contact, ids[second]) is not None



def test_contacts_go_out_as_vcards_and_come_back(window, ctx, qtbot, tmp_path, answers):
    from desktop.views.partners.cards import export_cards, import_cards

    overview = window.open_session("tccom1140m000")
    assert [a.text() for a in overview.card_actions] == ["Export vCards…", "Import vCards…"]
    _select_rows(overview, qtbot, [0, 1])
    path = tmp_path / "out" / "contacts.vcf"
    path.parent.mkdir()
    export_cards(overview, str(path))
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and answers.shown[-1] == \
        ("question", f"2 contacts exported.\n\nWritten to {path}.\nOpen it now?")
    path.write_text(text.replace("END:VCARD", "TITLE:Acheteur\r\nEND:VCARD", 1),
                    encoding="utf-8")
    import_cards(overview, str(path))
    assert answers.shown[-1][1] == "Created: 0, updated: 2, skipped: 0."
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.job_title == "Acheteur")) >= 1


def test_activities_go_out_as_a_calendar_file(window, qtbot, tmp_path, answers):
    import icalendar

    from desktop.views.activities.calendar_export import export_calendar

    overview = window.open_session("tccom6100m000")
    overview.open_only.setChecked(False)
    qtbot.waitUntil(lambda: overview.model.rowCount() > 5)
    _select_rows(overview, qtbot, [0, 1, 2, 3, 4])
    path = tmp_path / "out.ics"
    export_calendar(overview, str(path))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    items = calendar.walk("VEVENT") + calendar.walk("VTODO")
    assert len(items) >= 1 and "calendar item" in answers.shown[-1][1]
    assert all(str(i["uid"]).endswith("@crm-desktop") for i in items)


def test_my_agenda_goes_out_as_a_calendar_file(window, ctx, qtbot, tmp_path, answers, today):
    import datetime as dt

    import icalendar

    from desktop.crm import activities as A
    from desktop.crm.enums import ActivityType as T
    from desktop.views.activities.calendar_export import export_agenda

    monday = today - dt.timedelta(days=today.weekday())
    start = dt.datetime.combine(monday, dt.time(10)).astimezone()
    with ctx.db.session(user=ctx.user) as s:
        act = A.new_activity(s, T.APPOINTMENT, {"subject": "Point hebdo", "contact_id": 1,
                                                "start_at": start,
                                                "end_at": start + dt.timedelta(hours=1)},
                             ctx.employee_id)
        s.commit()
        code = act.code
    agenda = window.open_session("tccom6150m000")
    path = tmp_path / "week.ics"
    export_agenda(agenda, str(path))
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert f"{code}@crm-desktop" in {str(e["uid"]) for e in events}
    assert "calendar item" in answers.shown[-1][1]
