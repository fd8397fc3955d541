"""Q-SEC-1 in the window: saving a change to someone else's closed opportunity is refused in
the domain's sentence, and the typed values stay in the form; roles are ticked in the
employee window, by a CRM manager only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.crm import audit, entities as E, opportunities as O, rights
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import EmployeeRole as R, OpportunityStatus as S
from tests.support.typing import type_text


def _won_opportunity_of_someone_else(ctx) -> int:
    """Employee 2 is assigned the Won opportunity and is the team's CRM manager; the window's
    user (tester) is neither."""
    with ctx.db.session(user="setup") as s:
        opp = O.new_opportunity(s, {"description": "Ligne de presse", "sold_to_bp_id": 4,
                                    "status": S.IN_PROCESS}, 2).opportunity
        O.change_status(s, opp, S.WON)
        rights.set_roles(s, 2, frozenset({R.CRM_MANAGER}))
        commit(s)
        return opp.id


def test_a_change_to_someone_elses_closed_opportunity_is_refused(window, ctx, qtbot, answers):
    opp_id = _won_opportunity_of_someone_else(ctx)
    detail = window.open_session("tdsmi1610m000", record_id=opp_id)
    description = detail.form.editor("description")
    description.selectAll()
    type_text(qtbot, description, "Reprise par un collègue")
    detail.save_action.trigger()
    code = detail.form.editor("code").value()
    assert [text for _kind, text in answers.shown] == [
        f"Opportunity {code} is closed: only its assignee or organizer, or a CRM manager, "
        "may change it."]
    assert detail.form.editor("description").value() == "Reprise par un collègue"
    with ctx.db.session() as s:
        assert s.get(E.Opportunity, opp_id).description == "Ligne de presse"


def _tick(qtbot, detail, role: R) -> None:
    box = detail.form.editor("roles").boxes[role]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    detail.save_action.trigger()


def test_roles_are_ticked_in_the_employee_window_by_a_crm_manager_only(window, ctx, qtbot,
                                                                        answers):
    """Before the team has a CRM manager anyone names the first; from then on the window's
    user (tester, not one) is refused in the domain's sentence."""
    first = window.open_session("tccom0101s000", record_id=2)
    assert first.form.editor("roles").boxes[R.CRM_MANAGER].text() == "CRM manager"
    _tick(qtbot, first, R.CRM_MANAGER)
    assert answers.shown == []
    second = window.open_session("tccom0101s000", record_id=3)
    _tick(qtbot, second, R.SALESPERSON)
    assert [text for _kind, text in answers.shown] == [
        "Employee is reference data: only a CRM manager may change it."]
    with ctx.db.session() as s:
        assert (s.get(E.Employee, 2).roles, s.get(E.Employee, 3).roles) == \
            (frozenset({R.CRM_MANAGER}), frozenset())


def _audit_tab(detail):
    tabs = detail.tab_widget
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Audit trail")
    return tabs.widget(index)


def test_the_audit_trail_tab_shows_a_crm_manager_what_the_server_applied(window, ctx):
    with ctx.db.session(user="sophie") as s:  # as the team server applies a laptop's push
        audit.audit_device(s, 4)
        opp = O.new_opportunity(s, {"description": "Ligne 2", "sold_to_bp_id": 4}, 2).opportunity
        s.flush()
        opp.description = "Ligne 2 bis"
        commit(s)
        opp_id = opp.id
    detail = window.open_session("tdsmi1610m000", record_id=opp_id)
    trail = _audit_tab(detail).model
    rows = [trail.row_values(r) for r in range(trail.rowCount())]
    assert (rows[0]["field"], rows[0]["old_value"], rows[0]["new_value"], rows[0]["user_name"],
            rows[0]["device_no"]) == ("description", "Ligne 2", "Ligne 2 bis", "sophie", 4)
    with ctx.db.session(user="setup") as s:  # a CRM manager, and the window's user is not
        rights.set_roles(s, 2, frozenset({R.CRM_MANAGER}))
        commit(s)
    tab = _audit_tab(detail)
    tab.refresh()
    assert tab.model.rowCount() == 0  # the window was open: its tab now reads nothing
    other = window.open_session("tdsmi1610m000", record_id=_another_opportunity(ctx))
    tabs = other.tab_widget
    assert "Audit trail" not in [tabs.tabText(i) for i in range(tabs.count())]
    assert "Items" in [tabs.tabText(i) for i in range(tabs.count())]  # the others are


def _another_opportunity(ctx) -> int:
    """An opportunity no window shows yet."""
    with ctx.db.session(user="setup") as s:
        opp = O.new_opportunity(s, {"description": "Ligne 3", "sold_to_bp_id": 4}, 2).opportunity
        commit(s)
        return opp.id
