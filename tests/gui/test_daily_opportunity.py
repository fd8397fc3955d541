"""A new opportunity as a salesperson makes one: the defaults are shown before the first save,
items are entered before it and saved with the header, the expected revenue is offered from
the item total, Ctrl+S saves after a lookup, and a missing partner is named in French."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.crm import entities as E, opportunities as O
from desktop.i18n import Translations
from desktop.views.opportunities.draft_items import DraftItemsTab
from desktop.views.opportunities.tabs import ItemsTab
from desktop.views.shapes.satellite import RecordDialog
from desktop.widgets.lookup import LookupDialog
from tests.support.typing import type_text


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _partner(ctx, currency: str | None = None) -> tuple[int, str]:
    with ctx.db.session(user=ctx.user) as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        if currency:
            partner.currency = currency
            s.commit()
        return partner.id, partner.currency


def _items_tab(detail):
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    index = titles.index("Items")
    return index, detail.tab_widget.widget(index)


def test_defaults_are_shown_before_the_first_save(window, ctx):
    with ctx.db.session(user=ctx.user) as s:
        expected = O.new_opportunity_defaults(s, ctx.employee_id)
    detail = window.open_session("tdsmi1610m000")
    form = detail.form
    assert form.editor("assigned_to_id").value() == ctx.employee_id
    assert form.editor("include_in_forecast").value() is True
    assert form.editor("sales_process_id").value() == expected["sales_process_id"] is not None
    assert form.editor("phase_id").value() == expected["phase_id"] is not None
    assert form.editor("currency").value() == expected["currency"]
    assert not detail.dirty
    partner_id, _ = _partner(ctx, currency="CHF")
    form.editor("sold_to_bp_id").set_value(partner_id)
    form.editor("sold_to_bp_id").changed.emit()
    assert form.editor("currency").value() == "CHF"  # the partner's currency


def test_items_before_the_first_save_go_with_the_header(window, ctx, qtbot, monkeypatch):
    with ctx.db.session() as s:
        items = s.execute(select(E.Item.id, E.Item.base_price).order_by(E.Item.id).limit(2)).all()
    detail = window.open_session("tdsmi1610m000")
    index, tab = _items_tab(detail)
    assert isinstance(tab, DraftItemsTab) and detail.tab_widget.isTabEnabled(index)
    typed = iter([(items[0][0], Decimal(2)), (items[1][0], Decimal(3))])

    def fill(dialog):
        item_id, qty = next(typed)
        dialog.form.editor("item_id").set_value(item_id)
        dialog.form.editor("ordered_qty").set_value(qty)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    tab.new_action.trigger()
    tab.new_action.trigger()
    assert tab.table.rowCount() == 2 and detail.dirty
    total = 2 * items[0][1] + 3 * items[1][1]
    assert detail.items_total == total
    assert detail.use_total_action.isEnabled()
    detail.use_total_action.trigger()
    assert detail.form.editor("expected_revenue").value() == total
    partner_id, _ = _partner(ctx)
    detail.form.editor("sold_to_bp_id").set_value(partner_id)
    type_text(qtbot, detail.form.editor("description"), "Extension atelier")
    detail.save_action.trigger()
    assert detail.record_id is not None
    with ctx.db.session() as s:
        saved = s.get(E.Opportunity, detail.record_id)
        assert [(i.item_id, i.ordered_qty) for i in saved.items] == [
            (items[0][0], Decimal(2)), (items[1][0], Decimal(3))]
        assert saved.expected_revenue == total
    _, tab = _items_tab(detail)
    assert isinstance(tab, ItemsTab) and tab.model.rowCount() == 2


def test_a_failed_save_keeps_the_draft_items(window, ctx, monkeypatch, answers):
    with ctx.db.session() as s:
        item_id = s.scalar(select(E.Item.id).order_by(E.Item.id))

    def fill(dialog):
        dialog.form.editor("item_id").set_value(item_id)
        dialog.form.editor("ordered_qty").set_value(Decimal(1))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    detail = window.open_session("tdsmi1610m000")
    _, tab = _items_tab(detail)
    tab.new_action.trigger()
    detail.form.editor("description").set_value("Sans client")
    with ctx.db.session() as s:
        before = s.query(E.OpportunityItem).count()
    detail.save_action.trigger()
    assert detail.record_id is None and tab.table.rowCount() == 1
    assert answers.shown[-1][1] == "Sold-to business partner is required."
    with ctx.db.session() as s:
        assert s.query(E.OpportunityItem).count() == before  # nothing half written


def test_the_missing_partner_is_named_in_french(window, ctx, qtbot, answers):
    translations = Translations()  # its translators live as long as it does
    translations.install("fr")
    detail = window.open_session("tdsmi1610m000")
    type_text(qtbot, detail.form.editor("description"), "Extension")
    detail.save_action.trigger()
    assert answers.shown[-1][1] == "Le champ « Tiers acheteur » est obligatoire."


def test_ctrl_s_saves_after_a_lookup_closes(window, ctx, qtbot, monkeypatch, answers):
    partner_id, _ = _partner(ctx)

    def choose(dialog):
        dialog.chosen = partner_id
        return LookupDialog.Accepted

    monkeypatch.setattr(LookupDialog, "exec", choose)
    detail = window.open_session("tdsmi1610m000")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_text(qtbot, detail.form.editor("description"), "Relance atelier")
    code = detail.form.editor("sold_to_bp_id").code
    qtbot.keyClick(detail.form.editor("description"), Qt.Key_Tab)  # on to the partner
    assert QApplication.focusWidget() is code
    qtbot.keyClick(code, Qt.Key_F2)
    assert detail.form.editor("sold_to_bp_id").value() == partner_id
    focus = QApplication.focusWidget()
    assert focus is code
    qtbot.keyClick(focus, Qt.Key_S, Qt.ControlModifier)
    assert answers.shown == []
    assert detail.record_id is not None and not detail.dirty
    assert window.statusBar().currentMessage() == f"Saved: {detail.window_title()}"
