"""The quotation header shows its totals and follows its lines; no empty band above them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import QuotationStatus
from desktop.crm.quotations import quotation_totals
from desktop.views.shapes.satellite import RecordDialog


def test_header_totals_follow_the_lines(window, ctx, monkeypatch, answers):
    with ctx.db.session(user=ctx.user) as s:
        quotation = s.scalars(select(E.Quotation).join(E.QuotationLine)
                              .order_by(E.Quotation.id)).first()
        quotation.status = QuotationStatus.CREATED  # still open to changes
        quotation_id = quotation.id
        s.commit()
        before = quotation_totals(s, quotation_id)
        item_id = s.scalar(select(E.Item.id).order_by(E.Item.id))
    detail = window.open_session("tdsls1100s000", record_id=quotation_id)
    form = detail.form
    assert form.editor("total_net").value() == before.net > 0
    assert form.editor("total_tax").value() == before.tax > 0
    assert form.editor("total_gross").value() == before.gross == before.net + before.tax
    assert form.editor("total_net").isReadOnly()

    def fill(dialog):
        dialog.form.editor("item_id").set_value(item_id)
        dialog.form.editor("ordered_qty").set_value(Decimal(2))
        dialog.form.editor("price").set_value(Decimal("50"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    lines = detail.tab_widget.widget(0)
    lines.new_action.trigger()
    assert answers.shown == []
    with ctx.db.session() as s:
        after = quotation_totals(s, quotation_id)
    assert after.net == before.net + 100
    assert form.editor("total_net").value() == after.net
    assert form.editor("total_gross").value() == after.gross


def test_no_empty_band_between_header_and_lines(window):
    window.resize(1280, 800)
    detail = window.open_session("tdsls1100s000", record_id=1)
    detail.fit_header()
    header, lines = detail.splitter.sizes()
    assert header <= detail.form.sizeHint().height() + 6
    assert lines > header
