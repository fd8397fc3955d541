"""Starting the day (issue 31): My day says it is loading until its data arrives, never
"nothing overdue" before; the Activities overview opens on my open activities, soonest first;
a new activity for a partner (the Customer 360's quick actions) comes with the partner's
primary contact and the cursor in the subject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.crm import activities as A, entities as E
from desktop.crm.partners import set_primary_contact
from desktop.views.home.page import EMPTY
from tests.gui.test_customer360 import _open as open_360, _select as select_partner


def test_my_day_says_it_is_loading_until_its_data_arrives(window, ctx, qtbot, real_pool):
    home = window.open_session("home")
    overdue = home.sections["overdue"]
    assert overdue.empty.isVisibleTo(home) and overdue.empty.text() == "Loading…"
    assert all(s.empty.text() != EMPTY[s.key] for s in home.sections.values())
    qtbot.waitUntil(lambda: not ctx.pool.busy)
    assert all(not s.loading for s in home.sections.values())
    assert overdue.empty.text() == EMPTY["overdue"] or overdue.lines
    assert "(" in overdue.title.text()  # the count, once known


def test_the_activities_overview_opens_on_my_open_activities_soonest_first(window, ctx):
    overview = window.open_session("tccom6100m000")
    assert overview.employee.value() == ctx.employee_id and overview.open_only.isChecked()
    model = overview.model
    dates = [model.row_values(r)["sort_date"] for r in range(min(model.rowCount(), 30))]
    assert dates and dates == sorted(dates)
    with ctx.db.session() as s:
        mine = s.scalar(select(func.count(E.Activity.id)).where(
            (E.Activity.organizer_id == ctx.employee_id)
            | (E.Activity.assigned_to_id == ctx.employee_id),
            A.open_clause()))
    assert model.rowCount() == mine


def _partner_with_contacts(ctx) -> tuple[str, int, int]:
    """A sold-to partner with two contacts, the second one made primary."""
    with ctx.db.session(user=ctx.user) as s:
        C = E.Contact
        bp_id = s.scalar(select(C.business_partner_id).group_by(C.business_partner_id)
                         .having(func.count() >= 2).order_by(C.business_partner_id))
        contact = s.scalars(select(C).where(C.business_partner_id == bp_id)
                            .order_by(C.id.desc())).first()
        set_primary_contact(s, contact)
        s.commit()
        return s.get(E.BusinessPartner, bp_id).code, bp_id, contact.id


def test_a_quick_action_comes_with_the_primary_contact_and_the_cursor_in_the_subject(
        window, ctx, qtbot, answers):
    answers.answer = QMessageBox.Discard
    code, bp_id, primary = _partner_with_contacts(ctx)
    view = open_360(window, qtbot)
    select_partner(view, qtbot, code)
    timeline = view.panels[[type(p).__name__ for p in view.panels].index("TimelinePanel")]
    for name in ("call", "appointment", "task"):
        qtbot.mouseClick(timeline.quick[name], Qt.LeftButton)
        new = window.mdi.activeSubWindow().session
        assert new.form.editor("business_partner_id").value() == bp_id
        assert new.form.editor("contact_id").value() == primary
        qtbot.waitUntil(new.form.editor("subject").hasFocus)  # once its tab is in front
