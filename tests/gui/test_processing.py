"""The processing-form shape: Simulate, Update and Cancel on a worker thread."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.crm import entities as E


def _raise_prices(ctx) -> None:
    with ctx.db.session(user=ctx.user) as s:
        for item in s.scalars(select(E.Item)):
            item.base_price += D(10)
        s.commit()


def test_simulate_then_update(window, ctx, qtbot, real_pool):
    _raise_prices(ctx)
    form = window.open_session("tdsmi2213m000")
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    simulated = form.lines.rowCount()
    assert simulated > 0 and form.lines.texts(0)[1] in ("Would Update", "Unchanged")
    form.update.setChecked(True)
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    results = {form.lines.texts(r)[1] for r in range(form.lines.rowCount())}
    assert "Updated" in results
    assert form.run_button.isEnabled() and "processed" in form.summary.text()


def test_cancel_leaves_the_database_as_it_was(window, ctx, qtbot, real_pool):
    _raise_prices(ctx)
    with ctx.db.session(user=ctx.user) as s:
        before = s.scalars(select(E.OpportunityItem.price).order_by(E.OpportunityItem.id)).all()
    form = window.open_session("tdsmi2213m000")
    form.update.setChecked(True)
    task = form.run()
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert form.summary.text() == "Cancelled: nothing was changed."
    with ctx.db.session(user=ctx.user) as s:
        after = s.scalars(select(E.OpportunityItem.price).order_by(E.OpportunityItem.id)).all()
    assert after == before


def _click_row(qtbot, form, row: int) -> None:
    rect = form.report_panel.table.visualRect(form.lines.index(row, 0))
    qtbot.mouseClick(form.report_panel.table.viewport(), Qt.LeftButton, pos=rect.center())


def _run_to_end(form, qtbot):
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=30000):
        pass


def test_global_addition_of_attributes_to_a_selection(window, ctx, qtbot, real_pool):
    from sqlalchemy import func

    from desktop.crm.enums import BusinessObjectKind

    with ctx.db.session(user=ctx.user) as s:
        lyon = s.scalars(select(E.BusinessPartner.code).where(E.BusinessPartner.city == "Lyon")
                         .order_by(E.BusinessPartner.code)).all()
        survey = s.scalars(select(E.AttributeSet).where(E.AttributeSet.code == "SURVEY")).one()
        survey_id, questions = survey.id, len(survey.members)
    assert lyon
    form = window.open_session("tdsmi2210m000")
    assert not form.form.editor("active_contacts_only").isEnabled()
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    assert form.form.editor("active_contacts_only").isEnabled()
    form.form.editor("object_kind").set_value(BusinessObjectKind.BUSINESS_PARTNER)
    form.form.editor("selection_id").set_value(2)  # LYON
    form.form.editor("attribute_set_id").set_value(survey_id)
    form.form.editor("selection_text").set_value(True)
    _run_to_end(form, qtbot)
    rows = [form.lines.texts(r) for r in range(form.lines.rowCount())]
    # what the run would do first; the records the selection left out folded behind a line
    skipped = len(form.lines.skipped)
    assert [code for code, result, _ in rows[:len(lyon)]] == lyon
    assert {result for _, result, _ in rows[:len(lyon)]} == {"Would Create"}
    assert rows[-1][2] == f"▸ {skipped} records left out by the filters or the selection"
    assert f"{len(lyon)} would be created, {skipped} skipped (selection false)" \
        in form.summary.text()
    assert 'bp.city = "Lyon"' in form.summary.text()
    _click_row(qtbot, form, form.lines.summary_row)  # unfolded, and remembered
    rows = [form.lines.texts(r) for r in range(form.lines.rowCount())]
    assert len(rows) == len(lyon) + 1 + skipped
    assert {result for _, result, _ in rows[len(lyon) + 1:]} == {"Skipped (selection false)"}
    again = window.open_session("tdsmi2210m000")
    assert again is form or not again.lines.collapsed
    _click_row(qtbot, form, form.lines.summary_row)
    assert form.lines.rowCount() == len(lyon) + 1

    def survey_values() -> int:
        with ctx.db.session(user=ctx.user) as s:
            return s.scalar(select(func.count()).select_from(E.AttributeValue).where(
                E.AttributeValue.attribute_set_id == survey_id))

    before = survey_values()
    form.update.setChecked(True)
    _run_to_end(form, qtbot)
    assert {form.lines.texts(r)[1:] for r in range(form.lines.rowCount())
            if r != form.lines.summary_row} == {("Created", f"{questions} attribute(s) added")}
    assert survey_values() == before + questions * len(lyon)


def test_global_addition_without_a_set_says_what_to_fix(window, qtbot, real_pool):
    form = window.open_session("tdsmi2210m000")
    task = form.run()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert form.summary.text() == "Choose the attribute set to add."
