"""Retention of Personal Data (issue 37) from its processing window: Simulate lists the
contacts past the period on a worker thread, and an Update cancelled changes nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.parameters import crm_parameters
from desktop.crm.retention import cutoff
from desktop.models.report_lines import NAME
from tests.support.typing import type_text


def _three_years_seen_four_years_later(ctx, clock) -> None:
    with ctx.db.session(user=ctx.user) as s:
        crm_parameters(s).retention_contact_years = 3
        s.commit()
    clock.advance(dt.timedelta(days=4 * 366))


def test_simulate_lists_the_contacts_past_the_period(window, ctx, qtbot, real_pool, clock):
    _three_years_seen_four_years_later(ctx, clock)
    form = window.open_session("tccom1940m000")
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    rows = [form.lines.texts(r) for r in range(form.lines.rowCount())]
    assert rows and {result for _, result, _ in rows} <= {"Would Update", "Warning"}
    since = cutoff(3).date().isoformat()
    assert {text for _, result, text in rows if result == "Would Update"} == {
        f"Would be anonymised: no activity since {since}."}
    assert all(form.lines.cell(r, NAME) for r in range(form.lines.rowCount()))


def test_an_update_asks_first_and_no_changes_nothing(window, ctx, qtbot, real_pool, clock,
                                                     answers):
    from PySide6.QtWidgets import QMessageBox

    _three_years_seen_four_years_later(ctx, clock)
    form = window.open_session("tccom1940m000")
    form.update.setChecked(True)
    answers.answer = QMessageBox.No
    task = form.run()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert answers.shown[0][0] == "question" and "Contacts to anonymise: " in answers.shown[0][1]
    assert form.summary.text() == "Nothing was changed."
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(func.count()).select_from(E.PersonalDataErasure)) == 0


def test_an_update_cancelled_changes_nothing(window, ctx, qtbot, real_pool, clock):
    _three_years_seen_four_years_later(ctx, clock)
    form = window.open_session("tccom1940m000")
    form.update.setChecked(True)
    task = form.run(confirmed=True)  # the question answered Yes (the test above asks it)
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert form.summary.text() == "Cancelled: nothing was changed."
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(func.count()).select_from(E.PersonalDataErasure)) == 0


def test_the_period_is_typed_in_the_crm_parameters(window, ctx, qtbot, answers):
    parameters = window.open_session("tdsmi0100m000")
    years = parameters.form.editor("retention_contact_years")
    type_text(qtbot, years, "3")
    parameters.save_action.trigger()
    assert answers.shown == []
    with ctx.db.session(user=ctx.user) as s:
        assert crm_parameters(s).retention_contact_years == 3
