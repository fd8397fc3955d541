"""Opportunity sessions: tick items, generate the quotation, open it; closed statuses disable
the action; in-grid status change asks before reopening."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E, opportunities as O
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import OpportunityStatus as S, PriceOrigin


def _opportunity_with_three_items(ctx, status=S.IN_PROCESS) -> int:
    with ctx.db.session(user=ctx.user) as s:
        opp = O.new_opportunity(s, {"description": "Trois articles", "sold_to_bp_id": 4,
                                    "status": S.PRELIMINARY}, ctx.employee_id).opportunity
        for item_id in (1, 2, 3):
            O.save_item(s, opp, None, {"item_id": item_id, "ordered_qty": D(2)})
        if status is not S.PRELIMINARY:
            O.change_status(s, opp, status)
        commit(s)
        return opp.id


def test_tick_two_items_generate_and_open_the_quotation(window, ctx, qtbot, answers):
    opp_id = _opportunity_with_three_items(ctx)
    detail = window.open_session("tdsmi1610m000", record_id=opp_id)
    items = detail.tab_widget.widget(0)
    assert detail.tab_widget.tabText(0) == "Items" and items.model.rowCount() == 3
    third = items.model.index(2, 0)
    assert items.model.setData(third, Qt.Unchecked.value, Qt.CheckStateRole)
    assert items.model.index(2, 0).data(Qt.CheckStateRole) == Qt.Unchecked
    assert "Total of selected items" in items.total_label.text()
    assert detail.generate_action.isEnabled()
    detail.generate_action.trigger()
    quotation = window.mdi.activeSubWindow().session
    assert quotation.session_code == "tdsls1100s000"
    lines = quotation.tab_widget.widget(0).model
    assert lines.rowCount() == 2
    opp_code = detail.form.editor("code").value()
    for row in range(2):
        values = lines.row_values(row)
        assert values["opportunity"] == opp_code
        assert values["price_origin"] is PriceOrigin.MANUAL
    references = detail.tab_widget.widget(2).model
    references.refresh()
    assert references.rowCount() == 1
    assert references.row_values(0)["reference"] == quotation.form.editor("code").value()


def test_generate_is_disabled_for_a_won_opportunity(window, ctx):
    opp_id = _opportunity_with_three_items(ctx, S.WON)
    detail = window.open_session("tdsmi1610m000", record_id=opp_id)
    assert not detail.generate_action.isEnabled()
    assert "status Won" in detail.generate_action.toolTip()


def test_new_opportunity_through_the_form(window, ctx, qtbot, answers):
    from tests.support.typing import type_text

    detail = window.open_session("tdsmi1610m000", record_id=None)
    type_text(qtbot, detail.form.editor("description"), "Équipement atelier Besançon")
    bp = detail.form.editor("sold_to_bp_id")
    type_text(qtbot, bp.code, "bp000012")
    bp.code.editingFinished.emit()
    detail.save_action.trigger()
    assert answers.shown == []
    assert detail.form.editor("code").value() == "OPP000401"
    with ctx.db.session(user=ctx.user) as s:
        opp = s.scalars(select(E.Opportunity).where(E.Opportunity.code == "OPP000401")).one()
        assert opp.assigned_to_id == ctx.employee_id and opp.sales_process.code == "STD"


def test_in_grid_status_change_asks_before_reopening(window, ctx, qtbot, answers):
    opp_id = _opportunity_with_three_items(ctx, S.LOST)
    overview = window.open_session("tdsmi1110m000")
    overview.mine.setChecked(False)
    overview.open_only.setChecked(False)
    qtbot.keyClicks(overview.search, "Trois articles")
    model = overview.model
    assert model.rowCount() == 1
    status = next(i for i, c in enumerate(model.columns) if c.key == "status")
    answers.answer = QMessageBox.No
    model.setData(model.index(0, status), S.IN_PROCESS)
    assert answers.shown[-1][0] == "question" and "Reopen it?" in answers.shown[-1][1]
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Opportunity, opp_id).status is S.LOST
    answers.answer = QMessageBox.Yes
    model.setData(model.index(0, status), S.IN_PROCESS)
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Opportunity, opp_id).status is S.IN_PROCESS
    assert model.index(0, status).data() == "In Process"
    assert overview.forecast_label.text().startswith(  # "1 opportunity", "3 opportunities"
        f"{model.rowCount()} opportunit")


def test_partner_detail_has_an_opportunities_tab(window):
    detail = window.open_session("tccom4100s000", record_id=1)
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    assert "Opportunities" in titles
