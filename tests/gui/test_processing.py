"""The processing-form shape: Simulate, Update and Cancel on a worker thread."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import select

from desktop.crm import entities as E


def _raise_prices(ctx) -> None:
    with ctx.session() as s:
        for item in s.scalars(select(E.Item)):
            item.base_price += D(10)
        s.commit()


def test_simulate_then_update(window, ctx, qtbot):
    _raise_prices(ctx)
    form = window.open_session("tdsmi2213m000")
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    simulated = form.table.rowCount()
    assert simulated > 0 and form.table.item(0, 1).text() in ("Would Update", "Unchanged")
    form.update.setChecked(True)
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    results = {form.table.item(r, 1).text() for r in range(form.table.rowCount())}
    assert "Updated" in results
    assert form.run_button.isEnabled() and "processed" in form.summary.text()


def test_cancel_leaves_the_database_as_it_was(window, ctx, qtbot):
    _raise_prices(ctx)
    with ctx.session() as s:
        before = s.scalars(select(E.OpportunityItem.price).order_by(E.OpportunityItem.id)).all()
    form = window.open_session("tdsmi2213m000")
    form.update.setChecked(True)
    task = form.run()
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert form.summary.text() == "Cancelled: nothing was changed."
    with ctx.session() as s:
        after = s.scalars(select(E.OpportunityItem.price).order_by(E.OpportunityItem.id)).all()
    assert after == before
